package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written news lists whose items a page marks alike with one bullet. */
class AlikeBulletedItemsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldStartAnItemAtEveryLineBehindTheBulletThatHeadsTheOtherItems() {
        List<Article> articles = splitter.split("""
                国际新闻

                • 某国总统呼吁加强地区合作

                新华社某城9月16日电(记者张三)某国总统16日在独立日庆典上发表讲话，呼吁加强地区合作。

                • 联合国发布最新气候报告

                新华社日内瓦9月16日电(记者李四)多个联合国机构16日发布最新报告，呼吁各国加快减排

                • 欧盟探讨提高防务自主权

                围绕地区局势近期变化，欧洲联盟内部就欧盟在国际热点地区应扮演何种角色展开讨论，部分成员国

                • 某药企称疫苗杂质不影响使用

                某制药公司15日证实，在部分疫苗药液中发现杂质，公司称不影响疫苗
                """);
        assertThat(articles).extracting(Article::title).containsExactly(
                "• 某国总统呼吁加强地区合作", "• 联合国发布最新气候报告", "• 欧盟探讨提高防务自主权", "• 某药企称疫苗杂质不影响使用");
    }

    @Test
    void shouldKeepBulletedPointsOfOneArticleWhenNoBulletedLineHeadsAnItem() {
        // bulleted points inside one report: no bulleted line stands over a dateline lead, so none heads an item
        assertThat(splitter.split("""
                县人大常委会视察农村公路建设

                本报讯 日前，县人大常委会组织部分代表视察农村公路建设情况。

                • 建设进度

                今年全县新改建农村公路120公里，完成年度计划的八成

                • 存在问题

                部分路段养护资金不足，管护责任落实不到位
                """)).hasSize(1);
    }
}
