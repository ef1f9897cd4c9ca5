package dev.newspipe.ops;

import dev.newspipe.config.CommonSettings;
import dev.newspipe.config.Config;
import dev.newspipe.registry.SchemaRegistries;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** The dependencies every service shares: the Kafka cluster and the schema registry; and plain HTTP endpoints. */
public final class Endpoints {

    private Endpoints() {}

    /**
     * The broker: a TCP connect to the first bootstrap address (which tells "refused" from "unknown host"), then a
     * cluster description through an admin client with the configured security settings.
     */
    public static Dependency kafka(Config config) {
        Map<String, Object> clients = config.kafkaClients();
        String bootstrap = clients.get("bootstrap.servers").toString();
        return new Dependency("Kafka", bootstrap, CommonSettings.KAFKA_BOOTSTRAP_SERVERS.key(), timeout -> {
            String first = bootstrap.split(",")[0].trim().replaceFirst("^[A-Za-z_]+://", "");
            int colon = first.lastIndexOf(':');
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(first.substring(0, colon), Integer.parseInt(first.substring(colon + 1))),
                        (int) Math.min(timeout.toMillis() / 2, 3000));
            }
            Map<String, Object> props = new HashMap<>(clients);
            int ms = (int) timeout.toMillis();
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
            props.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, Math.min(ms, 5000));
            props.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, Math.min(ms, 5000));
            props.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "newspipe-reachability");
            try (Admin admin = Admin.create(props)) {
                admin.describeCluster(new DescribeClusterOptions().timeoutMs(ms)).nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /** The schema registry: {@code GET /subjects} answered with 200 (401 means the credentials are wrong). */
    public static Dependency registry(Config config) {
        String url = config.require(CommonSettings.SCHEMA_REGISTRY_URL);
        String userInfo = config.get(CommonSettings.SCHEMA_REGISTRY_USER_INFO);
        String auth = userInfo == null ? null : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
        if (url.startsWith(SchemaRegistries.IN_MEMORY)) {
            return new Dependency("Schema registry", url, CommonSettings.SCHEMA_REGISTRY_URL.key(), timeout -> {});
        }
        return http("Schema registry", url, "subjects", CommonSettings.SCHEMA_REGISTRY_URL.key(), auth, null);
    }

    /**
     * An HTTP endpoint that must answer {@code path} with 2xx; 401 names the credentials as the problem. A 403 counts
     * as reachable: the credentials were accepted, they only lack the right for this path, which a least-privilege
     * API key may well do.
     *
     * @param authorization value of the Authorization header, or null
     * @param ssl TLS context for a private CA, or null for the JDK's default
     */
    public static Dependency http(String name, String baseUrl, String path, String setting, String authorization, SSLContext ssl) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return new Dependency(name, baseUrl, setting, timeout -> {
            HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout);
            if (ssl != null) {
                builder.sslContext(ssl);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).GET();
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<Void> response = builder.build().send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status == 401) {
                throw new IOException("answered 401: the credentials were refused");
            } else if (status / 100 != 2 && status != 403) {
                throw new IOException("answered " + status);
            }
        });
    }
}
