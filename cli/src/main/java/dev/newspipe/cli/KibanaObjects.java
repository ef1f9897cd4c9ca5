package dev.newspipe.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newspipe.config.Config;
import dev.newspipe.config.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Imports {@code kibana/newspipe.ndjson} through Kibana's saved objects API, overwriting earlier imports. */
final class KibanaObjects {

    static final Setting<String> URL = Setting.string("kibana.url", null, "Kibana to import the data views and dashboard into (setup).");
    static final Setting<String> USERNAME = Setting.string("kibana.username", null, "User for Kibana's basic auth (setup).");
    static final Setting<String> PASSWORD = Setting.secret("kibana.password", "Password for Kibana's basic auth (setup).");
    static final List<Setting<?>> SETTINGS = List.of(URL, USERNAME, PASSWORD);
    static final String RESOURCE = "/kibana/newspipe.ndjson";

    private KibanaObjects() {}

    static String importInto(Config config) throws IOException, InterruptedException {
        String kibanaUrl = config.require(URL);
        byte[] objects = read();
        String boundary = "newspipe-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"newspipe.ndjson\"\r\n"
                + "Content-Type: application/ndjson\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + objects.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(objects, 0, body, head.length, objects.length);
        System.arraycopy(tail, 0, body, head.length + objects.length, tail.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(kibanaUrl.replaceAll("/$", "") + "/api/saved_objects/_import?overwrite=true"))
                .timeout(Duration.ofSeconds(60))
                .header("kbn-xsrf", "newspipe")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        String user = config.get(USERNAME);
        if (user != null) {
            String password = config.get(PASSWORD) == null ? "" : config.get(PASSWORD);
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return outcome(response.statusCode(), response.body());
    }

    /**
     * The import's result: Kibana answers 200 even when it refused objects ({@code "success": false} with an
     * {@code errors} list), so both the status and the body decide.
     */
    static String outcome(int status, String body) throws IOException {
        if (status / 100 != 2) {
            throw new IOException("Kibana refused the import with " + status + ": " + body);
        }
        JsonNode result = new ObjectMapper().readTree(body);
        if (!result.path("success").asBoolean(false)) {
            List<String> errors = new java.util.ArrayList<>();
            result.path("errors").forEach(e -> errors.add((e.path("type").asText() + " " + e.path("id").asText() + ": "
                    + e.path("error").path("type").asText() + " " + e.path("error").path("message").asText("")).trim()));
            throw new IOException("Kibana refused " + errors.size() + " of the objects: " + String.join("; ", errors));
        }
        return "imported " + result.path("successCount").asInt() + " Kibana objects";
    }

    private static byte[] read() throws IOException {
        Path local = Path.of("kibana/newspipe.ndjson");
        if (Files.isRegularFile(local)) {
            return Files.readAllBytes(local);
        }
        try (InputStream in = KibanaObjects.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("kibana/newspipe.ndjson not found");
            }
            return in.readAllBytes();
        }
    }
}
