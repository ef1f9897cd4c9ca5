package dev.newspipe.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The later time of a sitting told as history, looked for only before each 年: the finds {@code Matcher.find} gives. */
class HistoryTest {

    private static final String LEAD = "1954年9月15日，第一届全国人民代表大会第一次会议在北京开幕。\n";

    @Test
    void shouldFindALaterYearOrDecadeWhereverItsYearStands() {
        assertThat(History.toldAsHistory(LEAD + "1979年以来，地方人大陆续设立常务委员会。")).isEqualTo("1954年 … 1979年以来");
        assertThat(History.toldAsHistory(LEAD + "此后多年，上世纪80年代起，制度得到恢复。")).isEqualTo("1954年 … 上世纪80年代");
        // two years side by side (1960年1970年后): the second is tried from its own 年, not skipped
        assertThat(History.toldAsHistory(LEAD + "代表们回忆1960年1970年后的变化。")).isEqualTo("1954年 … 1970年后");
    }

    @Test
    void shouldSkipYearsTooEarlyOrAimedAtAndGoOnLooking() {
        // 1958年后 is too early (not ten years later), 到1990年后 is a plan's aim: the find after them counts
        assertThat(History.toldAsHistory(LEAD + "1958年后会议少开，到1990年后再说；1982年以来逐步健全。")).isEqualTo("1954年 … 1982年以来");
        assertThat(History.toldAsHistory(LEAD + "1958年后会议少开，力争到1990年后完成。")).isNull();
        // a year right at the start of what follows the lead, and one at the very end of the text
        assertThat(History.toldAsHistory("1954年9月15日，第一届全国人民代表大会1980年以来")).isEqualTo("1954年 … 1980年以来");
        assertThat(History.toldAsHistory(LEAD + "此后到了2000年")).isNull();
    }

    @Test
    void shouldLookForTheDatedLeadInTheFirstThreeParagraphsOnly() {
        assertThat(History.toldAsHistory("编者按\n\n" + LEAD + "1979年以来，地方人大陆续设立常务委员会。")).isEqualTo("1954年 … 1979年以来");
        assertThat(History.toldAsHistory("编者按\n说明\n图片\n" + LEAD + "1979年以来，地方人大陆续设立常务委员会。")).isNull();
    }
}
