package dev.newspipe.core.read;

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
        if (!mayHold(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int end = end(text, i);
            if (end > i) {
                i = end - 1;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
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
