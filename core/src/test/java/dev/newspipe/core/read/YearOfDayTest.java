package dev.newspipe.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YearOfDay is shared by the issue date and the session parser; its rules, read on their own. */
class YearOfDayTest {

    @Test
    void aFiveYearPlansLastOrFirstYearNamesTheYear() {
        // the 14th plan runs 2021–2025, the 13th 2016–2020 (known dates, not the formula's output)
        assertThat(YearOfDay.vote("今年是“十四五”规划收官之年，全市上下要再接再厉。", 3)).isEqualTo(2025);
        assertThat(YearOfDay.vote("今年是十四五规划开局之年。", 3)).isEqualTo(2021);
        assertThat(YearOfDay.vote("今年是十三五规划收官之年。", 3)).isEqualTo(2020);
        // counter-example: a page's cued years do not read the plan's year (it may be last year's)
        assertThat(YearOfDay.cuedVote("今年是十四五规划收官之年。", 3)).isNull();
    }

    @Test
    void aYearPlannedIsThisYearsOrNextYearsLateInTheYear() {
        assertThat(YearOfDay.vote("会议审议了2024年工作要点。", 1)).isEqualTo(2024);
        assertThat(YearOfDay.vote("会议审议了2024年工作要点。", 12)).isEqualTo(2023);
        // counter-example: a plan's execution is the year looked back on (last year's for a January meeting)
        assertThat(YearOfDay.vote("会议审查了2023年计划执行情况。", 1)).isEqualTo(2024);
    }

    @Test
    void aBareYearVotesForTheSessionButNotForThePage() {
        assertThat(YearOfDay.vote("2023年，全市经济平稳运行。", 1)).isEqualTo(2024);
        assertThat(YearOfDay.cuedVote("2023年，全市经济平稳运行。", 1)).isNull();
        assertThat(YearOfDay.cuedVote("全面回顾了2023年全市法院的工作。", 1)).isEqualTo(2024);
    }

    @Test
    void aFullDateWrittenShortlyAfterTheDayGivesItsYear() {
        assertThat(YearOfDay.nearFullDate(List.of(LocalDate.of(2022, 1, 17)), 12, 3)).isEqualTo(2021);
        assertThat(YearOfDay.nearFullDate(List.of(LocalDate.of(2022, 1, 17)), 1, 10)).isEqualTo(2022);
        // counter-example: more than half a year before the only full date written says nothing of its year
        assertThat(YearOfDay.nearFullDate(List.of(LocalDate.of(2000, 6, 1)), 10, 1)).isNull();
    }
}
