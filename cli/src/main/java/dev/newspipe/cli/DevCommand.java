package dev.newspipe.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of {@code newspipe dev}; {@link DevSession} runs it. The embedded stack is referenced only there, so
 * that the production image, which leaves the devstack module out, can still load every command.
 */
@Command(name = "dev", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on the embedded default: a real Kafka broker, Elasticsearch node and schema registry in this"
                + " JVM, with ingestor, enricher and indexer. Ingests the sample issues, waits until every article is searchable,"
                + " prints a summary, then keeps serving (and watching the inbox) until Ctrl-C.",
                "State lives in the data dir; a second run resumes on it without duplicating anything.",
                "Health and metrics of the whole pipeline on --http-port: /health/live, /health/ready, /metrics."})
final class DevCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption configOption;

    /** Data dir and ports of the embedded stack, as {@code newspipe stack} takes them. */
    @Mixin
    StackOptions stack;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples", description = "Issue pages to ingest (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--http-port", defaultValue = "9400",
            description = "Health and metrics port (default: ${DEFAULT-VALUE}; 0 picks a free one, -1 turns it off).")
    int httpPort;

    @Option(names = "--paper", description = "Newspaper of pages without metadata (default: the ingest.default.paper setting, as for"
            + " `newspipe ingest`, so that ingesting the same pages later does not duplicate them).")
    String paper;

    @Option(names = "--exit-when-done", description = "Exit 0 right after the summary instead of serving.")
    boolean exitWhenDone;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "180",
            description = "How long to wait for every article to become searchable (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        List<String> busy = portsInUse(ports());
        if (!busy.isEmpty()) {
            busy.forEach(spec.commandLine().getErr()::println);
            spec.commandLine().getErr().flush();
            return Newspipe.USAGE;
        }
        try {
            return new DevSession(this).run();
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("dev needs the embedded stack (module newspipe-devstack), which this distribution leaves out;"
                    + " run it from a checkout with ./newspipe dev", e);
        }
    }

    /** The ports dev binds, each as "option what"; 0 (a free port) and -1 (off) are never checked. */
    Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("--kafka-port Kafka", stack.kafkaPort);
        ports.put("--elasticsearch-port Elasticsearch", stack.elasticsearchPort);
        ports.put("--registry-port schema registry", stack.registryPort);
        ports.put("--http-port health and metrics", httpPort);
        return ports;
    }

    /** One message per port another process holds, naming the option to change; checked before anything starts. */
    static List<String> portsInUse(Map<String, Integer> ports) {
        List<String> busy = new ArrayList<>();
        ports.forEach((option, port) -> {
            if (port <= 0) {
                return;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(port));
            } catch (IOException e) {
                String flag = option.substring(0, option.indexOf(' '));
                busy.add("port " + port + " is in use: " + option.substring(option.indexOf(' ') + 1) + "; choose another with "
                        + flag + "=PORT");
            }
        });
        return busy;
    }
}
