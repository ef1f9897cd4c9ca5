package dev.newspipe.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import dev.newspipe.core.model.PageRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same article in the copies the genre shows (a web page's furniture around it, its headline glued to a dateline,
 * a credit line taken for a headline) keeps its category: the evidence a reader uses is still there, and furniture
 * adds none. Hand-written articles; {@code ./bench quality --perturb} measures the same on the labelled sets.
 */
class CopyChangesTest {

    private final ArticleClassifier classifier = new ArticleClassifier();
    private static final LocalDate DAY = LocalDate.of(2024, 3, 6);

    private static Article article(String title, String byline, List<String> paragraphs) {
        return new Article(PageRef.dated(DAY), 1, null, title, null, byline, paragraphs, null, null, null);
    }

    @Test
    void shouldTakeNoEvidenceFromLinksToOtherStories() {
        List<String> body = List.of("近日，记者走访了城区多个社区，居民们对老旧小区改造赞不绝口。", "“楼道亮了，路也平了。”居民王大爷说。");
        Article plain = article(null, null, body);
        Article onAPage = article(null, null, List.of(body.get(0), body.get(1),
                "上一篇：市十六届人大五次会议隆重开幕 主席团举行第一次会议",
                "下一篇：市人大常委会关于召开市十六届人民代表大会第六次会议的决定",
                "相关新闻：人大代表审议政府工作报告"));
        Classification c = classifier.classify(onAPage);
        assertThat(c.category()).as(c.toString()).isEqualTo(Category.OTHER);
        assertThat(c.cues()).as("no cue reads the linked headlines").noneMatch(cue -> cue.contains("开幕") || cue.contains("主席团")
                || cue.contains("人大代表") || cue.contains("决定"));
        assertThat(c.cues()).isEqualTo(classifier.classify(plain).cues());
        // Links glued to the article's last line (a table cell's bar joined them) end it there.
        Article glued = article(null, null, List.of(body.get(0), body.get(1) + " |分享到：微信 微博上一篇：市十六届人大五次会议隆重开幕 主席团举行第一次会议"));
        assertThat(classifier.classify(glued).cues()).isEqualTo(classifier.classify(plain).cues());
        // A sentence that only mentions the previous article is text, not a link.
        Article mention = article(null, null, List.of("上一篇报道中提到，市人大常委会审议了相关议案，议程已经确定。"));
        assertThat(classifier.classify(mention).cues()).anyMatch(cue -> cue.contains("session vocabulary"));
    }

    @Test
    void shouldReadAHeadlineGluedToItsDatelineAsTheHeadline() {
        List<String> body = List.of("（2024年2月28日某某市第十六届人民代表大会常务委员会第十九次会议通过）",
                "某某市第十六届人民代表大会常务委员会第十九次会议审议了市人民政府关于2023年市级决算的报告。会议要求，进一步加强预算管理。");
        Article titled = article("某某市人大常委会关于批准2023年市级决算的决议", null, body);
        // A reprint site's line, taken for the byline (as the splitter does when a date follows) or for the first paragraph.
        Article gluedByline = article(null, "某某市人大常委会关于批准2023年市级决算的决议 2024-03-05 10:21 来源：某某日报", body);
        Article gluedFirst = article(null, null, List.of("某某市人大常委会关于批准2023年市级决算的决议 2024年3月5日 来源: 某某日报 编辑：王敏",
                body.get(0), body.get(1)));
        assertThat(classifier.classify(titled).category()).isEqualTo(Category.RESOLUTION);
        for (Article a : List.of(gluedByline, gluedFirst)) {
            Classification c = classifier.classify(a);
            assertThat(c.category()).as(c.toString()).isEqualTo(Category.RESOLUTION);
            assertThat(c.cues()).anyMatch(cue -> cue.startsWith("headline: title names a 决议/决定"));
        }
        // An adoption line glued to the page's date is evidence of the opening, as when it stands alone.
        Article gluedAdoption = article(null, "2024年2月28日某某市第十六届人民代表大会常务委员会第十九次会议通过 2024-03-05 10:21 来源：某某日报",
                List.of(body.get(1)));
        Classification adopted = classifier.classify(gluedAdoption);
        assertThat(adopted.cues()).anyMatch(cue -> cue.startsWith("opening: adoption line")).noneMatch(cue -> cue.startsWith("headline:"));
        assertThat(adopted.category()).as(adopted.toString()).isEqualTo(Category.RESOLUTION);
        // A byline with its date names a reporter: no headline.
        Article reporter = article(null, "本报记者 张三 2024-03-05 10:21", List.of("3月5日，记者来到某某社区，居民正在议论人大代表的建议。"));
        assertThat(classifier.classify(reporter).cues()).noneMatch(cue -> cue.startsWith("headline:"));
        // A lead that opens with a date is a sentence, not a glued headline.
        Article dated = article(null, null, List.of("2024年3月5日上午，某某市第十六届人民代表大会第四次会议隆重开幕。"));
        assertThat(classifier.classify(dated).cues()).noneMatch(cue -> cue.startsWith("headline:"));
    }

    @Test
    void shouldNotTakeTheCreditOfAGraphicForAHeadline() {
        List<String> body = List.of("1月7日上午，某某市第六届人民代表大会第五次会议开幕，市长作政府工作报告。", "过去一年，全市经济运行稳中向好。");
        for (String credit : List.of("某某观察 曹洋 安素萱/制图", "某某觀察 曹洋 安素萱/製圖", "（晓航/摄）")) {
            // through the desk, which reads the simplified view, as the pipeline does (製圖 is 制图)
            Classification c = Newsdesk.offline()
                    .enrich(article(credit, null, body)).enrichment().classification();
            assertThat(c.cues()).as(credit).noneMatch(cue -> cue.startsWith("headline:"));
            assertThat(c.category()).as(c.toString()).isEqualTo(Category.SESSION_NOTICE);
        }
    }

