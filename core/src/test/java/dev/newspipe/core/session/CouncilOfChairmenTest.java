package dev.newspipe.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.SessionInfo;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts: a standing committee's council of chairmen is written 主任会议 locally and 委员长会议 nationally
 * (the national committee is chaired by its 委员长), and a council that prepares a committee meeting is the article's
 * meeting when the lead names it first.
 */
class CouncilOfChairmenTest {

    private final SessionParser parser = new SessionParser();

    @Test
    void shouldReadTheNationalCouncilOfChairmen() {
        Article news = Article.of(null, "委员长会议举行", null, List.of(
                "某某11日在人民大会堂主持召开十三届全国人大常委会第三十次委员长会议，决定十三届全国人大常委会第十九次会议6月下旬在京举行。"),
                LocalDate.of(2020, 5, 12), null);
        assertThat(parser.parse(news).orElseThrow()).extracting(SessionInfo::body, SessionInfo::session, SessionInfo::meeting)
                .containsExactly("第十三届全国人民代表大会常务委员会", null, "第三十次委员长会议");
    }

    @Test
    void shouldTakeTheCouncilTheLeadNamesBeforeTheCommitteeMeetingItPrepares() {
        Article news = Article.of(null, "市人大常委会召开主任会议", null, List.of(
                "昨天，市人大常委会召开第四十二次主任会议。会议决定，市十六届人大常委会第十八次会议于下月举行。"),
                LocalDate.of(2021, 3, 9), null);
        assertThat(parser.parse(news).orElseThrow()).extracting(SessionInfo::body, SessionInfo::session, SessionInfo::meeting)
                .containsExactly("市第十六届人民代表大会常务委员会", null, "第四十二次主任会议");
        // the committee's own meeting named twice, with and without its term: that meeting
        Article same = Article.of(null, "市人大常委会第十八次会议闭幕", null, List.of(
                "市十六届人大常委会第十八次会议今天闭幕。"), LocalDate.of(2021, 4, 9), null);
        assertThat(parser.parse(same).orElseThrow().meeting()).isEqualTo("第十八次会议");
    }
}
