package dev.newspipe.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * POSTs alerts to a webhook. Connection failures, 429 and 5xx answers are retried with capped exponential
 * backoff until delivered; other 4xx answers mean the webhook refuses the alert, which is an error.
 */
final class WebhookDelivery {

    private static final int MAX_ATTEMPTS = 8;

    private final URI url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookDelivery(URI url) {
        this.url = url;
    }

    void post(String json) throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return;
                }
                if (status != 429 && status < 500) {
                    throw new IOException("Webhook " + url + " refused the alert with " + status + ": " + response.body());
                }
                last = new IOException("Webhook " + url + " answered " + status);
            } catch (java.net.ConnectException | java.net.http.HttpTimeoutException e) {
                last = e;
            }
            Thread.sleep(Math.min(30_000L, 250L << attempt));
        }
        throw new IOException("Webhook " + url + " not reachable after " + MAX_ATTEMPTS + " attempts", last);
    }
}
