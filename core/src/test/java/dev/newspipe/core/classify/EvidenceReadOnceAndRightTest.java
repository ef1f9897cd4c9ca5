package dev.newspipe.core.classify;

import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headed;
import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headless;
import static dev.newspipe.core.classify.ShapesSharedAcrossSharesTest.assertCategory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import org.junit.jupiter.api.Test;

/**
 * Round 15: one piece of evidence counts once; words that only look like evidence (补选出缺, a party congress's presidium)
 * are not read as it; and what a text's own form says when its heading is lost (a notice's closing, a decision under its
 * adoption line, a work report filed under its year). Hand-written texts in the genre's shapes, each principle with a
 * counter-example that keeps its category.
 */
class EvidenceReadOnceAndRightTest {

    private static Classification classify(Article article) {
        return new ArticleClassifier().classify(article);
    }

    @Test
    void shouldCountACongressBodysVisitOnceThoughTwoRowsReadIt() {
        Classification c = assertCategory(headless("6月3日，区人大常委会城建环保工委赴某某街道实地调研老旧小区改造工作，听取了街道办事处的情况介绍。"),
                Category.OTHER);
        assertThat(c.cues()).anyMatch(cue -> cue.startsWith("lead: a congress body's visit"));
        assertThat(c.cues()).anyMatch(cue -> cue.startsWith("not counted (the same visit, told by the congress body's row): lead: a visit or inspection"));
        // Counter-example: a party committee's visit is read by the older row alone, and still counts.
        Classification party = assertCategory(headless("市委副书记某某带领市协调督导组来我县就乡村振兴工作进行调研，县委书记某某陪同。"), Category.OTHER);
        assertThat(party.cues()).anyMatch(cue -> cue.startsWith("lead: a visit or inspection"));
    }

    @Test
    void shouldNotReadAVacancyFilledAsDeputiesElected() {
        // 补选出缺的代表: 补选 + 出缺 (a vacancy), no election result
        Classification c = classify(headless("关于补选出缺的某省第十四届人民代表大会代表的决定", "某省第十四届人民代表大会常务委员会第九次会议决定：……"));
        assertThat(c.cues()).noneMatch(cue -> cue.contains("deputies elected"));
        // Counter-example: deputies elected with their number are election news.
        Classification elected = assertCategory(headless("某某选举会议日前选出新一届12名全国人大代表，投票率为百分之百。"), Category.SESSION_NOTICE);
        assertThat(elected.cues()).anyMatch(cue -> cue.contains("deputies elected"));
    }

    @Test
    void shouldTakeADecisionUnderItsAdoptionLineForTheResolutionThoughItAcceptsAResignation() {
        assertCategory(headless("当前位置：首页 > 人事任免",
                "（2024年9月20日某某市第九届人民代表大会常务委员会第十二次会议通过）",
                "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的有关规定，某某市第九届人民代表大会常务委员会第十二次会议决定："
                        + "接受某某辞去某某市人民政府副市长职务的请求，报某某市人民代表大会备案。"),
                Category.RESOLUTION);
        // Counter-example: news of the sitting that accepted it carries no adoption line, and stays session news.
        assertCategory(headless("9月20日，某某市第九届人民代表大会常务委员会第十二次会议决定：接受某某辞去某某市人民政府副市长职务的请求。"
                + "会议由市人大常委会主任某某主持。"), Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeAPartyCongressForOtherThoughItHasAPresidium() {
        assertCategory(headed("某某区第六次党代表大会今开幕",
                "本报讯 中国共产党某某市某某区第六次代表大会昨日下午举行预备会议。", "会议表决通过了大会主席团成员名单、秘书长名单和大会议程。",
                "随后，大会主席团举行第一次会议，通过了代表资格审查委员会关于代表资格的审查报告。"), Category.OTHER);
        assertCategory(headless("本报讯 中国共产党某某市某某区第六次代表大会主席团昨日下午举行第一次会议。", "会议由大会秘书长某某主持，表决通过了主席团常务委员会名单。",
                "中国共产党某某市某某区第六次代表大会应到代表三百人。"), Category.OTHER);
        // Counter-example: a people's congress's preparatory meeting in the same words is its session's news.
        assertCategory(headless("某某区第六届人民代表大会第一次会议昨日下午举行预备会议。", "会议表决通过了大会主席团成员名单、秘书长名单和大会议程。",
                "随后，大会主席团举行第一次会议。"), Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeACongressBodysNoticeByItsClosingWhenItsHeadingIsLost() {
        assertCategory(headless("最近，某某市、某某市分别依法补选某某、某某为省十四届人民代表大会代表。省人民代表大会常务委员会确认其代表资格有效。",
                "现在，省十四届人民代表大会实有代表七百二十名。", "特此公告。", "某某省人民代表大会常务委员会", "2024年1月5日"),
                Category.SESSION_NOTICE);
        // Counter-example: a government's notice closes the same way, signed by the government.
        assertCategory(headless("为做好冬季供暖工作，现将有关事项通知如下：供暖期为11月15日至次年3月15日。", "特此公告。", "某某县人民政府", "2024年11月1日"),
                Category.OTHER);
        // Counter-example: a consultation on a draft closes as a notice does, and is none.
        assertCategory(headed("关于《某某市物业管理条例（草案）》公开征求意见的公告",
                "《某某市物业管理条例（草案）》已经市人大常委会会议初次审议，现公开征求意见。意见请于12月31日前反馈。", "特此公告。", "某某市人民代表大会常务委员会办公室"),
                Category.OTHER);
    }

    @Test
    void shouldTakeAWorkReportFiledUnderItsYearForTheReport() {
        Classification c = assertCategory(headed("2011年县政府工作报告", "格式：doc", "大小：62 KB", "下载文档原格式"), Category.WORK_REPORT);
        assertThat(c.cues()).anyMatch(cue -> cue.startsWith("headline: title is a work report"));
        assertCategory(headed("2023年某某市人民政府工作报告", "文档页数：30"), Category.WORK_REPORT);
        // Counter-example: a headline that tells what happened to the year's report is news of it.
        Classification news = classify(headed("2011年县政府工作报告获人代会通过", "县十五届人大五次会议表决通过了政府工作报告。"));
        assertThat(news.cues()).noneMatch(cue -> cue.startsWith("headline: title is a work report"));
    }

    @Test
    void shouldTakeDeputiesTrainedWithThePlainerVerbForTheBodysWorkBetweenSittings() {
        Classification c = assertCategory(headless("本报讯 近日，县人大常委会对200余名新当选的县人大代表进行集中培训，邀请省委党校教授讲授人民代表大会制度。",
                "县人大常委会副主任某某要求，各位代表要切实增强责任感，依法履职。"), Category.OTHER);
        assertThat(c.cues()).anyMatch(cue -> cue.startsWith("lead: a work conference, no sitting"));
        // Counter-example: a sitting that hears a report on the training is the sitting at work.
        assertCategory(headless("6月20日，县人大常委会举行第十二次会议，听取和审议了关于人大代表进行履职培训情况的报告，会议由县人大常委会主任某某主持。"),
                Category.SESSION_NOTICE);
    }
}
