package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A resolution's or notice's title among the items of a page. Hand-written lines in the genre's shapes. */
class DocumentTitlesTest {

    @Test
    void shouldKnowTheTitleOfAResolutionOrNotice() {
        assertThat(DocumentTitles.isDocumentTitle("某县人大常委会关于批准2023年县本级财政决算的决议")).isTrue();
        assertThat(DocumentTitles.isDocumentTitle("关于召开县第十九届人民代表大会第二次会议的决定")).isTrue();
        assertThat(DocumentTitles.isDocumentTitle("一、过去一年的工作回顾")).isFalse();
        assertThat(DocumentTitles.isDocumentTitle("代表们认真学习《关于政府工作报告的决议》")).isFalse();
    }

    @Test
    void shouldKnowTheTitleInTraditionalScriptWhereTheConversionLeftYu() {
        // 于 stands for both 於 and 于, so a conversion to traditional script often leaves it
        assertThat(DocumentTitles.isDocumentTitle("某市第十五屆人民代表大會第一次會議關于市中級人民法院工作報告的決議")).isTrue();
        assertThat(DocumentTitles.isDocumentTitle("某市人民代表大會常務委員會關於召開會議的決定")).isTrue();
        assertThat(DocumentTitles.isDocumentTitle("會議關于經濟工作的討論")).isFalse();
    }

    @Test
    void shouldStartADocumentUnderAFinishedParagraphOnAPageOfOneParagraphItems() {
        List<Article> articles = new ArticleSplitter().split("""
                县人大代表视察重点项目

                6月5日，部分县人大代表视察了全县重点项目建设情况，代表们对项目进展给予肯定。

                某县人大常委会关于批准2023年县本级财政决算的决议

                某县第十八届人大常委会第九次会议听取了县财政局局长受县人民政府委托所作的报告，决定批准2023年县本级财政决算。
                """);

        assertThat(articles).extracting(Article::title)
                .containsExactly("县人大代表视察重点项目", "某县人大常委会关于批准2023年县本级财政决算的决议");
    }

    @Test
    void shouldKnowADocumentsOwnNameItsIssuerAndKind() {
        assertThat(DocumentTitles.isDocumentName("某市人民代表大会常务委员会公告")).isTrue();
        assertThat(DocumentTitles.isDocumentName("全国人民代表大会常务委员会公告〔十四届〕第五号")).isTrue();
        assertThat(DocumentTitles.isDocumentName("2023年某县人民代表大会常务委员会工作报告")).isTrue();
        assertThat(DocumentTitles.isDocumentName("某县2022年国民经济和社会发展统计公报")).isTrue();
        assertThat(DocumentTitles.isDocumentName("某縣2022年國民經濟和社會發展統計公報")).isTrue();
        // a headline says what the body did with a report, a subhead names a task
        assertThat(DocumentTitles.isDocumentName("市人大常委会听取审议市政府专项工作报告")).isFalse();
        assertThat(DocumentTitles.isDocumentName("认真做好人大代表工作")).isFalse();
        assertThat(DocumentTitles.isDocumentName("代表们认真审议常务委员会工作报告")).isFalse();
    }

    @Test
    void shouldStartADocumentNamedByItsIssuerOnADoubleSpacedPage() {
        // every line set off by one blank line: the blank lines say nothing, the notice's own name does
        List<Article> articles = new ArticleSplitter().split("""
                县人大代表视察重点项目

                6月5日，部分县人大代表视察了全县重点项目建设情况。

                代表们对项目进展给予肯定，并提出了意见建议。

                某县人民代表大会常务委员会公告

                某县第十八届人民代表大会常务委员会第九次会议决定，接受某某辞去县人民代表大会代表职务。

                特此公告。
                """);

        assertThat(articles).extracting(Article::title)
                .containsExactly("县人大代表视察重点项目", "某县人民代表大会常务委员会公告");
    }

    @Test
    void shouldKeepASubheadBetweenParagraphsOnADoubleSpacedPage() {
        List<Article> articles = new ArticleSplitter().split("""
                县人大常委会工作要点

                今年，县人大常委会将紧紧围绕县委中心工作依法履职。

                常委会将继续加强监督工作，增强监督实效。

                扎实做好代表工作

                常委会将完善代表联系群众制度，提高代表履职能力。

                常委会将办好代表建议，推动解决群众关心的问题。
                """);

        assertThat(articles).extracting(Article::title).containsExactly("县人大常委会工作要点");
    }

    @Test
    void shouldStartAReportUnderItsOpeningFormula() {
        // a report says 我代表…向大会报告工作 once, at its start: the heading over it is the report's title
        List<Article> articles = new ArticleSplitter().split("""
                某县召开县长办公会议

                3月1日，县长主持召开县长办公会议，研究政府工作报告起草工作。

                会议要求，要认真做好报告起草工作。

                县人民政府工作报告要点

                现在，我代表县人民政府，向大会报告工作，请予审议。

                过去一年，全县经济社会发展取得新成绩。
                """);

        assertThat(articles).extracting(Article::title).containsExactly("某县召开县长办公会议", "县人民政府工作报告要点");
    }

    @Test
    void shouldKnowAResolutionWhoseTextOpensWithItsIssuer() {
        assertThat(DocumentTitles.textOpensWithIssuer("某市第五届人民代表大会第一次会议关于政府工作报告的决议",
                "某市第五届人民代表大会第一次会议听取和审议了市长所作的政府工作报告。")).isTrue();
        // the text opens otherwise, or the title names no issuer before its 关于 phrase
        assertThat(DocumentTitles.textOpensWithIssuer("某市第五届人民代表大会第一次会议关于政府工作报告的决议",
                "会议认为，报告实事求是，目标明确。")).isFalse();
        assertThat(DocumentTitles.textOpensWithIssuer("关于召开县第十九届人民代表大会第二次会议的决定", "关于召开会议的有关事项如下。")).isFalse();
    }

    @Test
    void shouldStartAResolutionUnderAParagraphACopyCutOff() {
        List<Article> articles = new ArticleSplitter().split("""
                某市政协召开主席会议

                会议听取了关于提案办理情况的汇报，研究了下一步

                某市第五届人民代表大会第一次会议关于政府工作报告的决议

                某市第五届人民代表大会第一次会议听取和审议了市长所作的政府工作报告。会议决定批准这个报告。
                """);

        assertThat(articles).extracting(Article::title)
                .containsExactly("某市政协召开主席会议", "某市第五届人民代表大会第一次会议关于政府工作报告的决议");
    }
}
