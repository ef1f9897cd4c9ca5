package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.NamedEntities;
import org.junit.jupiter.api.Test;

/** Hand-written texts: the divisions written before 人大代表 say where the deputies were elected, places of the text. */
class PlacesOfDeputiesTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldNameTheDivisionsADeputyWasElectedIn() {
        NamedEntities profile = extractor.extract("——记湖南省邵阳市隆回县小沙江镇人大代表、某村党支部书记");
        assertThat(profile.places()).containsExactly("湖南省", "邵阳市", "隆回县", "小沙江镇");
        assertThat(profile.organizations()).isEmpty(); // the deputies, not the town's congress
        // a level alone (市人大代表) names no place
        assertThat(extractor.extract("市人大代表张明发言。").places()).isEmpty();
    }
}
