package dev.newspipe.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawArticlesTest {

    @Test
    void shouldKeepABodyWithinTheLimitAsItIs() {
        List<String> paragraphs = List.of("会议举行。", "会议闭幕。");
        assertThat(RawArticles.truncate(paragraphs, 1024)).isSameAs(paragraphs);
    }

    @Test
    void shouldCutALongBodyWithinTheLimitAndEndItWithTheMarker() {
        List<String> paragraphs = List.of("第一段。".repeat(100), "第二段。".repeat(1000), "第三段。".repeat(100));
        List<String> cut = RawArticles.truncate(paragraphs, 3000);
        int bytes = cut.subList(0, cut.size() - 1).stream().mapToInt(p -> p.getBytes(StandardCharsets.UTF_8).length + 1).sum();
        assertThat(bytes).isLessThanOrEqualTo(3000);
        assertThat(cut.get(0)).isEqualTo(paragraphs.get(0));
        assertThat(paragraphs.get(1)).startsWith(cut.get(1));
        int omitted = paragraphs.stream().mapToInt(String::length).sum() - cut.get(0).length() - cut.get(1).length();
        assertThat(cut.get(cut.size() - 1)).isEqualTo(String.format(RawArticles.TRUNCATION_MARKER, omitted));
    }

    @Test
    void shouldNeverSplitASurrogatePair() {
        List<String> cut = RawArticles.truncate(List.of("𠀀".repeat(100)), 10);
        assertThat(cut.get(0)).isEqualTo("𠀀𠀀");
    }

    @Test
    void shouldHandOutRevisionsAboveZeroThatOnlyGrowEvenWhenTheClockGoesBack() {
        Revisions before1970 = new Revisions(Clock.fixed(Instant.ofEpochMilli(-5), ZoneOffset.UTC));
        assertThat(before1970.next()).isEqualTo(1);
        assertThat(before1970.next()).isEqualTo(2);
        Revisions fixed = new Revisions(Clock.fixed(Instant.ofEpochMilli(1_000), ZoneOffset.UTC));
        assertThat(List.of(fixed.next(), fixed.next(), fixed.next())).containsExactly(1_000L, 1_001L, 1_002L);
    }
}
