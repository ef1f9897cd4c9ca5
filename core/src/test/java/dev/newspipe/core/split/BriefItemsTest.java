package dev.newspipe.core.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written pages of brief columns, archives and schedules, one rule of {@link BriefItems} each, with a counter-example. */
class BriefItemsTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void shouldStartAnItemAtEachDatedBulletedBriefOfABriefColumn() {
        List<Article> articles = splitter.split("""
                简讯
                ◆为丰富职工业余文化生活，3月2日，县总工会在县体育馆举办职工乒乓球比赛，共有120名职工参赛。
                ◆3月3日，我县在政府会议室召开春季农业生产工作调度会。副县长出席会议，各乡镇负责人参加。
                ◆ 3月4日，县人大常委会组织部分代表视察城区道路改造工程，听取有关部门情况汇报并提出意见建议。
                """);
        assertThat(articles).hasSize(3);
        assertThat(articles.get(0).title()).isEqualTo("简讯");
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("◆3月3日，我县在政府会议室");
        assertThat(articles.get(2).paragraphs().get(0)).startsWith("◆ 3月4日，县人大常委会");

        // briefs that open with the paper's credit instead of a date
        List<Article> credited = splitter.split("""
                简讯
                ■本报讯（记者 王五）近日，县人大常委会组织代表视察农村饮水安全工程，提出意见建议12条。
                ■本报讯（通讯员 赵六）日前，县司法局开展法律进社区活动，发放宣传资料3000余份。
                """);
        assertThat(credited).hasSize(2);
        assertThat(credited.get(1).paragraphs().get(0)).startsWith("■本报讯（通讯员 赵六）");
    }

    @Test
    void shouldKeepTheBulletsOfOneWorkReportSummaryInOneArticle() {
        List<Article> articles = splitter.split("""
                政府工作报告摘要
                过去一年，全市经济运行稳中有进，主要指标好于预期。
                ●2025年全市地区生产总值增长5.6%，总量迈上新台阶，规模以上工业增加值增长6.1%，增速居全省前列。
                ●一般公共预算收入增长4.2%，税收占比提高到75%，城乡居民人均可支配收入分别增长4.8%和6.3%。
                ●新增城镇就业5.2万人，城镇调查失业率控制在5.5%以内，十件民生实事全部完成，群众获得感不断增强。
                """);
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).paragraphs()).hasSize(4);

        // dated bullets that a sentence introduces are the items of one notice
        assertThat(splitter.split("""
                市十六届人大五次会议日程安排
                本报讯 市十六届人大五次会议将于1月12日至15日召开。会议日程安排如下：
                ●1月12日上午，举行预备会议，选举大会主席团和秘书长，通过会议议程。
                ●1月13日上午，举行第一次全体会议，听取政府工作报告；下午，代表团审议政府工作报告。
                ●1月15日上午，举行闭幕会，表决各项决议草案。
                """)).hasSize(1);

        // a chronicle's dated bulleted entries are one document too
        assertThat(splitter.split("""
                2025年市人大常委会大事记
                ●1月5日，市人大常委会召开第三十次主任会议，研究确定常委会会议议程。
                ●1月8日，市人大常委会党组召开会议，传达学习全会精神，研究部署贯彻落实工作。
                ●1月12日，市十六届人大五次会议预备会议举行，选举大会主席团和秘书长。
                """)).hasSize(1);
    }

    @Test
    void shouldStartAnItemAtAFurtherWireItem() {
        List<Article> articles = splitter.split("""
                据新华社电 某省政协十届五次会议3月1日在省城闭幕，会议通过了政治决议。
                又讯 3月1日召开的某省十三届人大常委会第九次会议决定：任命张三为某省副省长。
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("又讯 3月1日召开的");

        // 又 inside running text opens nothing
        assertThat(splitter.split("""
                据新华社电 某省政协十届五次会议3月1日在省城闭幕。
                又过了一年，会议通过了政治决议。
                """)).hasSize(1);
    }

    @Test
    void shouldStartARecordAtAnArchivePageLabelPrintedAgain() {
        List<Article> articles = splitter.split("""
                1990年3月5日人民日报 第2版
                第2版(要闻)
                专栏:
                市长会见外国客人
                本报讯 市长昨天会见外国客人。来访客人对本市的发展表示赞赏，双方就加强经贸合作交换了意见。
                会见时在座的有市政府有关部门负责人。
                第2版(要闻)
                专栏:
                全市春耕生产全面展开
                各地抓住有利时机，组织农民抢种早稻，目前已完成计划面积的六成。
                """);
        assertThat(articles).extracting(Article::title).containsExactly("市长会见外国客人", "全市春耕生产全面展开");
        assertThat(articles.get(1).paragraphs()).containsExactly("各地抓住有利时机，组织农民抢种早稻，目前已完成计划面积的六成。");
    }

    @Test
    void shouldStartAnItemAtEachBodyLabelOfAScheduleBox() {
        List<Article> articles = splitter.split("""
                人大
                举行预备会议、选举大会主席团和秘书长
                预备会议后,大会主席团举行第一次会议
                下午3时举行记者会
                政协
                上午9时小组会议(审议常委会工作报告)
                下午3时小组会议
                """);
        assertThat(articles).extracting(Article::title).containsExactly("人大", "政协");
        assertThat(articles.get(1).paragraphs()).containsExactly("上午9时小组会议(审议常委会工作报告)", "下午3时小组会议");

        // a site's menu names the bodies one a line, over no programme: no schedule box
        assertThat(splitter.split("""
                人大
                政协
                政府
                本报讯 市人大常委会昨天召开主任会议，研究部署下一阶段工作。
                会议听取了有关情况汇报。
                """)).hasSize(1);

        // one body's label alone is no schedule box: 人大 over a story stays a headline of one article
        assertThat(splitter.split("""
                人大
                本报讯 市人大常委会昨天召开主任会议，研究部署下一阶段工作。
                会议听取了有关情况汇报。
                """)).hasSize(1);
    }

    @Test
    void shouldStartAnItemWhereADaysScheduleTurnsToTheOtherSession() {
        List<Article> articles = splitter.split("""
                人代会审议政府工作报告 政协举行小组会议
                新华社北京3月5日电 十四届全国人大二次会议6日上午举行代表团全体会议，审议政府工作报告；下午举行代表小组会议。
                全国政协十四届二次会议6日上午举行小组会议，讨论政府工作报告；下午举行小组会议。
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("全国政协十四届二次会议6日上午");

        // a story of one session whose later paragraph names the same session stays whole
        assertThat(splitter.split("""
                人代会举行代表团全体会议
                新华社北京3月5日电 十四届全国人大二次会议6日上午举行代表团全体会议，审议政府工作报告。
                十四届全国人大二次会议6日下午举行代表小组会议，审议计划报告。
                """)).hasSize(1);
    }

    @Test
    void shouldReadAMagazinesPhotoLabelAsTheEndOfADatedCaption() {
        List<Article> articles = splitter.split("""
                图片新闻
                1月4日，市人大常委会党组召开会议，传达学习全会精神。摄影/王五
                1月5日和11日，市人大常委会举办代表学习培训班。摄影/赵六
                1月8日，市人大常委会召开预算联网监督工作汇报会。摄影/王五
                """);
        assertThat(articles).hasSize(3);
        assertThat(articles.get(1).paragraphs()).containsExactly("1月5日和11日，市人大常委会举办代表学习培训班。摄影/赵六");
    }

    @Test
    void shouldReadASideItemGluedToItsLabelAsAnItemOfItsOwn() {
        List<Article> articles = splitter.split("""
                本报1月6日讯(记者 张三) 备受关注的市两会今起召开，本报开通两会热线，倾听百姓的心声。
                相关链接 消防演练确保两会会场安全 本报1月6日讯(记者 张三 通讯员 李四) 5日，市消防支队在会展中心举行灭火救援实战演练。
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).paragraphs().get(0)).startsWith("相关链接 消防演练确保两会会场安全 本报1月6日讯(记者 张三 通讯员 李四) 5日");

        // the label inside running text, without a headline and a dateline after it, is no side item
        assertThat(splitter.split("""
                本报1月6日讯 备受关注的市两会今起召开。
                相关链接 请见本报第二版的有关报道，读者也可以登录本报网站查看。
                """)).hasSize(1);
    }

    @Test
    void shouldKeepTwoReportsUnderOneArchiveRecordsHeadlineTogether() {
        List<Article> articles = splitter.split("""
                1990年12月28日人民日报 第1版
                第1版(要闻)
                专栏:
                我国今年粮食产量创新高
                原煤产量首次突破10亿吨
                本报北京12月27日讯 国家统计局透露：今年全国粮食总产量比去年增长百分之二。
                本报北京12月27日讯 记者从能源部获悉：今天，我国原煤年产量首次突破10亿吨。
                第1版(要闻)
                专栏:
                国务院举行全体会议
                新华社北京12月27日电 国务院今天举行全体会议，通报国内外形势。
                """);
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).paragraphs()).anyMatch(p -> p.startsWith("本报北京12月27日讯 记者从能源部获悉"));
        assertThat(articles.get(1).title()).isEqualTo("国务院举行全体会议");
    }
}
