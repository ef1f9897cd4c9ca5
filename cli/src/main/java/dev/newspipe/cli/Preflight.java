package dev.newspipe.cli;

import dev.newspipe.config.Config;
import dev.newspipe.index.ElasticsearchClients;
import dev.newspipe.ops.Dependency;
import dev.newspipe.ops.Endpoints;
import dev.newspipe.ops.Reachability;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What a one-shot command checks before it starts: every endpoint it needs answers within
 * {@link Reachability#COMMAND_BUDGET}, or the command stops with one line per endpoint naming the setting to
 * check (exit 1), instead of hanging on a client's own minute-long timeouts.
 */
final class Preflight {

    enum Need { KAFKA, REGISTRY, ELASTICSEARCH, KIBANA }

    private Preflight() {}

    static void require(Config config, Need... needs) {
        Reachability.require(dependencies(config, needs), Reachability.COMMAND_BUDGET);
    }

    static List<Dependency> dependencies(Config config, Need... needs) {
        List<Dependency> dependencies = new ArrayList<>();
        for (Need need : needs) {
            dependencies.add(switch (need) {
                case KAFKA -> Endpoints.kafka(config);
                case REGISTRY -> Endpoints.registry(config);
                case ELASTICSEARCH -> ElasticsearchClients.dependency(config);
                case KIBANA -> kibana(config);
            });
        }
        return dependencies;
    }

    /** Kibana's status API; a Kibana that is still starting answers 503, which counts as not reachable yet. */
    static Dependency kibana(Config config) {
        String user = config.get(KibanaObjects.USERNAME);
        String auth = user == null ? null : "Basic " + Base64.getEncoder().encodeToString((user + ":"
                + (config.get(KibanaObjects.PASSWORD) == null ? "" : config.get(KibanaObjects.PASSWORD))).getBytes(StandardCharsets.UTF_8));
        return Endpoints.http("Kibana", config.require(KibanaObjects.URL), "api/status", KibanaObjects.URL.key(), auth, null);
    }
}
