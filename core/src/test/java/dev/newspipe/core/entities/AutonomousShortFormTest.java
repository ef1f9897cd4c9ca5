package dev.newspipe.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.core.model.NamedEntities;
import org.junit.jupiter.api.Test;

/** Hand-written texts: an autonomous division written by its short form and its kind (恩施自治州, 西藏自治区). */
class AutonomousShortFormTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldReadAShortFormAndItsAutonomousKindAsTheDivisionWhole() {
        NamedEntities news = extractor.extract("意见请反馈至恩施自治州人大常委会法工委。代表们来到黔东南自治州。");
        assertThat(news.organizations()).containsExactly("恩施自治州人大常委会法工委");
        assertThat(news.places()).containsExactly("黔东南自治州");
        // the short form alone stays the short form; a city's short form before 县 stays the county named after it
        NamedEntities plain = extractor.extract("恩施发展很快。芜湖县人民政府。");
        assertThat(plain.places()).containsExactly("恩施");
        assertThat(plain.organizations()).containsExactly("芜湖县人民政府");
    }
}
