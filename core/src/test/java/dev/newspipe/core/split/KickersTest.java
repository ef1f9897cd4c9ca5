package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kickers over titles: a series' label and a row of parallel slogans. Hand-written headings in the genre's shapes. */
class KickersTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldReadASeriesLabelAsAColumnLabel() {
        assertThat(Kickers.isColumnLabel("文明城市创建在行动")).isTrue();
        assertThat(Kickers.isColumnLabel("全市人大代表履职巡礼")).isTrue();
        assertThat(Kickers.isColumnLabel("市人大常委会召开主任会议")).isFalse();
        assertThat(Kickers.isColumnLabel("全市启动安全生产专项整治百日攻坚在行动")).isFalse(); // too long for a label
    }

    @Test
    void shouldReadEqualSlogansSideBySideAsARowOverATitle() {
        assertThat(Kickers.isSloganRow("守正创新谋发展 踔厉奋发开新局", "县十八届人大四次会议开幕")).isTrue();
        assertThat(Kickers.isSloganRow("县人大常委会召开会议 审议两项报告", "会议由主任主持")).isFalse(); // phrases of unequal length
        assertThat(Kickers.isSloganRow("守正创新谋发展 踔厉奋发开新局", "县日报 3月5日")).isFalse();
    }

    @Test
    void shouldPutTheKickerAboveTheTitleOnAPage() {
        List<Article> articles = splitter.split("""
                文明城市创建在行动
                老旧小区改造惠及三千余户居民

                本报讯（记者 王某）今年以来，我市加快推进老旧小区改造，已完成改造小区二十六个。
                改造后的小区环境整洁，居民纷纷点赞。

                守正创新谋发展 踔厉奋发开新局
                县十八届人大四次会议开幕

                本报讯 1月8日上午，县第十八届人民代表大会第四次会议在县会议中心开幕。
                """);

        assertThat(articles).extracting(Article::kicker).containsExactly("文明城市创建在行动", "守正创新谋发展 踔厉奋发开新局");
        assertThat(articles).extracting(Article::title).containsExactly("老旧小区改造惠及三千余户居民", "县十八届人大四次会议开幕");
    }

    @Test
    void shouldStartADigestItemUnderItsSectionLabel() {
        List<Article> articles = splitter.split("""
                今天是3月4日，大会进入第二天。昨天有哪些要闻？一起来看这份晨报。
                热点
                市政协会议举行新闻发布会
                市政协十四届三次会议新闻发布会于3日下午举行，大会发言人介绍了会议议程。
                """);

        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).title()).isEqualTo("市政协会议举行新闻发布会");
        assertThat(articles.get(1).kicker()).isEqualTo("热点");
    }
}
