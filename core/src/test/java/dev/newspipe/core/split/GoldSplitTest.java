package dev.newspipe.core.split;

import dev.newspipe.core.model.Article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newspipe.testkit.TestData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The hand labels in {@code testdata/gold/seeds.json}: every article found, nothing extra, bodies intact. */
class GoldSplitTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @TestFactory
    Stream<DynamicTest> shouldSplitEverySamplePageAsLabelled() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(TestData.gold().toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode doc : gold.get("documents")) {
            String file = doc.get("file").asText();
            tests.add(DynamicTest.dynamicTest(file, () -> checkDocument(file, doc.get("articles"))));
        }
        return tests.stream();
    }

    private void checkDocument(String file, JsonNode labelled) {
        List<Article> articles = splitter.split(TestData.read(TestData.samples().resolve(file)));
        String found = describe(articles);
        int next = 0;
        for (JsonNode label : labelled) {
            int match = -1;
            for (int k = next; k < articles.size(); k++) {
                if (matches(articles.get(k), label)) {
                    match = k;
                    break;
                }
            }
            if (match < 0 && label.path("may_merge_with_previous").asBoolean() && next > 0) {
                Article previous = articles.get(next - 1);
                assertThat(previous.body()).as("%s: merged article %s in\n%s", file, label, found)
                        .contains(startOf(label));
                continue;
            }
            assertThat(match).as("%s: no article for %s among\n%s", file, label, found).isGreaterThanOrEqualTo(0);
            assertThat(match).as("%s: extra articles before %s in\n%s", file, label, found).isEqualTo(next);
            Article article = articles.get(match);
            for (JsonNode contained : label.path("body_contains")) {
                assertThat(article.body()).as("%s: body of %s", file, article.displayTitle()).contains(contained.asText());
            }
            if (label.has("continued_from")) {
                assertThat(article.continuedFrom()).as("%s: continued_from of %s", file, article.displayTitle())
                        .isEqualTo(label.get("continued_from").asText());
            }
            next = match + 1;
        }
        assertThat(articles).as("%s: extra articles after the labelled ones in\n%s", file, found).hasSize(next);
    }

    private static boolean matches(Article article, JsonNode label) {
        boolean titleOk = label.get("title_any").isEmpty()
                ? article.title() == null
                : stream(label.get("title_any")).anyMatch(t -> t.equals(article.title()) || t.equals(article.kicker())
                        || (article.title() != null && article.body().startsWith("（" + t)));
        if (!titleOk) {
            return false;
        }
        String body = article.body();
        return body.startsWith(label.get("body_starts").asText())
                || stream(label.path("alt_body_starts")).anyMatch(body::startsWith);
    }

    private static String startOf(JsonNode label) {
        return label.get("body_starts").asText();
    }

    private static Stream<String> stream(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values.stream();
    }

    private static String describe(List<Article> articles) {
        StringBuilder out = new StringBuilder();
        for (Article a : articles) {
            out.append("  #").append(a.seq()).append(" kicker=").append(a.kicker()).append(" title=").append(a.title())
                    .append(" subtitle=").append(a.subtitle()).append(" from=").append(a.continuedFrom())
                    .append(" on=").append(a.continuesOn()).append(" body=")
                    .append(a.body().substring(0, Math.min(40, a.body().length())).replace('\n', '|')).append('\n');
        }
        return out.toString();
    }
}
