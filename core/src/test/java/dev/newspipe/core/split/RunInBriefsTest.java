package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written brief columns whose bulleted briefs open with a run-in headline and date the event after it. */
class RunInBriefsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldStartAnItemAtEachBulletedBriefThatDatesItsEventAfterARunInHeadline() {
        List<Article> articles = splitter.split("""
                简讯
                ■东城区人大召开选民座谈会。3月2日下午，区人大常委会在东城街道召开选民座谈会，听取选民对城区改造的意见。（张三）
                ■西城区人大开展预算审查培训。3月5日，区人大常委会组织部分代表参加预算审查专题培训。（李四）
                ■南城镇人大代表之家揭牌。日前，南城镇人大代表之家举行揭牌仪式，镇人大主席出席。（王五）
                """);
        assertThat(articles).hasSize(3);
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("■西城区人大开展预算审查培训。");
        assertThat(articles.get(2).paragraphs().get(0)).startsWith("■南城镇人大代表之家揭牌。");
    }

    @Test
    void shouldKeepBulletsThatDateNothingToTheDayInOneArticle() {
        // the points of one summary name years and figures, never a day: one article
        assertThat(splitter.split("""
                县政府工作报告要点
                ●经济运行稳中向好。2025年全县地区生产总值增长5.6%，规模以上工业增加值增长6.1%。
                ●民生保障持续加强。全年新增城镇就业5200人，城乡居民人均可支配收入分别增长4.8%和6.3%。
                ●改革开放不断深化。全年引进项目32个，到位资金45亿元。
                """)).hasSize(1);
    }
}
