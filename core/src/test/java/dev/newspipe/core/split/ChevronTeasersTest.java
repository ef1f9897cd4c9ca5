package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written index pages whose teasers end in a read-more link printed with a chevron ({@code 詳全文>>}). */
class ChevronTeasersTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldMakeEachHeadlineAndTeaserOfAChevronLinkedIndexAnItem() {
        List<Article> articles = splitter.split("""
                兩會相關報導

                代表建議加快發展智慧農業

                全國人大代表張三今年帶來關於智慧農業的建議,希望加大對農機研發的支持力度,推動農業現代化。詳全文>>

                政協委員:鄉村教師待遇應再提高!

                全國政協委員李四建議提高鄉村教師的工資和補貼,讓更多年輕教師願意留在鄉村學校任教。詳全文>>

                去年糧食產量創新高 農業部:今年繼續穩產保供!

                農業農村部介紹,去年全國糧食總產量再創新高,今年將繼續抓好糧食生產,確保穩產保供。詳全文>>
                """);
        assertThat(articles).extracting(Article::title).containsExactly(
                "代表建議加快發展智慧農業", "政協委員:鄉村教師待遇應再提高!", "去年糧食產量創新高 農業部:今年繼續穩產保供!");
    }

    @Test
    void shouldKeepSubheadsOfAnArticleWithoutReadMoreLinksInOneArticle() {
        // the same rhythm of short line and paragraph without any read-more link: subheads of one article
        assertThat(splitter.split("""
                市人大常委會開展農業執法檢查

                本報訊 市人大常委會執法檢查組近日赴各縣檢查農業法實施情況。

                智慧農業加快發展

                檢查組指出,各地加大農機研發支持力度,推動農業現代化。

                鄉村教師待遇提高!

                檢查組要求,鄉村教師的工資和補貼要按時足額發放。
                """)).hasSize(1);
    }
}
