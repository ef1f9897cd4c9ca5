package dev.newspipe.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.newspipe.config.Config;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry over https with a certificate of a private CA (a self-signed one, made with the JDK's keytool): trusted
 * through {@code schema.registry.ca.cert}, refused without it.
 */
class RegistryTlsTest {

    @TempDir
    Path dir;

    private HttpsServer server;
    private Path caPem;

    @BeforeEach
    void start() throws Exception {
        Path keystore = dir.resolve("registry.p12");
        keytool("-genkeypair", "-alias", "registry", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
        caPem = dir.resolve("ca.pem");
        keytool("-exportcert", "-rfc", "-alias", "registry", "-keystore", keystore.toString(), "-storepass", "changeit", "-file",
                caPem.toString());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/schemas/ids/3", exchange -> {
            byte[] body = "{\"schema\": \"\\\"string\\\"\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldTrustTheRegistryThroughTheConfiguredCaOnly() {
        String url = "https://127.0.0.1:" + server.getAddress().getPort();
        Config config = Config.of(Map.of(), Map.of("schema.registry.url", url, "schema.registry.ca.cert", caPem.toString()));
        try (SchemaRegistry trusted = SchemaRegistries.from(config)) {
            assertThat(trusted.schemaById(3)).isEqualTo(Schema.create(Schema.Type.STRING));
        }
        try (SchemaRegistry untrusted = new RestSchemaRegistry(url, Optional.empty())) {
            assertThatThrownBy(() -> untrusted.schemaById(3)).isInstanceOf(SchemaRegistryException.class).hasMessageContaining("did not answer");
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("keytool %s: %s", args[0], output).isZero();
    }
}
