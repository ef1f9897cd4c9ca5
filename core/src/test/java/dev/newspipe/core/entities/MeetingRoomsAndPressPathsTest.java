package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.NamedEntities;
import org.junit.jupiter.api.Test;

/**
 * Hand-written texts in the genre's shapes: a sitting held in a body's meeting room (its floor and number written) is
 * held in one place, the room with its house; and a web page names its press in its channel path, its footer and its
 * datelines, where the press's name holds a place that is no place mention.
 */
class MeetingRoomsAndPressPathsTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldReadABodysMeetingRoomWithItsFloorAndNumberAsOnePlace() {
        java.util.Map<String, String> placeOf = java.util.Map.of(
                "县人大常委会第九次会议在县委三楼会议室召开。", "县委三楼会议室",
                "主任会议在区政府五楼一会议室举行。", "区政府五楼一会议室",
                "主任会议在市人大机关205会议室举行。", "市人大机关205会议室",
                "召集人会议在县行政中心第二会议室召开。", "县行政中心第二会议室");
        placeOf.forEach((text, place) -> assertThat(extractor.extract(text).places()).as(text).containsExactly(place));
        // the room is the body's own: the body is named too (县委), a 中心 is only the house
        assertThat(extractor.extract("会议在县委三楼会议室召开。").organizations()).containsExactly("县委");
        assertThat(extractor.extract("召集人会议在县行政中心第二会议室召开。").organizations()).isEmpty();
        // a meeting of the body, no room: the body alone
        NamedEntities meeting = extractor.extract("县委召开常委会会议。");
        assertThat(meeting.places()).isEmpty();
        assertThat(meeting.organizations()).containsExactly("县委");
    }

    @Test
    void shouldNameThePressOfAChannelPathAndAFooterNotItsPlace() {
        NamedEntities page = extractor.extract("您的位置：澳门网 > 新闻中心 > 正文\n会议今天闭幕。\n澳门网版权所有");
        assertThat(page.organizations()).containsExactly("澳门网");
        assertThat(page.places()).isEmpty();
        NamedEntities radio = extractor.extract("香港之声 > 央广新闻\n来源：央广网\n代表们表示。");
        assertThat(radio.organizations()).contains("香港之声");
        assertThat(radio.places()).isEmpty();
        NamedEntities footer = extractor.extract("正文完。\n大同日报社主办 大同日报社版权所有");
        assertThat(footer.organizations()).containsExactly("大同日报社");
        assertThat(footer.places()).isEmpty();
        // a path of no press (首页 > 新闻) names nothing
        assertThat(extractor.extract("首页 > 大同 > 新闻\n会议召开。").organizations()).isEmpty();
    }

    @Test
    void shouldNameAPressCreditedOnceWhereverItIsNamedAgain() {
        NamedEntities report = extractor.extract("海南网3月5日讯 会议今天开幕。海南网进行了现场直播。海南网 张明摄");
        assertThat(report.organizations()).containsExactly("海南网");
        assertThat(report.places()).isEmpty();
        // a place named on its own stays a place
        assertThat(extractor.extract("海南网3月5日讯 会议在海口召开，海南代表团出席。").places()).contains("海口");
    }

    @Test
    void shouldReadAPressWhoseDatelineStationIsALongPlaceName() {
        NamedEntities report = extractor.extract("中国侨网呼和浩特3月3日电 政协会议今天开幕。");
        assertThat(report.organizations()).containsExactly("中国侨网");
        assertThat(report.places()).containsExactly("呼和浩特");
    }
}
