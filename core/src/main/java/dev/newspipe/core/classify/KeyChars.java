package dev.newspipe.core.classify;

import java.util.regex.Matcher;

/**
 * {@code Matcher.find} for a regex every find of which starts with one of a few characters ({@link Vocabulary#firstChars},
 * or {@code 人代} for the forms of a congress): the regex is tried only where one of them stands, found by
 * {@code String.indexOf}, instead of at every character of a text that mostly holds none. The matcher's bounds are
 * transparent and not anchoring, so a look-behind sees the text before the place tried and {@code ^}/{@code $} mean
 * what they mean for {@code find}: the finds are the same, in the same order.
 */
final class KeyChars {

    private KeyChars() {}

    /** A matcher for {@link #find}: over the whole text, its bounds transparent and not anchoring. */
    static Matcher matcher(java.util.regex.Pattern pattern, String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Like {@code m.find(from)}: whether a find starts at or after {@code from} (then {@code m} holds it). */
    static boolean find(Matcher m, String text, int from, String firstChars) {
        int[] next = new int[firstChars.length()];
        for (int k = 0; k < next.length; k++) {
            next[k] = text.indexOf(firstChars.charAt(k), from);
        }
        while (true) {
            int at = -1;
            for (int n : next) {
                if (n >= 0 && (at < 0 || n < at)) {
                    at = n;
                }
            }
            if (at < 0) {
                return false;
            }
            m.region(at, text.length());
            if (m.lookingAt()) {
                return true;
            }
            for (int k = 0; k < next.length; k++) {
                if (next[k] == at) {
                    next[k] = text.indexOf(firstChars.charAt(k), at + 1);
                }
            }
        }
    }
}
