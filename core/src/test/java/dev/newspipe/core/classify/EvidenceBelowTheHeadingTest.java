package dev.newspipe.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import dev.newspipe.core.model.PageRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 16: what a copy holds below its heading, so that a copy without its headline is judged as the headline would
 * have judged it ({@code ./bench quality --perturb}, headless and glued copies). Hand-written texts in the genre's
 * shapes, each rule with a counter-example.
 */
class EvidenceBelowTheHeadingTest {

    private final ArticleClassifier classifier = new ArticleClassifier();
    private static final LocalDate DAY = LocalDate.of(2025, 1, 20);

    private static Article article(String title, List<String> paragraphs) {
        return new Article(PageRef.dated(DAY), 1, null, title, null, null, paragraphs, null, null, null);
    }

    private Classification judged(String title, String... paragraphs) {
        return classifier.classify(article(title, List.of(paragraphs)));
    }

    @Test
    void shouldReadASittingsQuorumCountedAsNewsOfTheSitting() {
        // A lead that names the sitting only by its place and its deputies: the roll call says a sitting is held.
        Classification plenary = judged(null,
                "本报讯 1月19日上午，某某剧院彩旗飘扬，三百多名人大代表肩负全市人民的重托步入会场。",
                "本次大会应到代表362人，因事因病请假21人，实到341人，符合法定人数。",
                "大会执行主席主持会议。");
        assertThat(plenary.category()).as(plenary.toString()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(plenary.cues()).anyMatch(c -> c.startsWith("body: a sitting's quorum counted"));
        Classification presidium = judged(null,
                "1月18日晚，会议在县委礼堂举行。",
                "会议应到主席团成员35人，实到33人，出席人数符合法定人数。",
                "会议通过了大会议程草案。");
        assertThat(presidium.cues()).anyMatch(c -> c.startsWith("body: a sitting's quorum counted"));
        // Counter-examples: a CPPCC session counts its members, and a party congress its delegates, against their quorum too.
        Classification cppcc = judged(null,
                "政协某某县第十届委员会第三次会议1月18日下午闭幕。",
                "本次大会应到委员180人，实到172人，符合法定人数。政协主席主持大会，政协委员们审议通过了政协常委会工作报告。");
        assertThat(cppcc.cues()).noneMatch(c -> c.contains("quorum"));
        assertThat(cppcc.category()).as(cppcc.toString()).isEqualTo(Category.OTHER);
        Classification party = judged(null,
                "中国共产党某某区第五次代表大会胜利闭幕。",
                "大会应到代表206名，实到代表206名，符合法定人数。党代表大会选举产生了新一届区委委员。");
        assertThat(party.cues()).noneMatch(c -> c.contains("quorum"));
        // Nor a number of people without the quorum (应到 and 实到 of a training or a drill).
        Classification training = judged(null, "某某街道组织应急演练，应到人员120人，实到118人。", "演练取得预期效果。");
        assertThat(training.cues()).noneMatch(c -> c.contains("quorum"));
    }

    @Test
    void shouldReadACredentialsReportNamedInTheLeadAsSessionBusiness() {
        Classification report = judged(null,
                "新华社某日讯 某某省第十四届人民代表大会代表资格审查委员会关于代表资格的审查报告。",
                "某某省第十四届人民代表大会代表共计八百八十人。代表资格审查委员会根据有关材料，对代表的资格进行了审查。");
        assertThat(report.category()).as(report.toString()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(report.cues()).anyMatch(c -> c.startsWith("lead: deputies' credentials examined"));
        // Counter-example: a deputy's profile that says when her credentials were confirmed names no report.
        Classification profile = judged(null,
                "李某，女，某某村党支部书记，2023年经代表资格审查确认为第十四届全国人大代表。",
                "多年来，她带领村民发展特色产业。");
        assertThat(profile.cues()).noneMatch(c -> c.contains("credentials"));
    }

    @Test
    void shouldNotReadThePartyRecommendingAsThePartyMeeting() {
        // The party recommends, the congress's standing committee meets and decides: a decision's operative text.
        Classification decision = judged(null,
                "根据中共中央的要求和中共某某省委的建议，某某省第十四届人民代表大会常务委员会第十次会议决定：全省县乡两级人民代表大会换届选举在2026年下半年进行。");
        assertThat(decision.cues()).noneMatch(c -> c.startsWith("lead: party plenum or party committee meeting"));
        assertThat(decision.category()).as(decision.toString()).isEqualTo(Category.RESOLUTION);
        // Counter-example: the party committee's own plenary meeting is still the party's.
        Classification plenum = judged(null,
                "中国共产党某某市第十三届委员会第五次全体会议于12月20日在某某召开。",
                "全会听取和讨论了市委常委会受市委委托作的工作报告。");
        assertThat(plenum.cues()).anyMatch(c -> c.startsWith("lead: party plenum or party committee meeting"));
        assertThat(plenum.category()).as(plenum.toString()).isEqualTo(Category.OTHER);
        assertThat(judged("中共某某市委员会全体会议召开", "会议审议通过了有关文件。").category()).isEqualTo(Category.OTHER);
    }

    @Test
    void shouldReadTheChairmensMeetingAndAnActingHeadsShortFormAsTheStandingCommittees() {
        // 委员长会议 is the national 主任会议: held, it prepares the standing committee's sitting.
        Classification chairmen = judged("某某主持召开委员长会议",
                "十四届全国人大常委会第六十次委员长会议某日在北京人民大会堂举行。");
        assertThat(chairmen.category()).as(chairmen.toString()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(chairmen.cues()).anyMatch(c -> c.startsWith("body: session vocabulary") && c.contains("委员长会议"));
        // Counter-example: its members on a visit are people, not the meeting sitting.
        Classification visit = judged(null, "委员长会议组成人员某日赴某某省开展专题调研。", "调研组走访了多家企业。");
        assertThat(visit.cues()).noneMatch(c -> c.startsWith("lead: congress in session"));
        // 代市长 is the papers' short form of 代理市长: named by a standing committee.
        Classification acting = judged("张某任某某市代市长", "某某市人大常委会决定任命张某为副市长、代理市长。");
        assertThat(acting.cues()).anyMatch(c -> c.startsWith("headline: a standing committee names an acting head"));
        assertThat(acting.category()).as(acting.toString()).isEqualTo(Category.SESSION_NOTICE);
        // Counter-example: an explainer of what an acting head is names no appointment.
        Classification explainer = judged("代县长是什么意思", "代县长一般是指未经人民代表大会选举产生、由常委会决定代理县长职务的人。");
        assertThat(explainer.cues()).noneMatch(c -> c.contains("names an acting head"));
        assertThat(explainer.category()).isEqualTo(Category.OTHER);
    }

    @Test
    void shouldReadTheOpeningPastALetterheadToTheAdoptionLine() {
        // A resolution printed under its file's letterhead: the title broken over lines, the adoption line sixth or later.
        Classification resolution = judged(null,
                "某某市人民代表大会",
                "常务委员会文件",
                "某人大常〔2024〕8号",
                "某某市人民代表大会常务委员会",
                "关于加强全市生态环境保护",
                "工作的决议",
                "（2024年5月30日某某市第八届人民代表大会常务委员会第十次会议通过）",
                "某某市第八届人民代表大会常务委员会第十次会议听取和审议了市人民政府关于全市生态环境保护工作情况的报告。会议认为，"
                        + "全市生态环境质量持续改善。",
                "会议要求，市人民政府要切实加强生态环境保护。");
        assertThat(resolution.category()).as(resolution.toString()).isEqualTo(Category.RESOLUTION);
        assertThat(resolution.cues()).anyMatch(c -> c.startsWith("opening: adoption line"));
        assertThat(ArticleClassifier.Views.openingParagraphs(List.of("甲", "乙", "丙", "丁", "戊", "己", "（…通过）", "会议认为，……。")))
                .isEqualTo(8);
        // Counter-example: an article that opens with sentences reads four paragraphs, however many lines follow; an
        // adoption line quoted further down a news story (a decision's text printed after the report) is no opening.
        assertThat(ArticleClassifier.Views.openingParagraphs(List.of("某某开幕。", "乙", "丙", "丁", "戊", "己"))).isEqualTo(4);
        Classification news = judged("某某市人大常委会举行第十次会议",
                "5月30日，某某市第八届人民代表大会常务委员会第十次会议举行。",
                "会议由市人大常委会主任主持。",
                "会议听取和审议了市人民政府关于全市生态环境保护工作情况的报告。",
                "会议表决通过了有关决议。",
                "附：",
                "（2024年5月30日某某市第八届人民代表大会常务委员会第十次会议通过）");
        assertThat(news.cues()).noneMatch(c -> c.startsWith("opening: adoption line"));
        assertThat(news.category()).as(news.toString()).isEqualTo(Category.SESSION_NOTICE);
        // Nor does the lead move down: a gallery of short captions keeps its first lines as the lead.
        assertThat(ArticleClassifier.Views.openingParagraphs(List.of("图一", "图二", "图三", "图四", "图五"))).isEqualTo(4);
    }
}
