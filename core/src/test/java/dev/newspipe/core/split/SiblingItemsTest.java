package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written pages of sibling items (units of one shape, each a news item) and their counter-examples: one
 * article's subheads over one paragraph each stay in it (see {@link SiblingItems}).
 */
class SiblingItemsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    private static String text(Article a) {
        return String.join("", a.paragraphs());
    }

    @Test
    void shouldReadNumberedWireBriefsAsItemsEvenWhenTheLastIsCut() {
        List<Article> articles = splitter.split("""
                第 3 版
                1. 某国议会通过新预算案
                该国议会十二日以多数票通过明年预算案,国防开支增加百分之五。(路透社)
                2. 某市举行大规模集会
                十三日约有两万人在某市中心集会,要求政府降低物价。(法新社)
                3. 某国总理开始访问邻国
                这位总理十三日抵达邻国首都,将就边界问题举行会谈。(美联社)
                4. 明年世界经济展望
                多数分析家认为明年全球经济增长将加快,但也有人担心各国财政收缩导致
                """);
        for (String start : List.of("该国议会十二日", "十三日约有两万人", "这位总理十三日", "多数分析家")) {
            assertThat(articles).as(start).filteredOn(a -> text(a).startsWith(start)).hasSize(1);
        }
    }

    @Test
    void shouldReadNumberedWireBriefsWhoseLeadsNameTheAgencyThatReportedThem() {
        List<Article> articles = splitter.split("""
                1. 某国总统致函邻国元首强调继续改革
                路透社二十八日报道,某国总统在信中说,国内最近发生的变化不会改变改革方向。
                2. 某国议员团对选举结果提出质疑
                法新社二十八日援引该组织一名负责人的话说,这次选举有可能弄虚作假。
                3. 某国外交部重申对群岛享有主权
                埃菲社报道,该国外交部还指责另一国首相的有关言论。
                4. 某国货币贬值百分之二十
                美联社报道,该国总理二十八日在议会宣布经济改革计划。
                """);
        assertThat(articles).hasSize(4);
        assertThat(SiblingItems.isNewsUnit("", "共同社十五日报道,某国内阁当天辞职。")).isTrue();
        // the report's numbered points (shouldKeepTheNumberedPointsOfAWorkReportInTheReport) name no agency and no day
        assertThat(SiblingItems.isNewsUnit("", "全年实施重点项目五十个,完成投资八十亿元。")).isFalse();
    }

    @Test
    void shouldReadDatedEntriesOfAChronologyAsItemsAndKeepACaptionWithTheEntryAbove() {
        List<Article> articles = splitter.split("""
                【某会议开幕】 [1990年5月2日]
                某届委员会第三次会议在北京举行。
                【某画家逝世】 [1990年5月3日]
                某画家逝世,享年八十岁。
                【某楼大修】 [1990年5月4日]
                某楼大修工程开始。
                (当时发行的纪念邮票)
                【某条例通过】 [1990年5月6日]
                某常委会会议通过某条例。
                """);
        assertThat(articles).hasSize(4);
        assertThat(articles.get(2).paragraphs()).anySatisfy(p -> assertThat(p).contains("当时发行的纪念邮票"));
        assertThat(text(articles.get(3))).startsWith("某常委会会议");
    }

    @Test
    void shouldKeepTheNumberedPointsOfAWorkReportInTheReport() {
        List<Article> articles = splitter.split("""
                某县人民政府工作报告
                过去一年,全县上下团结一心,较好完成了全年目标任务。
                1. 经济运行稳中有进
                全年地区生产总值增长百分之六,一般公共预算收入增长百分之四。
                2. 项目建设成效明显
                全年实施重点项目五十个,完成投资八十亿元。
                3. 民生保障持续加强
                全年城镇新增就业三千人,新建改建农村公路一百公里。
                """);
        assertThat(articles).hasSize(1);
        assertThat(text(articles.get(0))).contains("经济运行稳中有进").contains("民生保障持续加强");
    }

    @Test
    void shouldKeepOutlineNumberedSectionsWithDatedParagraphsInOneArticle() {
        List<Article> articles = splitter.split("""
                某市人大常委会2023年工作回顾
                一、依法履职
                3月5日,常委会举行第十次会议,审议通过两项条例。
                二、监督工作
                6月12日,常委会组织开展执法检查。
                三、代表工作
                9月20日,常委会召开代表座谈会。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldReadAListOfCutTeasersAsItems() {
        String cut = "某地代表在通道上回答记者提问,谈到乡村振兴和基层治理的经验,表示要把群众的期盼带到会上,推动解决群众关心的问题...";
        List<Article> articles = splitter.split("""
                人民网北京3月4日电 (某记者)3月4日,某会议首场通道在人民大会堂举行,委员们就文化建设接受采访。%s
                第二十届某国际书展日前在某国首都落下帷幕,来自四十多个国家和地区的出版机构参展,展出图书两万余种,吸引观众十万人次。%s
                新华网北京3月5日电(记者某某)3月5日下午,某会议举行第二次全体会议,听取常委会工作报告,委员们认真审议。%s
                """.formatted(cut, cut, cut));
        assertThat(articles).hasSize(3);
    }

    @Test
    void shouldKeepAnArticleWhoseQuotedSpeechTrailsOffInOnePiece() {
        List<Article> articles = splitter.split("""
                老人回忆说:"那时候……"
                他停顿了一下,接着讲起了当年修水库的故事,全村老少齐上阵,肩挑背扛,用了整整三个冬天。
                如今水库已经成了远近闻名的景点,每到周末游人如织,村里的农家乐生意红火……
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldStartTheNextItemOfADigestAtAHeadlineOverALeadThatDatesItsEventByTheDay() {
        List<Article> articles = splitter.split("""
                某报晨报
                某会议开幕
                某会议开幕会3日15时在人民大会堂举行,会议听取常委会工作报告。
                梳理
                外媒关注会议开幕
                3日,会议正式开幕,多家外国媒体发表评论,关注中国经济走向。
                """);
        assertThat(articles).anySatisfy(a -> assertThat(text(a)).startsWith("3日,会议正式开幕"));
    }

    @Test
    void shouldKeepASubheadOverAParagraphThatGoesOnWithTheArgument() {
        List<Article> articles = splitter.split("""
                某市推进老旧小区改造
                本报讯 今年以来,某市加快推进老旧小区改造,惠及居民两万户。
                资金保障
                市财政安排专项资金三亿元,并引导社会资本参与改造。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldReadARunOfCreditedCaptionsAsAGalleryWhenOnlyTheFirstIsDated() {
        List<Article> articles = splitter.split("""
                3月10日,某省人民代表大会第二次会议在省会闭幕。这是代表走向会场。新华社记者 张某 摄
                这是闭幕会前代表们在广场合影。新华社记者 李某 摄
                这是闭幕会后代表退场。新华社记者 王某 摄
                这是闭幕会后,代表们走出会堂。新华社记者 赵某 摄
                """);
        assertThat(articles).hasSize(4);
    }

    @Test
    void shouldKeepTheCreditedPhotosOfOneArticleInIt() {
        List<Article> articles = splitter.split("""
                某县举行春季植树活动
                本报讯 3月12日,某县干部群众五百余人在河滩地参加义务植树,共栽种树苗三千株。
                这是干部群众在植树。记者 张某 摄
                活动现场,志愿者向群众讲解树苗栽种和养护知识。
                这是志愿者在讲解。记者 李某 摄
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldReadALeadDatedByTheDayInChineseNumeralsAsTheStartOfAnItem() {
        List<Article> articles = splitter.split("""
                某国举行大选
                本报讯 某国十四日举行议会选举,投票率为百分之六十。
                另一国总理辞职
                十五日,另一国总理向国王递交辞呈,国王已接受。
                """);
        assertThat(articles).anySatisfy(a -> assertThat(text(a)).startsWith("十五日,另一国总理"));
    }
}
