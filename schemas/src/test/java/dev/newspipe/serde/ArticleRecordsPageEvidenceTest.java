package dev.newspipe.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newspipe.avro.RawArticle;
import dev.newspipe.core.classify.PageEvidence;
import dev.newspipe.core.model.Article;
import dev.newspipe.core.model.Category;
import dev.newspipe.core.model.PageRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;

/** What a page says about its article travels in the raw record; records written before the field read as empty. */
class ArticleRecordsPageEvidenceTest {

    private static final Article CAPTION = new Article(PageRef.dated(LocalDate.of(2024, 3, 5)), 2, null, null, null, null,
            List.of("这是会前代表们步入会场。新华社记者 某某 摄"), null, null, null);

    @Test
    void shouldCarryThePageEvidenceOfAnArticle() {
        PageEvidence evidence = new PageEvidence(Category.SESSION_NOTICE, "caption in a photo set of the session's page",
                "第十四届全国人民代表大会第2次会议", 2.5);
        RawArticle raw = ArticleRecords.toRaw(CAPTION, 3, Instant.EPOCH, List.of(evidence));
        assertThat(raw.getPageEvidence()).singleElement().satisfies(c -> assertThat(c.getCategory()).isEqualTo("session_notice"));
        assertThat(ArticleRecords.pageEvidence(raw)).containsExactly(evidence);
        assertThat(ArticleRecords.pageEvidence(ArticleRecords.toRaw(CAPTION, 3, Instant.EPOCH))).isEmpty();
    }

    @Test
    void shouldReadARecordWrittenBeforeThePageEvidenceAsHavingNone() throws IOException {
        // the raw record's schema as it was before page_evidence: every field but it
        Schema current = RawArticle.getClassSchema();
        List<Schema.Field> older = current.getFields().stream().filter(f -> !f.name().equals("page_evidence"))
                .map(f -> new Schema.Field(f, f.schema())).toList();
        Schema before = Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, older);
        RawArticle now = ArticleRecords.toRaw(CAPTION, 3, Instant.EPOCH);
        GenericRecord old = new GenericData.Record(before);
        for (Schema.Field f : before.getFields()) {
            old.put(f.name(), now.get(f.name()));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new GenericDatumWriter<GenericRecord>(before, SpecificData.getForClass(RawArticle.class)).write(old, encoder);
        encoder.flush();
        RawArticle read = new SpecificDatumReader<RawArticle>(before, current)
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));
        assertThat(ArticleRecords.pageEvidence(read)).isEmpty();
        assertThat(ArticleRecords.fromRaw(read)).isEqualTo(ArticleRecords.fromRaw(now));
    }
}
