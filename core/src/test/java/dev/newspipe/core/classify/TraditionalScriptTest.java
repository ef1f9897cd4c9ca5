package dev.newspipe.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Figure;
import dev.newspipe.core.model.PageRef;
import dev.newspipe.core.split.ArticleSplitter;
import dev.newspipe.testkit.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A traditional-script reprint is understood as its simplified original: same category, session and figures. */
class TraditionalScriptTest {

    private final Newsdesk desk = Newsdesk.offline();
    private final ArticleSplitter splitter = new ArticleSplitter();

    @ParameterizedTest
    @ValueSource(strings = {"resolution_hangzhou_2019.txt", "notice_npcsc_13th_no7_2019.txt", "news_changzhi_npc_prep_meeting_2024.txt",
            "workreport_news_shanxi_2024_EXCERPT.txt", "stats_bulletin_jinzhong_2024_EXCERPT.txt", "news_xuchang_mayor_election.txt"})
    void shouldUnderstandATraditionalReprintAsTheSimplifiedOriginal(String name) {
        String simplified = TestData.read(TestData.root().resolve("testdata/devset/docs").resolve(name));
        String traditional = ZhConverterUtil.toTraditional(simplified);
        assertThat(traditional).isNotEqualTo(simplified);

        Article fromSimplified = desk.enrich(main(simplified));
        Article fromTraditional = desk.enrich(main(traditional));

        assertThat(fromTraditional.body()).as("stored text stays as written").isEqualTo(main(traditional).body());
        assertThat(fromTraditional.enrichment().classification().category())
                .isEqualTo(fromSimplified.enrichment().classification().category());

        // The same article in traditional script (the page split the same way): session and figures too.
        Article article = main(simplified);
        Article reprint = new Article(article.page(), article.seq(), trad(article.kicker()), trad(article.title()), trad(article.subtitle()),
                trad(article.byline()), article.paragraphs().stream().map(ZhConverterUtil::toTraditional).toList(), article.continuedFrom(),
                article.continuesOn(), null);
        Article a = desk.enrich(article);
        Article b = desk.enrich(reprint);
        assertThat(b.enrichment().classification().category()).isEqualTo(a.enrichment().classification().category());
        assertThat(b.enrichment().session()).isEqualTo(a.enrichment().session());
        assertThat(values(b.enrichment().figures())).isEqualTo(values(a.enrichment().figures()));
    }

    private static String trad(String s) {
        return s == null ? null : ZhConverterUtil.toTraditional(s);
    }

    @Test
    void shouldReadThroughPinyinResidue() {
        Article residue = Article.of(null, "長治市第十五屆人民代表大會第四次會(huì)議舉行預(yù)備會(huì)議", null,
                List.of("3月25日,長治市第十五屆人民代表大會第四次會(huì)議舉行預(yù)備會(huì)議。全市經(jīng)濟增長5.2%。"), LocalDate.of(2024, 3, 26), null);
        Article plain = Article.of(null, "长治市第十五届人民代表大会第四次会议举行预备会议", null,
                List.of("3月25日,长治市第十五届人民代表大会第四次会议举行预备会议。全市经济增长5.2%。"), LocalDate.of(2024, 3, 26), null);
        Article a = desk.enrich(residue);
        Article b = desk.enrich(plain);
        assertThat(a.enrichment().classification().category()).isEqualTo(b.enrichment().classification().category());
        assertThat(a.enrichment().session()).isEqualTo(b.enrichment().session());
        assertThat(a.enrichment().session()).isNotNull();
        assertThat(values(a.enrichment().figures())).isEqualTo(values(b.enrichment().figures())).isNotEmpty();
        assertThat(a.title()).contains("會(huì)議");
    }

    /** The article holding the most text, dated so that 今年 means the same in both. */
    private Article main(String text) {
        return splitter.split(PageRef.dated(LocalDate.of(2025, 1, 1)), text).stream()
                .max((x, y) -> Integer.compare(x.body().length(), y.body().length())).orElseThrow();
    }

    private static List<String> values(List<Figure> figures) {
        return figures.stream().map(f -> f.value() + " " + f.unit() + " " + f.qualifier() + " " + f.year()).toList();
    }

}
