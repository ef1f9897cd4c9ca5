package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.NamedEntities;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts: what stands between 在 and a verb of holding a meeting is where it is held, a place when it ends
 * in a venue's noun or a place noun, or is a district's name.
 */
class PlacesWhereHeldTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldTakeAShortPlaceNameWhereASessionIsHeld() {
        assertThat(extractor.extract("县第九届人民代表大会第二次会议定于3月2日在城关隆重举行。").places()).containsExactly("城关");
        assertThat(extractor.extract("市委全会于8月1日在梅城召开。").places()).containsExactly("梅城");
        assertThat(extractor.extract("成立大会在舟山市桃花岛隆重举行。").places()).containsExactly("舟山市", "桃花岛");
        // a county's short form the name begins with (新安 of 新安县) is no division there
        assertThat(extractor.extract("会议于2月4日在新安江召开。").places()).containsExactly("新安江");
    }

    @Test
    void shouldTakeNoPlaceFromWordsOfTimeReferenceOrTheLevelsOwnTown() {
        assertThat(extractor.extract("会议将在近期召开，大会在这里隆重开幕。").places()).isEmpty();
        assertThat(extractor.extract("座谈会在县城召开，培训在省城举行。").places()).isEmpty();
    }

    @Test
    void shouldTakeTheHouseAMeetingIsHeldInAsOnePlace() {
        NamedEntities closing = extractor.extract("大会在县花鼓剧院闭幕。政协会议在锦绣国际会展中心三楼1号会议厅胜利闭幕。");
        assertThat(closing.places()).containsExactly("县花鼓剧院", "锦绣国际会展中心三楼1号会议厅");
        assertThat(closing.organizations()).isEmpty();
        assertThat(extractor.extract("预备会议在县文艺教育基地礼堂召开。").places()).containsExactly("县文艺教育基地礼堂");
    }

    @Test
    void shouldKeepAVenueOfItsOwnAndABodysOwnHall() {
        // a hotel read whole before another hall, and the body whose hall it is (县委 + 礼堂), stay as read
        NamedEntities prep = extractor.extract("预备会议在金桂饭店银杏会堂举行。检察院工作报告在县委礼堂召开的会上通过。");
        assertThat(prep.places()).contains("金桂饭店").doesNotContain("金桂饭店银杏会堂");
        assertThat(extractor.extract("全体会议在北京人民大会堂举行。").places()).containsExactly("北京", "人民大会堂");
    }

    @Test
    void shouldTakeADistrictsNameBeforeTheHallItStandsIn() {
        NamedEntities opening = extractor.extract("省人大会议在江汉红星礼堂隆重开幕。");
        assertThat(opening.places()).containsExactly("江汉", "红星礼堂");
        // a name that opens with a district's (和平, 新华) but goes on into no venue of its own is one house
        assertThat(extractor.extract("座谈会在新华书店会议室召开。").places()).doesNotContain("新华");
        assertThat(extractor.extract("招待会在和平大酒店举行。").places()).doesNotContain("和平");
    }
}
