package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.PageRef;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of the genre that decide where an item starts on a page of several items, that keep labels, attributions
 * and table cells inside their article, and that drop only what is furniture. Every page here is written by hand; the expectations are what a reader sees.
 */
class GenreRulesTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldStartAnItemAtEveryHeadlineOfAnIndexOfTeasers() {
        List<Article> articles = splitter.split("""
                新华社北京1月28日电 各地两会正在进行，会议热点纷呈，代表委员建言献策。
                市长谈交通：地铁新线年内开通 公交线网再优化
                “今年我们要让群众出行更方便。”市长27日在与政协委员座谈时说，全市将新开三条地铁线路。[全文]
                某省人大会议选举产生新一届省长
                某省第十届人民代表大会第五次会议举行全体会议，选举产生新一届省长。[全文]
                """);
        assertThat(articles).extracting(Article::title)
                .containsExactly(null, "市长谈交通：地铁新线年内开通 公交线网再优化", "某省人大会议选举产生新一届省长");
        assertThat(articles.get(1).paragraphs()).singleElement().asString().startsWith("“今年我们");
    }

    @Test
    void shouldKeepAFieldWithAColonInTheNoticeWhenNoTeaserFollows() {
        List<Article> articles = splitter.split("""
                关于召开市人大常委会会议的通知

                各位委员：
                会议时间：3月5日上午9时 市人大常委会会议室
                请准时参加会议。
                """);
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.paragraphs()).contains("会议时间：3月5日上午9时 市人大常委会会议室"));
    }

    @Test
    void shouldNotMakeADownloadLinkTheBodyOfAnArticle() {
        List<Article> articles = splitter.split("""
                某市人民代表大会关于政府工作报告的决议

                作者:法规网 时间:2024-07-24 09:13:21 来源:法规网
                下载地址: 点击此处下载

                某市人民代表大会关于政府工作报告的决议

                （2024年1月10日某市第五届人民代表大会第三次会议通过）

                会议审议了市长所作的政府工作报告，决定批准这个报告。
                """);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("某市人民代表大会关于政府工作报告的决议");
            assertThat(a.paragraphs()).contains("会议审议了市长所作的政府工作报告，决定批准这个报告。", "下载地址: 点击此处下载");
        });
    }

    @Test
    void shouldReadTheLinePrintedTwiceInAHeadingBlockAsTheTitle() {
        List<Article> articles = splitter.split("""
                某县人民政府关于印发工作规则的通知
                某省某县人民政府
                某县人民政府关于印发工作规则的通知
                县政发〔2024〕5号

                各乡镇人民政府，县直各单位：现将工作规则印发给你们，请认真贯彻执行。
                """);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("某县人民政府关于印发工作规则的通知");
            assertThat(a.kicker()).isEqualTo("某县人民政府关于印发工作规则的通知 某省某县人民政府");
            assertThat(a.subtitle()).isEqualTo("县政发〔2024〕5号");
        });
    }

    @Test
    void shouldKeepTheAttributionOfAQuoteInTheArticleItCloses() {
        List<Article> articles = splitter.split("""
                两会数字里的信心

                数字1：5%左右
                国内生产总值增长5%左右。这一目标符合经济增长潜力。
                ——国家统计局新闻发言人
                数字2：2%左右
                居民消费价格涨幅2%左右。物价总体保持平稳。
                """);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("两会数字里的信心");
            assertThat(a.paragraphs()).contains("——国家统计局新闻发言人");
        });
    }

    @Test
    void shouldStillReadASubtitleUnderItsTitleAsTheStartOfAnArticle() {
        List<Article> articles = splitter.split("""
                市人大常委会召开会议
                本报讯 会议审议了三项报告。
                坚持稳中求进 推动高质量发展
                ——市委书记在全市经济工作会议上的讲话
                同志们：这次会议的主要任务是总结今年工作。
                """);
        assertThat(articles).extracting(Article::subtitle).containsExactly(null, "——市委书记在全市经济工作会议上的讲话");
    }

    @Test
    void shouldKeepABracketedLabelThatRecursInTheArticle() {
        PageSplit split = splitter.splitPage(PageRef.NONE, """
                报告里的关键词
                关键词一：就业优先
                【原文】
                城镇新增就业1200万人以上。
                关键词二：消费提振
                【原文】
                社会消费品零售总额稳步增长。
                """);
        assertThat(split.lines()).filteredOn(l -> l.text().equals("【原文】"))
                .allSatisfy(l -> assertThat(l.fate()).isInstanceOf(PageSplit.InArticle.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"下载地址: 点击此处下载", "附件：点击下载", "點擊此處下載"})
    void shouldReadADownloadLinkAsChrome(String line) {
        assertThat(LineKind.of(line)).isEqualTo(LineKind.CHROME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022年02月19日 星期六", "2026年1月23日 星期五 (农历腊月初五) (大同日报)", "大同日报 2026年1月23日 星期五 农历乙巳年腊月初五"})
    void shouldDropAnEditionDateLine(String line) {
        assertThat(Furniture.ruleFor(line)).contains("edition date line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024年3月5日 星期二 上午9时", "2024年3月5日 星期二 下午在市政府召开"})
    void shouldKeepADateAndWeekdayThatSayWhenSomethingHappens(String line) {
        assertThat(Furniture.ruleFor(line)).isEmpty();
    }

    @Test
    void shouldKeepANumberThatIsACellOfAFlattenedTableButDropAPageNumber() {
        PageSplit split = splitter.splitPage(PageRef.NONE, """
                全市主要经济指标

                本报讯 2024年全市主要经济指标如下。
                地区生产总值（亿元）
                1234
                5.5%
                固定资产投资（亿元）
                456
                -0.8%
                以上数据为初步统计。

                3
                """);
        assertThat(split.lines()).filteredOn(l -> l.text().equals("1234") || l.text().equals("456"))
                .hasSize(2).allSatisfy(l -> assertThat(l.fate()).isInstanceOf(PageSplit.InArticle.class));
        assertThat(split.lines()).filteredOn(l -> l.text().equals("3")).singleElement()
                .satisfies(l -> assertThat(l.fate()).isInstanceOf(PageSplit.Furniture.class));
    }

    @Test
    void shouldKeepTheHeaderRowOfAFlattenedTableButDropASiteMenu() {
        PageSplit split = splitter.splitPage(PageRef.NONE, """
                首页|新闻|国内|国际|财经|体育
                市人大常委会任免名单

                本报讯 市人大常委会会议决定任免下列人员。
                姓名|性别|职务|工作单位
                张三|男|主任|市人大常委会
                李四|女|副主任|市人大常委会
                """);
        assertThat(split.lines()).filteredOn(l -> l.text().startsWith("姓名")).singleElement()
                .satisfies(l -> assertThat(l.fate()).isInstanceOf(PageSplit.InArticle.class));
        assertThat(split.lines()).filteredOn(l -> l.text().startsWith("首页")).singleElement()
                .satisfies(l -> assertThat(l.fate()).isInstanceOf(PageSplit.Furniture.class));
    }

    @Test
    void shouldGiveEachItemOfABulletedDigestItsOwnHeadline() {
        List<Article> articles = splitter.split("""
                ■市人大常委会开展执法检查

                本报讯 近日，市人大常委会执法检查组深入企业，检查安全生产法实施情况。

                ■县政协委员视察乡村振兴项目

                本报讯（通讯员 王五）3月4日，县政协组织委员视察乡村振兴重点项目。

                ■区人大代表联络站揭牌

                本报讯 3月3日，区人大代表联络站揭牌运行，代表定期进站接待群众。
                """);
        assertThat(articles).extracting(Article::title)
                .containsExactly("■市人大常委会开展执法检查", "■县政协委员视察乡村振兴项目", "■区人大代表联络站揭牌");
        assertThat(articles.get(1).paragraphs()).singleElement().asString().startsWith("本报讯（通讯员 王五）");
    }

    @Test
    void shouldGiveEachNumberedBriefItsOwnHeadline() {
        List<Article> articles = splitter.split("""
                1.市十六届人大六次会议举行预备会议
                本报讯 1月18日下午，市十六届人大六次会议举行预备会议，选举产生大会主席团和秘书长。
                2.市政协十五届五次会议开幕
                本报讯 1月18日上午，市政协十五届五次会议在市会议中心开幕。
                """);
        assertThat(articles).extracting(Article::title)
                .containsExactly("1.市十六届人大六次会议举行预备会议", "2.市政协十五届五次会议开幕");
    }

    @Test
    void shouldKeepBulletsOfASummaryThatNoDatelineFollowsInOneArticle() {
        List<Article> articles = splitter.split("""
                政府工作报告摘要

                本报讯 市长在会上作政府工作报告。

                ■ 2024年成绩单
                ●全市地区生产总值增长6%左右
                ●粮食总产达到557亿斤
                """);
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.paragraphs())
                .contains("■ 2024年成绩单", "●全市地区生产总值增长6%左右", "●粮食总产达到557亿斤"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"融媒记者 颜元滔", "全媒体记者 张三 李四", "本报首席记者 王五", "县融媒体中心记者组", "本报两会报道组", "本報記者 馮靖欣",
        "記者 徐鈞鉆 顏子怡 張房耿"})
    void shouldReadALocalPapersByline(String line) {
        assertThat(LineKind.of(line)).isEqualTo(LineKind.CREDIT);
    }

    @Test
    void shouldReadABulletedBylineAboveADatelineAsTheByline() {
        List<Article> articles = splitter.split("""
                市人大常委会召开会议
                □融媒记者 颜元滔
                本报讯 1月21日，市人大常委会召开会议。
                """);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("市人大常委会召开会议");
            assertThat(a.byline()).isEqualTo("□融媒记者 颜元滔");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"第A11版:澳闻", "第B02版:要闻", "A01版", "第1版(要闻)"})
    void shouldDropAPageLabelWithOrWithoutASectionLetter(String line) {
        assertThat(Furniture.ruleFor(line)).contains("page label");
    }

    @Test
    void shouldNotTakeTheAdvertLineAboveAnEpagesDateAsTheHeadlineOfItsArticle() {
        List<Article> articles = splitter.split("""
                某银行信用卡
                2024年03月08日
                第A11版:澳闻

                代表团小组会设置现场提问环节

                今年是回归祖国廿五周年，代表团小组会吸引了众多记者。
                """);
        assertThat(articles).filteredOn(a -> !a.paragraphs().isEmpty() && a.body().contains("代表团小组会吸引"))
                .singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("代表团小组会设置现场提问环节"));
    }

    @Test
    void shouldKeepTheCreditPrintedAtTheEndOfAnArticleInThatArticle() {
        List<Article> articles = splitter.split("""
                澳区代表团小组会设置现场提问环节

                今年是回归祖国廿五周年，小组会吸引了众多记者。

                （北京七日电）

                本报记者 冯靖欣

                关键词：代表团 小组会
                """);
        assertThat(articles).singleElement().satisfies(a -> assertThat(a.paragraphs()).contains("（北京七日电）", "本报记者 冯靖欣"));
    }

    @Test
    void shouldStillStartAnArticleAtABylineAboveALead() {
        List<Article> articles = splitter.split("""
                市人大常委会召开会议
                本报讯 会议审议了三项报告。
                本报记者 王五
                本报讯 3月5日，市政协召开常委会议。
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).byline()).isEqualTo("本报记者 王五");
    }

    @Test
    void shouldReadTheHeadingPartsOfATraditionalScriptReprint() {
        assertThat(LineKind.of("（第2號）")).isEqualTo(LineKind.NOTICE_NUMBER);
        assertThat(LineKind.of("現予公告")).isEqualTo(LineKind.SIGN_OFF);
        assertThat(LineKind.of("本報記者 張三 攝")).isEqualTo(LineKind.PHOTO_CREDIT);
        assertThat(LineKind.of("（下轉第四版）")).isEqualTo(LineKind.BODY);
        assertThat(LineKind.of("（上接第一版）")).isEqualTo(LineKind.CONTINUED_FROM);
        List<Article> articles = splitter.split("""
                習近平在參加江蘇代表團審議時強調
                牢牢把握高質量發展這個首要任務
                本報北京3月5日電（特約記者 李四）習近平總書記5日下午參加江蘇代表團審議。
                """);
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.kicker()).isEqualTo("習近平在參加江蘇代表團審議時強調");
            assertThat(a.title()).isEqualTo("牢牢把握高質量發展這個首要任務");
            assertThat(a.byline()).isEqualTo("本報北京3月5日電（特約記者 李四）");
        });
    }
}
