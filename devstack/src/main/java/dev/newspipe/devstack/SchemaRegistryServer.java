package dev.newspipe.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dev stack's schema registry: the part of Confluent Schema Registry's REST API that newspipe uses
 * (register, look up by id, subjects and versions, compatibility check), with BACKWARD compatibility
 * enforced on register. Schemas are stored in a compacted Kafka topic, as Confluent's registry does, so a
 * restarted dev stack still reads the records it wrote before.
 */
public final class SchemaRegistryServer implements AutoCloseable {

    public static final String STORE_TOPIC = "_newspipe_schemas";
    private static final Logger log = LoggerFactory.getLogger(SchemaRegistryServer.class);
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Pattern SUBJECT_VERSIONS = Pattern.compile("/subjects/([^/]+)/versions/?");
    private static final Pattern SUBJECT_VERSION = Pattern.compile("/subjects/([^/]+)/versions/([^/]+)");
    private static final Pattern SUBJECT_LOOKUP = Pattern.compile("/subjects/([^/]+)/?");
    private static final Pattern SCHEMA_BY_ID = Pattern.compile("/schemas/ids/(\\d+)(/schema)?");
    private static final Pattern COMPATIBILITY = Pattern.compile("/compatibility/subjects/([^/]+)/versions/([^/]+)");

    private record Entry(String subject, int version, int id, Schema schema) {}

    private final ObjectMapper json = new ObjectMapper();
    private final KafkaProducer<String, String> producer;
    private final HttpServer http;
    /** subject → versions in order; guarded by {@code this}. */
    private final Map<String, List<Entry>> subjects = new TreeMap<>();
    private final Map<Integer, Schema> byId = new TreeMap<>();

