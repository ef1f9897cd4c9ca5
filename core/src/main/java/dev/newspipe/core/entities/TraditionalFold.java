package dev.newspipe.core.entities;

/**
 * Folds traditional characters to simplified one for one ({@code traditional.tsv}, OpenCC's character table), so the
 * gazetteer, the institution grammar and the session expressions read 人民代表大會第十屆 like 人民代表大会第十届 while every
 * offset stays where it was in the text as written.
 */
public final class TraditionalFold {

    private static final char[] MAP = load();
    /**
     * The characters that fold, one bit each: 8 KB that stay in the cache where {@link #MAP} is 128 KB, asked for every
     * character of every text (nearly all of it already simplified).
     */
    private static final long[] FOLDS = new long[(Character.MAX_VALUE + 1) / 64];

    static {
        for (int c = 0; c < MAP.length; c++) {
            if (MAP[c] != c) {
                FOLDS[c >>> 6] |= 1L << c;
            }
        }
    }

    private TraditionalFold() {}

    private static char[] load() {
        char[] map = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < map.length; c++) {
            map[c] = (char) c;
        }
        Gazetteer.table("traditional.tsv", (t, s) -> map[t.charAt(0)] = s.charAt(0));
        return map;
    }

    /** The text with each traditional character replaced by its simplified form; same length. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((FOLDS[c >>> 6] & 1L << c) != 0) {
                char f = MAP[c];
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }
}
