package dev.newspipe.core.entities;

import dev.newspipe.core.model.NamedEntities;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    @Test
    void shouldNamePeopleOrganizationsAndPlaces() {
        NamedEntities entities = new EntityExtractor().extract(
                "本报讯（记者 李雪峰）主席团常务主席张强、武健鹏出席会议。大同市人民政府市长刘俊义作报告，大同市中级人民法院院长丁国华列席。山西省委部署。");
        assertThat(entities.people()).contains("李雪峰", "张强", "武健鹏", "刘俊义", "丁国华");
        assertThat(entities.organizations()).contains("大同市人民政府", "大同市中级人民法院");
        assertThat(entities.organizations()).noneMatch(o -> o.startsWith("作"));
        assertThat(entities.places()).contains("大同市");
    }
}
