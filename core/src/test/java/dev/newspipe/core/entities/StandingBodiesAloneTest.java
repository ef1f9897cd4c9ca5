package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hand-written texts: standing bodies named on their own, without the body or the place they belong to. */
class StandingBodiesAloneTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldNameTheCredentialsCommitteeOnItsOwnAndAfterItsStandingCommittee() {
        assertThat(extractor.extract("会议根据代表资格审查委员会的报告，确认代表资格有效。").organizations())
                .containsExactly("代表资格审查委员会");
        assertThat(extractor.extract("市人大常委会代表资格审查委员会提出报告。").organizations())
                .containsExactly("市人大常委会代表资格审查委员会");
    }

    @Test
    void shouldNameATownshipCongresssPresidiumButReadItsChairAsAPost() {
        assertThat(extractor.extract("大会听取了城关镇人大主席团工作报告和镇人大主席团关于代表资格的报告。").organizations())
                .containsExactly("城关镇人大主席团", "镇人大主席团");
        var chair = extractor.extract("镇人大主席王明辉主持会议。");
        assertThat(chair.organizations()).containsExactly("镇人大");
        assertThat(chair.people()).containsExactly("王明辉");
    }

    @Test
    void shouldNameTheLocalCppccsStandingCommitteeOnItsOwn() {
        assertThat(extractor.extract("委员们讨论政协常委会工作报告。").organizations()).containsExactly("政协常委会");
        assertThat(extractor.extract("委员们讨论县政协常委会工作报告。").organizations()).containsExactly("县政协常委会");
    }
}
