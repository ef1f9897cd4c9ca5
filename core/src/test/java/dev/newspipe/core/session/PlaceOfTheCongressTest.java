package dev.newspipe.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.SessionInfo;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The place of a congress whose full name the text writes with its level alone (县第十七届人民代表大会, 州十四届人民代表大会)
 * or with a county's own name the gazetteer files under another (景东县 for 景东彝族自治县, a county since made a city).
 */
class PlaceOfTheCongressTest {

    private final SessionParser parser = new SessionParser();

    private static Article article(String headline, String... paragraphs) {
        return Article.of(null, headline, null, List.of(paragraphs), LocalDate.of(2024, 1, 20), null);
    }

    @Test
    void shouldTakeThePrefectureTheTextWritesForAStateAlone() {
        SessionInfo info = parser.parse(article("州十五届人民代表大会第三次会议闭幕",
                "1月19日下午,州十五届人民代表大会第三次会议完成各项议程后闭幕。",
                "甘孜州各族干部群众高度关注大会。会议选举产生了甘孜州出席省人民代表大会的代表。")).orElseThrow();
        assertThat(info).extracting(SessionInfo::body, SessionInfo::level, SessionInfo::session)
                .containsExactly("甘孜州第十五届人民代表大会", SessionInfo.Level.CITY, 3);
    }

    @Test
    void shouldNameAnAutonomousPrefectureInFullWhenTheTextWritesItsLevelSo() {
        SessionInfo info = parser.parse(article("白族人民实现区域自治",
                "新华社昆明电 大理白族自治州人民委员会已在闭幕的自治州第一届人民代表大会第一次会议上选举产生。")).orElseThrow();
        assertThat(info).extracting(SessionInfo::body, SessionInfo::level)
                .containsExactly("大理白族自治州第一届人民代表大会", SessionInfo.Level.CITY);
    }

    @Test
    void shouldKeepTheCountyAsWrittenBeforeItsTerm() {
        Article delegation = article("镇代表团审议政府工作报告",
                "2月15日下午,出席景东县第十七届人民代表大会第一次会议的文龙镇代表团举行讨论会。",
                "会议审议了云南省景东彝族自治县有关条例草案。");
        assertThat(parser.parse(delegation).orElseThrow().body()).isEqualTo("景东县第十七届人民代表大会");
        Article renamed = article("县第十七届人民代表大会第二次会议闭幕",
                "1月20日,黔西县第十七届人民代表大会第二次会议闭幕。和县直部门负责人列席会议。");
        assertThat(parser.parse(renamed).orElseThrow().body()).as("the county by its name then, not a county a word spells")
                .isEqualTo("黔西县第十七届人民代表大会");
    }

    @Test
    void shouldLeaveTheLevelAsWrittenWhenNoPlaceIsEvident() {
        assertThat(parser.parse(article("县第十八届人民代表大会第二次会议公告", "县第十八届人民代表大会第二次会议于2024年1月18日开幕。")))
                .get().extracting(SessionInfo::body, SessionInfo::level).containsExactly("县第十八届人民代表大会", SessionInfo.Level.COUNTY);
    }

    @Test
    void shouldNotTakeACountyOfOneCharacterReadIntoAWord() {
        Article report = article("政府工作报告",
                "——在县第十届人民代表大会第四次会议上", "在市委、市政府和县委的正确领导下,全县经济平稳发展。");
        assertThat(parser.parse(report).orElseThrow().body()).isEqualTo("县第十届人民代表大会");
    }
}
