package dev.newspipe.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.PageRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a page tells its captions ({@link PageContext}): hand-written pages in the genre's shapes (a photo page of a
 * sitting, a △ photo story, an e-paper page with a caption beside the session's news), each with the counter-examples
 * that keep their category: a caption of other news on the session's page, a CPPCC caption in the set, a brief, a page
 * with no session and a page with two.
 */
class PageContextTest {

    private static final Newsdesk DESK = Newsdesk.offline();
    private static final PageRef PAGE = PageRef.dated(LocalDate.of(2019, 3, 16));

    /** Headless pieces of one page, in page order, enriched one by one and then read in their page's context. */
    private static List<Article> page(String... pieces) {
        List<Article> enriched = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            enriched.add(DESK.enrich(new Article(PAGE, i + 1, null, null, null, null, List.of(pieces[i].split("\n")), null, null, null)));
        }
        return DESK.withPageContext(enriched);
    }

    /** A page whose pieces are headless except one headed article. */
    private static List<Article> pageWithHeadedArticle(String title, String body, String... captions) {
        List<Article> enriched = new ArrayList<>();
        enriched.add(DESK.enrich(new Article(PAGE, 1, null, title, null, null, List.of(body), null, null, null)));
        for (int i = 0; i < captions.length; i++) {
            enriched.add(DESK.enrich(new Article(PAGE, i + 2, null, null, null, null, List.of(captions[i]), null, null, null)));
        }
        return DESK.withPageContext(enriched);
    }

    private static Category category(Article a) {
        return a.enrichment().classification().category();
    }

    /** Asserts the categories of the page's pieces, in page order. */
    private static void assertCategories(List<Article> page, Category... expected) {
        assertThat(page.stream().map(PageContextTest::category).toList()).as(page.toString()).containsExactly(expected);
    }

    private static boolean hasPageCue(Article a) {
        return a.enrichment().classification().cues().stream().anyMatch(c -> c.startsWith("page: "));
    }

    @Test
    void shouldReadTheCaptionsOfASessionsPhotoSetAsItsNews() {
        List<Article> page = page(
                "3月16日，河北省第十三届人民代表大会第二次会议在省人民会堂闭幕。这是代表们步入会场。本报记者 王明 摄",
                "这是闭幕会前代表们在会场外合影留念。本报记者 李华 摄",
                "这是闭幕会后代表们走出会场。本报记者 王明 摄");
        assertThat(category(page.get(0))).isEqualTo(Category.SESSION_NOTICE);
        for (Article caption : page.subList(1, 3)) {
            assertThat(category(caption)).as(caption.enrichment().toString()).isEqualTo(Category.SESSION_NOTICE);
            assertThat(caption.enrichment().classification().cues())
                    .anyMatch(c -> c.startsWith("page: caption in a photo set of the session's page «河北省第十三届人民代表大会第2次会议»"));
        }
        // Counter-example: on a page of photo news, a caption with a day of its own is another story's, not the set's
        List<Article> photoNews = page(page.get(0).body(), page.get(1).body(),
                "3月16日，某某县农民在田间抢种春玉米。本报记者 张强 摄");
        assertCategories(photoNews, Category.SESSION_NOTICE, Category.SESSION_NOTICE, Category.OTHER);
        assertThat(hasPageCue(photoNews.get(2))).isFalse();
        // Counter-example: the page's word is weighed, and a CPPCC sitting named in an undated caption of the set outweighs it
        List<Article> withCppcc = page(page.get(0).body(),
                "这是政协某某省第十二届委员会第二次会议闭幕会上，委员们起立唱国歌。新华社记者 李华 摄");
        assertCategories(withCppcc, Category.SESSION_NOTICE, Category.OTHER);
        assertThat(hasPageCue(withCppcc.get(1))).as("the page spoke, and was outweighed").isTrue();
    }

    @Test
    void shouldReadAMarkedPhotoStoryOfTheSittingButNotABriefOfOtherNews() {
        List<Article> page = page(
                "△3月5日清晨，阳光洒进会堂，某某市第十六届人民代表大会第四次会议即将开幕。",
                "△会前，代表们仔细核对座次表。",
                "△铃声响起，工作人员拉起幕布，大会即将开始。",
                "△我县今年新建乡村公路四十公里，群众出行更加方便。");
        // a △ brief of other news in the same run shows nothing of the sitting: it stays other
        assertCategories(page, Category.SESSION_NOTICE, Category.SESSION_NOTICE, Category.SESSION_NOTICE, Category.OTHER);
        assertThat(hasPageCue(page.get(1))).isTrue();
        assertThat(hasPageCue(page.get(3))).isFalse();
    }

    @Test
    void shouldReadACaptionBesideTheSessionsNewsByWhetherItNamesTheSitting() {
        // an e-paper page: a city congress's decision, then a caption on the press at the two sessions
        List<Article> sitting = pageWithHeadedArticle("市第五届人民代表大会关于设立专门委员会的决定",
                "（2019年3月2日某某市第五届人民代表大会第三次会议通过）某某市第五届人民代表大会第三次会议决定，设立市人民代表大会社会建设委员会。",
                "市两会期间，记者们每天穿梭于各个会场，记录精彩瞬间。图为本报记者在会场拍摄。（本报记者 刘洋 摄）");
        assertCategories(sitting, Category.RESOLUTION, Category.SESSION_NOTICE);
        assertThat(sitting.get(1).enrichment().classification().cues())
                .anyMatch(c -> c.startsWith("page: caption of the session's page naming its sitting «两会："));
        // Counter-example: the session's news, then a photo of the season's farm work: the caption names no sitting
        List<Article> other = pageWithHeadedArticle("市十六届人大四次会议隆重开幕",
                "本报讯 3月5日上午，某某市第十六届人民代表大会第四次会议在市会议中心隆重开幕。应出席代表385名，实到372名，符合法定人数。",
                "春耕时节，某某镇农民在田间抢种春玉米。本报记者 张强 摄");
        assertThat(PageContext.of(other).session()).isPresent();
        assertCategories(other, Category.SESSION_NOTICE, Category.OTHER);
        assertThat(hasPageCue(other.get(1))).isFalse();
    }

    @Test
    void shouldLetAPageWithoutOneSessionTellNothing() {
        // captions of a sports meeting: no congress session on the page
        List<Article> sports = page(
                "9月20日，某某市第八届运动会在市体育中心开幕。这是运动员入场。本报记者 王明 摄",
                "这是开幕式上的文艺表演。本报记者 李华 摄");
        assertCategories(sports, Category.OTHER, Category.OTHER);
        assertThat(sports).noneMatch(PageContextTest::hasPageCue);
        // two sessions on one page (a digest of two cities' congresses): whose photo a bare caption is cannot be told
        List<Article> two = page(
                "1月8日，某某市第十六届人民代表大会第三次会议开幕。这是代表们步入会场。本报记者 王明 摄",
                "1月9日，某某县第十八届人民代表大会第二次会议开幕。这是代表们步入会场。本报记者 李华 摄",
                "这是会后代表们合影留念。本报记者 赵强 摄");
        assertThat(PageContext.of(two).session()).isEmpty();
        assertThat(category(two.get(2))).isEqualTo(Category.OTHER);
    }

    @Test
    void shouldLeaveABriefThatNamesTheSittingToItsOwnText() {
        // a digest's headless brief on the session's page speaks of the two sessions but is a policy item: not a caption
        List<Article> page = page(
                "▷今天下午，省十四届人大五次会议举行第三次全体会议后闭幕。",
                "▷当前，全省城镇化正从快速增长期转向稳定发展期，代表委员们在省两会上建言城市更新。");
        assertThat(PageContext.of(page).session()).isPresent();
        assertCategories(page, Category.SESSION_NOTICE, Category.OTHER);
        assertThat(page).noneMatch(PageContextTest::hasPageCue);
    }

    @Test
    void shouldGiveTheArticlesOneByOneWithTheirPageEvidenceTheCategoriesOfTheWholePage() {
        // the pipeline's path: the ingestor works the page's evidence out when it splits the page, the enricher
        // enriches each article alone with it; it must judge as process judges the page
        List<Article> split = List.of(
                new Article(PAGE, 1, null, null, null, null,
                        List.of("3月16日，河北省第十三届人民代表大会第二次会议在省人民会堂闭幕。这是代表们步入会场。本报记者 王明 摄"), null, null, null),
                new Article(PAGE, 2, null, null, null, null, List.of("这是闭幕会后代表们走出会场。本报记者 王明 摄"), null, null, null),
                new Article(PAGE, 3, null, "春耕备耕忙", null, null, List.of("本报讯 连日来，某某县农民抢抓农时，田间一派繁忙景象。"), null, null, null));
        List<List<dev.newspipe.core.classify.PageEvidence>> evidence = DESK.pageEvidence(split);
        assertThat(evidence.get(0)).isEmpty();
        assertThat(evidence.get(1)).singleElement().satisfies(e -> assertThat(e.category()).isEqualTo(Category.SESSION_NOTICE));
        assertThat(evidence.get(2)).isEmpty();
        List<Article> oneByOne = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            oneByOne.add(DESK.enrich(split.get(i), evidence.get(i)));
        }
        List<Article> whole = DESK.withPageContext(split.stream().map(DESK::enrich).toList());
        assertThat(oneByOne).isEqualTo(whole);
        assertCategories(oneByOne, Category.SESSION_NOTICE, Category.SESSION_NOTICE, Category.OTHER);
        // without its page the caption says too little: other
        assertThat(category(DESK.enrich(split.get(1)))).isEqualTo(Category.OTHER);
    }
}
