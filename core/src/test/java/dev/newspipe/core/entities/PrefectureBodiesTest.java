package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.NamedEntities;
import org.junit.jupiter.api.Test;

/** Hand-written texts: a prefecture's and a league's bodies (地委, 行署, 盟委) after the division's name. */
class PrefectureBodiesTest {

    @Test
    void shouldNameAPrefecturesPartyCommitteeAndAdministrativeOffice() {
        NamedEntities news = new EntityExtractor().extract("阿克苏地委书记某某、喀什地委副书记出席。大兴安岭行署负责同志、兴安盟委领导参加。");
        assertThat(news.organizations()).containsExactly("阿克苏地委", "喀什地委", "大兴安岭行署", "兴安盟委");
        assertThat(news.places()).isEmpty(); // the places only inside the bodies' names
    }
}
