package dev.newspipe.core.split;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A page of unrelated fragments: content farms and aggregators stitch untitled paragraphs of unrelated reports one
 * after another (a session's plenary, a drought notice, a court report's section, an obituary), without a headline
 * between them. What tells where one report ends is not how a paragraph opens (a fragment cut from the middle of a
 * report opens as the middle of a report does: {@code 坚持因地制宜、…}, {@code 通报说,…}, {@code 当日,…}) but what it
 * talks about: the paragraphs of one article share its names, subjects and terms, the fragments of a salad share
 * almost none.
 *
 * <p>The measure is the share of a paragraph's character bigrams (two Han characters in a row) that another paragraph
 * holds too, over the shorter of the two (the overlap coefficient). One dip between two neighbours proves nothing (an
 * attendance list after a meeting's lead shares little with it), so the page as a whole must be a salad, read twice:
 * its neighbours share on average less than {@link #NEIGHBOURS_MEAN_MAX} (the subject changes at most turns), and
 * all its paragraphs taken two by two share on average less than {@link #PAIRS_MEAN_MAX} (one article comes back to
 * its names and subjects further down, even where neighbours dip: the presidium's chairman listed in the second
 * paragraph presides in the fourth). Only then does each pair of neighbours that shares less than {@link #BREAK_MAX}
 * start a fragment; neighbours that share more continue one report.
 *
 * <p>Measured over every labelled share before the rule was written (session 16; pages of at least
 * {@link #PARAGRAPHS_MIN} one-line paragraphs of at least {@link #PARAGRAPH_MIN} characters and no headline): on the 7
 * salad pages the neighbours' mean is 0.002–0.027 and the pairs' mean 0.012–0.041, no neighbours sharing more than
 * 0.055; on the 47 single articles of that shape the neighbours' mean is at least 0.052 and the pairs' mean at least
 * 0.061 (county meetings whose paragraphs list attendants), mostly above 0.09. Where a page repeats a subject (two
 * paragraphs on one drought), the pairs' mean still stays low: a salad of five subjects has few such pairs.
 *
 * <p>Only for a headless page whose every paragraph is one line: a page with headlines is split by them, and a page
 * whose lines are short is a list, a poster or a set of captions, read by their own rules.
 */
final class UnrelatedFragments {

    private UnrelatedFragments() {}

    /** A salad page has at least this many paragraphs: with fewer, two dips in a row happen inside one article. */
    static final int PARAGRAPHS_MIN = 4;
    /** A paragraph of the page is at least this long (shorter lines are list items, captions or headings). */
    static final int PARAGRAPH_MIN = 40;
    /** A salad page's neighbouring paragraphs share on average less than this share of their bigrams. */
    static final double NEIGHBOURS_MEAN_MAX = 0.04;
    /** A salad page's paragraphs, taken two by two, share on average less than this share of their bigrams. */
    static final double PAIRS_MEAN_MAX = 0.05;
    /** On a salad page, a paragraph that shares less than this with the one above starts a fragment. */
    static final double BREAK_MAX = 0.08;
    /** A paragraph read by its bigrams is mostly Han characters (a bilingual page's English lines share none). */
    static final double HAN_SHARE_MIN = 0.6;

    /**
     * The indexes (into {@code paragraphs}, the running text of a headless page in reading order) of the paragraphs
     * that start a fragment, the first paragraph left out; empty when the page is not a salad of fragments.
     */
    static Set<Integer> fragmentStarts(List<String> paragraphs) {
        if (paragraphs.size() < PARAGRAPHS_MIN
                || paragraphs.stream().anyMatch(p -> p.strip().length() < PARAGRAPH_MIN || hanShare(p) < HAN_SHARE_MIN)) {
            return Set.of();
        }
        List<Set<String>> bigrams = paragraphs.stream().map(UnrelatedFragments::bigrams).toList();
        double[] shared = new double[paragraphs.size()];
        double sum = 0;
        for (int k = 1; k < paragraphs.size(); k++) {
            shared[k] = overlap(bigrams.get(k - 1), bigrams.get(k));
            sum += shared[k];
        }
        if (sum / (paragraphs.size() - 1) >= NEIGHBOURS_MEAN_MAX || pairsMean(bigrams) >= PAIRS_MEAN_MAX) {
            return Set.of();
        }
        Set<Integer> starts = new HashSet<>();
        for (int k = 1; k < paragraphs.size(); k++) {
            if (shared[k] < BREAK_MAX) {
                starts.add(k);
            }
        }
        return starts;
    }

    /** The mean overlap of every two paragraphs of the page. */
    private static double pairsMean(List<Set<String>> bigrams) {
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < bigrams.size(); a++) {
            for (int b = a + 1; b < bigrams.size(); b++) {
                sum += overlap(bigrams.get(a), bigrams.get(b));
                pairs++;
            }
        }
        return sum / pairs;
    }

    /** The share of the bigrams of the one with fewer that the other holds too (0 when either has none). */
    static double sharedBigrams(String a, String b) {
        return overlap(bigrams(a), bigrams(b));
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        long common = smaller.stream().filter(larger::contains).count();
        return (double) common / smaller.size();
    }

    /** The distinct pairs of Han characters that stand next to each other in the text. */
    private static Set<String> bigrams(String text) {
        Set<String> out = new HashSet<>();
        for (int k = 0; k + 1 < text.length(); k++) {
            if (isHan(text.charAt(k)) && isHan(text.charAt(k + 1))) {
                out.add(text.substring(k, k + 2));
            }
        }
        return out;
    }

    private static double hanShare(String text) {
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return visible == 0 ? 0 : (double) han / visible;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
