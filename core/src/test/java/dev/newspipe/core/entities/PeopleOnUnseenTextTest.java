package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Hand-written sentences in the genre's style for the people rules that lift recall on text the rules were not
 * written from: the surname table, the national leaders' names, the contexts of names, each with a counter-example.
 */
class PeopleOnUnseenTextTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldReadSurnamesOfTheModernPopulationLists() {
        assertThat(extractor.extract("县人大常委会副主任衣红梅主持会议。县政协副主席虎明远出席。").people())
                .containsExactly("衣红梅", "虎明远");
        // counter-example: a surname's character in running text without a name's context
        assertThat(extractor.extract("会议要求，初步方案要涂改清楚。").people()).isEmpty();
    }

    @Test
    void shouldNameANationalLeaderWhateverStandsAroundTheName() {
        assertThat(extractor.extract("会议深入学习习近平在座谈会上的重要讲话。开幕会汪洋作工作报告。").people())
                .containsExactly("习近平", "汪洋");
        // counter-examples: a doctrine opened by the name, and a longer name that opens with a leader's two characters
        assertThat(extractor.extract("坚持以习近平新时代中国特色社会主义思想为指导。一片汪洋大海。").people()).isEmpty();
    }

    @Test
    void shouldReadNamesStandingAloneInACredit() {
        assertThat(extractor.extract("县人代会闭幕\n会议选举产生了新一届领导班子。(李红梅 赵立新)\n").people())
                .containsExactly("李红梅", "赵立新");
        assertThat(extractor.extract("会议闭幕\n会议现场(陈光明 摄)\n记者 王海 张晓东 文 周立 图\n").people())
                .containsExactlyInAnyOrder("陈光明", "王海", "张晓东", "周立");
        // counter-examples: words in a bracket and on a line that are no names
        assertThat(extractor.extract("会议闭幕\n坚持高质量 高标准\n推进(高效 协同)发展。").people()).isEmpty();
    }

    @Test
    void shouldTakeCharactersOfWordsOfOfficeInAGivenNameWhereTheyMakeNoSuchWord() {
        assertThat(extractor.extract("执行主席是王立新、胡书平、李明、张院生、孙伟年。副县长周代明主持会议。").people())
                .containsExactly("王立新", "胡书平", "李明", "张院生", "孙伟年", "周代明");
        // counter-examples: the same characters in the words of office they make (书记, 代表, 连任, 年底)
        assertThat(extractor.extract("胡书记指出，要连任代表。王代表说，年底前完成。").people()).isEmpty();
    }

    @Test
    void shouldReadNamesAfterMorePostsAndBeforeMoreWordsOfOffice() {
        assertThat(extractor.extract("旗委副书记、政府旗长郑海明，纪检组组长刘志文出席。副主任徐德明关于议案作了说明。"
                + "审议了黄新民副主任所作的报告。").people())
                .containsExactly("郑海明", "刘志文", "徐德明", "黄新民");
        // counter-examples: a word of talks after a post, and a post after a word that is no name
        assertThat(extractor.extract("两国领导人商谈合作。会议听取了有关副主任的说明。").people()).isEmpty();
    }

    @Test
    void shouldReadTibetanAndMongolianNamesOfTwoSyllables() {
        assertThat(extractor.extract("次仁多吉主持并讲话。全国人大代表格桑卓玛提前来到会场，乌云其其格列席。").people())
                .containsExactly("次仁多吉", "格桑卓玛", "乌云其其格");
        // counter-examples: one syllable in a word or a place (格桑花, 尼玛县, 扎西德勒)
        assertThat(extractor.extract("格桑花开遍尼玛县，群众说扎西德勒。").people()).isEmpty();
    }

    @Test
    void shouldKeepAListOfNamesGoingOverAPlaceNameAGlossAndAPresidium() {
        assertThat(extractor.extract("县人大常委会副主任陈智、张北明、陈跃参加会议。").people())
                .containsExactly("陈智", "张北明", "陈跃");
        assertThat(extractor.extract("选举徐福林、邓本才(藏族)、骆玉生为副省长。大会主席团吴育明、刘光华就座。").people())
                .containsExactlyInAnyOrder("徐福林", "邓本才", "骆玉生", "吴育明", "刘光华");
        // counter-example: the county after a list of bodies, not of names
        assertThat(extractor.extract("市委、市政府、张北县委参加。").people()).isEmpty();
    }

    @Test
    void shouldReadABylinePartedByABarOrASlash() {
        assertThat(extractor.extract("会议闭幕。\n三审 | 陈立冬\n记者/李国强\n核编：易奇文").people())
                .containsExactlyInAnyOrder("陈立冬", "李国强", "易奇文");
        // counter-example: a wire agency after the byline
        assertThat(extractor.extract("会议闭幕。\n本报记者/路透社\n").people()).isEmpty();
    }

    @Test
    void shouldReadResignationsAndListsWrittenWithCommas() {
        assertThat(extractor.extract("相关新闻：\n于来明辞去省人大常委会副主任职务\n").people()).containsExactly("于来明");
        assertThat(extractor.extract("省领导王立山、周霁、马涛,傅德明,曹广晶、万勇出席。").people())
                .containsExactly("王立山", "周霁", "马涛", "傅德明", "曹广晶", "万勇");
        // counter-example: a comma that ends a clause after a name, before a word that opens with a surname's character
        assertThat(extractor.extract("主任王立山,高度重视此项工作。").people()).containsExactly("王立山");
    }
}
