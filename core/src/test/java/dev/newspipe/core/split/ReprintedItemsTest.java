package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Items of pages that reprint several documents or list other items under an article: hand-written pages in the
 * genre's shapes, each rule with a counter-example.
 */
class ReprintedItemsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldStartADocumentAtEachTitleGluedToItsAdoptionLine() {
        List<Article> articles = splitter.split("""
                某省人民代表大会常务委员会关于召开某省第十四届人民代表大会第三次会议的决定(2024年12月20日某省第十四届人民代表大会常务委员会第十三次会议通过)

                某省第十四届人民代表大会常务委员会第十三次会议决定：某省第十四届人民代表大会第三次会议于2025年1月在省会召开。

                某省人民代表大会常务委员会关于批准某市城市管理条例的决定(2024年12月20日某省第十四届人民代表大会常务委员会第十三次会议通过)

                某省第十四届人民代表大会常务委员会第十三次会议审查了某市城市管理条例，决定予以批准。
                """);

        assertThat(articles).extracting(Article::title).containsExactly(
                "某省人民代表大会常务委员会关于召开某省第十四届人民代表大会第三次会议的决定",
                "某省人民代表大会常务委员会关于批准某市城市管理条例的决定");
        assertThat(articles).allSatisfy(a -> assertThat(a.paragraphs().get(0)).startsWith("(2024年12月20日").endsWith("会议通过)"));
    }

    @Test
    void shouldReadTouGuoOfAConvertedPageAsTheAdoptionLinesPassed() {
        // a page converted to traditional script by phrase prints 通过 as 透過
        List<Article> articles = splitter.split("""
                某縣人民代表大會常務委員會關於縣鄉兩級人民代表大會換屆選舉時間的決定(2021年6月1日某縣第十八屆人民代表大會常務委員會第三十次會議透過)

                根據選舉法的規定，決定全縣縣鄉兩級人民代表大會換屆選舉於2021年底前完成。

                某縣人民代表大會常務委員會關於縣人民代表大會代表名額的決定(2021年6月1日某縣第十八屆人民代表大會常務委員會第三十次會議透過)

                根據選舉法的規定，決定某縣第十九屆人民代表大會代表名額為二百名。
                """);

        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).title()).isEqualTo("某縣人民代表大會常務委員會關於縣人民代表大會代表名額的決定");
        assertThat(LineKind.of("(2021年6月1日某縣第十八屆人民代表大會常務委員會第三十次會議透過)")).isEqualTo(LineKind.ADOPTION);
    }

    @Test
    void shouldKeepAnArchiveRecordsSummaryLineWithTheDocumentItSummarises() {
        // counter-example: an archive record prints the title and adoption line as one summary line, then the document
        // with its title again: one document
        List<Article> articles = splitter.split("""
                某市第三届人民代表大会第一次会议关于政府工作报告的决议  (一九九三年三月十二日某市第三届人民代表大会第一次会议通过)

                  (1993.03.13)

                某市第三届人民代表大会第一次会议关于政府工作报告的决议
                (一九九三年三月十二日某市第三届人民代表大会第一次会议通过)
                某市第三届人民代表大会第一次会议认真审议了市长所作的政府工作报告，决定予以批准。
                会议号召全市人民团结一致，为完成今年的各项任务而努力奋斗。
                """);

        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).anyMatch(p -> p.startsWith("某市第三届人民代表大会第一次会议认真审议"));
    }

    @Test
    void shouldNotSplitATitleAtABracketThatIsNoAdoptionLine() {
        // counter-example: a bracket after a title that is not an adoption line (a date, a draft mark) opens nothing
        assertThat(ItemHeadings.gluedAdoptionAt("关于召开市第十届人民代表大会第五次会议的决定(2024年12月20日)")).isEqualTo(-1);
        assertThat(ItemHeadings.gluedAdoptionAt("会议审议了关于人事任免的决定，(2024年12月20日会议通过)")).isEqualTo(-1);
        assertThat(ItemHeadings.gluedAdoptionAt("【标题】= 关于政府工作报告的决议(2024年1月5日某市人民代表大会通过)")).isEqualTo(-1);
        assertThat(ItemHeadings.gluedAdoptionAt("某市城市管理条例(2024年10月25日某市人大常委会会议通过)")).isEqualTo(8);
    }
}