    @Test
    void shouldReadTheLeadPastARhetoricalOpener() {
        Article news = article(null, null, List.of("凝聚力量谋发展，担当实干谱新篇。2月15日上午，某某市第十六届人民代表大会第五次会议隆重开幕。",
                "会议听取了市长所作的政府工作报告。过去一年，全市工作回顾和今年工作安排都写入报告。"));
        Classification c = classifier.classify(news);
        assertThat(c.cues()).anyMatch(cue -> cue.startsWith("lead: congress in session"));
        assertThat(c.category()).as(c.toString()).isEqualTo(Category.SESSION_NOTICE);
        // After a dateline too.
        Article datelined = article(null, "本报讯（记者 李某）", List.of("本报讯（记者 李某）凝聚力量谋发展，担当实干谱新篇。2月15日上午，某某市第十六届人民代表大会第五次会议隆重开幕。",
                "过去一年，全市工作回顾和今年工作安排都写入报告。"));
        assertThat(classifier.classify(datelined).cues()).anyMatch(cue -> cue.startsWith("lead: congress in session"));
        // An opener that tells when is the lead itself.
        Article dated = article(null, null, List.of("2月15日，市里召开座谈会。某某市第十六届人民代表大会第五次会议将于近日开幕。"));
        assertThat(classifier.classify(dated).cues()).noneMatch(cue -> cue.startsWith("lead: congress in session"));
    }

    @Test
    void shouldNotTakeTheSessionAnEditorialCongratulatesForNewsOfIt() {
        Article editorial = article(null, null, List.of("春回大地，万象更新。某某市第十六届人民代表大会第六次会议圆满完成各项议程，胜利闭幕。",
                "我们对大会的圆满成功表示热烈祝贺！", "会议期间，代表们审议了政府工作报告。"));
        Classification c = classifier.classify(editorial);
        assertThat(c.category()).as(c.toString()).isEqualTo(Category.OTHER);
        assertThat(c.cues()).anyMatch(cue -> cue.startsWith("not counted (an editorial names the session it congratulates): lead: congress in session"));
    }

    @Test
    void shouldNotTakeTheSessionADraftWillGoToForASessionAtWork() {
        Article consultation = article(null, null, List.of(
                "1月12日，常务副市长主持召开座谈会，就即将提交市五届人大六次会议审议的《政府工作报告》征求意见。", "与会人员提出了意见建议。"));
        Article sitting = article(null, null, List.of("1月15日，市五届人大六次会议审议政府工作报告，代表们分组讨论。"));
        assertThat(classifier.classify(consultation).cues()).noneMatch(cue -> cue.contains("congress in session"));
        assertThat(classifier.classify(consultation).category()).isEqualTo(Category.OTHER);
        assertThat(classifier.classify(sitting).cues()).anyMatch(cue -> cue.startsWith("lead: congress in session"));
    }

    @Test
    void shouldTakeDeputiesAttendingOrPreparingMotionsForSessionNewsWithoutAHeadline() {
        Article arrival = article(null, null, List.of("肩负着神圣使命，出席十届全国人大二次会议的代表今天继续从各地来到北京。",
                "今天抵达北京的还有多个省份的代表。"));
        Article motions = article(null, null, List.of("“很多代表都已经把填写议案、建议的表格拿走了！”记者刚到驻地，代表团议案组的同志就这样说。",
                "代表们或在案头奋笔疾书，或几个人凑在一起讨论。"));
        for (Article a : List.of(arrival, motions)) {
            Classification c = classifier.classify(a);
            assertThat(c.category()).as(c.toString()).isEqualTo(Category.SESSION_NOTICE);
        }
        // Members of the CPPCC attending their session are no deputies of a congress.
        Article members = article(null, null, List.of("出席市政协十三届三次会议的委员今天报到。", "委员们带来了提案。"));
        assertThat(classifier.classify(members).category()).isEqualTo(Category.OTHER);
    }

    @Test
    void shouldKnowAWorkReportWithoutItsHeadlineByItsSectionHeadings() {
        Article summary = article(null, null, List.of("■ 2024年成绩单", "●预计全省地区生产总值增长6%左右", "●城乡居民收入稳步增长",
                "■ 2025年经济社会发展的主要预期目标", "●经济增长6%左右", "●居民消费价格涨幅2%左右"));
        Classification c = classifier.classify(summary);
        assertThat(c.category()).as(c.toString()).isEqualTo(Category.WORK_REPORT);
        assertThat(c.cues()).anyMatch(cue -> cue.startsWith("body: section heading of a work report"));
        // Session news that names the report's parts in a sentence has no such heading.
        Article news = article(null, null, List.of("2月15日上午，某某市第十六届人民代表大会第五次会议隆重开幕。",
                "市长代表市人民政府向大会作工作报告，报告分三部分：一、2024年工作回顾；二、2025年工作安排；三、全面加强政府自身建设。"));
        assertThat(classifier.classify(news).cues()).noneMatch(cue -> cue.contains("section heading"));
        assertThat(classifier.classify(news).category()).isEqualTo(Category.SESSION_NOTICE);
    }
}
