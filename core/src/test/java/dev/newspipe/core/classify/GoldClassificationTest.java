package dev.newspipe.core.classify;

import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.split.ArticleSplitter;
import dev.newspipe.testkit.TestData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldClassificationTest {

    private final ArticleClassifier classifier = new ArticleClassifier();
    private final ArticleSplitter splitter = new ArticleSplitter();

    static Article text(Article a) {
        return Article.of(a.kicker(), a.title(), a.subtitle(), a.paragraphs(), LocalDate.of(2026, 1, 23), a.continuedFrom());
    }

    @Test
    void shouldClassifyEverySampleArticleAsLabelled() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(TestData.gold().toFile());
        List<String> wrong = new ArrayList<>();
        for (JsonNode doc : gold.get("documents")) {
            List<Article> articles = splitter.split(TestData.read(TestData.samples().resolve(doc.get("file").asText())));
            for (JsonNode label : doc.get("articles")) {
                Article article = articles.stream().filter(a -> a.body().startsWith(label.get("body_starts").asText())).findFirst()
                        .orElse(null);
                if (article == null) {
                    continue; // merged into the previous article, which the split test allows
                }
                Classification c = classifier.classify(text(article));
                assertThat(c.confidence()).isBetween(0.0, 1.0);
                assertThat(c.cues()).isNotEmpty();
                if (!c.category().wireName().equals(label.get("category").asText())) {
                    wrong.add(article.displayTitle() + ": " + c + " (labelled " + label.get("category").asText() + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldClassifyCorpusResolutionsAndReports() {
        for (Path file : TestData.corpusFiles()) {
            Article article = splitter.split(TestData.read(file)).get(0);
            Category expected = file.getFileName().toString().startsWith("resolution") ? Category.RESOLUTION : Category.WORK_REPORT;
            assertThat(classifier.classify(text(article)).category()).as(file.getFileName().toString()).isEqualTo(expected);
        }
    }

    @Test
    void shouldTellAResolutionAboutAReportFromTheReport() {
        Article resolution = Article.of(null, "某市第十届人民代表大会第二次会议关于市人民政府工作报告的决议", null,
                List.of("（2025年1月10日某市第十届人民代表大会第二次会议通过）", "会议听取并审议了政府工作报告。"), LocalDate.of(2025, 1, 11), null);
        Article report = Article.of(null, "政府工作报告", "——2025年1月8日在某市第十届人民代表大会第二次会议上",
                List.of("各位代表：", "现在，我代表市人民政府，向大会报告工作。"), LocalDate.of(2025, 1, 11), null);
        Article opening = Article.of(null, "市十届人大二次会议开幕", null,
                List.of("市长作政府工作报告。过去一年，我们坚持稳中求进。"), LocalDate.of(2025, 1, 11), null);
        Article party = Article.of(null, "市委经济工作会议举行", null,
                List.of("会议指出，过去一年，我们坚持稳中求进。"), LocalDate.of(2025, 1, 11), null);
        assertThat(classifier.classify(resolution).category()).as(classifier.classify(resolution).toString()).isEqualTo(Category.RESOLUTION);
        assertThat(classifier.classify(report).category()).isEqualTo(Category.WORK_REPORT);
        assertThat(classifier.classify(opening).category()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(classifier.classify(party).category()).isEqualTo(Category.OTHER);
    }

    @Test
    void shouldNotTakePartyOrGovernmentBodiesForACongress() {
        Article partyMeeting = Article.of(null, "市委常委会召开会议", null, List.of("会议传达学习了全国两会精神。"),
                LocalDate.of(2026, 3, 15), null);
        Article governmentDecision = Article.of(null, "大同市人民政府关于表彰2025年度优秀企业的决定", null,
                List.of("为表彰先进，市人民政府决定……"), LocalDate.of(2026, 3, 15), null);
        Article standingCommittee = Article.of(null, "市人大常委会第二十次会议闭幕", null, List.of("会议表决通过了有关决定。"),
                LocalDate.of(2026, 3, 15), null);
        Article bareResolution = Article.of(null, "关于政府工作报告的决议", null,
                List.of("（2024年3月11日第十四届全国人民代表大会第二次会议通过）", "会议批准这个报告。"), LocalDate.of(2024, 3, 12), null);
        assertThat(classifier.classify(partyMeeting).category()).isEqualTo(Category.OTHER);
        assertThat(classifier.classify(governmentDecision).category()).isEqualTo(Category.OTHER);
        assertThat(classifier.classify(standingCommittee).category()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(classifier.classify(bareResolution).category()).isEqualTo(Category.RESOLUTION);
    }

    @Test
    void shouldNotTakeThe作OfWorkForDeliveringAReport() {
        Article review = Article.of(null, "区人大代表分组审议区政府工作报告和区法院检察院工作报告", null,
                List.of("1月10日下午，出席区第三届人民代表大会第四次会议的代表分组审议区政府工作报告及其他工作报告。", "代表们认为，过去一年成绩显著。"),
                LocalDate.of(2025, 1, 11), null);
        Classification c = classifier.classify(review);
        assertThat(c.category()).as(c.toString()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(c.cues()).noneMatch(cue -> cue.contains("delivers"));
    }

    @Test
    void shouldTakeDeputiesDiscussingInGroupsForSessionNews() {
        Article groups = Article.of(null, null, null,
                List.of("9月26日，参加区第七届人民代表大会第一次会议的人大代表在听取区政府工作报告后，分6个团对《政府工作报告》进行了热烈讨论。",
                        "代表们一致认为，报告总结过去五年的工作客观全面。"), LocalDate.of(2011, 9, 27), null);
        Classification c = classifier.classify(groups);
        assertThat(c.category()).as(c.toString()).isEqualTo(Category.SESSION_NOTICE);
    }

    @Test
    void shouldNotTakeALawsNameForTheCongressAtWork() {
        Article rules = Article.of(null, "某县人民代表大会议事规则", null,
                List.of("第一条 根据《中华人民共和国全国人民代表大会和地方各级人民代表大会选举法》等法律的有关规定，制定本规则。"),
                LocalDate.of(2022, 2, 26), null);
        Article election = Article.of(null, null, null, List.of("1月10日，某县第十八届人民代表大会第一次会议举行选举大会，选举产生县长。"),
                LocalDate.of(2022, 1, 11), null);
        assertThat(classifier.classify(rules).cues()).noneMatch(cue -> cue.contains("congress in session"));
        assertThat(classifier.classify(election).cues()).anyMatch(cue -> cue.startsWith("lead: congress in session"));
    }

    @Test
    void shouldNotTakeWordsInsideOtherWordsForTheCongress() {
        Article university = Article.of(null, "市老年人大学举行开学典礼", null, List.of("9月1日，市老年人大学举行开学典礼，500名学员参加。"),
                LocalDate.of(2025, 9, 2), null);
        assertThat(classifier.classify(university).category()).isEqualTo(Category.OTHER);
    }

    @Test
    void shouldTellTheTrapsFromCongressBusiness() {
        LocalDate day = LocalDate.of(2025, 1, 20);
        Article plenum = Article.of(null, "中共某市第十三届委员会第八次全体会议举行", null,
                List.of("会议听取和讨论了市委常委会工作报告，审议通过了《中共某市委关于召开党代会的决议》。"), day, null);
        Article cppcc = Article.of(null, "市政协十五届五次会议开幕", null,
                List.of("1月18日，市政协十五届五次会议在市政会议中心开幕。委员们列席市十六届人大六次会议，听取政府工作报告。"), day, null);
        Article bulletin = Article.of(null, "某市2024年国民经济和社会发展统计公报", null,
                List.of("全年地区生产总值2458.8亿元，按可比价格计算，比上年增长2.3%。"), day, null);
        Article editorial = Article.of(null, "奋力谱写新篇章——热烈祝贺市两会胜利闭幕", null,
                List.of("风劲潮涌起，扬帆正当时。市十六届人大六次会议胜利闭幕。"), day, null);
        Article executive = Article.of(null, "市政府召开第45次常务会议", null,
                List.of("会议传达学习了省委全会精神，研究了政府工作报告（征求意见稿）。"), day, null);
        for (Article trap : List.of(plenum, cppcc, bulletin, editorial, executive)) {
            assertThat(classifier.classify(trap).category()).as(trap.title()).isEqualTo(Category.OTHER);
        }
    }

    @Test
    void shouldJudgeAnArticleWithoutHeadlineByItsLead() {
        Article prep = Article.of(null, null, null, List.of("本报讯 3月25日，市十五届人大四次会议举行预备会议，选举产生大会主席团和秘书长。",
                "会议表决通过了大会议程。"), LocalDate.of(2024, 3, 26), null);
        Article resolution = Article.of(null, null, null, List.of("（2022年4月27日许昌市第七届人民代表大会第九次会议第二次全体会议通过）",
                "许昌市第七届人民代表大会第九次会议审查批准了市人民政府提出的预算调整方案。会议决定批准这个方案。"), LocalDate.of(2022, 4, 28), null);
        Classification c = classifier.classify(prep);
        assertThat(c.category()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(c.cues()).anyMatch(cue -> cue.startsWith("lead:"));
        assertThat(classifier.classify(resolution).category()).as(classifier.classify(resolution).toString()).isEqualTo(Category.RESOLUTION);
    }

    @Test
    void shouldTakeDeputiesPreparingMotionsForCongressBusiness() {
        LocalDate day = LocalDate.of(2024, 3, 3);
        Article motions = Article.of(null, "履职尽责 我市全国人大代表忙于准备议案", null,
                List.of("连日来，我市代表利用休息时间走访群众，把收集到的意见整理成议案和建议。", "代表们说，要把群众的呼声带到会上。"), day, null);
        Article proposals = Article.of(null, "政协委员精心准备提案", null,
                List.of("连日来，委员们走访群众，把收集到的意见整理成提案。"), day, null);
        Classification c = classifier.classify(motions);
        assertThat(c.category()).as(c.toString()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(c.cues()).anyMatch(cue -> cue.startsWith("headline: deputies' motions (议案) «议案»"));
        assertThat(classifier.classify(proposals).category()).isEqualTo(Category.OTHER);
    }

    @Test
    void shouldNotTakeTheWorkOfAnElectionForACongressInSession() {
        LocalDate day = LocalDate.of(2021, 6, 2);
        Article campaign = Article.of(null, null, null,
                List.of("今年下半年，县乡两级人大换届选举工作将在全省陆续展开。", "各地要依法做好选民登记和选区划分。"), day, null);
        Article election = Article.of(null, null, null,
                List.of("1月10日，某县第十八届人民代表大会第一次会议举行换届选举，选举产生县长。"), day, null);
        assertThat(classifier.classify(campaign).cues()).noneMatch(cue -> cue.contains("congress in session") || cue.contains("issuer"));
        assertThat(classifier.classify(election).cues()).anyMatch(cue -> cue.startsWith("lead: congress in session"));
        assertThat(classifier.classify(election).category()).isEqualTo(Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeAHeadlessResolutionOnAReportForAResolution() {
        LocalDate day = LocalDate.of(2019, 1, 20);
        Article resolution = Article.of(null, null, null, List.of(
                "某某市第五届人民代表大会第四次会议听取和审议了张三院长所作的市中级人民法院工作报告。会议对过去一年的工作表示满意，决定批准这个报告。",
                "会议要求，市中级人民法院要公正司法，为全市发展提供有力的司法保障。"), day, null);
        Article news = Article.of(null, null, null, List.of(
                "1月18日上午，某某市第五届人民代表大会第四次会议举行第二次全体会议，听取和审议市中级人民法院工作报告。",
                "会议由大会主席团常务主席主持。"), day, null);
        Classification c = classifier.classify(resolution);
        assertThat(c.category()).as(c.toString()).isEqualTo(Category.RESOLUTION);
        assertThat(c.cues()).anyMatch(cue -> cue.contains("resolution opening"));
        assertThat(classifier.classify(news).category()).isEqualTo(Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeTheTrapsAroundASessionForOther() {
        LocalDate day = LocalDate.of(2016, 2, 28);
        Article editorial = Article.of(null, null, null, List.of(
                "春回大地，万象更新。市十四届人大四次会议圆满完成各项任务，胜利闭幕了。我们对大会的圆满成功表示热烈祝贺！",
                "会议期间，代表们审议了政府工作报告，选举产生了新一届人大常委会组成人员。"), day, null);
        Article visit = Article.of(null, null, null, List.of(
                "日前，某某县人大常委会副主任王五一行来我县就重大项目建设进行调研，县人大常委会主任陪同。",
                "调研组一行先后来到产业园区和重点项目现场。"), day, null);
        Article speech = Article.of(null, null, null, List.of(
                "各位领导、同志们：", "上午，我们聆听了市长所作的政府工作报告，过去一年的成绩来之不易，主要预期目标切实可行。"), day, null);
        for (Article a : List.of(editorial, visit, speech)) {
            Classification c = classifier.classify(a);
            assertThat(c.category()).as(c.toString()).isEqualTo(Category.OTHER);
        }
    }

    @Test
    void shouldTellARegulationFromNewsAboutOne() {
        LocalDate day = LocalDate.of(2023, 4, 26);
        Article news = Article.of(null, "某某法修订草案二审稿增加有关数据安全的规定", null, List.of(
                "十四届全国人大常委会第二次会议25日在京举行，会议审议了某某法修订草案二审稿。"), day, null);
        Article regulation = Article.of(null, "某某市物业管理办法", null, List.of(
                "第一条 为了规范物业管理活动，根据有关法律、法规，结合本市实际，制定本办法。"), day, null);
        Classification c = classifier.classify(news);
        assertThat(c.category()).as(c.toString()).isEqualTo(Category.SESSION_NOTICE);
        assertThat(c.cues()).noneMatch(cue -> cue.contains("regulation or rules"));
        assertThat(classifier.classify(regulation).cues()).anyMatch(cue -> cue.contains("regulation or rules"));
    }

    @Test
    void shouldTakeALeadTellingWhatTheReportSaysForTheReport() {
        Article teaser = Article.of(null, null, null, List.of(
                "政府工作报告中，民生工作的成绩单和“计划表”牵动着百姓的心，今年将新增城镇就业50万人。"), LocalDate.of(2019, 1, 20), null);
        Classification c = classifier.classify(teaser);
        assertThat(c.category()).as(c.toString()).isEqualTo(Category.WORK_REPORT);
    }

    @Test
    void shouldGiveHigherConfidenceToWiderMargins() {
        assertThat(ArticleClassifier.confidence(4)).isGreaterThan(ArticleClassifier.confidence(1)).isLessThanOrEqualTo(1.0);
        assertThat(ArticleClassifier.confidence(0)).isGreaterThanOrEqualTo(0.5);
    }
}
