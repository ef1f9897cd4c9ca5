package dev.newspipe.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.newspipe.config.Config;
import dev.newspipe.config.Setting;
import dev.newspipe.config.Tls;
import dev.newspipe.ops.Dependency;
import dev.newspipe.ops.Endpoints;
import java.nio.file.Path;
import java.util.List;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/** Builds the official Java client from configuration: URL, API key or basic auth, and an optional CA for TLS. */
public final class ElasticsearchClients {

    public static final Setting<String> URL = Setting.string("elasticsearch.url", "http://127.0.0.1:9200",
            "Elasticsearch URL; https:// for TLS.");
    public static final Setting<String> API_KEY = Setting.secret("elasticsearch.api.key", "Encoded API key (wins over basic auth).");
    public static final Setting<String> USERNAME = Setting.string("elasticsearch.username", null, "User for basic auth.");
    public static final Setting<String> PASSWORD = Setting.secret("elasticsearch.password", "Password for basic auth.");
    public static final Setting<Path> CA_CERT = Setting.path("elasticsearch.ca.cert", null,
            "PEM file of the CA that signed the cluster's certificate, for TLS with a private CA.");
    public static final Setting<String> ARTICLES_ALIAS = Setting.string("index.articles", "news-articles",
            "Alias of the articles index.");
    public static final Setting<String> FIGURES_ALIAS = Setting.string("index.figures", "news-figures", "Alias of the figures index.");

    public static final List<Setting<?>> SETTINGS = List.of(URL, API_KEY, USERNAME, PASSWORD, CA_CERT, ARTICLES_ALIAS, FIGURES_ALIAS);

    private ElasticsearchClients() {}

    public static IndexNames indexNames(Config config) {
        return new IndexNames(config.require(ARTICLES_ALIAS), config.require(FIGURES_ALIAS));
    }

    /** The client; closing its transport closes the underlying HTTP client. */
    public static ElasticsearchClient create(Config config) {
        RestClientBuilder builder = RestClient.builder(HttpHost.create(config.require(URL)));
        String apiKey = config.get(API_KEY);
        String user = config.get(USERNAME);
        Path ca = config.get(CA_CERT);
        if (apiKey != null) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + apiKey)});
        }
        builder.setHttpClientConfigCallback(http -> {
            if (apiKey == null && user != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(user, config.get(PASSWORD)));
                http.setDefaultCredentialsProvider(credentials);
            }
            if (ca != null) {
                http.setSSLContext(Tls.trusting(ca));
            }
            return http;
        });
        return new ElasticsearchClient(new RestClientTransport(builder.build(), new JacksonJsonpMapper()));
    }

    /** Elasticsearch as a dependency: {@code GET /_cluster/health} with the configured credentials and CA must answer. */
    public static Dependency dependency(Config config) {
        String url = config.require(URL);
        String apiKey = config.get(API_KEY);
        String user = config.get(USERNAME);
        String auth = apiKey != null ? "ApiKey " + apiKey
                : user != null ? "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + (config.get(PASSWORD) == null ? ""
                        : config.get(PASSWORD))).getBytes(java.nio.charset.StandardCharsets.UTF_8)) : null;
        Path ca = config.get(CA_CERT);
        return Endpoints.http("Elasticsearch", url, "_cluster/health", URL.key(), auth, ca == null ? null : Tls.trusting(ca));
    }
}
