package dev.newspipe.core.classify;

import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headed;
import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headless;
import static dev.newspipe.core.classify.ShapesSharedAcrossSharesTest.assertCategory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import org.junit.jupiter.api.Test;

/**
 * The text of a decision itself ({@link DecisionText}), whatever heads it: an adoption line, a promulgating 公告, a
 * damaged line, the issuer's meeting in full; a congress the adopter; the operative voice before any reporting voice.
 * Hand-written texts in the genre's style, each with a counter-example.
 */
class TheDecisionItselfTest {

    @Test
    void shouldReadTheOperativeVoiceUnderAnAdoptionLine() {
        assertThat(DecisionText.congressDecision("（2019年6月28日某自治州第十届人民代表大会常务委员会第九次会议通过）\n"
                + "州十届人大常委会第九次会议决定对《某自治州人民代表大会常务委员会议事规则》作如下修改：\n1、第五条修改为：……")).isNotNull();
        // Counter-example: news of the same sitting tells the vote in the past, before any operative words.
        assertThat(DecisionText.congressDecision("本报讯 6月28日，州十届人大常委会第九次会议表决通过了关于修改议事规则的决定。\n"
                + "会议决定对《某自治州人民代表大会常务委员会议事规则》作如下修改：第五条……")).isNull();
        // Counter-example: operative words with nothing heading them as the decision (no adoption line, title or issuer in full).
        assertThat(DecisionText.congressDecision("会上，大家讨论热烈。\n会议决定：下次会议于7月召开。")).isNull();
    }

    @Test
    void shouldReadWhoAdoptsBeforeWhatTheDecisionIsAbout() {
        // A congress's decision about the party's congress or a government's plan: the issuer stands before 关于.
        assertThat(DecisionText.congressDecision("某省人民代表大会常务委员会关于认真学习贯彻党的二十大精神的决定\n"
                + "为深入学习贯彻党的二十大精神，某省第十四届人民代表大会常务委员会第一次会议决定：……")).isNotNull();
        // A report delivered 在大会上 is no reporter's 会上.
        assertThat(DecisionText.congressDecision("（2024年1月25日某市第十七届人民代表大会第四次会议通过）\n"
                + "某市第十七届人民代表大会第四次会议听取和审议了市长某某在大会上所作的政府工作报告，决定批准这个报告。")).isNotNull();
        // Counter-example: a party committee's decision, in the same shape, is none.
        assertThat(DecisionText.congressDecision("中共某省委关于认真学习贯彻党的二十大精神的决定\n为深入学习贯彻党的二十大精神，现决定：……")).isNull();
    }

