package dev.newspipe.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.SessionInfo;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts: a township's news names its congress by the township alone, at the start of a clause or before
 * the verb that convenes it; a township the gazetteer lists is then the congress's place, at township level.
 */
class TownshipByItsListedNameTest {

    private final SessionParser parser = new SessionParser();

    @Test
    void shouldNameATownshipsCongressWrittenAloneAtTheStartOfAClause() {
        Article news = Article.of(null, null, null, List.of(
                "3月2日，醪桥镇第七届人民代表大会第二次会议胜利召开，来自全镇的代表出席会议。"), LocalDate.of(2023, 3, 3), null);
        SessionInfo info = parser.parse(news).orElseThrow();
        assertThat(info.body()).isEqualTo("醪桥镇第七届人民代表大会");
        assertThat(info.level()).isEqualTo(SessionInfo.Level.TOWNSHIP);
    }

    @Test
    void shouldNameATownshipThatConvenesItsCongress() {
        Article news = Article.of(null, null, null, List.of(
                "1月5日，孟村镇召开第二十届人民代表大会第三次会议。镇长作政府工作报告。"), LocalDate.of(2024, 1, 6), null);
        SessionInfo info = parser.parse(news).orElseThrow();
        assertThat(info.body()).isEqualTo("孟村镇第二十届人民代表大会");
        assertThat(info.level()).isEqualTo(SessionInfo.Level.TOWNSHIP);
        // a body convening a congress is no township: the county's congress as before
        Article county = Article.of(null, null, null, List.of(
                "1月5日，县人大常委会召开第十八届人民代表大会筹备会议。"), LocalDate.of(2024, 1, 6), null);
        assertThat(parser.parse(county).map(SessionInfo::level).orElse(null)).isNotEqualTo(SessionInfo.Level.TOWNSHIP);
    }
}
