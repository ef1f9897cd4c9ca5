package dev.newspipe.ingest.publish;

import dev.newspipe.avro.RawArticle;
import dev.newspipe.ingest.read.IssueMetadata;
import dev.newspipe.ingest.read.IssuePage;
import dev.newspipe.ingest.split.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The one place where split articles become Avro records, with their stable ids and content hashes, and where
 * an article is kept within the size a Kafka record can have: a body over {@code maxBodyBytes} (UTF-8) is cut
 * at a paragraph or character boundary and ends with {@link #TRUNCATION_MARKER} and {@code truncated = true};
 * a kicker, title, subtitle or byline over {@link #MAX_HEADLINE_CHARS} (a page without line breaks) is cut
 * with "…".
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
    public static List<RawArticle> of(IssuePage page, List<Article> articles, Instant now, long revision, int maxBodyBytes) {
        return articles.stream().map(a -> of(page, a, articles.size(), now, revision, maxBodyBytes)).toList();
    }

    static RawArticle of(IssuePage page, Article article, int pageArticleCount, Instant now, long revision, int maxBodyBytes) {
        IssueMetadata meta = page.metadata();
        List<String> paragraphs = truncate(article.paragraphs(), maxBodyBytes);
        return RawArticle.newBuilder()
                .setId(articleId(meta, article.seq()))
                .setPaper(meta.paper())
                .setIssueDate(meta.issueDate())
                .setPage(meta.page())
                .setSeq(article.seq())
                .setPageArticleCount(pageArticleCount)
                .setKicker(headline(article.kicker()))
                .setTitle(headline(article.title()))
                .setSubtitle(headline(article.subtitle()))
                .setByline(headline(article.byline()))
                .setParagraphs(paragraphs)
                .setTruncated(paragraphs != article.paragraphs())
                .setContinuedFrom(article.continuedFrom())
                .setContinuesOn(article.continuesOn())
                .setSourceFile(page.source().getFileName().toString())
                .setContentHash(contentHash(article))
                .setRevision(revision)
                .setIngestedAt(now)
                .build();
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

    /**
     * Paper, issue date, page and position: the same file ingested again gives the same ids, and a corrected
     * file replaces its articles instead of adding new ones.
     */
    public static String articleId(IssueMetadata meta, int seq) {
        return sha256(meta.paper() + '\u0000' + meta.issueDate() + '\u0000' + meta.page() + '\u0000' + seq).substring(0, 24);
    }

    static String contentHash(Article a) {
        return sha256(String.join("\u0000", String.valueOf(a.kicker()), String.valueOf(a.title()), String.valueOf(a.subtitle()),
                String.valueOf(a.byline()), a.body(), String.valueOf(a.continuedFrom()), String.valueOf(a.continuesOn())));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
