package dev.newspipe.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimplifiedViewTest {

    @Test
    void shouldReadTraditionalScriptAsSimplified() {
        SimplifiedView view = SimplifiedView.of("大同市第十六屆人民代表大會第六次會議關於政府工作報告的決議");
        assertThat(view.text()).isEqualTo("大同市第十六届人民代表大会第六次会议关于政府工作报告的决议");
        assertThat(view.changed()).isTrue();
    }

    @Test
    void shouldDropPinyinResidueAndMapOffsetsBackToTheOriginal() {
        String original = "全省經(jīng)濟增長5%，會(huì)議指出";
        SimplifiedView view = SimplifiedView.of(original);
        assertThat(view.text()).isEqualTo("全省经济增长5%，会议指出");
        int start = view.text().indexOf("5%");
        assertThat(view.originalOf(start, start + 2)).isEqualTo("5%");
        int meeting = view.text().indexOf("会议");
        assertThat(view.originalOf(meeting, meeting + 2)).isEqualTo("會(huì)議");
        assertThat(view.toOriginal(view.text().length())).isEqualTo(original.length());
    }

    @Test
    void shouldDropPinyinResidueWithASpaceBeforeItsClosingBracket() {
        SimplifiedView view = SimplifiedView.of("陝西省十屆人大三次會(huì )議主席團舉行第三次會(huì )議");
        assertThat(view.text()).isEqualTo("陕西省十届人大三次会议主席团举行第三次会议");
    }

    @Test
    void shouldKeepBracketedWordsThatAreNoPinyin() {
        String original = "会议（第3号）通过(草案)，代表(a)组";
        assertThat(SimplifiedView.of(original).text()).isEqualTo(original);
    }

    @Test
    void shouldLeaveSimplifiedTextAsItIs() {
        String text = "市十六届人大六次会议主席团举行第四次会议";
        SimplifiedView view = SimplifiedView.of(text);
        assertThat(view.text()).isEqualTo(text);
        assertThat(view.changed()).isFalse();
        assertThat(view.toOriginal(5)).isEqualTo(5);
    }

    @Test
    void shouldMapEveryOffsetOfAnUnchangedViewToItself() {
        String text = "（上接第一版）全市地区生产总值增长5%";
        SimplifiedView view = SimplifiedView.of(text);
        assertThat(view.text()).isSameAs(text);
        assertThat(view.toOriginal(text.length())).isEqualTo(text.length());
        assertThat(view.offsets()).containsExactly(java.util.stream.IntStream.rangeClosed(0, text.length()).toArray());
        assertThat(view.originalOf(text.indexOf("5%"), text.indexOf("5%") + 2)).isEqualTo("5%");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> view.toOriginal(text.length() + 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void shouldDropResidueWhenTheTextAlsoHasPlainBrackets() {
        String original = "（记者 王明）會(huì)议";
        SimplifiedView view = SimplifiedView.of(original);
        assertThat(view.text()).isEqualTo("（记者 王明）会议");
        assertThat(view.originalOf(view.text().indexOf("会议"), view.text().length())).isEqualTo("會(huì)议");
    }
}
