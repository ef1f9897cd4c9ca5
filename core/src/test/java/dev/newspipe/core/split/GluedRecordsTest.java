package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written pages of a day-page archive's AMP view, whose records glue page label, column field and text with
 * literal {@code <br/>} tags under a plain headline line, with a counter-example (see
 * {@link BriefItems#opensGluedRecord}).
 */
class GluedRecordsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldStartARecordAtEachHeadlineOverAGluedRecord() {
        List<Article> articles = splitter.split("""
                某报 文字版 1990-01-30

                某地边界冲突加剧双方呼吁和平解决

                第6版(国际)<br/>专栏:<br/><br/>  某地边界冲突加剧<br/> 双方呼吁和平解决<br/> 本报某城1月28日电 记者王五报道：两国边境地区冲突加剧。<br/> 国际社会呼吁双方克制。

                某国战火不熄冲突又起

                第6版(国际)<br/>专栏:<br/><br/>  某国战火不熄冲突又起<br/> 新华社某城1月28日电 据联合国驻某国
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).title()).isEqualTo("某国战火不熄冲突又起");
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("第6版(国际)<br/>");
    }

    @Test
    void shouldReadALongDeckOverAGluedRecordAsItsHeadline() {
        // a deck with a comma is still the record's headline; the record is an item though the store cut it short
        List<Article> articles = splitter.split("""
                某报 文字版 1957-04-20

                某部决定: 调整夏季供应 保证冬季需要

                第1版()<br/>专栏:<br/><br/> 某部决定:<br/> 调整夏季供应<br/> 新华社19日讯 某部作出决定。<br/> 决定全文如下。

                某委员会邀请有关人士举行会议 协商建立某地方 一致赞同有关方案 主席作总结发言,谈当前政策

                第1版()<br/>专栏:<br/><br/> 某委员会邀请有关人士举行会议<br/> 协商建立某地方
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).title()).startsWith("某委员会邀请有关人士举行会议");
    }

    @Test
    void shouldKeepASubheadOverAPlainParagraphInItsArticle() {
        // no glued record under it: a subhead between paragraphs stays in the article
        List<Article> articles = splitter.split("""
                某市人大常委会开展执法检查

                本报讯 近日，某市人大常委会执法检查组深入企业，检查安全生产法贯彻实施情况。

                压实企业主体责任

                检查组指出，要压实企业主体责任，切实保障职工生命安全。第1版的报道引起关注。
                """);
        assertThat(articles).hasSize(1);
    }
}
