package dev.newspipe.core.read;

import java.util.Arrays;
import java.util.List;

/**
 * The pinyin some converters leave in brackets after a character of a traditional-script reprint: {@code 經(jīng)濟},
 * {@code 會(huì )議} (with the space 中新网's reprints leave), {@code 會(hui)議} (without tone marks). The one definition
 * of that residue: {@link SimplifiedView} drops it from the text the analysis reads, the figure tokenizer reads past
 * it ({@code 312.87萬(wàn)人}).
 *
 * <p>A gloss follows a Han character and holds one syllable. With a tone mark any run of pinyin letters is taken (a
 * bracketed word or number never carries one); without, only a syllable pinyin spells (an initial from
 * {@link #INITIALS} and a final from {@link #FINALS}, two letters at least), so {@code (GDP)}, {@code (km)},
 * {@code (china)}, {@code (a)} and {@code (2)} are text, not residue.
 */
public final class PinyinGloss {

    private PinyinGloss() {}

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    /** Letters a gloss is spelled with. */
    static final String LETTERS = "abcdefghijklmnopqrstuvwxyzü" + TONED;
    private static final int LONGEST = 7;

    /** Longest first, so that zh is tried before z. */
    private static final List<String> INITIALS = List.of("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k",
            "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", "");
    private static final List<String> FINALS = List.of("a", "o", "e", "i", "u", "ü", "v", "ai", "ei", "ui", "ao", "ou", "iu",
            "ie", "üe", "ue", "er", "an", "en", "in", "un", "ün", "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong",
            "ua", "uo", "uai", "uan", "uang", "ueng");

    /**
     * Where the gloss opening at {@code i} ends (one past its closing bracket), or {@code i} when none opens there:
     * {@code text.charAt(i)} is {@code (} or {@code （} right after a Han character.
     */
    public static int end(String text, int i) {
        if (i == 0 || i + 2 >= text.length() || (text.charAt(i) != '(' && text.charAt(i) != '（')
                || Character.UnicodeScript.of(text.charAt(i - 1)) != Character.UnicodeScript.HAN) {
            return i;
        }
        int j = i + 1;
        boolean toned = false;
        while (j < text.length() && j - i - 1 < LONGEST && LETTERS.indexOf(text.charAt(j)) >= 0) {
            toned |= TONED.indexOf(text.charAt(j)) >= 0;
            j++;
        }
        String syllable = text.substring(i + 1, j);
        if (syllable.isEmpty() || !toned && (syllable.length() < 2 || !isSyllable(syllable))) {
            return i;
        }
        if (toned && j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() && (text.charAt(j) == ')' || text.charAt(j) == '）') ? j + 1 : i;
    }

    /** {@code text} without its glosses (a line compared with page chrome: {@code 【關閉(guān)】}). */
    public static String strip(String text) {
        Stripped stripped = mayHold(text) ? stripped(text) : null;
        return stripped == null ? text : stripped.text();
    }

    /**
     * A text without its glosses, and for each of its characters (and one past its end) the index in the text as
     * written.
     */
    public record Stripped(String text, int[] origin) {}

    /**
     * {@code text} without its glosses and the map back to the text as written, or {@code null} when no bracket opens
     * a gloss after all ({@code (GDP)}). Only the brackets are read, so a caller may run it after {@link #mayHold}.
     */
    public static Stripped stripped(String text) {
        StringBuilder out = null;
        int[] origin = null;
        int n = 0;
        int from = 0;
        for (int at = nextBracket(text, 0); at >= 0; at = nextBracket(text, at + 1)) {
            int end = end(text, at);
            if (end > at) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                    origin = new int[text.length() + 1];
                }
                for (int i = from; i < at; i++) {
                    origin[n++] = i;
                    out.append(text.charAt(i));
                }
                from = end;
                at = end - 1;
            }
        }
        if (out == null) { // a bracket, but no residue after all
            return null;
        }
        for (int i = from; i < text.length(); i++) {
            origin[n++] = i;
            out.append(text.charAt(i));
        }
        origin[n] = text.length();
        return new Stripped(out.toString(), Arrays.copyOf(origin, n + 1));
    }

    private static int nextBracket(String text, int from) {
        int ascii = text.indexOf('(', from);
        int wide = text.indexOf('（', from);
        return ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    }

    /** Whether some bracket may open a gloss: a cheap scan before the reading of {@link #end}. */
    public static boolean mayHold(String text) {
        for (int i = 0, last = text.length() - 1; i < last; i++) {
            char c = text.charAt(i);
            if ((c == '(' || c == '（') && LETTERS.indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a toneless run of letters is one pinyin syllable: an initial and a final. */
    static boolean isSyllable(String letters) {
        for (String initial : INITIALS) {
            if (letters.startsWith(initial) && FINALS.contains(letters.substring(initial.length()))) {
                return true;
            }
        }
        return false;
    }
}
