package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Page chrome is never a headline, and its text stays in the article. */
class ChromeTest {

    @ParameterizedTest
    @ValueSource(strings = {"|", "404 Not Found", "新闻中心新浪首页 > 新闻中心 > 国内新闻 > 正文", "2025-09-17,11962| 2025-09-16,11954| 2025-09-15,11946",
            "宜宾观察 曹洋 安素萱/制图", "（晓航/编制）", "阴影 阴影", "信息浏览", "更新时间:", "浏览字号:"})
    void shouldRecogniseChrome(String line) {
        assertThat(LineKind.of(line)).isEqualTo(LineKind.CHROME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"十一届全国人大一次会议举行预备会议", "| 中外记者纷纷对政府工作报告进行分析报道。 |", "城市规划设计", "市人大常委会召开第十次会议", "各位代表："})
    void shouldLeaveNewsLinesAlone(String line) {
        assertThat(LineKind.of(line)).isNotEqualTo(LineKind.CHROME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"001版:首版", "第01版:封面 PDF版阅读", "3上一篇  下一篇4", "下一版4"})
    void shouldRecogniseEpaperPageLabelsAndLinksAsFurniture(String line) {
        assertThat(LineKind.of(line)).isEqualTo(LineKind.FURNITURE);
    }

    @Test
    void shouldReadAHeadlineWithAPostAsAHeadlineAndAPostWithANameAsACredit() {
        assertThat(LineKind.of("段义和当选为济南市人大主任 鲍志强当选市长")).isEqualTo(LineKind.HEADLINE);
        assertThat(LineKind.of("国务院总理　李　强")).isEqualTo(LineKind.CREDIT);
        assertThat(LineKind.of("中新网分类新闻查询>>")).isEqualTo(LineKind.CHROME);
        assertThat(LineKind.of("2025-09-17,11962| 2025-09-16,11954| ".repeat(20))).isEqualTo(LineKind.CHROME);
    }

    @Test
    void shouldReadATraditionalAdoptionLineAndKeepAWebMetaLineWhole() {
        assertThat(LineKind.of("(一九五四年九月二十六日通過)")).isEqualTo(LineKind.ADOPTION);
        String page = "關於政府工作報告的決議\n中央政府門戶網站 www.gov.cn   2008年03月06日   來源:人民日報\n"
                + "第一屆全國人民代表大會第一次會議批准周恩來總理所作的政府工作報告。\n";
        var articles = new ArticleSplitter().split(page);
        assertThat(articles.get(0).title()).isEqualTo("關於政府工作報告的決議");
        assertThat(KeptText.of(page, articles).ratio()).isEqualTo(1.0);
    }

    @Test
    void shouldTakeTheHeadlineBelowChromeAndKeepTheChromeText() {
        String page = "404 Not Found\n新闻中心 > 国内新闻 > 正文\n代表精心准备议案\n本报讯 记者昨日获悉，代表们已提交议案五十件。\n";
        var articles = new ArticleSplitter().split(page);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("代表精心准备议案");
        assertThat(articles.get(0).paragraphs().get(0)).startsWith("本报讯");
        assertThat(KeptText.of(page, articles).ratio()).isEqualTo(1.0);
        assertThat(List.copyOf(articles.get(0).paragraphs())).contains("404 Not Found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"您当前的位置：市政府网", "您所在的位置 首页 新闻 本市", "你當前的位置:首頁正文", "您现在所在的位置：首页>县区新闻>正文",
            "您的当前位置：首页", "您现在的位置是：工作动态"})
    void shouldReadWhereThePageStandsOnItsSiteAsChrome(String line) {
        assertThat(LineKind.of(line)).isEqualTo(LineKind.CHROME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"当前位置偏远的村组仍需通路。", "所在位置较偏的村已全部通电", "现在位置调整后的站点已投入使用"})
    void shouldLeaveSentencesAboutPlacesAlone(String line) {
        assertThat(LineKind.of(line)).isNotEqualTo(LineKind.CHROME);
    }

    @Test
    void shouldTakeTheHeadlineBelowAMenuOfSectionsWithLongerChannelNames() {
        String page = "首頁 國內 時評 黨建 省情 文化 法治 原創 視頻 省委文件 新聞 政務 旅游 本省人民政府網 藏文網\n"
                + "您當前的位置 : 本省新聞網標題頭條\n省人大會議隆重開幕\n本報訊 1月27日上午，省人民代表大會第四次會議在會議中心隆重開幕。\n";
        var articles = new ArticleSplitter().split(page);
        assertThat(articles.get(0).title()).isEqualTo("省人大會議隆重開幕");
        assertThat(KeptText.of(page, articles).ratio()).isEqualTo(1.0);
        // a row of people's names is no menu, however many short names it holds
        assertThat(LineKind.of("王大明 李小红 张国庆 赵志刚 钱文华 孙建国")).isNotEqualTo(LineKind.CHROME);
    }
}
