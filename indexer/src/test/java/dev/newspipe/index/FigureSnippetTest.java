package dev.newspipe.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Figure spans marked 〖〗 in search snippets, beside Elasticsearch's 【】 query highlights. */
class FigureSnippetTest {

    @Test
    void shouldMarkEachFigureAsPrintedBesideTheQueryTerms() {
        assertThat(ArchiveSearch.markFigures("今年【地区生产总值】增长5.5%左右，固定资产投资增长6.5%", List.of("5.5%左右", "6.5%")))
                .isEqualTo("今年【地区生产总值】增长〖5.5%左右〗，固定资产投资增长〖6.5%〗");
    }

    @Test
    void shouldLetAFigureMarkWinOverAQueryTermInsideIt() {
        assertThat(ArchiveSearch.markFigures("完成1686【亿元】，增长７．５％", List.of("1686亿元", "７．５％")))
                .isEqualTo("完成〖1686亿元〗，增长〖７．５％〗");
    }

    @Test
    void shouldNotMarkPartOfALongerNumber() {
        assertThat(ArchiveSearch.markFigures("共有10家和110家", List.of("10家"))).isEqualTo("共有〖10家〗和110家");
    }
}
