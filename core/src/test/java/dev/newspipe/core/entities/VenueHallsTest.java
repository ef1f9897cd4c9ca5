package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.NamedEntities;
import org.junit.jupiter.api.Test;

/** Hand-written texts: a meeting's venue written as a building and its hall is one place, not the body it is named after. */
class VenueHallsTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldReadABuildingAndItsHallAsOnePlace() {
        NamedEntities entities = extractor.extract("大会开幕式在县文化中心大剧院举行。");
        assertThat(entities.places()).containsExactly("县文化中心大剧院");
        assertThat(entities.organizations()).doesNotContain("县文化中心");
    }

    @Test
    void shouldReadAHallNamedAfterABody() {
        NamedEntities entities = extractor.extract("县人民检察院工作报告在县委礼堂通过。");
        assertThat(entities.places()).contains("县委礼堂");
    }
}
