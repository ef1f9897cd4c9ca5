package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headline of a numbered meeting held, between two items. Hand-written lines in the genre's shapes. */
class MeetingHeadlinesTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldKnowTheHeadlineOfANumberedMeetingHeld() {
        assertThat(MeetingHeadlines.reportsMeetingHeld("某市六届人大常委会举行第三十二次会议")).isTrue();
        assertThat(MeetingHeadlines.reportsMeetingHeld("某镇召开第十八届人民代表大会第一次会议")).isTrue();
        assertThat(MeetingHeadlines.reportsMeetingHeld("某县政协十一届五次会议闭幕 某某当选政协主席")).isTrue();
        // a meeting's name alone (a yearbook's subhead), a dated chronicle entry, a task
        assertThat(MeetingHeadlines.reportsMeetingHeld("某市六届人大常委会第三十二次会议")).isFalse();
        assertThat(MeetingHeadlines.reportsMeetingHeld("3月5日 十四届全国人大二次会议开幕")).isFalse();
        assertThat(MeetingHeadlines.reportsMeetingHeld("认真开好每一次常委会会议")).isFalse();
    }

    @Test
    void shouldTellTheSameEventPrintedAgainFromAnotherEventOfTheSession() {
        assertThat(MeetingHeadlines.sameEvent("某区三届人大二次会议主席团举行第一次会议 某某主持", "某市某区第三届人民代表大会第二次会议主席团举行第一次会议"))
                .isTrue();
        assertThat(MeetingHeadlines.sameEvent("某区三届人大二次会议开幕", "某区三届人大二次会议闭幕")).isFalse();
    }

    @Test
    void shouldStartTheNextMeetingsNewsOnADoubleSpacedPage() {
        List<Article> articles = splitter.split("""
                某县人大代表视察民生实事项目

                6月5日，部分县人大代表视察了全县民生实事项目推进情况。

                代表们对项目进展给予肯定，并提出了意见建议。

                某县十七届人大常委会举行第十二次会议

                会议听取和审议了县人民政府关于民生实事项目推进情况的报告。

                会议表决通过了有关人事任免事项。
                """);

        assertThat(articles).extracting(Article::title)
                .containsExactly("某县人大代表视察民生实事项目", "某县十七届人大常委会举行第十二次会议");
    }

    @Test
    void shouldKeepTheHeadlinePrintedAgainInItsArticle() {
        List<Article> articles = splitter.split("""
                某区三届人大二次会议主席团举行第一次会议 某某主持

                1月5日下午，区三届人大二次会议主席团举行第一次会议。

                某市某区第三届人民代表大会第二次会议主席团举行第一次会议

                会议表决通过了大会日程和执行主席分组名单。
                """);

        assertThat(articles).hasSize(1);
    }
}
