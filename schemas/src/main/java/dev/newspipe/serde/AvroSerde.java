package dev.newspipe.serde;

import dev.newspipe.registry.SchemaRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for generated Avro classes in Confluent's wire format, registering the writer schema under
 * {@code <topic>-value} (TopicNameStrategy) and resolving old writer schemas against the reader's class.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final Class<T> type;
    private final Schema readerSchema;
    private final SchemaRegistry registry;
    private final boolean isKey;
    private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();
    private final SpecificDatumWriter<T> writer;

    private AvroSerde(Class<T> type, SchemaRegistry registry, boolean isKey) {
        this.type = type;
        this.readerSchema = SpecificData.get().getSchema(type);
        this.registry = registry;
        this.isKey = isKey;
        this.writer = new SpecificDatumWriter<>(readerSchema);
    }

    public static <T extends SpecificRecord> AvroSerde<T> forValues(Class<T> type, SchemaRegistry registry) {
        return new AvroSerde<>(type, registry, false);
    }

    @Override
    public Serializer<T> serializer() {
        return this::serialize;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this::deserialize;
    }

    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        int id = registry.register(subject(topic), readerSchema);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        try {
            writer.write(record, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot encode " + type.getSimpleName() + " for topic " + topic + ": " + e.getMessage(), e);
        }
        byte[] body = out.toByteArray();
        Schema registered = registry.schemaById(id);
        if (!registered.equals(readerSchema)) {
            // the registry's latest schema (use.latest.version), not this build's: resolve the record into it, as a
            // consumer of the latest schema would, and write that
            body = toSchema(body, registered, topic);
        }
        return WireFormat.frame(id, body);
    }

    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        int id;
        try {
            id = WireFormat.schemaId(data);
        } catch (IllegalArgumentException e) {
            throw new SerializationException("Record on " + topic + " is not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        DatumReader<T> reader;
        try {
            reader = readers.computeIfAbsent(id, i -> new SpecificDatumReader<>(registry.schemaById(i), readerSchema));
        } catch (RuntimeException e) {
            throw new SerializationException("Unknown schema id " + id + " on " + topic + ": " + e.getMessage(), e);
        }
        BinaryDecoder decoder = DecoderFactory.get()
                .binaryDecoder(data, WireFormat.HEADER_LENGTH, data.length - WireFormat.HEADER_LENGTH, null);
        try {
            return reader.read(null, decoder);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot decode " + type.getSimpleName() + " with schema " + id + " on " + topic + ": " + e, e);
        }
    }

    private byte[] toSchema(byte[] body, Schema target, String topic) {
        try {
            GenericDatumReader<Object> resolve = new GenericDatumReader<>(readerSchema, target);
            Object converted = resolve.read(null, DecoderFactory.get().binaryDecoder(body, null));
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 16);
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            new GenericDatumWriter<>(target).write(converted, encoder);
            encoder.flush();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot convert " + type.getSimpleName() + " to the registered schema of " + subject(topic)
                    + ": " + e.getMessage(), e);
        }
    }

    private String subject(String topic) {
        return topic + (isKey ? "-key" : "-value");
    }
}
