package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hand-written pages of titled brief columns, items closed by their reporter's sign-off and site chrome (licence
 * lines, section menus), each rule with a counter-example.
 */
class ColumnItemsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldStartABriefAtEachHeadlineOfATitledBriefColumn() {
        List<Article> articles = splitter.split("""
                专栏:简讯

                简讯
                县图书馆新馆开放
                县图书馆新馆十五日起对外开放，藏书二十万册，设有少儿阅览室和电子阅览室。
                开馆首日接待读者三千余人次。
                农民技术培训班结业
                县农业局举办的果树修剪技术培训班十六日结业，二百多名果农参加了培训。
                城区新增公交线路两条
                县交通局十七日宣布，城区新开通两条公交线路，方便群众出行。
                """);
        assertThat(articles).extracting(Article::title)
                .containsExactly("县图书馆新馆开放", "农民技术培训班结业", "城区新增公交线路两条");
        assertThat(articles.get(0).paragraphs()).contains("开馆首日接待读者三千余人次。");
        assertThat(articles.get(2).paragraphs().get(0)).startsWith("县交通局十七日宣布");
    }

    @Test
    void shouldTitleTheFirstBulletedBriefUnderTheColumnLabel() {
        List<Article> articles = splitter.split("""
                简讯

                ■县图书馆新馆开放
                县图书馆新馆十五日起对外开放，藏书二十万册。

                ■农民技术培训班结业
                县农业局举办的果树修剪技术培训班十六日结业，二百多名果农参加了培训。
                """);
        assertThat(articles).extracting(Article::title).containsExactly("■县图书馆新馆开放", "■农民技术培训班结业");
        assertThat(articles.get(0).kicker()).isEqualTo("简讯");
    }

    @Test
    void shouldStartABriefAfterTwoReportersNamesGluedInBracketsUnderTheBriefAbove() {
        // an old paper prints two reporters without a separator, alone on the line under the brief
        List<Article> articles = splitter.split("""
                简讯
                职工食堂新楼落成
                市纺织厂新建的职工食堂日前投入使用，可同时容纳五百人就餐。
                （周志强李红）
                业余读书会成立
                市机床厂团委组织青年职工成立业余读书会，每周活动一次。
                """);
        assertThat(articles).extracting(Article::title).containsExactly("职工食堂新楼落成", "业余读书会成立");
        assertThat(articles.get(0).paragraphs()).contains("（周志强李红）");
    }

    @Test
    void shouldKeepASubheadInsideAnArticleWithoutABriefColumnLabel() {
        // the same shape without the column's label: short headlines between paragraphs are subheads of one article
        List<Article> articles = splitter.split("""
                县图书馆新馆开放
                县图书馆新馆十五日起对外开放，藏书二十万册，设有少儿阅览室和电子阅览室。
                开馆首日接待读者三千余人次。
                服务延伸到乡村
                新馆还在各乡镇设立了十个分馆，读者可以就近借还图书。
                数字阅读更便捷
                读者通过手机即可查询馆藏、预约借书。
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("县图书馆新馆开放");
    }

    @Test
    void shouldEndAnItemAtItsReportersSignOff() {
        List<Article> articles = splitter.split("""
                基层动态

                5月10日，区人大常委会组织部分代表视察城区老旧小区改造工程，听取了有关部门的情况汇报。

                （李明华）

                5月12日，区人大常委会财经工委赴有关街道调研小微企业发展情况，走访了五家企业。 （王芳）

                5月18日，区人大常委会召开代表联络站建设推进会，部署下一阶段代表联系群众工作。（张立 陈晓）
                """);
        assertThat(articles).hasSize(3);
        assertThat(articles.get(0).paragraphs()).anyMatch(p -> p.startsWith("5月10日"));
        assertThat(String.join("\n", articles.get(0).paragraphs())).contains("（李明华）");
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("5月12日");
        assertThat(articles.get(2).paragraphs().get(0)).startsWith("5月18日");
    }

    @Test
    void shouldNotEndAnArticleAtABracketedSourceOrEditorsMark() {
        // a source credited after a caption (（新华社）, （央视）) and an editor's mark (（摘要）) end no item
        List<Article> articles = splitter.split("""
                全市经济工作会议召开
                3月5日，全市经济工作会议在市会议中心召开。（新华社）
                会议总结了去年经济工作，部署了今年的重点任务。（央视）
                会议要求，各地各部门要狠抓落实，确保全年目标任务完成。
                """);
        assertThat(articles).hasSize(1);
        assertThat(BriefItems.endsWithNameSignOff("会议要求各地狠抓落实。（摘要）")).isFalse();
        assertThat(BriefItems.endsWithNameSignOff("会议要求各地狠抓落实。（王芳）")).isTrue();
        assertThat(BriefItems.endsWithNameSignOff("记者王芳（左）在现场采访")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"浙新办[2005]20号 浙ICP备05073341号 广告经营许可证:杭工商淳广许2004001号",
            "某某县传媒中心版权所有 未经授权禁止复制或镜像", "某某网 网络支持:某某网络传媒有限公司", "苏公网安备32041102001034号  苏ICP备06004659号",
            "专题首页 两会动态 报告解读 建言献策 公告决议 为民办实事 两会影像", "欢迎光临某某新闻网!", "某某信息库欢迎您!",
            "某某县人民代表大会常务委员会欢迎您!N/A 返回某省人民代表大会常务委员会门户网站"})
    void shouldReadSiteLicenceLinesAndSectionMenusAsChrome(String line) {
        assertThat(LineKind.of(line)).isEqualTo(LineKind.CHROME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"主席团成员 王五 李四 赵六 钱七 孙八 周九", "不忘初心 牢记使命 砥砺前行 开拓创新 奋勇争先",
            "著作权法规定，版权所有者享有复制权。", "区五届人大二次会议1月3日开幕 预备会议1月2日召开",
            // a headline that welcomes, and a sentence that welcomes someone, are text
            "北京欢迎您!", "欢迎各位代表莅临指导！"})
    void shouldLeaveNameListsSlogansAndSentencesAboutCopyrightAlone(String line) {
        assertThat(LineKind.of(line)).isNotEqualTo(LineKind.CHROME);
    }

    @Test
    void shouldNotTitleAnArticleWithTheSitesLicenceLine() {
        List<Article> articles = splitter.split("""
                浙新办[2005]20号 浙ICP备05073341号
                某某县传媒中心版权所有 未经授权禁止复制或镜像

                县十六届人大二次会议开幕
                本报讯 昨日，县第十六届人民代表大会第二次会议隆重开幕。
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("县十六届人大二次会议开幕");
    }

    @Test
    void shouldReadEachRecordOfAnArchiveWithEmptyPageLabels() {
        List<Article> articles = splitter.split("""
                1951年9月15日人民日报 第1版

                第1版()
                专栏:

                边疆访问团到达山区
                中央访问团十二日到达山区，受到各族群众热烈欢迎。

                第1版()
                专栏:

                铁路新线通车
                沿线群众夹道欢迎
                【新华社十四日电】新建铁路十三日全线通车，沿线群众夹道欢迎第一列火车。
                【新华社十四日电】另一条支线的铺轨工程也已开始，预计明年通车。
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).headline() + articles.get(0).body()).contains("边疆访问团到达山区").doesNotContain("铁路新线通车");
        assertThat(articles.get(1).title()).isEqualTo("铁路新线通车");
        // a second dateline inside a record is a further report under the record's headline
        assertThat(articles.get(1).paragraphs()).anyMatch(p -> p.contains("另一条支线"));
        assertThat(LineKind.of("第1版()")).isEqualTo(LineKind.CHROME);
    }

    @Test
    void shouldStillSplitAtASecondDatelineOutsideAnArchive() {
        // counter-example: without the archive's labels, a second wire dateline after headless text is the next item
        List<Article> articles = splitter.split("""
                新华社北京3月4日电 全国政协十四届二次会议今天下午在人民大会堂开幕。
                新华社北京3月5日电 十四届全国人大二次会议今天上午在人民大会堂开幕。
                """);
        assertThat(articles).hasSize(2);
    }

    @Test
    void shouldStartADocumentAtAHeadingOverANumberWithItsKind() {
        // 〔1990〕军字第23号: the kind of the document stands between the year and its number
        List<Article> articles = splitter.split("""
                某某委员会命令
                〔1990〕政字第12号
                《某某工作条例》已经委员会会议通过，现予发布施行。
                附件：《某某工作条例》（略）
                某某委员会 命 令
                〔1990〕军字第23号
                《某某纪律条令》已经常务会议通过，现予发布施行。
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).headline()).contains("某某委员会命令");
        assertThat(articles.get(1).title()).isEqualTo("某某委员会 命 令");
        assertThat(articles.get(1).body()).startsWith("《某某纪律条令》");
    }

    @Test
    void shouldReadAnExclaimedWebHeadlineOverItsSourceLineAsTheHeadline() {
        List<Article> articles = splitter.split("""
                【要闻】官宣!2024年某县“两会”时间确定!

                2024年01月05日 10:20:00 来源:某县新闻网

                本网讯 1月4日下午，县十六届人大常委会第十次会议召开，决定县第十六届人民代表大会第三次会议于1月20日召开。
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("【要闻】官宣!2024年某县“两会”时间确定!");

        // counter-example: an exclamation that ends an article's text, over the source line at its end, stays text
        List<Article> closing = splitter.split("""
                县十六届人大三次会议闭幕
                本报讯 1月22日，县第十六届人民代表大会第三次会议圆满完成各项议程后闭幕。
                代表们纷纷表示，要为全县发展贡献力量!
                2024年01月23日 来源:某县新闻网
                """);
        assertThat(closing).hasSize(1);
        assertThat(closing.get(0).title()).isEqualTo("县十六届人大三次会议闭幕");
        assertThat(closing.get(0).paragraphs()).anyMatch(p -> p.startsWith("代表们纷纷表示"));
    }

    @Test
    void shouldReadAReportsTitlePrintedAgainBrokenWithItsOccasionAndSpeaker() {
        List<Article> articles = splitter.split("""
                某市人大常委会调研组关于某某条例实施情况的调研报告
                某市人大常委会调研组
                关于某某条例
                实施情况的调研报告
                ——2024年6月28日在市十六届人大常委会第二十次会议上
                市人大常委会副主任、调研组组长 王五
                主任、各位副主任、秘书长、各位委员：
                受主任会议委托，现将某某条例实施情况的调研报告如下，请予审议。
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("某市人大常委会调研组关于某某条例实施情况的调研报告");
        assertThat(articles.get(0).subtitle()).startsWith("——2024年6月28日").contains("王五");
        assertThat(articles.get(0).paragraphs().get(0)).isEqualTo("主任、各位副主任、秘书长、各位委员：");

        // counter-example: a kicker over a different title is no broken copy; the title stays the title
        List<Article> plain = splitter.split("""
                代表委员风采
                某市十三届人大四次会议闭幕
                本报讯 1月10日上午，某市十三届人大四次会议圆满完成各项议程后闭幕。
                """);
        assertThat(plain.get(0).kicker()).isEqualTo("代表委员风采");
        assertThat(plain.get(0).title()).isEqualTo("某市十三届人大四次会议闭幕");
    }

    @Test
    void shouldStartAnItemAtEveryBulletedParagraphOfABriefColumn() {
        List<Article> articles = splitter.split("""
                两会早知道
                市政协十三届二次会议今天开幕。会议议程主要有：审议常务委员会工作报告。
                ◇想知道两会有什么看点？一起来看看↑↑↑
                ◇昨日，某区工委副书记做客两会直播间，谈区里今年的发展重点。
                ◇昨日，某区区委书记做客两会直播间，介绍全区乡村振兴的做法。
                """);
        assertThat(articles).hasSize(4);
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("◇想知道两会有什么看点");

        // counter-example: a bulleted headline without punctuation heads the lead under it
        List<Article> headed = splitter.split("""
                简讯
                ◇昨日，县人大常委会组织代表视察城区道路改造工程，提出意见建议8条。
                ◇4月2日，县政协召开主席会议，研究部署全年重点工作。
                ■县人大常委会开展执法检查
                本报讯 4月3日，县人大常委会执法检查组对食品安全法实施情况开展检查。
                """);
        assertThat(headed).hasSize(3);
        assertThat(headed.get(2).title()).isEqualTo("■县人大常委会开展执法检查");
    }

    @Test
    void shouldSplitOffAParagraphThatAnotherStorysTitleIsGluedTo() {
        List<Article> articles = splitter.split("""
                记者注意到，参加会议的代表中有多位来自基层一线。
                《某国维和官兵在联合演练中大显身手》张某调到文联时，李某是文联党组书记。两人后来成了好朋友。
                相关报道
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).body()).startsWith("《某国维和官兵在联合演练中大显身手》张某调到文联时");

        // counter-examples: a paragraph about a cited work or document goes on with what it says or is
        assertThat(splitter.split("""
                某县人大常委会召开会议
                本报讯 3月5日，县人大常委会召开第十次会议，审议有关事项。
                《某县城乡环境卫生管理办法实施细则》已经会议审议通过，自公布之日起施行。
                《关于加强新时代人大代表工作的若干意见》明确，要密切代表同人民群众的联系。
                《代表们在联组会上热议高质量发展》一文指出，代表们围绕发展积极建言。
                """)).hasSize(1);
        assertThat(ItemHeadings.opensWithGluedStoryTitle("《某某市国民经济和社会发展统计公报》显示，全年经济平稳增长。")).isFalse();
    }

    @Test
    void shouldKeepAnInfoboxDateFieldInItsEntry() {
        List<Article> articles = splitter.split("""
                某市第十届人民代表大会
                某市第十届人民代表大会于2018年1月在某市召开，选举产生了新一届市人大常委会。
                中文名
                某市第十届人民代表大会
                开幕时间
                2018年1月6日
                闭幕时间
                2018年1月10日
                地点
                某市会议中心
                """);
        assertThat(articles).hasSize(1);

        // counter-example: a date that signs a notice off still ends it; the headline under it starts the next one
        List<Article> notices = splitter.split("""
                某市人民代表大会常务委员会公告
                某市第十届人民代表大会第三次会议定于2020年1月6日召开。
                特此公告。
                2019年12月20日
                某市人大常委会召开主任会议
                本报讯 12月21日，市人大常委会召开主任会议，研究有关事项。
                """);
        assertThat(notices).hasSize(2);
    }

    @Test
    void shouldReadAnExclaimedTopLineOverAHeadlineAsAHeadline() {
        List<Article> articles = splitter.split("""
                名额一览!某省三级人代会换届选举时间确定

                某省人民代表大会常务委员会关于换届选举时间的决定
                （2021年5月27日某省第十三届人民代表大会常务委员会第二十六次会议通过）
                根据选举法的有关规定，决定全省县、乡两级人民代表大会换届选举时间为2021年11月上旬前。
                """);
        assertThat(articles).hasSize(1);

        // counter-example: a greeting over the speech is the speech's text, not a headline
        List<Article> speech = splitter.split("""
                各位代表!
                现在，我代表市人民政府，向大会报告工作，请予审议。
                """);
        assertThat(speech).hasSize(1);
        assertThat(speech.get(0).title()).isNull();
    }
}
