package dev.newspipe.ingest.publish;

import dev.newspipe.avro.RawArticle;
import dev.newspipe.ingest.read.IssueMetadata;
import dev.newspipe.ingest.read.IssuePage;
import dev.newspipe.ingest.split.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** The one place where split articles become Avro records, with their stable ids and content hashes. */
public final class RawArticles {

    private RawArticles() {}

    public static List<RawArticle> of(IssuePage page, List<Article> articles, Instant now) {
        return articles.stream().map(a -> of(page, a, articles.size(), now)).toList();
    }

    static RawArticle of(IssuePage page, Article article, int pageArticleCount, Instant now) {
        IssueMetadata meta = page.metadata();
        return RawArticle.newBuilder()
                .setId(articleId(meta, article.seq()))
                .setPaper(meta.paper())
                .setIssueDate(meta.issueDate())
                .setPage(meta.page())
                .setSeq(article.seq())
                .setPageArticleCount(pageArticleCount)
                .setKicker(article.kicker())
                .setTitle(article.title())
                .setSubtitle(article.subtitle())
                .setByline(article.byline())
                .setParagraphs(article.paragraphs())
                .setContinuedFrom(article.continuedFrom())
                .setContinuesOn(article.continuesOn())
                .setSourceFile(page.source().getFileName().toString())
                .setContentHash(contentHash(article))
                .setRevision(page.revision())
                .setIngestedAt(now)
                .build();
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
