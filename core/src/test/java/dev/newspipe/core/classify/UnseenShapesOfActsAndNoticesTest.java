package dev.newspipe.core.classify;

import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headed;
import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headless;
import static dev.newspipe.core.classify.ShapesSharedAcrossSharesTest.assertCategory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import org.junit.jupiter.api.Test;

/**
 * Principles behind the held-out share r's misses (issue 8): a congress body's personnel acts told without the word 会议,
 * an adoption line a web copy ran into its text, a public consultation on a draft headed 公告, the figures of part of a
 * year opening a statistics release, and the credentials committee's report. Hand-written texts, each with a
 * counter-example that keeps its category.
 */
class UnseenShapesOfActsAndNoticesTest {

    @Test
    void shouldTakeACongressBodysPersonnelActsForNewsOfItsSitting() {
        assertCategory(headed("某县人大常委会任命12名人民陪审员", "6月3日，某县人民代表大会常务委员会依法任命12名人民陪审员，并颁发任命书。"),
                Category.SESSION_NOTICE);
        // Under a headline about the party's personnel, the lead tells what the standing committee did.
        assertCategory(headed("某省省委人事调整 一名副省长辞职", "昨天，某省人大常委会第十次会议通过了有关人事任免事项，接受某某辞去副省长职务的请求。"),
                Category.SESSION_NOTICE);
        // Counter-examples: a regulation on the acts, and the decision's own title (a resolution under its adoption line).
        assertCategory(headed("某省人民代表大会常务委员会任免国家机关工作人员办法",
                "第一条 为了规范某省人民代表大会常务委员会任免国家机关工作人员工作，根据有关法律，制定本办法。"), Category.OTHER);
        assertCategory(headed("某市人民代表大会常务委员会关于接受王某辞职请求的决定", "（2024年5月20日某市第十六届人民代表大会常务委员会第十八次会议通过）",
                "某市第十六届人民代表大会常务委员会第十八次会议决定：接受王某辞去某市人民政府副市长职务的请求。"), Category.RESOLUTION);
    }

    @Test
    void shouldReadAnAdoptionLineRunIntoTheTextItHeads() {
        Classification c = assertCategory(headless("（2023年8月30日某市第十五届人民代表大会常务委员会第十二次会议通过） 某市第十五届人民代表大会常务委员会"
                + "第十二次会议听取了市财政局局长受市人民政府委托所作的关于2022年市级财政决算的报告，决定批准2022年市级财政决算。"), Category.RESOLUTION);
        assertThat(c.confidence()).isGreaterThanOrEqualTo(0.9);
        // A title before it on the same line.
        assertCategory(headless("某县2023年县级预算调整方案（2023年9月20日县十八届人大常委会第九次会议审议通过） 根据预算法有关规定，"
                + "经县十八届人大常委会第九次会议审议，决定批准县级预算调整方案。一、调整原因"), Category.RESOLUTION);
        // Counter-example: a law quoted in a news sentence with its adoption line is no adopted text's heading.
        assertCategory(headless("8月30日，某市人大常委会第十二次会议举行第二次全体会议，表决通过《某市物业管理条例》（2023年8月30日某市人大常委会第十二次会议通过）等。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeAConsultationOnADraftForOtherThoughHeadedNotice() {
        assertCategory(headed("关于《某省人民代表大会常务委员会立法条例(修订草案)》公开征求意见的公告",
                "《某省人民代表大会常务委员会立法条例(修订草案)》已经省十四届人大常委会第五次会议初次审议。现向社会公开征求意见。",
                "1.电子邮箱：fgw@example.cn", "意见反馈截止时间为2024年6月30日。"), Category.OTHER);
        // Counter-example: the standing committee's own numbered notice stays a session's notice.
        assertCategory(headed("某省人民代表大会常务委员会公告", "（第十号）", "《某省物业管理条例》已由某省第十四届人民代表大会常务委员会第五次会议于2024年5月30日通过，现予公布，自2024年9月1日起施行。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeTheFiguresOfPartOfAYearForAStatisticsRelease() {
        assertCategory(headless("上半年，全市实现地区生产总值1234.5亿元，同比增长5.2%。", "一、农业生产稳中有进", "全市农林牧渔业总产值88.1亿元，增长3.1%。",
                "二、工业生产加快", "规模以上工业增加值增长7.0%。", "三、消费市场回暖", "社会消费品零售总额增长4.8%。"), Category.OTHER);
        // Counter-example: a work report reviews the year and speaks to the deputies.
        assertCategory(headed("政府工作报告", "各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。",
                "一、2023年工作回顾", "过去一年，全市实现地区生产总值1234.5亿元，增长5.2%。"), Category.WORK_REPORT);
    }

    @Test
    void shouldTakeTheCredentialsCommitteesReportForSessionBusiness() {
        assertCategory(headed("某市人民代表大会常务委员会代表资格审查委员会关于个别代表的代表资格的报告",
                "市人大常委会：", "某县人民代表大会补选张某为市人民代表大会代表。经审查，张某的代表资格有效。", "以上报告，请予审议。"),
                Category.SESSION_NOTICE);
        // Counter-example: the standing committee's work report stays a work report.
        assertCategory(headed("某市人民代表大会常务委员会工作报告", "各位代表：", "现在，我代表市人民代表大会常务委员会，向大会报告工作，请予审议。",
                "一、2023年主要工作"), Category.WORK_REPORT);
    }
}
