package dev.newspipe.core.split;

import dev.newspipe.core.model.Article;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The share of a document's text that its articles keep, measured without the splitter's own accounting: a line
 * counts as kept when its text, whitespace removed, occurs in the concatenated text of an article (kicker,
 * title, subtitle, byline and body in this order, whitespace removed). Markdown heading marks ({@code #}) are layout, not text.
 */
final class KeptText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u3000\u00a0]+");

    private KeptText() {}

    /** Non-whitespace characters of the input, and how many of them sit on lines the articles keep. */
    record Share(int total, int kept, List<String> lost) {
        double ratio() {
            return total == 0 ? 1.0 : (double) kept / total;
        }
    }

    static Share of(String input, List<Article> articles) {
        StringBuilder all = new StringBuilder();
        for (Article a : articles) {
            for (String part : new String[] {a.kicker(), a.title(), a.subtitle(), a.byline()}) {
                if (part != null) {
                    all.append(normal(part));
                }
            }
            all.append(normal(String.join("", a.paragraphs()))).append('\u0001');
        }
        String haystack = all.toString();
        int total = 0;
        int kept = 0;
        List<String> lost = new java.util.ArrayList<>();
        for (String line : input.split("\\R")) {
            String text = normal(line.replaceFirst("^\\s*#+\\s", ""));
            if (text.isEmpty()) {
                continue;
            }
            total += text.length();
            if (haystack.contains(text)) {
                kept += text.length();
            } else {
                lost.add(line.strip());
            }
        }
        return new Share(total, kept, List.copyOf(lost));
    }

    static String normal(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }
}
