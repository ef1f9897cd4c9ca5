package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.NamedEntities;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts in the shapes of the genre: the press credited in bylines, datelines, sources and mastheads, and
 * the short forms of bodies (a county's court, a congress committee's short form, an office stationed elsewhere).
 */
class PressAndBodyShapesTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldNameThePressOfABylineButNotTheVerbAfterAReporter() {
        NamedEntities entities = extractor.extract("全县上下团结奋进。（临江日报记者 王小明）\n代表们接受东方网记者采访时表示支持。");
        assertThat(entities.organizations()).containsExactly("临江日报");
        assertThat(entities.people()).contains("王小明");
    }

    @Test
    void shouldNameThePressOfADatelineWithoutThePlaceItReportsFrom() {
        NamedEntities entities = extractor.extract("江城网南京2月9日讯（记者 赵一）会议开幕。\n北岸晚报讯 今天上午，会议闭幕。");
        assertThat(entities.organizations()).containsExactly("江城网", "北岸晚报");
        assertThat(entities.places()).contains("南京");
    }

    @Test
    void shouldNotTakeGenericPressOrEverydayWordsForAName() {
        NamedEntities entities = extractor.extract(
                "本报北京3月1日电（记者 孙一）会议听取情况通报。\n晨报讯 会议举行。\n实时讯息\n部门网站\n他在互联网上发布简报。");
        assertThat(entities.organizations()).isEmpty();
    }

    @Test
    void shouldNameThePressOfASourceAMastheadAndAQuotedReport() {
        NamedEntities entities = extractor.extract(
                "来源：长河新闻网—长河日报\n《 远山晚报 》（2024年1月5日 第02版）\n据西岭日报消息，会议闭幕。\n信息来源:东湖在线\n《政府工作报告》");
        assertThat(entities.organizations()).containsExactly("长河新闻网", "长河日报", "远山晚报", "西岭日报", "东湖在线");
    }

    @Test
    void shouldNameACountysCourtAndProcuratorateByItsShortForm() {
        NamedEntities entities = extractor.extract("会议审议了澄迈检察院和永丰法院的工作报告，基层法院代表列席。");
        assertThat(entities.organizations()).containsExactly("澄迈检察院", "永丰法院");
    }

    @Test
    void shouldNameTheShortFormsOfCongressCommittees() {
        NamedEntities entities = extractor.extract(
                "审议市人大常委会法工委关于备案审查的报告；市人大财经委、市人大常委会社会建设工委调研情况；县人大常委会相关工委委员列席。");
        assertThat(entities.organizations()).contains("市人大常委会法工委", "市人大财经委", "市人大常委会社会建设工委")
                .noneMatch(name -> name.contains("相关"));
    }

    @Test
    void shouldNameSupremeBodiesAndSpecialRegionsInTheirShortForms() {
        NamedEntities entities = extractor.extract("代表们审议最高法院、最高检察院工作报告，全力支持特区政府依法施政，澳门特区政府官员旁听。");
        assertThat(entities.organizations()).containsExactly("最高法院", "最高检察院", "特区政府", "澳门特区政府");
    }

    @Test
    void shouldNameAnOfficeStationedInAnotherPlaceWithItsBody() {
        NamedEntities entities = extractor.extract("香港特别行政区政府驻湖北联络处官员旁听会议。");
        assertThat(entities.organizations()).containsExactly("香港特别行政区政府驻湖北联络处");
    }

    @Test
    void shouldNameFirmsByTheirLegalForm() {
        NamedEntities entities = extractor.extract("本网法律顾问：江苏明正律师事务所。承办单位：上海远航智能科技有限公司。");
        assertThat(entities.organizations()).containsExactly("江苏明正律师事务所", "上海远航智能科技有限公司");
    }

    @Test
    void shouldKeepAPinyinGlossGluedToABodysNameAsWritten() {
        NamedEntities entities = extractor.extract("市人大常委會副主任、市政協(xié)副主席列席會議。");
        assertThat(entities.organizations()).contains("市政協(xié)");
    }

    @Test
    void shouldNamePeopleAfterAPostWithMoreVerbsAndDaiNames() {
        NamedEntities entities = extractor.extract(
                "联络处主任韩立新看望代表。代表团团长罗永和总结会议。会上，刘云峰副总理讲话。县领导周明、韦小林陪同调研。记者玉香、岩罕报道。委员都会提出建议。");
        assertThat(entities.people()).containsExactly("韩立新", "罗永和", "刘云峰", "周明", "韦小林", "玉香", "岩罕");
    }

    @Test
    void shouldReadTheBodiesOfABannerByItsLevel() {
        assertThat(extractor.extract("旗委副书记、旗长主持会议，旗人大常委会、旗人民政府负责同志出席。").organizations())
                .contains("旗委", "旗人大常委会", "旗人民政府");
    }
}
