package dev.newspipe.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.SessionInfo;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A municipality (北京市, 上海市) writes its congress as a 市's, but is a province by level: hand-written texts. */
class MunicipalitySessionTest {

    private final SessionParser parser = new SessionParser();

    @Test
    void shouldNameAMunicipalitysStandingCommitteeFromItsShortFormAndGiveItProvinceLevel() {
        Article news = Article.of(null, "市人大常委会举行主任会议", null,
                List.of("记者从天津市人大常委会获悉，市十六届人大常委会第九次会议将于下月召开。天津市人大常委会主任主持会议。"),
                LocalDate.of(2024, 5, 10), null);
        SessionInfo info = parser.parse(news).orElseThrow();
        assertThat(info.body()).isEqualTo("天津市第十六届人民代表大会常务委员会");
        assertThat(info.level()).isEqualTo(SessionInfo.Level.PROVINCE);
    }

    @Test
    void shouldGiveAMunicipalitysCongressProvinceLevelWhenItsNameIsTakenFromTheText() {
        Article news = Article.of(null, "市十五届人大二次会议开幕", null,
                List.of("上海市第十五届人民代表大会第二次会议今天上午开幕。"), LocalDate.of(2019, 1, 28), null);
        SessionInfo info = parser.parse(news).orElseThrow();
        assertThat(info.body()).isEqualTo("上海市第十五届人民代表大会");
        assertThat(info.level()).isEqualTo(SessionInfo.Level.PROVINCE);
    }

    @Test
    void shouldNotTakeTheCapitalNamedAsAPlaceForACitysCongress() {
        Article news = Article.of(null, "市十六届人大五次会议开幕", null,
                List.of("大同市第十六届人民代表大会第五次会议开幕。代表们赴北京考察，北京的经验值得学习。"), LocalDate.of(2025, 1, 20), null);
        SessionInfo info = parser.parse(news).orElseThrow();
        assertThat(info.body()).isEqualTo("大同市第十六届人民代表大会");
        assertThat(info.level()).isEqualTo(SessionInfo.Level.CITY);
    }
}
