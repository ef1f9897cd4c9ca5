package dev.newspipe.core.read;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import dev.newspipe.core.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Text as newspipe analyses it: simplified script, without the pinyin residue some converters leave after a
 * character ({@code 經(jīng)濟} reads {@code 经济}; {@link PinyinGloss}). The stored and indexed text stays as written; only the
 * classifier, figures, entities and session read this view. {@link #toOriginal(int)} maps an offset in the view
 * back to the original, so a span found in the view (a figure) can be shown in the text as written.
 *
 * <p>Conversion is OpenCC's traditional-to-simplified (phrases, then characters) through opencc4j. Where a phrase
 * converts to a different length, the view falls back to character-by-character conversion so that every view
 * character still stands for exactly one original character. Text that is already simplified and has no pinyin
 * residue is its own view, at the cost of one scan, without a copy or an offset map.
 *
 * @param text the simplified text
 * @param offsets for each character of {@code text} (and one past its end), its index in the original; {@code null}
 *     inside the record when the view dropped nothing and every character stands for itself (most text)
 */
public record SimplifiedView(String original, String text, int[] offsets) {

    /** The view of {@code original}. */
    public static SimplifiedView of(String original) {
        // the common case: nothing to drop, so every character stands for itself and needs no offset map
        PinyinGloss.Stripped stripped = PinyinGloss.mayHold(original) ? PinyinGloss.stripped(original) : null;
        if (stripped == null) { // no bracket, or a bracket but no residue after all
            return new SimplifiedView(original, hasTraditional(original) ? toSimple(original) : original, null);
        }
        String plain = stripped.text();
        String simple = hasTraditional(plain) ? toSimple(plain) : plain;
        return new SimplifiedView(original, simple, stripped.origin());
    }

    /**
     * Code points OpenCC converts from traditional to simplified, read once from opencc4j's own dictionary: a scan
     * against it is far cheaper than asking the converter, and most text is simplified already.
     */
    private static final BitSet TRADITIONAL = traditionalCharacters();

    private static BitSet traditionalCharacters() {
        BitSet set = new BitSet(Character.MAX_CODE_POINT + 1);
        try (InputStream in = SimplifiedView.class.getClassLoader().getResourceAsStream("data/dictionary/TSCharacters.txt")) {
            if (in == null) {
                throw new IllegalStateException("opencc4j's data/dictionary/TSCharacters.txt is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0 && line.codePointCount(0, tab) == 1) {
                    // "制\t制": characters written alike in both scripts are listed too; they need no conversion.
                    String target = line.substring(tab + 1).strip().split(" ")[0];
                    if (!target.equals(line.substring(0, tab))) {
                        set.set(line.codePointAt(0));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set;
    }

    /**
     * Whether the text is written in traditional script, in part at least. A few such characters in simplified text
     * are no reason to convert (OpenCC's table lists characters that simplified text also uses, such as 著 in 显著, and
     * the converter costs milliseconds on a long article), so it takes {@value #MIN_TRADITIONAL} of them, or one in a
     * hundred characters of a short text: a traditional-script article has one in four or five.
     */
    private static boolean hasTraditional(String text) {
        int needed = Math.max(1, Math.min(MIN_TRADITIONAL, text.length() / 100));
        int found = 0;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            // by char, as code points would be read: a surrogate pair is one code point
            int cp = Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))
                    ? Character.toCodePoint(c, text.charAt(++i)) : c;
            if (TRADITIONAL.get(cp) && ++found >= needed) {
                return true;
            }
        }
        return false;
    }

    private static final int MIN_TRADITIONAL = 8;

    /** {@code null} stays {@code null}. */
    public static String simplify(String text) {
        return text == null ? null : of(text).text();
    }

    /**
     * The article as analysed: headline, byline and paragraphs in their simplified views; page and position unchanged.
     * The article itself when every part is its own view, as most are.
     */
    public static Article simplify(Article article) {
        List<String> paragraphs = article.paragraphs().stream().map(SimplifiedView::simplify).toList();
        String kicker = simplify(article.kicker());
        String title = simplify(article.title());
        String subtitle = simplify(article.subtitle());
        String byline = simplify(article.byline());
        if (kicker == article.kicker() && title == article.title() && subtitle == article.subtitle() && byline == article.byline()
                && same(paragraphs, article.paragraphs())) {
            return article;
        }
        return new Article(article.page(), article.seq(), kicker, title, subtitle, byline, paragraphs, article.continuedFrom(),
                article.continuesOn(), article.enrichment());
    }

    /** Whether each string of {@code views} is the very string of {@code originals} (a view left as it was). */
    private static boolean same(List<String> views, List<String> originals) {
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i) != originals.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the view differs from the original. */
    public boolean changed() {
        return text != original && !text.equals(original);
    }

    /** The index in the original of the character at {@code offset} in the view ({@code text.length()} maps to the end). */
    public int toOriginal(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside the view of length " + text.length());
        }
        return offsets == null ? offset : offsets[offset];
    }

    /** For each character of the view (and one past its end), its index in the original. */
    @Override
    public int[] offsets() {
        if (offsets == null) {
            int[] identity = new int[text.length() + 1];
            Arrays.setAll(identity, i -> i);
            return identity;
        }
        return offsets;
    }

    /** The original text of the view's span {@code [start, end)}, pinyin residue inside it included. */
    public String originalOf(int start, int end) {
        return original.substring(toOriginal(start), end == 0 ? 0 : toOriginal(end - 1) + 1);
    }

    /** Same length as the input, so offsets carry over: phrases first, characters where a phrase changed length. */
    private static String toSimple(String text) {
        String phrased = ZhConverterUtil.toSimple(text);
        if (phrased.length() == text.length()) {
            return phrased;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String one = ZhConverterUtil.toSimple(String.valueOf(c));
            out.append(one.length() == 1 ? one.charAt(0) : c);
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimplifiedView v && v.original.equals(original) && v.text.equals(text);
    }

    @Override
    public int hashCode() {
        return original.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return "SimplifiedView[" + text + "]";
    }
}
