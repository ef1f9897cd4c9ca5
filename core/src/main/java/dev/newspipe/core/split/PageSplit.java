package dev.newspipe.core.split;

import dev.newspipe.core.model.Article;
import java.util.List;
import java.util.Objects;

/**
 * The articles of one page and the fate of every non-blank input line: in which article it ended up, or which
 * furniture rule dropped it, or which earlier line it repeats. Nothing else can happen to a line, so a reader can
 * check that no text was lost ({@code newspipe split --explain FILE} prints this).
 */
public record PageSplit(List<Article> articles, List<LineFate> lines) {

    public PageSplit {
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }

    /** What happened to one line. */
    public sealed interface Fate permits InArticle, Furniture, Repeat {}

    /** The line is (part of) article {@code seq}: its heading, byline or body. */
    public record InArticle(int seq) implements Fate {}

    /** Page furniture dropped by the named rule (an edition header, an editor's credit, a share widget...). */
    public record Furniture(String rule) implements Fate {}

    /** The line repeats line {@code ofLine} (1-based) and was dropped as the extraction's double. */
    public record Repeat(int ofLine) implements Fate {}

    /**
     * @param line 1-based number of the line in the page text
     * @param text the line as printed, stripped
     */
    public record LineFate(int line, String text, Fate fate) {}

    public long furnitureCount() {
        return lines.stream().filter(l -> l.fate() instanceof Furniture).count();
    }

    public long repeatCount() {
        return lines.stream().filter(l -> l.fate() instanceof Repeat).count();
    }

    /** {@code article 2}, {@code furniture (editor credit)}, {@code repeat of line 14}. */
    public static String describe(Fate fate) {
        if (fate instanceof InArticle a) {
            return "article " + a.seq();
        }
        if (fate instanceof Furniture f) {
            return "furniture (" + f.rule() + ")";
        }
        return "repeat of line " + ((Repeat) fate).ofLine();
    }
}
