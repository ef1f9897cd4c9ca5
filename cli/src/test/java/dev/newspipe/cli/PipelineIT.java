package dev.newspipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.read.ReadResult;
import dev.newspipe.devstack.DevStack;
import dev.newspipe.index.ArchiveSearch;
import dev.newspipe.index.ElasticsearchClients;
import dev.newspipe.testkit.EmbeddedStackExtension;
import dev.newspipe.testkit.TestData;
import dev.newspipe.testkit.TestNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the real embedded stack over the five sample pages, and a page whose pieces its page explains. */
@ExtendWith(EmbeddedStackExtension.class)
class PipelineIT {

    @TempDir
    Path state;

    @Test
    @Timeout(240)
    void shouldIndexEveryArticleOnceWithItsCategoryAndNotDuplicateOnReingestion(DevStack stack) throws Exception {
        TestNames names = TestNames.unique("pipeline");
        try (LocalPipeline pipeline = new LocalPipeline(names.config(stack, state))) {
            ArchiveSearch search = pipeline.search();
            LocalPipeline.Ingested first = pipeline.ingest(TestData.sampleFiles(), outcome -> {});
            assertThat(first.problems()).isEmpty();
            assertThat(first.articleIds()).doesNotHaveDuplicates();
            assertThat(pipeline.awaitSearchable(first.articleIds(), Duration.ofSeconds(120))).isTrue();

            search.refresh();
            assertThat(search.articleCount()).isEqualTo(first.articleIds().size());
            // the labels of testdata/gold/seeds.json, counted per category
            assertThat(search.articlesPerCategory())
                    .containsExactlyInAnyOrderEntriesOf(Map.of("resolution", 7L, "session_notice", 4L, "other", 5L, "work_report", 3L));
            // an article and its figures are separate documents, so the articles can be searchable before the last
            // figures are: wait for as many figures as the core finds in the same pages
            long figures = expectedFigures();
            assertThat(figures).isPositive();
            assertThat(awaitFigures(search, figures)).as("figures indexed").isEqualTo(figures);
            List<ArchiveSearch.ArticleHit> gdp = search.search(new ArchiveSearch.Criteria("地区生产总值", "work_report", null, null,
                    "地区生产总值", 5));
            assertThat(gdp).isNotEmpty();
            assertThat(gdp.get(0).figures()).extracting(f -> f.get("metric")).allMatch(m -> m.toString().contains("地区生产总值"));
            // figures are spans of the body, and search marks them in its snippets
            assertThat(gdp.get(0).figures()).allSatisfy(f -> assertThat(f.get("start")).isNotNull());
            assertThat(gdp.get(0).snippets()).anyMatch(snippet -> snippet.contains(ArchiveSearch.FIGURE_OPEN));

            long secondRound = System.currentTimeMillis();
            LocalPipeline.Ingested second = pipeline.ingest(TestData.sampleFiles(), outcome -> {});
            assertThat(second.articleIds()).containsExactlyElementsOf(first.articleIds());
            awaitIngestedSince(pipeline, secondRound, first.articleIds().size());
            search.refresh();
            assertThat(search.articleCount()).isEqualTo(first.articleIds().size());
            assertThat(search.figureCount()).isEqualTo(figures);
        }
    }

    @Test
    @Timeout(240)
    void shouldGiveThePiecesOfAPageTheCategoriesTheCoreGivesTheWholePage(DevStack stack) throws Exception {
        // a session's caption gallery (testdata/genre/s, source in its SOURCES.md): the captions after the first say too
        // little alone; the ingestor publishes what the page says about each, so the index gets newspipe enrich's categories
        Path gallery = TestData.root().resolve("testdata/genre/s/docs/captions_npc10_5th_closing_mirror_mixed_2007.txt");
        Newsdesk desk = Newsdesk.offline();
        ReadResult.Page page = (ReadResult.Page) desk.read(gallery);
        Map<String, Long> expected = desk.process(page.page()).stream().collect(Collectors.groupingBy(
                a -> a.enrichment().classification().category().wireName(), Collectors.counting()));
        assertThat(expected).containsExactlyInAnyOrderEntriesOf(Map.of("session_notice", 4L));
        assertThat(desk.enrich(desk.split(page.page()).get(1)).enrichment().classification().category().wireName())
                .as("a later caption alone, without its page").isEqualTo("other");
        try (LocalPipeline pipeline = new LocalPipeline(TestNames.unique("page-context").config(stack, state))) {
            LocalPipeline.Ingested ingested = pipeline.ingest(List.of(gallery), outcome -> {});
            assertThat(ingested.problems()).isEmpty();
            assertThat(pipeline.awaitSearchable(ingested.articleIds(), Duration.ofSeconds(120))).isTrue();
            ArchiveSearch search = pipeline.search();
            search.refresh();
            assertThat(search.articlesPerCategory()).containsExactlyInAnyOrderEntriesOf(expected);
        }
    }

    /** The figures the core finds in the sample pages, as the pipeline reads and enriches them. */
    private static long expectedFigures() {
        Newsdesk desk = Newsdesk.offline();
        long n = 0;
        for (Path file : TestData.sampleFiles()) {
            if (desk.read(file) instanceof ReadResult.Page page) {
                n += desk.process(page.page()).stream().mapToLong(a -> a.enrichment().figures().size()).sum();
            }
        }
        return n;
    }

    /** The figure count once it reaches {@code expected}, or the last count after 60 seconds. */
    private static long awaitFigures(ArchiveSearch search, long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long count = 0;
        while (System.nanoTime() < deadline) {
            search.refresh();
            count = search.figureCount();
            if (count >= expected) {
                return count;
            }
            Thread.sleep(200);
        }
        return count;
    }

    /** Waits until every article in the index is the one of the second ingestion. */
    private static void awaitIngestedSince(LocalPipeline pipeline, long since, int articles) throws Exception {
        var client = ElasticsearchClients.create(pipeline.config());
        String alias = ElasticsearchClients.indexNames(pipeline.config()).articles();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            long reprocessed = 0;
            while (System.nanoTime() < deadline) {
                client.indices().refresh(r -> r.index(alias));
                reprocessed = client.count(c -> c.index(alias).query(q -> q.range(r -> r.date(d -> d.field("ingested_at")
                        .gte(Long.toString(since)).format("epoch_millis"))))).count();
                if (reprocessed == articles) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("only " + reprocessed + " of " + articles + " articles were re-indexed");
        } finally {
            client._transport().close();
        }
    }
}
