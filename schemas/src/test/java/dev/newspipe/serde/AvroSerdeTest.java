package dev.newspipe.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newspipe.avro.RawArticle;
import dev.newspipe.registry.InMemorySchemaRegistry;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final AvroSerde<RawArticle> serde = AvroSerde.forValues(RawArticle.class, registry);

    static RawArticle article() {
        return RawArticle.newBuilder().setId("a1").setPaper("大同日报").setIssueDate(LocalDate.of(2026, 1, 23)).setPage("1").setSeq(1)
                .setPageArticleCount(2).setTitle("市十六届人大六次会议闭幕").setParagraphs(List.of("本报讯（记者 李雪峰）……", "第二段。"))
                .setContinuesOn("第四版").setSourceFile("1.txt").setContentHash("h").setRevision(42L)
                .setIngestedAt(Instant.parse("2026-01-23T01:02:03Z")).build();
    }

    @Test
    void shouldRoundTripInConfluentWireFormat() {
        byte[] bytes = serde.serializer().serialize("news.raw", article());

        assertThat(bytes[0]).isEqualTo(WireFormat.MAGIC_BYTE);
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        assertThat(registry.schemaById(id)).isEqualTo(RawArticle.getClassSchema());
        assertThat(registry.register("news.raw-value", RawArticle.getClassSchema())).isEqualTo(id);
        assertThat(serde.deserializer().deserialize("news.raw", bytes)).isEqualTo(article());
    }

    @Test
    void shouldPassTombstonesThrough() {
        assertThat(serde.serializer().serialize("news.raw", null)).isNull();
        assertThat(serde.deserializer().deserialize("news.raw", null)).isNull();
    }

    @Test
    void shouldNameTheUnknownSchemaId() {
        byte[] bytes = serde.serializer().serialize("news.raw", article());
        ByteBuffer.wrap(bytes).putInt(1, 9999);
        assertThatThrownBy(() -> serde.deserializer().deserialize("news.raw", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Unknown schema id 9999").hasMessageContaining("news.raw");
    }

    @Test
    void shouldRejectRecordsNotInTheWireFormat() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("news.raw", "{\"id\":\"a1\"}".getBytes()))
                .isInstanceOf(SerializationException.class).hasMessageContaining("magic byte");
        assertThatThrownBy(() -> serde.deserializer().deserialize("news.raw", new byte[] {0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("too short");
    }
}
