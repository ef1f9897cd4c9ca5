package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written pages of headless news items each opened by its day (a city TV station's day of news, a district's
 * briefs), and the counter-examples: one story told day by day (see {@link ChronicleEntries#dayItemsOfRuns}).
 */
class DayItemsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldReadEachDayOpenedParagraphOfAHeadlessPageAsAnItem() {
        List<Article> articles = splitter.split("""
                5日上午,市交警大队出动警力对火车站广场停车秩序开展集中整治,处罚违停车辆四十余辆。
                5日下午,某镇举办迎新春文艺汇演,群众自编自演的节目轮番上演。
                5日,市长带领民政部门负责人走访慰问困难群众,送去新春祝福。
                区教育局日前召开全区中小学心理健康教育研讨会,二百余人参加。
                """);
        assertThat(articles).hasSize(4);
        for (String start : List.of("5日上午", "5日下午", "5日,市长", "区教育局")) {
            assertThat(articles).as(start).filteredOn(a -> text(a).startsWith(start)).hasSize(1);
        }
    }

    @Test
    void shouldReadTheItemsUnderALineThatNamesNoneOfTheirEvents() {
        // a photographer's credit left over the day's items by the page's store names no event of them
        List<Article> articles = splitter.split("""
                张三 摄 | 某山风光
                昨天上午,市食品药品安全办公室组织节前食品安全联合检查,查看商超十三家。
                昨天下午,市广播电视台召开春节联欢晚会工作动员大会,晚会将于下周举行。
                近日,某乡组织各村集中清理乱堆乱放,村容村貌明显改善。
                """);
        assertThat(articles).hasSize(3);
    }

    @Test
    void shouldKeepAStoryToldDayByDayUnderTheHeadlineThatNamesIt() {
        assertThat(splitter.split("""
                县人大代表视察民生工程
                5日上午,人大代表们来到县医院新院区建设工地,察看工程进度。
                5日下午,视察组察看了城区污水管网改造情况,听取有关部门汇报。
                6日,座谈会上代表们就加快工程建设提出了意见和建议。
                """)).hasSize(1);
    }

    @Test
    void shouldKeepAHeadlessStoryWhoseLeadIsUndatedOrWhoseDaysNameOneSubject() {
        assertThat(splitter.split("""
                本报讯 某镇第十届人民代表大会第三次会议于5日至6日在镇政府礼堂举行。
                5日上午,大会隆重开幕,镇长作政府工作报告。
                5日下午,代表们分组审议政府工作报告和财政预算报告。
                6日上午,大会选举产生新一届镇人民政府领导班子,并胜利闭幕。
                """)).hasSize(1);
        assertThat(splitter.split("""
                5日上午,某市代表团举行全体会议,审议政府工作报告。
                5日下午,某市代表团举行小组会议,审议计划报告。
                6日上午,某市代表团举行全体会议,审议预算报告。
                """)).hasSize(1);
    }

    @Test
    void shouldTellTheDayAnItemOpensWith() {
        assertThat(List.of("19日,某市长发表年度市情咨文。", "昨天下午,某局召开会议。", "某局日前召开会议。", "12月27日,团区委举行知识竞赛。"))
                .allMatch(ChronicleEntries::opensWithItemDay);
        assertThat(ChronicleEntries.opensWithItemDay("会议指出,要加强领导。")).isFalse();
        // two day-opened paragraphs are no run
        assertThat(ChronicleEntries.dayItemsOfRuns(List.of("5日,某事发生。", "6日,另一事发生。"))).isEmpty();
    }

    /** An item's text, its paragraphs run together (an article without headline is read by its first words). */
    private static String text(Article article) {
        return String.join("", article.paragraphs());
    }
}
