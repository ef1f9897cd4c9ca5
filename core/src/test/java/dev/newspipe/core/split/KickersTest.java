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

    @Test
    void shouldReadASectionLabelThroughAConvertersPinyin() {
        // a mirror converted to traditional script leaves pinyin after characters (熱點(diǎn)): still the digest's label
        List<Article> articles = splitter.split("""
                今天是3月4日。昨天有哪些兩會(huì)要聞?一起來看這份晨報(bào)!
                熱點(diǎn)
                市政協(xié)會(huì)議舉行新聞發(fā)布會(huì)
                市政協(xié)十四屆三次會(huì)議新聞發(fā)布會(huì)於3日下午舉行,大會(huì)發(fā)言人介紹了會(huì)議議程。
                """);
        assertThat(articles).hasSize(2);

        // counter-example: a feature's two-line subhead with pinyin left in it names no column and stays in the feature
        List<Article> feature = splitter.split("""
                代表們(men)圍繞民生實(shí)事建言獻(xiàn)策,會(huì)場氣氛熱烈。
                多元共治(zhì)
                穩(wěn)固民生實(shí)事之基
                今年以來,全市各級(jí)人大代表深入基層調(diào)研,提出建議一百余件。
                """);
        assertThat(feature).hasSize(1);
    }
}
