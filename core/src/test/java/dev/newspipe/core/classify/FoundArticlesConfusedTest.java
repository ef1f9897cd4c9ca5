package dev.newspipe.core.classify;

import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headed;
import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headless;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import org.junit.jupiter.api.Test;

/**
 * Shapes the splitter finds whole but the evidence list read wrongly: a body's rules of its own work, a resolution whose
 * title lost its place as the headline, a sitting told by what only a sitting does, an explainer of the work report that
 * opens with the session. Hand-written texts in the genre's shapes, each with a counter-example that keeps its category.
 */
class FoundArticlesConfusedTest {

    private final ArticleClassifier classifier = new ArticleClassifier();

    private void assertCategory(Article article, Category expected) {
        Classification c = classifier.classify(article);
        assertThat(c.category()).as(c.toString()).isEqualTo(expected);
    }

    @Test
    void shouldTakeAStandingCommitteesRulesOfItsOwnWorkForARegulation() {
        assertCategory(headed("某县人民代表大会常务委员会会议工作程序",
                "（2010年3月1日县五届人大常委会第十次会议通过）",
                "为了规范常务委员会会议的召开，保证会议依法有序举行，制定本工作程序。",
                "第一条 常务委员会会议议程草案由主任会议提出，提请全体会议审议。"), Category.OTHER);
        assertCategory(headed("某市人大常委会代表联络工作规程",
                "（2019年6月28日市十六届人大常委会第二十次会议通过）",
                "第一条 为了密切常务委员会同代表的联系，制定本规程。"), Category.OTHER);
        // Counter-example: the meeting that adopts such rules, told as news, is a sitting at work.
        assertCategory(headed("县人大常委会举行第十次会议",
                "3月1日，县五届人大常委会举行第十次会议，审议通过了常务委员会会议工作程序，表决通过了人事任免事项。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeAResolutionWhoseTitleOpensTheTextForTheResolution() {
        assertCategory(headless("某省第九届人民代表大会第三次会议关于某省国民经济和社会发展第十个五年计划纲要及关于《纲要》报告的决议",
                "某省第九届人民代表大会第三次会议，审查了省人民政府提出的《纲要（草案）》，审议了省长所作的报告。会议认为，《纲要》是切实可行的。",
                "会议决定批准这个报告，批准《纲要》。"), Category.RESOLUTION);
        // Counter-example: news of the vote tells a sentence with a date; the resolution is what was voted on.
        assertCategory(headless("2月3日上午，某省第九届人民代表大会第三次会议举行第三次全体会议，表决通过了关于省人民政府工作报告的决议，会议选举产生了省高级人民法院院长。",
                "大会执行主席主持会议。"), Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeWhatOnlyASittingDoesForSessionNews() {
        assertCategory(headless("“各位代表，现在对本镇2024年拟办民生实事项目进行票决。”",
                "近日，某镇召开第七届人民代表大会第四次会议，听取并审议了镇政府工作报告和镇人大主席团工作报告，与会代表对10件民生实事项目进行票决。"),
                Category.SESSION_NOTICE);
        assertCategory(headless("今日上午，某市新区成立大会在新区举行。当日下午，某市第一届人民代表大会第一次会议完成各项议程后闭幕。会议选举王某为市长。"),
                Category.SESSION_NOTICE);
        // Counter-example: a village committee's vote on its projects names no sitting of a congress.
        assertCategory(headless("近日，某村召开村民代表会议，对2024年村级公益事业项目进行投票，确定修建村道等3个项目。"), Category.OTHER);
    }

    @Test
    void shouldTakeAnExplainerOfTheWorkReportForTheReportEvenWhenItOpensWithTheSession() {
        assertCategory(headed("——2024年某县政府工作报告解读",
                "1月10日，县十八届人大四次会议正式开幕。县长某某代表县人民政府作政府工作报告。",
                "过去一年，全县地区生产总值增长6%，城乡居民收入稳步提高。今年，将坚持稳中求进工作总基调，加快建设现代化产业体系。"),
                Category.WORK_REPORT);
        // Counter-example: news of the opening, no explainer, is session news.
        assertCategory(headed("县十八届人大四次会议开幕",
                "1月10日，县十八届人大四次会议正式开幕。县长某某代表县人民政府作政府工作报告。大会主席团常务主席主持会议。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeAStandingCommitteeNamedWithItsWorkReportForTheReportsAuthor() {
        assertCategory(headed("县乡换届选举全面完成",
                "某省人大常委会工作报告显示，一年来，常委会加强对县乡换届选举工作的指导，全省选民直接选举产生县乡两级人大代表8万余名。"),
                Category.WORK_REPORT);
        // Counter-example: the standing committee acting at a sitting is session news.
        assertCategory(headless("某省人大常委会1日举行第十次会议，审议了关于县乡换届选举工作情况的报告，表决通过了人事任免事项。"),
                Category.SESSION_NOTICE);
    }

    @Test
    void shouldTakeDeputiesHomeAfterTheSessionForNoSitting() {
        assertCategory(headed("我市全国人大代表返回某市",
                "3月12日，我市参加十四届全国人大三次会议的代表王某、李某，在圆满完成大会各项议程后，乘飞机返回某市。",
                "市人大常委会副主任、秘书长到机场迎接。王某代表接受记者采访时说，大会审议通过了政府工作报告，代表们提出了许多议案和建议。"),
                Category.OTHER);
        // Counter-example: deputies arriving for the session are news of it.
        assertCategory(headed("我市全国人大代表抵京",
                "3月3日，我市出席十四届全国人大三次会议的代表王某、李某抵达北京，入住驻地，准备参加大会。"),
                Category.SESSION_NOTICE);
    }
}
