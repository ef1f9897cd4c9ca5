package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.NamedEntities;
import dev.newspipe.core.model.NamedEntities.Mention;
import org.junit.jupiter.api.Test;

/** Hand-written expectations following the labelling rules of testdata/gold/entities-seeds.json. */
class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldNamePeopleInRoleContextsAndBodiesInTheirFullestForm() {
        NamedEntities entities = extractor.extract(
                "本报讯（记者 李雪峰）主席团常务主席张强、武健鹏出席会议。大同市人民政府市长刘俊义作报告，大同市中级人民法院院长丁国华列席。山西省委部署。");
        assertThat(entities.people()).containsExactly("李雪峰", "张强", "武健鹏", "刘俊义", "丁国华");
        assertThat(entities.organizations()).containsExactly("大同市人民政府", "大同市中级人民法院", "山西省委");
        assertThat(entities.places()).isEmpty(); // a place inside an organisation's name is not a place mention
    }

    @Test
    void shouldReadShortFormsOfPlacesAndBodiesWithoutCrossingIntoNeighbouringWords() {
        String text = "会议听取并审议了市人民检察院工作报告。省委赋予大同的使命光荣，全市1000余名市直干部参加。2026年1月22日选举出市政协委员。";
        NamedEntities entities = extractor.extract(text);
        assertThat(entities.organizations()).containsExactly("市人民检察院", "省委", "市政协"); // 市政协委员: the body of a title
        assertThat(entities.places()).containsExactly("大同");
        assertThat(entities.people()).isEmpty();
        for (Mention m : entities.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.name());
            assertThat(m.cue()).isNotBlank();
        }
    }

    @Test
    void shouldReadOverACitysNameInsideAWordThatHoldsIt() {
        assertThat(extractor.extract("确保社会长治久安，让人民群众幸福安康，热烈欢迎中外来宾，共庆自治区成立60周年大庆。").places()).isEmpty();
        // the same cities where they are places
        assertThat(extractor.extract("代表们来自长治、安康和大庆，今年日照游客增长。").places()).containsExactly("长治", "安康", "大庆", "日照");
    }

    @Test
    void shouldNotTakeACountysShortFormForAPlaceUnlessItsCityIsNamed() {
        // 资源 and 富裕 are counties too; 阳高 is a county of 大同
        assertThat(extractor.extract("优化资源配置，让群众更加富裕。").places()).isEmpty();
        assertThat(extractor.extract("大同市阳高县的二人台走进阳高乡村。").places()).containsExactly("大同市", "阳高县", "阳高");
    }

    @Test
    void shouldNotTakeSurnameAndTitleForAName() {
        assertThat(extractor.extract("张书记指出，要抓好落实。王市长表示同意。").people()).isEmpty();
    }

    @Test
    void shouldReadTraditionalScriptAndGiveNamesAsWritten() {
        String text = "廣州市人民政府市長溫國輝作報告。";
        NamedEntities entities = extractor.extract(text);
        assertThat(entities.organizations()).containsExactly("廣州市人民政府");
        assertThat(entities.people()).containsExactly("溫國輝");
        assertThat(entities.mentions()).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.name()));
    }

    @Test
    void shouldReadEveryItemOfAListOfVenues() {
        // the first after a preposition of place, the others after the list join that follows a venue
        assertThat(extractor.extract("大会秘书处来到嵩山饭店、中州宾馆、紫荆山宾馆和省人民会堂检查筹备工作。").places())
                .containsExactly("嵩山饭店", "中州宾馆", "紫荆山宾馆", "省人民会堂");
        // a join after an ordinary word starts no venue
        assertThat(extractor.extract("提高服务质量和高端酒店的管理水平。").places()).isEmpty();
    }
}
