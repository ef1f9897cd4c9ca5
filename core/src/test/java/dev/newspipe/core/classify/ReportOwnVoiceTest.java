package dev.newspipe.core.classify;

import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headed;
import static dev.newspipe.core.classify.CongressWorkBesidesSittingTest.headless;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.Classification;
import org.junit.jupiter.api.Test;

/**
 * A work report speaks as its body (一年来，常委会…; 过去一年，我们…; 请予审议); news of the sitting that heard it has a
 * reporter (a dateline, 会议听取了…报告, 代表们). Hand-written texts in the genre's shapes, with counter-examples.
 */
class ReportOwnVoiceTest {

    private final ArticleClassifier classifier = new ArticleClassifier();

    private void assertCategory(Article article, Category expected) {
        Classification c = classifier.classify(article);
        assertThat(c.category()).as(c.toString()).isEqualTo(expected);
    }

    @Test
    void shouldFindTheReportsOwnVoice() {
        assertThat(ReportVoice.ownVoice("一年来，在省委的坚强领导下，省人大常委会坚持依法履职，共审议法规草案12件。")).isNotNull();
        assertThat(ReportVoice.ownVoice("过去一年，我们紧紧围绕全市中心工作，扎实推进各项任务。")).isNotNull();
        assertThat(ReportVoice.ownVoice("现将一年来的工作报告如下，请予审议。")).isNotNull();
        // a reporter tells the sitting, however much of the report follows
        assertThat(ReportVoice.ownVoice("本报讯 会议听取了市人大常委会工作报告。报告说，一年来，市人大常委会坚持依法履职。")).isNull();
        // a party committee's or the CPPCC's body reviewing its year is no congress's reporting body
        assertThat(ReportVoice.ownVoice("一年来，市委常委会坚持以人民为中心，推动各项工作取得新成效。")).isNull();
        assertThat(ReportVoice.ownVoice("一年来，市政协常委会紧紧围绕中心工作履职尽责。")).isNull();
    }

    @Test
    void shouldTakeAStandingCommitteesReportWithoutItsTitleForTheReport() {
        assertCategory(headless("一年来，在市委的坚强领导下，市人大常委会坚持依法履职，共召开常委会会议8次，审议法规草案6件，"
                        + "听取和审议专项工作报告12项，组织人大代表开展视察活动20余次。",
                "加强和改进代表工作，办理代表建议186件。"), Category.WORK_REPORT);
        assertCategory(headless("全国人大常委会工作报告称，一年来，全国人大常委会共审议法律案30件，通过其中20件。"), Category.WORK_REPORT);
    }

    @Test
    void shouldKeepNewsOfTheSittingAndOtherVoicesApart() {
        // session news that quotes the report at length
        assertCategory(headless("本报讯 3月12日上午，市十六届人大三次会议举行第二次全体会议，听取了市人大常委会工作报告。",
                "报告说，一年来，市人大常委会坚持依法履职，共审议法规草案6件。代表们认为，报告实事求是。"), Category.SESSION_NOTICE);
        // a deputy's speech in a group discussion: a deputy, not the reporting body (whatever else it is, no report)
        assertThat(classifier.classify(headless("“过去一年，我们县里的农村公路修到了家门口。”全国人大代表王某在代表团审议时说。",
                "她建议继续加大对乡村振兴的支持力度。")).category()).isNotEqualTo(Category.WORK_REPORT);
        // a party committee's report to its plenum
        assertCategory(headed("中共某某市委常委会工作报告", "一年来，市委常委会坚持以习近平新时代中国特色社会主义思想为指导，"
                + "团结带领全市党员干部群众，推动各项工作取得新成效。"), Category.OTHER);
        // a CPPCC standing committee's report
        assertCategory(headless("过去一年，市政协常委会紧紧围绕全市中心工作，认真履行政治协商、民主监督、参政议政职能，"
                + "共召开常委会会议6次，提交提案420件。"), Category.OTHER);
    }

    @Test
    void shouldTakeAPageHeadedByAReportsSectionForTheReport() {
        assertCategory(headed("2024年的主要工作", "一年来，市人民政府坚持稳中求进工作总基调，全市经济持续回升向好。"), Category.WORK_REPORT);
        assertCategory(headed("一、今年的主要任务", "今年是“十四五”规划收官之年，做好政府工作意义重大。"), Category.WORK_REPORT);
        // Counter-example: a headline that does something with the year's work is news of a meeting
        assertThat(classifier.classify(headed("市人大常委会部署2025年主要工作",
                "本报讯 1月8日，市人大常委会召开党组会议，研究部署2025年主要工作。")).category()).isNotEqualTo(Category.WORK_REPORT);
    }
}
