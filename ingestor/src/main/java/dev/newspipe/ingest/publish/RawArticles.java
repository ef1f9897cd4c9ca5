package dev.newspipe.ingest.publish;

import dev.newspipe.avro.RawArticle;
import dev.newspipe.core.classify.PageEvidence;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.PageRef;
import dev.newspipe.serde.ArticleRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the ingestor publishes of a page's articles: each article at the page's revision and within the size a Kafka
 * record can have, mapped by {@link ArticleRecords}. A body over {@code maxBodyBytes} (UTF-8) is cut at a paragraph
 * or character boundary and ends with {@link #TRUNCATION_MARKER} and {@code truncated = true}; a kicker, title,
 * subtitle or byline over {@link #MAX_HEADLINE_CHARS} (a page without line breaks) is cut with "…".
 */
public final class RawArticles {

    /** The last paragraph of a cut body, so a reader sees that text is missing; %d is the number of characters left out. */
    public static final String TRUNCATION_MARKER = "【newspipe：正文过长，以下 %d 字略去】";
    public static final int MAX_HEADLINE_CHARS = 1000;

    private RawArticles() {}

    /**
     * @param revision the page's revision, from {@link Revisions}
     * @param maxBodyBytes longest body kept whole, in UTF-8 bytes
     */
    public static List<RawArticle> of(List<Article> articles, Instant now, long revision, int maxBodyBytes) {
        return of(articles, articles.stream().map(a -> List.<PageEvidence>of()).toList(), now, revision, maxBodyBytes);
    }

    /**
     * As {@link #of(List, Instant, long, int)}, each article with what its page says about it ({@code pageEvidence}, in
     * page order, from {@code Newsdesk.pageEvidence}).
     */
    public static List<RawArticle> of(List<Article> articles, List<List<PageEvidence>> pageEvidence, Instant now, long revision,
            int maxBodyBytes) {
        if (pageEvidence.size() != articles.size()) {
            throw new IllegalArgumentException("one list of page evidence per article");
        }
        List<RawArticle> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            out.add(of(articles.get(i), articles.size(), now, revision, maxBodyBytes, pageEvidence.get(i)));
        }
        return List.copyOf(out);
    }

    static RawArticle of(Article article, int pageArticleCount, Instant now, long revision, int maxBodyBytes) {
        return of(article, pageArticleCount, now, revision, maxBodyBytes, List.of());
    }

    static RawArticle of(Article article, int pageArticleCount, Instant now, long revision, int maxBodyBytes,
            List<PageEvidence> pageEvidence) {
        List<String> paragraphs = truncate(article.paragraphs(), maxBodyBytes);
        PageRef page = new PageRef(article.page().issue(), article.page().sourceFile(), revision);
        Article published = new Article(page, article.seq(), headline(article.kicker()), headline(article.title()),
                headline(article.subtitle()), headline(article.byline()), paragraphs, article.continuedFrom(), article.continuesOn(),
                null);
        RawArticle raw = ArticleRecords.toRaw(published, pageArticleCount, now, pageEvidence);
        raw.setTruncated(paragraphs != article.paragraphs());
        return raw;
    }

    /** The paragraphs themselves when they fit in {@code maxBytes}, else a cut copy ending with the marker. */
    static List<String> truncate(List<String> paragraphs, int maxBytes) {
        long total = 0;
        for (String p : paragraphs) {
            total += utf8Length(p) + 1;
        }
        if (total <= maxBytes) {
            return paragraphs;
        }
        List<String> kept = new ArrayList<>();
        int budget = maxBytes;
        int omitted = 0;
        for (String p : paragraphs) {
            if (budget <= 0) {
                omitted += p.length();
                continue;
            }
            int length = utf8Length(p) + 1;
            if (length <= budget) {
                kept.add(p);
                budget -= length;
            } else {
                int end = prefixWithin(p, budget - 1);
                if (end > 0) {
                    kept.add(p.substring(0, end));
                }
                omitted += p.length() - end;
                budget = 0;
            }
        }
        kept.add(String.format(TRUNCATION_MARKER, omitted));
        return List.copyOf(kept);
    }

    /** The longest prefix of {@code s} of at most {@code maxBytes} UTF-8 bytes that does not split a surrogate pair. */
    private static int prefixWithin(String s, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return bytes;
    }

    private static String headline(String s) {
        if (s == null || s.length() <= MAX_HEADLINE_CHARS) {
            return s;
        }
        int end = MAX_HEADLINE_CHARS - 1;
        return s.substring(0, Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end) + "…";
    }
}