    @Test
    void shouldTakeANoticeThatPromulgatesTheDecisionItPrintsForTheDecision() {
        Classification c = assertCategory(headed("某市人大常委会公告", "（2024年9月26日某市第十七届人民代表大会常务委员会第十五次会议通过）", "（第二十号）",
                "《某市人民代表大会常务委员会关于修改〈某市人民代表大会代表建议办理规定〉的决定》已由某市第十七届人民代表大会常务委员会第十五次会议于2024年9月26日通过，现予公布，自公布之日起施行。",
                "某市人民代表大会常务委员会", "2024年9月26日",
                "某市第十七届人民代表大会常务委员会第十五次会议决定：", "一、将第三条修改为：“代表建议应当在交办之日起三个月内办理完毕。”",
                "二、删去第十条。"), Category.RESOLUTION);
        assertThat(c.cues()).anyMatch(cue -> cue.startsWith("not counted (the notice promulgates the decision it prints)"));
        // Counter-example: a numbered notice that promulgates a regulation (no decision printed) stays a session's notice.
        assertCategory(headed("某市人大常委会公告", "（第二十一号）",
                "《某市物业管理条例》已由某市第十七届人民代表大会常务委员会第十五次会议于2024年9月26日通过，现予公布，自2025年1月1日起施行。",
                "某市人民代表大会常务委员会", "2024年9月26日"), Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeAnAmendingDecisionUnderItsAdoptionLineAndPromulgationNote() {
        assertCategory(headless("（2019年6月28日某自治州第十届人民代表大会常务委员会第九次会议通过）",
                "由某自治州第十届人大常委会第九次会议于2019年6月28日通过，现予公布，自公布之日起施行。", "特此公告", "某自治州第十届人大常委会",
                "2019年6月28日", "州十届人大常委会第九次会议决定对《某自治州人民代表大会常务委员会议事规则》作如下修改：",
                "1、第五条第一款修改为：“常务委员会会议一般每两个月举行一次。”", "2、第九条中的“主任会议”修改为“常务委员会主任会议”。"),
                Category.RESOLUTION);
    }

    @Test
    void shouldTakeADecisionOnDeputyQuotasUnderADamagedAdoptionLine() {
        // The copy lost the opening bracket and the year's first digit; the issuer's meeting in full still decides.
        assertCategory(headless("?。?994年3月2日某市第十二届人民代表大会常务委员会第七次会议通过）", "某市第十二届人民代表大会常务委员会第七次会议决定：",
                "某县某乡撤销，设立某镇，原由该村选出的4名某乡人民代表大会代表的代表资格自行终止，名额取消。某镇人民代表大会代表名额为35名。"),
                Category.RESOLUTION);
        // Counter-example: news that the deputies were elected stays session news.
        assertCategory(headless("3月2日，某镇第一届人民代表大会第一次会议在镇政府礼堂召开，选出的35名镇人民代表大会代表出席会议。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeARepealDecisionOnAMotionForTheDecision() {
        assertCategory(headless("（2018年1月12日某县第十七届人民代表大会第二次会议通过）",
                "县人大常委会提出的《关于废止〈关于在县城区禁止燃放烟花爆竹的决定〉》的议案，经某县第十七届人民代表大会第二次会议审议，"
                        + "大会同意废止《关于在县城区禁止燃放烟花爆竹的决定》，决定通过这个议案。"), Category.RESOLUTION);
        // Counter-example: news that the congress repealed it, in the reporting voice.
        assertCategory(headless("本报讯（记者 李某）1月12日，某县第十七届人民代表大会第二次会议举行第三次全体会议，审议并通过了关于废止禁放决定的议案。",
                "据悉，大会同意废止《关于在县城区禁止燃放烟花爆竹的决定》。"), Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeACppccResolutionUnderItsAdoptionLineForOther() {
        assertThat(DecisionText.otherBodysAdoption("（2024年1月20日政协某县第十届委员会第三次会议通过）")).isNotNull();
        Classification c = assertCategory(headless("（2024年1月20日政协某县第十届委员会第三次会议通过）",
                "中国人民政治协商会议某县第十届委员会第三次会议于2024年1月17日至20日召开。会议审议批准某某代表政协某县第十届委员会常务委员会所作的工作报告。",
                "会议认为，过去一年县政协围绕中心、服务大局，取得新成效。"), Category.OTHER);
        assertThat(c.cues()).anyMatch(cue -> cue.startsWith("not counted (the adopter is no congress)"));
        // Counter-example: the same shape adopted by a people's congress is its resolution.
        assertThat(DecisionText.otherBodysAdoption("（2024年1月20日某县第十九届人民代表大会第三次会议通过）")).isNull();
        assertCategory(headless("（2024年1月20日某县第十九届人民代表大会第三次会议通过）",
                "某县第十九届人民代表大会第三次会议听取和审议了县人民政府工作报告，决定批准这个报告。", "会议认为，过去一年全县经济社会发展取得新成效。"),
                Category.RESOLUTION);
    }

    @Test
    void shouldTakeANoticeToItsAddresseesForNoDecision() {
        // A 通知 tells its addressees what the meeting decided: no decision itself, though the issuer is named in full.
        assertThat(DecisionText.congressDecision("各乡镇人大主席团、县直各单位：\n某县第十五届人民代表大会常务委员会第十八次会议决定："
                + "某县第十五届人民代表大会第三次会议于2009年7月24日在城关举行。现将有关事项通知如下：")).isNull();
        // Counter-example: the standing committee's decision convening the session, with its adoption line, is the decision.
        assertThat(DecisionText.congressDecision("（2009年6月30日某县第十五届人民代表大会常务委员会第十八次会议通过）\n某县第十五届人民代表大会常务委员会第十八次会议决定："
                + "某县第十五届人民代表大会第三次会议于2009年7月24日在城关举行。")).isNotNull();
    }
}