    private SchemaRegistryServer(String bootstrapServers, int port) {
        ensureStoreTopic(bootstrapServers);
        replay(bootstrapServers);
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            producer.close();
            throw new UncheckedIOException("Cannot bind the schema registry to port " + port, e);
        }
        http.createContext("/", this::handle);
        http.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "schema-registry-http");
            t.setDaemon(true);
            return t;
        }));
        http.start();
    }

    /** Serves on {@code port} (0 picks one), storing schemas in the given Kafka cluster. */
    public static SchemaRegistryServer start(String bootstrapServers, int port) {
        SchemaRegistryServer server = new SchemaRegistryServer(bootstrapServers, port);
        log.info("Schema registry up at {} with {} schemas", server.url(), server.byId.size());
        return server;
    }

    public String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    private static void ensureStoreTopic(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            NewTopic topic = new NewTopic(STORE_TOPIC, 1, (short) 1).configs(Map.of("cleanup.policy", "compact"));
            admin.createTopics(List.of(topic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create schema store topic: " + e.getCause(), e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating schema store topic", e);
        }
    }

    private void replay(String bootstrapServers) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        p.put("enable.auto.commit", "false");
        TopicPartition partition = new TopicPartition(STORE_TOPIC, 0);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() != null) {
                        apply(record.value());
                    }
                }
            }
        }
    }

    private synchronized void apply(String stored) {
        try {
            JsonNode node = json.readTree(stored);
            Entry entry = new Entry(node.get("subject").asText(), node.get("version").asInt(), node.get("id").asInt(),
                    new Schema.Parser().parse(node.get("schema").asText()));
            List<Entry> versions = subjects.computeIfAbsent(entry.subject(), s -> new ArrayList<>());
            versions.removeIf(e -> e.version() == entry.version());
            versions.add(entry);
            versions.sort((a, b) -> Integer.compare(a.version(), b.version()));
            byId.put(entry.id(), entry.schema());
        } catch (IOException | RuntimeException e) {
            log.warn("Skipping unreadable schema record: {}", e.toString());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            try {
                Object answer = route(method, path, exchange.getRequestBody());
                reply(exchange, 200, answer);
            } catch (RegistryError e) {
                reply(exchange, e.status, Map.of("error_code", e.code, "message", e.getMessage()));
            } catch (RuntimeException e) {
                log.warn("Schema registry failed on {} {}", method, path, e);
                reply(exchange, 500, Map.of("error_code", 50001, "message", e.toString()));
            }
        }
    }

    private Object route(String method, String path, InputStream body) throws IOException {
        Matcher m;
        if (method.equals("GET") && (m = SCHEMA_BY_ID.matcher(path)).matches()) {
            Schema schema = schemaById(Integer.parseInt(m.group(1)));
            return m.group(2) != null ? json.readTree(schema.toString()) : Map.of("schema", schema.toString());
        }
        if (method.equals("GET") && path.matches("/subjects/?")) {
            synchronized (this) {
                return List.copyOf(subjects.keySet());
            }
        }
        if (method.equals("GET") && path.matches("/config/?")) {
            return Map.of("compatibilityLevel", "BACKWARD");
        }
        if ((m = SUBJECT_VERSIONS.matcher(path)).matches()) {
            String subject = m.group(1);
            if (method.equals("POST")) {
                return Map.of("id", register(subject, parseSchema(body)));
            }
            synchronized (this) {
                return versionsOf(subject).stream().map(Entry::version).toList();
            }
        }
        if (method.equals("GET") && (m = SUBJECT_VERSION.matcher(path)).matches()) {
            return describe(version(m.group(1), m.group(2)));
        }
        if (method.equals("POST") && (m = COMPATIBILITY.matcher(path)).matches()) {
            Entry existing = version(m.group(1), m.group(2));
            return Map.of("is_compatible", compatible(parseSchema(body), existing.schema()));
        }
        if (method.equals("POST") && (m = SUBJECT_LOOKUP.matcher(path)).matches()) {
            Schema schema = parseSchema(body);
            synchronized (this) {
                return versionsOf(m.group(1)).stream().filter(e -> e.schema().equals(schema)).findFirst().map(this::describe)
                        .orElseThrow(() -> new RegistryError(404, 40403, "Schema not found"));
            }
        }
        throw new RegistryError(404, 404, "No such endpoint: " + method + " " + path);
    }

    private synchronized int register(String subject, Schema schema) {
        List<Entry> versions = subjects.getOrDefault(subject, List.of());
        Optional<Entry> same = versions.stream().filter(e -> e.schema().equals(schema)).findFirst();
        if (same.isPresent()) {
            return same.get().id();
        }
        if (!versions.isEmpty() && !compatible(schema, versions.get(versions.size() - 1).schema())) {
            throw new RegistryError(409, 409, "Schema being registered is incompatible with the latest version of " + subject
                    + " (BACKWARD)");
        }
        int id = byId.entrySet().stream().filter(e -> e.getValue().equals(schema)).map(Map.Entry::getKey).findFirst()
                .orElse(byId.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1);
        int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
        ObjectNode stored = json.createObjectNode().put("subject", subject).put("version", version).put("id", id)
                .put("schema", schema.toString());
        try {
            producer.send(new ProducerRecord<>(STORE_TOPIC, subject + "/" + version, stored.toString())).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot store schema: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while storing schema", e);
        }
        apply(stored.toString());
        log.info("Registered schema {} as id {} version {} of {}", schema.getFullName(), id, version, subject);
        return id;
    }

    private static boolean compatible(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
                == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE;
    }

    private synchronized Schema schemaById(int id) {
        Schema schema = byId.get(id);
        if (schema == null) {
            throw new RegistryError(404, 40403, "Schema " + id + " not found");
        }
        return schema;
    }

    private List<Entry> versionsOf(String subject) {
        List<Entry> versions = subjects.get(subject);
        if (versions == null) {
            throw new RegistryError(404, 40401, "Subject '" + subject + "' not found.");
        }
        return versions;
    }

    private synchronized Entry version(String subject, String version) {
        List<Entry> versions = versionsOf(subject);
        if (version.equals("latest") || version.equals("-1")) {
            return versions.get(versions.size() - 1);
        }
        int wanted = Integer.parseInt(version);
        return versions.stream().filter(e -> e.version() == wanted).findFirst()
                .orElseThrow(() -> new RegistryError(404, 40402, "Version " + version + " not found."));
    }

    private Map<String, Object> describe(Entry e) {
        return Map.of("subject", e.subject(), "version", e.version(), "id", e.id(), "schema", e.schema().toString());
    }

    private Schema parseSchema(InputStream body) throws IOException {
        JsonNode request = json.readTree(body);
        String type = request.path("schemaType").asText("AVRO");
        if (!type.equals("AVRO")) {
            throw new RegistryError(422, 42201, "Only AVRO schemas are supported, not " + type);
        }
        try {
            return new Schema.Parser().parse(request.path("schema").asText());
        } catch (RuntimeException e) {
            throw new RegistryError(422, 42201, "Invalid schema: " + e.getMessage());
        }
    }

    private void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static final class RegistryError extends RuntimeException {
        final int status;
        final int code;

        RegistryError(int status, int code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    @Override
    public void close() {
        http.stop(0);
        producer.close(Duration.ofSeconds(5));
    }
}
