package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.NamedEntities;
import org.junit.jupiter.api.Test;

/** Hand-written texts: a meeting's venue written as a building and its hall is one place, not the body it is named after. */
class VenueHallsTest {

    @Test
    void shouldReadABuildingAndItsHallAsOnePlace() {
        NamedEntities opening = new EntityExtractor().extract("大会开幕式在县文化中心大剧院举行。检察院工作报告在县委礼堂通过。");
        assertThat(opening.places()).containsExactly("县文化中心大剧院", "县委礼堂");
        assertThat(opening.organizations()).doesNotContain("县文化中心");
    }
}
