package dev.newspipe.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Client for the REST API of Confluent Schema Registry (and of the dev stack's embedded registry,
 * which serves the same subset). Only what the serde needs: register under a subject, fetch by id.
 *
 * <p>Failures without an answer and 5xx answers are retried with backoff; 4xx answers are final.
 *
 * <p>Like Confluent's serializer it can leave registration to others ({@code auto.register.schemas=false}): it then
 * looks the schema up under the subject, or with {@code use.latest.version} takes the subject's latest schema, which
 * the serde converts records to.
 */
public final class RestSchemaRegistry implements SchemaRegistry {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final int ATTEMPTS = 4;

    /**
     * How schemas are found when producing, and TLS.
     *
     * @param autoRegister register the writer schema (the default), else only look it up
     * @param useLatestVersion with {@code autoRegister} off: the subject's latest schema instead of the exact one
     * @param ssl context for a registry behind a private CA, or null for the JDK's trust store
     */
    public record Options(boolean autoRegister, boolean useLatestVersion, javax.net.ssl.SSLContext ssl) {
        public static final Options DEFAULT = new Options(true, false, null);
    }

    private final URI baseUri;
    private final Options options;
    private final Optional<String> authorization;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Map<Schema, Integer>> registered = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> fetched = new ConcurrentHashMap<>();

    /**
     * @param url base URL such as {@code http://127.0.0.1:8081}
     * @param basicAuthUserInfo {@code user:password} for basic auth, or empty
     */
    public RestSchemaRegistry(String url, Optional<String> basicAuthUserInfo) {
        this(url, basicAuthUserInfo, Options.DEFAULT);
    }

    public RestSchemaRegistry(String url, Optional<String> basicAuthUserInfo, Options options) {
        String base = Objects.requireNonNull(url, "url").trim();
        if (base.isEmpty()) {
            throw new IllegalArgumentException("schema registry url must not be empty");
        }
        this.baseUri = URI.create(base.endsWith("/") ? base : base + "/");
        this.authorization = basicAuthUserInfo.filter(s -> !s.isBlank())
                .map(s -> "Basic " + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
        this.options = Objects.requireNonNull(options, "options");
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (options.ssl() != null) {
            builder.sslContext(options.ssl());
        }
        this.http = builder.build();
    }

    @Override
    public int register(String subject, Schema schema) {
        Map<Schema, Integer> subjectCache = registered.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
        Integer cached = subjectCache.get(schema);
        if (cached != null) {
            return cached;
        }
        String body;
        try {
            body = json.writeValueAsString(Map.of("schema", schema.toString()));
        } catch (IOException e) {
            throw new SchemaRegistryException("Cannot encode schema " + schema.getFullName(), e);
        }
        if (!options.autoRegister() && options.useLatestVersion()) {
            JsonNode latest = send("GET", "subjects/" + encode(subject) + "/versions/latest", null);
            int id = id(latest, subject);
            fetched.putIfAbsent(id, new Schema.Parser().parse(latest.path("schema").asText()));
            subjectCache.put(schema, id);
            return id;
        }
        JsonNode answer;
        try {
            answer = options.autoRegister() ? send("POST", "subjects/" + encode(subject) + "/versions", body)
                    : send("POST", "subjects/" + encode(subject), body);
        } catch (SchemaRegistryException e) {
            if (!options.autoRegister() && e.status() == 404) {
                throw new SchemaRegistryException("Schema " + schema.getFullName() + " of this build is not registered under " + subject
                        + " and schema.registry.auto.register.schemas is false: register it, or set schema.registry.use.latest.version=true"
                        + " (" + e.getMessage() + ")", 404);
            }
            throw e;
        }
        int id = id(answer, subject);
        subjectCache.put(schema, id);
        fetched.putIfAbsent(id, schema);
        return id;
    }

    private static int id(JsonNode answer, String subject) {
        int id = answer.path("id").asInt(-1);
        if (id < 0) {
            throw new SchemaRegistryException("Registry answered without an id for " + subject, 502);
        }
        return id;
    }

    @Override
    public Schema schemaById(int id) {
        Schema cached = fetched.get(id);
        if (cached != null) {
            return cached;
        }
        JsonNode answer = send("GET", "schemas/ids/" + id, null);
        Schema schema = new Schema.Parser().parse(answer.path("schema").asText());
        fetched.put(id, schema);
        return schema;
    }

    private JsonNode send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", CONTENT_TYPE)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", CONTENT_TYPE);
        }
        authorization.ifPresent(a -> request.header("Authorization", a));
        SchemaRegistryException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    return json.readTree(response.body());
                }
                last = new SchemaRegistryException(describe(method, path, response), response.statusCode());
            } catch (IOException e) {
                last = new SchemaRegistryException("Schema registry at " + baseUri + " did not answer " + method + " /" + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SchemaRegistryException("Interrupted while calling the schema registry", e);
            }
            if (!last.retriable()) {
                throw last;
            }
            sleep(100L << attempt);
        }
        throw last;
    }

    private String describe(String method, String path, HttpResponse<String> response) {
        String message = response.body();
        try {
            JsonNode error = json.readTree(response.body());
            message = error.path("message").asText(message);
        } catch (IOException ignored) {
            // not JSON: keep the raw body
        }
        return "Schema registry answered " + response.statusCode() + " to " + method + " /" + path + ": " + message;
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "RestSchemaRegistry[" + baseUri + "]";
    }
}
