package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written pages of briefs columns read by layout alone ({@link BriefsColumn}), each with its counter-example: one
 * article's subheads, which have the same shape.
 */
class BriefsColumnTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldSplitAColumnOfShortHeadlinesEachOverOneOrTwoParagraphsWithoutADateline() {
        List<Article> articles = splitter.split("""
                体育快讯
                市青年队客场取胜
                全市青年足球联赛昨晚进行第五轮比赛，市青年队客场以二比一战胜东区队，继续排名榜首。
                老将复出助队夺冠
                三十五岁的乒乓球名将王某某复出参加全省锦标赛，带领县队夺得男子团体冠军。
                赛后她表示会继续参加明年的比赛。
                游泳馆暑期开放
                市体育中心游泳馆七月一日起延长开放时间，每晚开放至十时。
                """);
        assertThat(articles).extracting(Article::title).containsExactly("市青年队客场取胜", "老将复出助队夺冠", "游泳馆暑期开放");
        assertThat(articles.get(1).paragraphs()).containsExactly(
                "三十五岁的乒乓球名将王某某复出参加全省锦标赛，带领县队夺得男子团体冠军。", "赛后她表示会继续参加明年的比赛。");
    }

    @Test
    void shouldReadASectionLabelBetweenBriefsAsPartOfTheColumnNotAsTheEndOfIt() {
        List<Article> articles = splitter.split("""
                体育快讯

                篮 球

                市男篮主场击败客队
                全市篮球联赛昨晚进行一场比赛，市男篮以九十比八十五击败来访的东区队。

                足 球

                外援伤愈归队训练
                市足球队外援经过两个月治疗后伤愈，前日已随队参加全部训练项目。

                网 球

                小将晋级八强赛
                十六岁小将李某某周三在全省网球公开赛次轮以二比零获胜，晋级八强。
                """);
        assertThat(articles).extracting(Article::title).containsExactly("市男篮主场击败客队", "外援伤愈归队训练", "小将晋级八强赛");
        assertThat(articles.get(1).kicker()).isEqualTo("足 球");
    }

    @Test
    void shouldKeepAnArgumentsSubheadsWhoseParagraphsOpenWithItsVoiceInOneArticle() {
        List<Article> articles = splitter.split("""
                奋力开创全县高质量发展新局面
                今年是全面完成规划目标任务的关键一年，全县上下要以更加饱满的精神状态投入工作。
                着力推动产业转型升级
                我们要坚持把发展经济的着力点放在实体经济上，加快建设现代化产业体系。
                切实保障和改善民生
                要坚持在发展中保障和改善民生，持续办好群众关心的各项实事。
                持续深化改革开放
                推进重点领域和关键环节改革，以高水平开放促进深层次改革。
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("奋力开创全县高质量发展新局面");
    }

    @Test
    void shouldKeepSubheadsThatGoOnWithTheArticlesNamesAndPlacesInOneArticle() {
        // short subheads, which could head briefs too: their sections name the same delegation, meeting and report as
        // the lead above them
        List<Article> articles = splitter.split("""
                港区委员今日出席联组会议
                本报讯（记者 某某）全国政协港区委员今日下午出席联组会议，审议全国政协常委会工作报告。
                联组会议安排
                根据联组会议日程，港区委员出席的联组会议在北京饭店举行，审议全国政协常委会工作报告。
                八名委员发言
                港区委员出席联组会议时，将有八名委员发言，审议全国政协常委会工作报告。
                委员关注民生
                多名港区委员表示，将在联组会议上就全国政协常委会工作报告提出经济民生建议。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldKeepOutletsAndTheirDashedPointsUnderOneArticle() {
        List<Article> articles = splitter.split("""
                海外华文媒体关注两会
                即将召开的全国两会牵动世界目光，多家海外华文媒体推出专题报道。
                日本《东方新报》
                ——将着重关注两会上有关中日关系发展的议题，以及中国经济发展的新动向。
                俄罗斯《龙报》
                ——中俄两国的经贸合作是俄罗斯华人读者最关心的话题之一。
                美国《侨报》
                ——中国外交将重在落实成果，在国际舞台上稳中求进。
                """);
        assertThat(articles).hasSize(1);
    }

    @Test
    void shouldSplitPlainBriefsThatShareOnlyTheGenresWordsWhateverTheirCohesion() {
        // long headlines each over exactly one paragraph: the layout decides; congress briefs share 人大, 常委会, 会议
        List<Article> articles = splitter.split("""
                区人大常委会召开主任会议
                区人大常委会主任会议研究了常委会第十次会议的议程，决定会议于下月上旬举行。
                镇人大主席团开展代表视察活动
                镇人大主席团组织部分人大代表视察农村道路建设，常委会有关工作机构参加。
                县人大常委会听取法院工作报告
                县人大常委会会议听取和审议了县人民法院关于审判工作情况的报告。
                """);
        assertThat(articles).extracting(Article::title)
                .containsExactly("区人大常委会召开主任会议", "镇人大主席团开展代表视察活动", "县人大常委会听取法院工作报告");
    }

    @Test
    void shouldMeasureTheSharedVocabularyOfTwoTexts() {
        assertThat(BriefsColumn.sharedShare("全国政协会议今日开幕", "全国政协会议")).isEqualTo(1.0);
        assertThat(BriefsColumn.sharedShare("市男篮主场击败客队", "外援伤愈归队训练")).isZero();
        assertThat(BriefsColumn.sharedShare("anything", "")).isZero();
    }
}
