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
 * An article whose copy lost its headline, or whose headline decides nothing (a web dump, a lead-only teaser, a caption
 * over the story), is judged by what its lead and opening state of the business themselves. Hand-written texts in the
 * genre's shapes, each rule with a counter-example; {@code ./bench quality --perturb} measures the same on the labelled
 * sets (headless and lead-only copies).
 */
class WithoutADecidingHeadlineTest {

    private final ArticleClassifier classifier = new ArticleClassifier();
    private static final LocalDate DAY = LocalDate.of(2024, 3, 6);

    private static Article article(String title, List<String> paragraphs) {
        return new Article(PageRef.dated(DAY), 1, null, title, null, null, paragraphs, null, null, null);
    }

    private Classification judged(String title, String... paragraphs) {
        return classifier.classify(article(title, List.of(paragraphs)));
    }

    @Test
    void shouldReadDeputiesAttendingOrArrivingForASessionAsSessionNews() {
        // 参加 as well as 出席, and a session named beside the CPPCC's in the same clause
        Classification registering = judged(null,
                "本报讯（记者 李明）1月8日下午，参加某某市第九届人民代表大会第三次会议的代表陆续来到驻地报到。",
                "驻地大厅内，工作人员为代表们发放会议材料。");
        assertThat(registering.category()).as(registering.toString()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(registering.cues()).anyMatch(c -> c.startsWith("lead: deputies attending a session"));
        Classification bothSessions = judged(null,
                "3月3日，出席十四届全国人大三次会议、全国政协十四届三次会议的某某省全国人大代表和全国政协委员抵达北京。",
                "代表委员们带来了一批议案建议和提案。");
        assertThat(bothSessions.category()).as(bothSessions.toString()).isEqualTo(Category.SESSION_NOTICE);
        // A headline of deputies arriving decides, with a lead that tells only a photo.
        Classification arriving = judged("某某省人大代表昨抵京", "图为身穿民族服装的代表走下飞机。", "记者 王强 摄");
        assertThat(arriving.category()).as(arriving.toString()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(arriving.cues()).anyMatch(c -> c.startsWith("headline: deputies arrive for a session"));
        // Setting out for the session's city counts as arriving there.
        Classification departing = judged("首页 -> 头条", "香港新闻网3月3日电 全国两会将于明天在北京揭幕，港区全国人大代表团今日早上出发赴北京参会。",
                "代表们表示，将把市民的意见带到会上。");
        assertThat(departing.category()).as(departing.toString()).isEqualTo(Category.SESSION_NOTICE);
        // Counter-examples: a foreign delegation arriving, and deputies reporting to their liaison station between sessions.
        assertThat(judged("某国经济代表团抵京访问", "代表团将与有关部门举行会谈。").category()).isEqualTo(Category.OTHER);
        Classification station = judged("人大代表进站报到 倾听群众心声", "5月10日，区人大代表来到街道代表联络站报到，接待来访群众。");
        assertThat(station.cues()).noneMatch(c -> c.contains("deputies arrive for a session"));
        assertThat(station.category()).as(station.toString()).isEqualTo(Category.OTHER);
    }

    @Test
    void shouldReadAReportDeliveredAtASittingAsTheReport() {
        Classification court = judged(null,
                "本报讯 1月9日，某某县人民法院院长张某在某某县第十五届人民代表大会第四次会议上作县人民法院工作报告。",
                "报告指出，一年来，全县法院共受理各类案件8000余件。",
                "报告强调，新的一年，县法院将坚持公正司法。");
        assertThat(court.category()).as(court.toString()).isEqualTo(Category.WORK_REPORT);
        assertThat(court.cues()).anyMatch(c -> c.startsWith("lead: a report delivered at a sitting"));
        // Counter-example: the session's opening, where the report is one item of the sitting, stays session news.
        Classification opening = judged(null,
                "1月9日上午，某某县第十五届人民代表大会第四次会议隆重开幕，县长李某代表县人民政府作政府工作报告。",
                "大会应到代表200名，实到195名，符合法定人数。", "主席团常务主席、执行主席在主席台就座。");
        assertThat(opening.category()).as(opening.toString()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(opening.cues()).noneMatch(c -> c.startsWith("lead: a report delivered at a sitting"));
    }

    @Test
    void shouldReadAYearReviewedAsWeAsTheReportSpeaking() {
        Classification review = judged(null,
                "过去一年，在市委坚强领导和市人大有力监督下，我们坚持稳中求进工作总基调，扎实做好各项工作。",
                "一年来，我们全力以赴稳增长、保运行，经济实力显著提升。");
        assertThat(review.category()).as(review.toString()).isEqualTo(Category.WORK_REPORT);
        assertThat(review.cues()).anyMatch(c -> c.startsWith("opening: a year reviewed as 我们"))
                .as("the party under whose leadership the report speaks is not its issuer").noneMatch(c -> c.contains("issuer is a party body"));
        // Counter-example: news of the year in the third person, and a party meeting that acts.
        Classification news = judged(null, "过去一年，全市规模以上工业增加值增长6.5%，经济运行稳中向好。");
        assertThat(news.cues()).noneMatch(c -> c.contains("a year reviewed as 我们"));
        Classification party = judged(null, "市委常委会召开会议，在省委坚强领导下总结过去一年工作。");
        assertThat(party.cues()).anyMatch(c -> c.contains("issuer is a party body"));
    }

    @Test
    void shouldReadTheReportDeliveredInBookTitleMarksWhateverFollowsIt() {
        Classification teaser = judged("省长某某作《政府工作报告》！一起来划重点！", "某某在回顾过去一年政府工作时说：", "全省地区生产总值增长6%。");
        assertThat(teaser.category()).as(teaser.toString()).isEqualTo(Category.WORK_REPORT);
        // Counter-example: deputies discussing what was delivered (作的《…》) are the session at work.
        Classification discussed = judged("代表们热议省长所作的《政府工作报告》", "3月6日，某某代表团分组审议政府工作报告。");
        assertThat(discussed.cues()).noneMatch(c -> c.contains("作《…工作报告》"));
    }

    @Test
    void shouldReadACaptionOfTheSittingWhenTheLeadTellsSomethingElse() {
        Classification feature = judged(null,
                "3月5日，十四届全国人大三次会议开幕会在北京人民大会堂举行。新华社记者 张某 摄",
                "一步入大会堂，港区全国人大代表陈某就被记者们围住。",
                "“今年我最关心的是民营经济。”另一位代表说。");
        assertThat(feature.category()).as(feature.toString()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(feature.cues()).anyMatch(c -> c.startsWith("opening: a caption of the session at work"));
        // Counter-example: in a photo feature the captions are its pictures; the headline decides.
        Classification photos = judged("两会影像", "3月5日，十四届全国人大三次会议开幕会在北京人民大会堂举行。新华社记者 张某 摄",
                "3月5日，代表们步入会场。新华社记者 李某 摄");
        assertThat(photos.cues()).noneMatch(c -> c.startsWith("opening: a caption of the session at work"));
    }

    @Test
    void shouldReadTheMeetingThatHearsAndApprovesAsTheResolutionItself() {
        Classification resolution = judged(null,
                "某某市第十五届人民代表大会常务委员会第三十四次会议听取了市人民政府《关于某某市2023年财政决算的报告》。会议对决算草案进行了审查，决定批准某某市2023年市级财政决算。",
                "会议要求，进一步规范预算编制和执行。");
        assertThat(resolution.category()).as(resolution.toString()).isEqualTo(Category.RESOLUTION);
        // A decision opens the same way, with the meeting's view.
        Classification decision = judged(null,
                "某某省第十四届人民代表大会第二次会议审议了省人民代表大会常务委员会关于提请审议《某某省人民代表大会关于某某事项的决定（草案）》的议案。会议认为，制定该决定十分必要。",
                "会议决定：一、……");
        assertThat(decision.category()).as(decision.toString()).isEqualTo(Category.RESOLUTION);
        // Counter-example: news dates the sitting first.
        Classification news = judged(null,
                "8月30日，某某市第十五届人民代表大会常务委员会第三十四次会议听取了市人民政府关于2023年财政决算的报告，会议决定批准2023年市级财政决算。",
                "市人大常委会主任王某主持会议。");
        assertThat(news.cues()).noneMatch(c -> c.contains("the meeting hears and approves"));
    }

    @Test
    void shouldReadThePresidiumInTheChairAsTheSessionAtWork() {
        Classification plenary = judged(null,
                "大会主席团常务主席、执行主席王某、李某、张某在主席台执行主席席就座。会议由执行主席王某主持。",
                "会议应到代表300名，实到290名，符合法定人数。");
        assertThat(plenary.category()).as(plenary.toString()).isEqualTo(Category.SESSION_NOTICE);
        // Counter-example: the CPPCC's presidium chairs the CPPCC's session.
        Classification cppcc = judged(null, "大会主席团常务主席、执行主席王某在主席台就座。政协某某市第十届委员会第三次会议由王某主持。");
        assertThat(cppcc.cues()).noneMatch(c -> c.contains("presidium in the chair"));
    }
    @Test
    void shouldReadTheLeadPastAVerseLeadIn() {
        Classification gallery = judged(null, "春风送暖", "又是一年两会时", "共商国是", "定格瞬间",
                "△3月5日清晨，人民大会堂里摆放整齐的文件静静等待，十四届全国人大三次会议即将开幕。", "△代表们步入会场。");
        assertThat(gallery.category()).as(gallery.toString()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(gallery.cues()).anyMatch(c -> c.startsWith("lead: congress in session"));
        // Counter-example: a list of headlines is no verse (longer lines): the lead stays the list.
        Classification list = judged(null, "某某区召开全区经济工作会议部署全年任务", "某某街道开展老旧小区改造回头看",
                "某某镇举办春季招聘会岗位超过两千个", "某某社区组织志愿者清理河道垃圾", "3月5日，某某市人大常委会举行会议。");
        assertThat(list.cues()).noneMatch(c -> c.startsWith("lead: congress in session"));
    }

    @Test
    void shouldReadDeputiesInTheirGroupsMeetingAsTheSessionAtWork() {
        Classification groups = judged("掌声与呼声", "总理作的政府工作报告激起了热烈掌声。在小组审议会上，人大代表们充分肯定当前的形势，也提出了批评和建议。",
                "几位代表说，改革的成效有目共睹。");
        assertThat(groups.category()).as(groups.toString()).isEqualTo(Category.SESSION_NOTICE);
        // Counter-example: a party plenum's groups hold 讨论会.
        Classification plenum = judged("县委全会分组讨论", "2月18日，中共某某县第十三届委员会第六次全体会议举行小组讨论会，与会同志讨论了报告。");
        assertThat(plenum.category()).as(plenum.toString()).isEqualTo(Category.OTHER);
    }
    @Test
    void shouldReadACongressBodysWorkBetweenSittingsWithoutItsHeadline() {
        Classification conference = judged(null,
                "在某某区人大常委会信息宣传工作会议上，区人大机关各室委负责同志签订了年度工作责任状。", "责任状明确了工作目标。");
        assertThat(conference.category()).as(conference.toString()).isEqualTo(Category.OTHER);
        assertThat(conference.cues()).anyMatch(c -> c.startsWith("lead: a work conference as the setting"));
        Classification visits = judged(null,
                "某某区人大常委会积极开展“倾听代表呼声”走访人大代表活动，先后深入九个街道，走访提出建议的代表40余名。", "代表们表示，这种做法接地气。");
        assertThat(visits.category()).as(visits.toString()).isEqualTo(Category.OTHER);
        // Counter-examples: a numbered sitting named as the setting is the sitting, and a reporter visiting deputies is no body.
        Classification sitting = judged(null, "在某某市第十六届人民代表大会第五次会议上，代表们审议了政府工作报告。", "代表们纷纷建言献策。");
        assertThat(sitting.cues()).noneMatch(c -> c.contains("a work conference as the setting"));
        Classification reporter = judged(null, "两会期间，记者走访了几位来自基层的人大代表。", "他们关心的话题各不相同。");
        assertThat(reporter.cues()).noneMatch(c -> c.contains("visits its deputies"));
    }
    @Test
    void shouldReadTheLeadPastAForumThreadsChrome() {
        Classification post = judged(null, "• 81阅读", "• 0回复", "上一主题 下一主题", "只看楼主 倒序阅读 0 发表于: 1992-03-28", "专栏:花絮",
                "审议政府工作报告过程中，许多代表希望当面向领导介绍情况。24日上午，某某代表团在驻地等候委员长参加讨论。");
        assertThat(post.category()).as(post.toString()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(post.cues()).anyMatch(c -> c.startsWith("lead: while deliberating a report"));
    }
    @Test
    void shouldReadAReportersCommissionAsTheReportsOwnStatement() {
        Classification report = judged(null, "各位代表：",
                "我受委员长委托，代表某某省人民代表大会常务委员会，向大会报告常委会的工作，请予审查。", "一年来，常委会认真履行宪法和法律赋予的职责。");
        assertThat(report.cues()).anyMatch(c -> c.startsWith("opening: reporting on behalf of a body, entrusted"));
        Classification glued = judged(null, "某某省人民代表大会常务委员会工作报告 2024-01-20 10:21 来源：某某日报",
                "我受委员长委托，代表某某省人民代表大会常务委员会，向某某省第十四届人民代表大会第二次会议报告常委会的工作，请予审查。",
                "目前，常委会的工作处在一个转变的过程中。");
        assertThat(glued.category()).as(glued.toString()).isEqualTo(Category.WORK_REPORT);
        // Counter-example: news that someone reported, entrusted, is told in the third person.
        Classification news = judged(null, "1月20日，副主任某某受主任委托，代表省人大常委会向大会报告工作。", "报告回顾了一年来的工作。");
        assertThat(news.cues()).noneMatch(c -> c.contains("entrusted"));
    }
}
