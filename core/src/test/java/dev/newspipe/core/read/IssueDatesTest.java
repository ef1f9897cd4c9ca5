package dev.newspipe.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IssueDatesTest {

    private static final LocalDate COPIED = LocalDate.of(2026, 11, 22);

    private static LocalDate read(String text) {
        return IssueDates.fromText(text, COPIED).map(IssueDates.Found::date).orElse(null);
    }

    @Test
    void shouldPreferTheDatelineOverDatesTheArticleCitesOrAnnounces() {
        assertThat(read("""
                市委经济工作会议举行
                本报讯(记者 李明璇)1月7日,市委经济工作会议举行。会议指出,2025年,市委围绕总目标扎实推进各项工作。
                2026年“两节”展演启幕
                本报讯(记者 崔莉英)6日,展演在太原启幕。剧目将于2月23日、24日在太原演出。截至2024年11月20日,实事全部完成。
                """)).isEqualTo(LocalDate.of(2026, 1, 7));
    }

    @Test
    void shouldTakeTheYearOfAMonthAndDayFromAYearPrintedElsewhere() {
        assertThat(read("""
                1月22日上午，市十六届人大六次会议主席团举行第四次会议。
                会议审议了2025年工作要点。
                """)).isEqualTo(LocalDate.of(2025, 1, 22));
    }

    @Test
    void shouldReadAYearAReportReviewsOrPlansAgainstTheMonthOfItsDay() {
        // a January report that reviews 2025 is of 2026 (it was the latest year printed, so 2025 was read)
        assertThat(read("""
                1月22日上午，市十六届人大六次会议主席团举行第四次会议。
                会议全面回顾了2025年全市各项工作。
                """)).isEqualTo(LocalDate.of(2026, 1, 22));
        // counter-example: a bare year (neither planned nor reviewed) is read as before, the latest year printed
        assertThat(read("""
                1月22日上午，市十六届人大六次会议主席团举行第四次会议。
                会议听取了2025年工作情况的汇报。
                """)).isEqualTo(LocalDate.of(2025, 1, 22));
        // a December meeting that plans 2026 sits in 2025
        assertThat(read("""
                本报讯(记者 王芳)12月15日,市人大常委会召开主任会议,研究了市人大常委会2026年工作要点。
                """)).isEqualTo(LocalDate.of(2025, 12, 15));
        // a year's key tasks (重点工作) are planned, in traditional script too; a year's plan is one though written 年度
        assertThat(read("""
                12月10日下午,縣第十六屆人民代表大會第一次會議開幕。報告分三個部分,三是2012年重點工作。
                """)).isEqualTo(LocalDate.of(2011, 12, 10));
        assertThat(read("""
                1月8日下午,区十五届人大常委会召开第22次会议,审议纳入2015年度国民经济和社会发展计划的项目。
                """)).isEqualTo(LocalDate.of(2015, 1, 8));
        // counter-example: a plan's execution is a year reviewed, not one planned (a December report on 2025 is of 2025)
        assertThat(read("""
                本报讯(记者 王芳)12月15日,会议听取了关于2025年国民经济和社会发展计划执行情况的报告。
                """)).isEqualTo(LocalDate.of(2025, 12, 15));
        // counter-example: a budget adjusted in December is the year's own, not next year's plan
        assertThat(read("""
                本报讯(记者 王芳)12月29日,市人大常委会会议批准了2022年市本级财政预算调整方案。
                """)).isEqualTo(LocalDate.of(2022, 12, 29));
        // counter-example: the next report on the page reviews its own year, which the first report's day does not take
        assertThat(read("""
                本报讯(记者 王芳)1月7日,市委经济工作会议举行,部署2026年目标任务。
                2025年全市经济运行平稳
                据统计,2025年全市生产总值增长5.2%。
                """)).isEqualTo(LocalDate.of(2026, 1, 7));
    }

    @Test
    void shouldTakeTheYearOfADayFromAFullDateWrittenShortlyAfterIt() {
        // a December meeting that fixes the session for 2022年1月17日 sat in 2021, though 2022 is the latest year printed
        assertThat(read("""
                12月3日上午,省十三届人大常委会第二十七次会议在长沙闭幕。会议决定,2022年1月17日召开省十三届人大五次会议。
                """)).isEqualTo(LocalDate.of(2021, 12, 3));
        // a web page's posting line (2021-12-06 21:48) dates its lead's 12月6日
        assertThat(read("""
                2021-12-06 21:48 来源:新甘肃
                新甘肃客户端金昌12月6日讯 今天上午,市九届人大一次会议开幕,审查了2022年国民经济和社会发展计划草案。
                """)).isEqualTo(LocalDate.of(2021, 12, 6));
        // counter-example: a date cited long before the day (截至…) gives it no year
        assertThat(read("""
                本报讯(记者 王芳)1月7日,会议举行,部署2026年目标任务。截至2024年11月20日,10件民生实事全部完成。
                """)).isEqualTo(LocalDate.of(2026, 1, 7));
    }

    @Test
    void shouldFindTheDatelineAfterTheLeadsOpeningPhrase() {
        assertThat(read("""
                本报讯（记者 李雪峰）凝聚力量谋发展，担当实干谱新篇。2月15日上午，大同市第十六届人民代表大会第五次会议隆重开幕。
                报告分三部分：一、2024年工作回顾；二、2025年工作安排。截至2024年11月20日，10件民生实事全部完成。
                """)).isEqualTo(LocalDate.of(2025, 2, 15));
    }

    @Test
    void shouldNotTakeASessionNumberForAYear() {
        assertThat(read("1月22日上午，市十六届人大六次会议主席团举行第四次会议。")).isNull();
    }

    @Test
    void shouldTakeTheLatestFullDateWhenNoLeadIsDated() {
        assertThat(read("""
                大同市第十六届人民代表大会第六次会议于2026年1月22日选举出委员2人。
                现予公告
                大同市第十六届人民代表大会第六次会议主席团
                2026年1月22日
                本决议自2025年12月1日起施行。
                """)).isEqualTo(LocalDate.of(2026, 1, 22));
    }

    @Test
    void shouldSkipDatesAfterTheFileWasWritten() {
        assertThat(IssueDates.fromText("会议于2025年3月5日开幕，到2035年12月31日基本实现现代化。", COPIED))
                .map(IssueDates.Found::date).contains(LocalDate.of(2025, 3, 5));
    }

    @Test
    void shouldReadChineseNumeralsAndWebDateLines() {
        assertThat(read("二〇二六年一月二十二日")).isEqualTo(LocalDate.of(2026, 1, 22));
        assertThat(read("长治市人大常委会召开主任会议\n2024-03-25 10:20 来源：长治日报\n会议强调，要做好2024年各项工作。"))
                .isEqualTo(LocalDate.of(2024, 3, 25));
        assertThat(read("新华社北京3月5日电 第十四届全国人民代表大会第三次会议5日上午开幕。2025年政府工作任务是")).isEqualTo(LocalDate.of(2025, 3, 5));
    }

    @Test
    void shouldTakeTheEditionHeadersDateBeforeAnyDateline() {
        assertThat(read("""
                1997年6月5日人民日报 第4版
                第4版(要闻)
                新华社北京六月三日电(记者朱治德)国务院港澳办副主任今天会见澳门客人。澳门将于1999年12月20日回归。
                """)).isEqualTo(LocalDate.of(1997, 6, 5));
        assertThat(read("""
                2024年3月5日 星期二 第A03版 要闻 责任编辑：王明
                本报讯(记者 李明)3月4日,会议举行。
                """)).isEqualTo(LocalDate.of(2024, 3, 5));
        // a date in a sentence that names a page is no header
        assertThat(read("""
                本报讯(记者 李明)2026年1月7日,会议举行。
                据2026年1月30日本报第3版报道,全年各项任务已经全部完成,各项工作顺利推进并取得实效。
                """)).isEqualTo(LocalDate.of(2026, 1, 7));
        // nor is a short citation below the page's first lines
        assertThat(read("""
                本报讯(记者 李明)2026年1月7日,会议举行。
                会议听取了工作报告。
                会议审议了有关事项。
                会议强调,要扎实推进各项工作。
                会议要求,各部门要抓好落实。
                会议号召,全市上下要团结一心。
                会议指出,成绩来之不易。
                （原载2025年3月5日人民日报第4版）
                """)).isEqualTo(LocalDate.of(2026, 1, 7));
    }
}
