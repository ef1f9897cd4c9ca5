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
}
