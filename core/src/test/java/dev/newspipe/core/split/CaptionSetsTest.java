package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written gallery pages and runs of △-marked captions and briefs, each rule with a counter-example (see
 * {@link CaptionSets}).
 */
class CaptionSetsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldGiveEachCaptionOfAGalleryOfOneDayAnItem() {
        List<Article> articles = splitter.split("""
                3月8日，某省代表团举行全体会议，审议最高人民法院工作报告。这是代表在会上发言。新华社记者 王五 摄
                3月8日，某省代表团举行全体会议，审议最高人民法院工作报告。这是代表认真阅读报告。新华社记者 赵六 摄
                3月8日上午，某省代表团举行全体会议。这是代表团团长主持会议。记者 钱七/摄
                3月8日，某省代表团举行全体会议。这是代表在会后接受记者采访。（本报记者 孙八 攝） 某某社圖片
                """);
        assertThat(articles).hasSize(4);
        assertThat(articles.get(1).paragraphs().get(0)).contains("这是代表认真阅读报告");
        assertThat(articles.get(3).paragraphs()).hasSize(1);
        assertThat(articles.get(3).paragraphs().get(0)).contains("这是代表在会后接受记者采访");
    }

    @Test
    void shouldReadAnAgencysIssuedPhotoAsACaptionCredit() {
        // 中新社发 某某 摄: a photo the agency issued, credited to its photographer without the word 记者
        List<Article> articles = splitter.split("""
                3月12日上午，某届全国人民代表大会某次会议举行第三次全体会议。这是代表步入会场。中新社发 王五 摄
                3月12日，某届全国人民代表大会某次会议举行第三次全体会议。这是部长在会上。中新社发 赵六 摄
                3月12日，某届全国人民代表大会某次会议举行第三次全体会议。这是委员列席会议。新华社发 钱七 摄
                3月12日，某届全国人民代表大会某次会议在人民大会堂举行第三次全体会议。中新社发 孙八 摄
                """);
        assertThat(articles).hasSize(4);
        // counter-example: a sentence about an agency that published a photo someone took is no credit
        assertThat(CaptionSets.endsWithCaptionCredit("3月12日，某报社发表了一组由市民拍摄")).isFalse();
    }

    @Test
    void shouldKeepAGalleryCaptionTheStoreCutAsAnItem() {
        List<Article> articles = splitter.split("""
                3月5日，北京，某代表团步入人民大会堂。记者 王五/摄
                3月5日上午，北京，代表们在会前交流。记者 王五/摄
                3月6日，北京，某代表团举行全体会议。记者 赵六/摄
                3月7日，北京，记者会上，发言人回答记者提问。记者 赵六/摄
                3月7日，北京人民大会堂新闻发布厅，全国政协委
                """);
        assertThat(articles).hasSize(5);
        assertThat(articles.get(4).paragraphs().get(0)).startsWith("3月7日，北京人民大会堂");
    }

    @Test
    void shouldKeepASentenceAboutWhoTookAPhotoFromEndingACaption() {
        // 由记者王五拍摄 tells who took the photo: no credit, so the layout's break inside the sentence is joined
        List<Article> articles = splitter.split("""
                3月5日，这张照片由本报记者王五拍摄
                ，记录了代表们步入会场的场景。
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).hasSize(1);
    }

    @Test
    void shouldKeepTwoOrThreeCaptionsOfOneEventAsOneItem() {
        // a photo report (组图) of two or three photos illustrates one story: no gallery
        List<Article> articles = splitter.split("""
                1月24日，某省第十二届人民代表大会第四次会议在某市开幕。 记者 王五 摄
                1月24日，代表认真阅读政府工作报告。 记者 王五 摄
                1月24日，代表步出会场。 记者 赵六 摄
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldKeepACaptionCreditFromGluingTheNextCaptionOn() {
        // the credit ends the caption, though no 。 follows it: the next line is another caption, not its continuation
        List<Article> articles = splitter.split("""
                3月5日，某省代表团举行全体会议。这是代表在会上发言。记者 李四/摄
                3月6日，某省代表团举行小组会议。这是代表在讨论中发言。记者 李四/摄
                """);
        assertThat(articles).flatExtracting(Article::paragraphs).hasSize(2);
    }

    @Test
    void shouldGiveEachMarkedCaptionOfARunAnItem() {
        List<Article> articles = splitter.split("""
                春天的瞬间

                △3月5日清晨，人民大会堂内摆放整齐的报告静静等待。
                △会前，代表们步入会场，东大厅一时间人流涌动。
                △铃声响起，工作人员拉起幕帘，大会即将开始。
                △会后，广场上阳光正好。
                """);
        assertThat(articles).hasSize(4);
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("△会前");
        assertThat(articles.get(3).paragraphs().get(0)).startsWith("△会后");
    }

    @Test
    void shouldGiveEachMarkedBriefOfABriefsColumnAnItem() {
        List<Article> articles = splitter.split("""
                短波

                △全省联席会议制度已全面实行。截至目前，已有十个地市建立了制度。
                △某厂职工子弟获全国作文比赛优秀奖。他是该厂职工的孩子。
                △某市工会举办职工读书活动，共有两千人参加。
                """);
        assertThat(articles).hasSize(3);
        assertThat(articles.get(2).paragraphs().get(0)).startsWith("△某市工会");
    }

    @Test
    void shouldKeepADiaryWithTimesOfDayMarkedHereAndThereAsOneText() {
        // a diary marks a time of day before a paragraph now and then: never three marks one after another
        List<Article> articles = splitter.split("""
                某人日记

                △早四时半醒，作外功，从容不迫。
                又思索前日所读，深有所感。
                △四时客人来访，闲谈许久。
                △晚饭后看报至九时睡。
                是日游山人多。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldKeepAMarkedPhotoInsideAnArticleInTheArticle() {
        // a caption of the article's own photo between its paragraphs is no item of its own
        List<Article> articles = splitter.split("""
                某市人大常委会开展执法检查

                本报讯 近日，某市人大常委会执法检查组深入企业，检查安全生产法贯彻实施情况。
                △检查组在企业车间察看安全设施。
                检查组指出，要压实企业主体责任，切实保障职工生命安全。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldGiveTheCreditsUnderAWebArticleToTheArticle() {
        // a source line and an editor credit (traditional script) under the last caption close it: no article of their own
        List<Article> articles = splitter.split("""
                某市召開人大常委會會議

                本報訊 近日，某市人大常委會召開第十次會議，審議了有關報告。

                會議還審議了人事任免事項。

                (來源:某某新聞)

                責任編輯: 王小明
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).contains("責任編輯: 王小明");
    }

    @Test
    void shouldKeepAnUntitledItemUnderASourceLineThatHasSentences() {
        // a source line over text with sentences heads an item of its own (a wire item without a headline)
        List<Article> articles = splitter.split("""
                某市召開人大常委會會議

                本報訊 近日，某市人大常委會召開第十次會議，審議了有關報告。

                (來源:某某新聞)

                又電 某市人大常委會當日下午舉行專題講座，常委會組成人員參加學習。
                """);
        assertThat(articles).hasSize(2);
    }

    @Test
    void shouldGiveEachCaptionOfAGalleryWithCreditLinesAnItemEvenWordForWordTheSame() {
        // a gallery that prints each caption over a credit line of its own; photos of one moment share their words
        List<Article> articles = splitter.split("""
                3月4日，某届全国人大某次会议在人民大会堂举行新闻发布会。大会发言人回答中外记者提问。
                新华社记者 王五 摄

                3月4日，某届全国人大某次会议在人民大会堂举行新闻发布会。大会发言人回答中外记者提问。
                新华社记者 王五 摄

                3月4日晚，某届全国人大某次会议在人民大会堂举行新闻发布会。大会发言人回答中外记者提问。
                这是记者在分会场采访。
                新华社记者 赵六 摄

                3月4日，某届全国人大某次会议在人民大会堂举行新闻发布会。大会发言人回答中外记者提问。
                新华社记者 王五 摄
                """);
        assertThat(articles).hasSize(4);
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("3月4日，某届全国人大");
        assertThat(articles.get(2).paragraphs()).contains("这是记者在分会场采访。");
    }

    @Test
    void shouldKeepAnArticleWithOnePhotoAndItsCreditLineAsOneText() {
        // counter-example: one dated caption with its credit line between an article's dated paragraphs is its photo
        List<Article> articles = splitter.split("""
                某市人大常委会召开主任会议

                3月4日，某市人大常委会召开主任会议，研究本次常委会会议议程。
                本报记者 王五 摄
                3月4日上午的会议听取了关于法规草案修改情况的汇报。
                会议还研究了其他事项。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldKeepACreditedCaptionPrintedTwiceInARowAsTwoPhotos() {
        List<Article> articles = splitter.split("""
                3月2日，某届全国人大某次会议即将召开，记者在新闻中心工作。（某某社記者 王五 攝） 某某社圖片
                3月2日，某届全国人大某次会议即将召开，记者在新闻中心工作。（某某社記者 王五 攝） 某某社圖片
                3月2日，某届全国人大某次会议即将召开，记者在新闻中心工作。（某某社記者 王五 攝） 某某社圖片
                3月2日，某届全国人大某次会议即将召开，新闻发布厅已准备就绪。（某某社記者 王五 攝） 某某社圖片
                """);
        assertThat(articles).hasSize(4);
        // counter-example: a paragraph of prose the extraction printed twice in a row is printed once
        List<Article> doubled = splitter.split("""
                某市人大常委会举行会议
                会议审议了关于某某条例的议案，决定提请市人民代表大会审议。
                会议审议了关于某某条例的议案，决定提请市人民代表大会审议。
                """);
        assertThat(doubled).hasSize(1);
        assertThat(doubled.get(0).paragraphs()).hasSize(1);
    }
}
