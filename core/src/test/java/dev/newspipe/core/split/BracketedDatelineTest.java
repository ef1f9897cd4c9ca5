package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lead whose dateline is printed in brackets, and an archive record's field label. Hand-written pages. */
class BracketedDatelineTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldStartAnArticleAtAHeadlineOverABracketedDateline() {
        // the paragraph above is cut (no final 。): only the lead under the next headline says a new item starts
        List<Article> articles = splitter.split("""
                港口吞吐量创新高

                【本報訊】據官方媒體報道，今年一季度全國港口完成貨物吞吐量三十八億噸，同比增長

                多地出台措施穩就業 高校畢業生受惠

                【本報記者北京五日電】多個省市近日出台穩就業措施，重點支持高校畢業生就業。
                """);

        assertThat(articles).extracting(Article::title).containsExactly("港口吞吐量创新高", "多地出台措施穩就業 高校畢業生受惠");
    }

    @Test
    void shouldKeepAnArchiveRecordsTextUnderItsFieldLabel() {
        List<Article> articles = splitter.split("""
                某市各界人民代表會議閉幕
                摘要: 某市各界人民代表會議昨日閉幕，選舉了市長。

                内容

                【新華社某市十日電】某市各界人民代表會議昨日閉幕，會議選舉了正、副市長。
                """);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("某市各界人民代表會議閉幕");
    }
}
