package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A briefs column named by its field and a word for briefs ({@code 国际要闻简报}, {@code 体育简讯}), hand-written. */
class BriefsColumnLabelTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldReadAFieldAndABriefsWordAsABriefsColumnLabel() {
        assertThat(BriefItems.isBriefColumnLabel("国际要闻简报")).isTrue();
        assertThat(BriefItems.isBriefColumnLabel("体育简讯")).isTrue();
        assertThat(BriefItems.isBriefColumnLabel("专栏:经济短讯")).isTrue();
        // a bulletin of one body's work is one document, not a column of briefs
        assertThat(BriefItems.isBriefColumnLabel("人大工作简报")).isFalse();
        assertThat(BriefItems.isBriefColumnLabel("某市召开简讯工作会议")).isFalse();
    }

    @Test
    void shouldStartABriefAtEveryHeadlineUnderAFieldBriefsLabel() {
        List<Article> articles = splitter.split("""
                国际要闻简报
                某国总统访问邻国
                据新华社报道，某国总统十日抵达邻国首都，开始为期三天的国事访问。
                两国领导人将就双边关系和地区形势交换意见。
                某地发生强烈地震
                据当地电台报道，某地十一日发生里氏六级地震，部分房屋倒塌。
                某国举行议会选举
                某国十二日举行议会选举，投票率约为百分之六十。
                """);
        assertThat(articles).extracting(Article::title).contains("某国总统访问邻国", "某地发生强烈地震", "某国举行议会选举");
    }
}
