package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written headless pages of unrelated fragments (see {@link UnrelatedFragments}), each with a counter-example: one
 * article whose neighbouring paragraphs share little, and a page too short to tell.
 */
class UnrelatedFragmentsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    /** Five fragments of unrelated reports: a plenary, a drought, a CPPCC member, an outbreak, an obituary. */
    private static final String SALAD = """
            某省第十四届人民代表大会第三次会议8日上午在省会举行第二次全体会议,听取省人民法院工作报告和省人民检察院工作报告。
            截至6月13日,全省大中型水库可用水总量30亿立方米,可放水5亿立方米用于抗旱灌溉,地下水源较充沛,能够满足抗旱需要。
            某大学校长王某某委员在发言中提到,我国青少年年平均阅读量稳步提高,书香校园建设呈现出欣欣向荣的景象,值得继续推广。
            通报说,目前确诊病例中有十余名患者住院接受治疗,其余患者居家观察,疾控部门提醒家长及时带孩子接种疫苗,防止疫情扩散。
            据亲友介绍,某部原副部长李某某同志因病医治无效,于本月16日在北京逝世,享年七十二岁,遗体告别仪式将于近日举行。
            """;

    @Test
    void shouldStartEachFragmentOfAHeadlessSaladPageAsAnArticle() {
        List<Article> articles = splitter.split("更新时间:\n" + SALAD);
        assertThat(articles).hasSize(5);
        assertThat(articles.get(0).body()).contains("第二次全体会议");
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("截至6月13日");
        assertThat(articles.get(2).paragraphs().get(0)).startsWith("某大学校长");
        assertThat(articles.get(3).paragraphs().get(0)).startsWith("通报说");
        assertThat(articles.get(4).paragraphs().get(0)).startsWith("据亲友介绍");
    }

    @Test
    void shouldKeepTwoParagraphsOfOneReportTogetherOnASaladPage() {
        // the second drought paragraph shares the drought's terms (全省, 抗旱, 放水): it continues that report
        String page = SALAD.replace("能够满足抗旱需要。\n", "能够满足抗旱需要。\n"
                + "据介绍,全省夏收工作已基本结束,夏播工作大面积展开,各地水库开闸放水,组织力量抗旱浇水保苗,夏播进度与常年相当。\n");
        List<Article> articles = splitter.split(page);
        assertThat(articles).hasSize(5);
        assertThat(articles.get(1).paragraphs()).hasSize(2);
        assertThat(articles.get(1).paragraphs().get(1)).startsWith("据介绍,全省夏收");
    }

    @Test
    void shouldKeepAMeetingWhoseParagraphsListAttendantsAsOneArticle() {
        // neighbours share little (a lead, two lists of attendants, the quorum), but the page comes back to its
        // presidium: one article, however low each turn
        List<Article> articles = splitter.split("""
                凝心聚力谋发展,继往开来谱新篇。备受全县人民关注的某县第十七届人民代表大会第二次会议今天上午在县会议中心隆重开幕。
                主席团常务主席张某某、李某某、王某某、赵某某、刘某某、陈某某在主席台前排就座,大会主席团其他成员在主席台就座,县四大家领导出席。
                县政府组成人员、县监察委员会和县法院、县检察院负责人,在县工作的省、市人大代表,历届离退休的县人大常委会主任列席会议。
                本次大会应到代表二百一十人,实到代表二百零三人,符合法定人数。大会由主席团常务主席、执行主席张某某主持,会期两天。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldNotCutAPageOfThreeParagraphs() {
        // with three paragraphs two dips in a row happen inside one article: too few to call the page a salad
        String three = String.join("\n", SALAD.lines().limit(3).toList());
        assertThat(splitter.split(three)).hasSize(1);
    }

    @Test
    void shouldMeasureSharedBigramsOverTheShorterParagraph() {
        assertThat(UnrelatedFragments.sharedBigrams("全省抗旱灌溉", "全省抗旱")).isEqualTo(1.0);
        assertThat(UnrelatedFragments.sharedBigrams("全省抗旱", "疫苗接种")).isZero();
        assertThat(UnrelatedFragments.sharedBigrams("2025 ok", "全省")).isZero();
    }
}
