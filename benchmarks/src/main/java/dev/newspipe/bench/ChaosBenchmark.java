package dev.newspipe.bench;

import dev.newspipe.avro.RawArticle;
import dev.newspipe.config.Config;
import dev.newspipe.index.ElasticsearchClients;
import dev.newspipe.index.PipelineAudit;
import dev.newspipe.ingest.publish.RawArticles;
import dev.newspipe.core.read.IssueFileReader;
import dev.newspipe.core.read.ReadResult;
import dev.newspipe.core.Newsdesk;
import dev.newspipe.testkit.FileFuzzer;
import dev.newspipe.testkit.TestData;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The chaos suite's long scenarios, with real child processes killed with SIGKILL: the {@code newspipe} CLI's
 * {@code dev}, or {@code stack} plus {@code watch}, {@code enricher} and {@code indexer} as four JVMs. Each
 * scenario backfills generated pages (sample pages repeated under distinct names, so every article has its
 * own id) through the inbox, breaks something mid-way, waits until it is over and audits: expected article
 * ids against Elasticsearch (lost, duplicated), figures without their article, dead letters, quarantined
 * files, and whether every service still runs. Prints the README's table.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = "Kill -9 and outage scenarios on real child processes; prints scenario, input, lost, duplicated, dead-lettered,"
                + " quarantined.")
final class ChaosBenchmark implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "5000", description = "Articles to backfill per scenario (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--fuzzed", defaultValue = "1000", description = "Fuzzed files dropped with the backfill of the separate-process"
            + " scenario (default: ${DEFAULT-VALUE}).")
    int fuzzed;

    @Option(names = "--latency-drops", defaultValue = "60", description = "Single-page drops timed from file to searchable (default: ${DEFAULT-VALUE}).")
    int latencyDrops;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where data dirs and logs go (default: a new temp dir).")
    Path workDir;

    @Option(names = "--only", split = ",", description = "Run only the scenarios whose name contains one of these (comma-separated).")
    List<String> only;

    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (workDir == null) {
            workDir = Files.createTempDirectory("newspipe-chaos");
        }
        System.err.println("chaos: work dir " + workDir);
        rows.add("| scenario | input | lost | duplicated | dead-lettered | quarantined | services running |");
        rows.add("| --- | --- | --- | --- | --- | --- | --- |");
        boolean ok = true;
        ok &= run("kill -9 dev mid-backfill, restart", this::killDev);
        ok &= run("kill -9 each service (separate processes) mid-backfill, restart; fuzzed files in the inbox", this::killServices);
        ok &= run("broker (stack process) killed and restarted mid-backfill", this::killStack);
        ok &= run("Elasticsearch write-blocked for 60 s mid-backfill", this::writeBlock);
        System.out.println();
        rows.forEach(System.out::println);
        notes.forEach(System.out::println);
        return ok ? 0 : 1;
    }

    @FunctionalInterface
    private interface Scenario {
        Result run(Path dir) throws Exception;
    }

    private record Result(String input, int lost, int duplicated, int deadLettered, int quarantined, boolean running) {}

    private boolean run(String name, Scenario scenario) {
        if (only != null && only.stream().noneMatch(name::contains)) {
            return true;
        }
        System.err.println("chaos: " + name + " ...");
        long started = System.nanoTime();
        try {
            Path dir = Files.createDirectories(workDir.resolve("s" + rows.size()));
            Result r = scenario.run(dir);
            String row = String.format("| %s | %s | %d | %d | %d | %d | %s |", name, r.input(), r.lost(), r.duplicated(), r.deadLettered(),
                    r.quarantined(), r.running() ? "yes" : "NO");
            rows.add(row);
            System.err.println("chaos: " + row); // at once, so a run stopped early still has the rows it finished
            System.err.printf("chaos: %s done in %.0f s%n", name, (System.nanoTime() - started) / 1e9);
            return r.lost() == 0 && r.duplicated() == 0 && r.running();
        } catch (Exception e) {
            e.printStackTrace();
            rows.add("| " + name + " | failed: " + e + " | | | | | |");
            return false;
        }
    }

    // ---------------------------------------------------------------- scenarios

    private Result killDev(Path dir) throws Exception {
        Ports ports = Ports.free();
        Path data = dir.resolve("data");
        Path inbox = Files.createDirectories(data.resolve("inbox"));
        Set<String> expected = backfill(inbox, articles, DEV_PAPER);
        Path empty = Files.createDirectories(dir.resolve("no-samples"));
        List<String> devArgs = List.of("dev", "--paper", DEV_PAPER, "--http-port", "0", "--data-dir", data.toString(), "--samples", empty.toString(), "--kafka-port",
                Integer.toString(ports.kafka), "--elasticsearch-port", Integer.toString(ports.es), "--registry-port", Integer.toString(ports.registry));
        Config config = ports.config();
        Map<String, String> devEnv = Map.of("INGEST_MAX_FILE_MIB", "1");
        Child dev = Child.start(dir, "dev-1", devArgs, devEnv, "2g");
        awaitIndexed(config, expected, expected.size() / 3, Duration.ofMinutes(10), dev);
        dev.kill();
        dev = Child.start(dir, "dev-2", devArgs, devEnv, "2g");
        awaitIndexed(config, expected, expected.size(), Duration.ofMinutes(15), dev);
        awaitInboxEmpty(inbox, Duration.ofMinutes(2));
        Result r = audit(config, expected, inbox, articles + " articles in " + countPages(inbox) + " pages", dev.alive());
        dev.stop();
        return r;
    }

    private Result killServices(Path dir) throws Exception {
        Deployment d = new Deployment(dir);
        Set<String> expected = backfill(d.inbox, articles, SERVICE_PAPER);
        List<FileFuzzer.Fuzzed> fuzz = new FileFuzzer(42).write(d.inbox, fuzzed);
        expected.addAll(expectedIds(fuzz.stream().filter(f -> f.fate() == FileFuzzer.Fate.DONE).map(FileFuzzer.Fuzzed::page).toList(),
                SERVICE_PAPER));
        long quarantineExpected = fuzz.stream().filter(f -> f.fate() == FileFuzzer.Fate.QUARANTINE).count();
        d.start();
        int step = 1;
        for (String service : List.of("watch", "enricher", "indexer")) {
            awaitIndexed(d.config, expected, expected.size() * step++ / 5, Duration.ofMinutes(10), d.children());
            d.kill(service);
            d.start(service);
        }
        awaitIndexed(d.config, expected, expected.size(), Duration.ofMinutes(15), d.children());
        awaitInboxEmpty(d.inbox, Duration.ofMinutes(2));
        if (latencyDrops > 0) {
            notes.add(latency(d.config, d.inbox, dir, latencyDrops, expected));
        }
        return d.finish(expected, expected.size() + " articles (" + articles + " backfill + those of the readable fuzzed files), "
                + fuzzed + " fuzzed files of which " + quarantineExpected + " unreadable");
    }

    private Result killStack(Path dir) throws Exception {
        Deployment d = new Deployment(dir);
        Set<String> expected = backfill(d.inbox, articles, SERVICE_PAPER);
        d.start();
        awaitIndexed(d.config, expected, expected.size() / 3, Duration.ofMinutes(10), d.children());
        d.kill("stack");
        Thread.sleep(20_000); // the outage: services run without broker, node and registry
        d.start("stack");
        awaitIndexed(d.config, expected, expected.size(), Duration.ofMinutes(15), d.children());
        awaitInboxEmpty(d.inbox, Duration.ofMinutes(2));
        return d.finish(expected, articles + " articles, 20 s outage");
    }

    private Result writeBlock(Path dir) throws Exception {
        Deployment d = new Deployment(dir);
        Set<String> expected = backfill(d.inbox, articles, SERVICE_PAPER);
        d.start();
        awaitIndexed(d.config, expected, expected.size() / 4, Duration.ofMinutes(10), d.children());
        String es = "http://127.0.0.1:" + d.ports.es;
        put(es + "/news-articles,news-figures/_settings", "{\"index.blocks.write\": true}");
        Thread.sleep(60_000); // the outage itself
        put(es + "/news-articles,news-figures/_settings", "{\"index.blocks.write\": false}");
        awaitIndexed(d.config, expected, expected.size(), Duration.ofMinutes(15), d.children());
        awaitInboxEmpty(d.inbox, Duration.ofMinutes(2));
        return d.finish(expected, articles + " articles, 60 s write block");
    }

    /** {@code newspipe stack} and the three services as separate processes, as in production. */
    private static final class Deployment {
        final Path dir;
        final Ports ports;
        final Path data;
        final Path inbox;
        final Config config;
        final Map<String, String> env;
        final Map<String, Child> running = new LinkedHashMap<>();
        final Map<String, Integer> starts = new HashMap<>();

        Deployment(Path dir) throws IOException {
            this.dir = dir;
            this.ports = Ports.free();
            this.data = dir.resolve("data");
            this.inbox = Files.createDirectories(data.resolve("inbox"));
            this.config = ports.config();
            this.env = ports.env(data);
        }

        void start() throws Exception {
            for (String role : List.of("stack", "watch", "enricher", "indexer")) {
                start(role);
            }
        }

        void start(String role) throws Exception {
            String name = role + "-" + starts.merge(role, 1, Integer::sum);
            Child child = switch (role) {
                case "stack" -> Child.start(dir, name, ports.stackArgs(data), Map.of(), "2g");
                case "watch" -> Child.start(dir, name, List.of("watch", inbox.toString()), env, "768m");
                case "enricher" -> Child.start(dir, name, List.of("enricher"), env, "1536m");
                case "indexer" -> Child.start(dir, name, List.of("indexer"), env, "768m");
                default -> throw new IllegalArgumentException(role);
            };
            running.put(role, child);
            if (role.equals("stack")) {
                awaitLine(child, "newspipe stack: ready", Duration.ofMinutes(3));
            }
        }

        void kill(String role) throws InterruptedException {
            running.get(role).kill();
        }

        Child[] children() {
            return running.values().toArray(Child[]::new);
        }

        /** Audits, then stops the services and the stack as an operator would. */
        Result finish(Set<String> expected, String input) throws Exception {
            boolean alive = running.values().stream().allMatch(Child::alive);
            Result r = audit(config, expected, inbox, input, alive);
            for (String role : List.of("watch", "enricher", "indexer", "stack")) {
                running.get(role).stop();
            }
            return r;
        }
    }

    /** Drops single pages one at a time into the running inbox and times each from the drop to searchable. */
    private String latency(Config config, Path inbox, Path dir, int drops, Set<String> expected) throws Exception {
        Path staging = Files.createDirectories(dir.resolve("latency"));
        List<Path> samples = TestData.sampleFiles();
        List<Long> millis = new ArrayList<>();
        var client = ElasticsearchClients.create(config);
        try {
            for (int i = 0; i < drops; i++) {
                Path page = staging.resolve(String.format("latency-%03d.txt", i));
                Files.copy(samples.get(i % samples.size()), page);
                List<String> ids = List.copyOf(expectedIds(List.of(page), SERVICE_PAPER));
                expected.addAll(ids);
                long start = System.nanoTime();
                Files.move(page, inbox.resolve(page.getFileName()));
                while (client.count(c -> c.index("news-articles").query(q -> q.ids(x -> x.values(ids)))).count() < ids.size()) {
                    Thread.sleep(20);
                    if (System.nanoTime() - start > Duration.ofMinutes(2).toNanos()) {
                        throw new IllegalStateException("page " + page.getFileName() + " not searchable after 2 minutes");
                    }
                }
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
        } finally {
            client._transport().close();
        }
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format("%nFile drop to searchable over %d single-page drops into the running inbox (separate processes):"
                + " p50 %.2f s, p99 %.2f s, max %.2f s", drops, sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
    }

    // ---------------------------------------------------------------- helpers

    /** Writes sample pages repeated under distinct names (each its own page, so its own ids) until {@code articles}. */
    private static Set<String> backfill(Path inbox, int articles, String paper) throws IOException {
        List<Path> samples = TestData.sampleFiles();
        Path staging = Files.createDirectories(inbox.resolveSibling("staging"));
        Set<String> expected = new LinkedHashSet<>();
        for (int i = 0; expected.size() < articles; i++) {
            Path sample = samples.get(i % samples.size());
            String text = Files.readString(sample) + "\n（第" + i + "次重印）\n";
            Path page = staging.resolve(String.format("backfill-%05d.txt", i));
            Files.writeString(page, text);
            Set<String> ids = expectedIds(List.of(page), paper);
            expected.addAll(ids);
        }
        try (Stream<Path> pages = Files.list(staging)) {
            for (Path p : pages.toList()) {
                Files.move(p, inbox.resolve(p.getFileName()));
            }
        }
        return expected;
    }

    /** The services' default paper; {@code dev} uses its {@code --paper} default instead. */
    private static final String SERVICE_PAPER = "unknown";
    /** Named explicitly with {@code dev --paper}: dev's default is {@code ingest.default.paper}, as for the services. */
    private static final String DEV_PAPER = "大同日报";

    /** The ids the ingestor gives the articles of these files (with this default paper and the default zone). */
    private static Set<String> expectedIds(List<Path> files, String paper) {
        Newsdesk desk = new Newsdesk(new IssueFileReader(1024L * 1024, paper, ZoneId.of("Asia/Shanghai")));
        Set<String> ids = new LinkedHashSet<>();
        for (Path f : files) {
            if (desk.read(f) instanceof ReadResult.Page p) {
                RawArticles.of(desk.split(p.page()), Instant.now(), 1, 256 * 1024).stream().map(RawArticle::getId)
                        .forEach(ids::add);
            }
        }
        return ids;
    }

    private static Result audit(Config config, Set<String> expected, Path inbox, String input, boolean running) throws IOException {
        PipelineAudit audit = PipelineAudit.of(config);
        int quarantined;
        try (Stream<Path> files = Files.list(inbox.resolve("quarantine"))) {
            quarantined = (int) files.filter(p -> p.getFileName().toString().endsWith(".reason")).count();
        }
        Set<String> lost = audit.lost(expected);
        Set<String> dup = audit.duplicated(expected);
        if (!lost.isEmpty() || !dup.isEmpty() || audit.orphanFigures() > 0) {
            System.err.println("chaos: lost " + lost.stream().limit(10).toList() + ", duplicated " + dup.stream().limit(10).toList()
                    + ", orphan figures " + audit.orphanFigures());
        }
        audit.deadLetters().stream().limit(20).forEach(l -> System.err.println("chaos: dead letter " + l));
        return new Result(input, lost.size(), dup.size() + (int) audit.orphanFigures(), audit.deadLetters().size(), quarantined, running);
    }

    private static void awaitIndexed(Config config, Set<String> expected, int atLeast, Duration timeout, Child... children)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        var client = ElasticsearchClients.create(config);
        List<String> ids = List.copyOf(expected);
        try {
            while (true) {
                long found = 0;
                try {
                    for (int from = 0; from < ids.size(); from += 10_000) {
                        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 10_000));
                        found += client.count(c -> c.index("news-articles").query(q -> q.ids(x -> x.values(chunk)))).count();
                    }
                } catch (Exception e) {
                    found = -1; // the node is down or starting
                }
                if (found >= atLeast) {
                    System.err.printf("chaos:   %d of %d articles searchable%n", found, ids.size());
                    return;
                }
                for (Child c : children) {
                    if (!c.alive()) {
                        throw new IllegalStateException(c.name + " died; see " + c.log);
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + found + " of " + atLeast + " articles searchable after " + timeout);
                }
                Thread.sleep(1000);
            }
        } finally {
            client._transport().close();
        }
    }

    private static void awaitInboxEmpty(Path inbox, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Stream<Path> files = Files.list(inbox)) {
                if (files.noneMatch(Files::isRegularFile)) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("inbox not empty after " + timeout);
            }
            Thread.sleep(500);
        }
    }

    private static void awaitLine(Child child, String line, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.readString(child.log).contains(line)) {
            if (!child.alive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(child.name + " did not print '" + line + "'; see " + child.log);
            }
            Thread.sleep(500);
        }
    }

    private static long countPages(Path inbox) throws IOException {
        try (Stream<Path> files = Files.list(inbox.resolve("done"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("backfill-")).count();
        }
    }

    private static void put(String url, String json) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("PUT " + url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Free ports for one scenario's stack. */
    private record Ports(int kafka, int es, int registry) {
        static Ports free() throws IOException {
            return new Ports(freePort(), freePort(), freePort());
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0)) {
                return s.getLocalPort();
            }
        }

        List<String> stackArgs(Path data) {
            return List.of("stack", "--data-dir", data.toString(), "--kafka-port", Integer.toString(kafka), "--elasticsearch-port",
                    Integer.toString(es), "--registry-port", Integer.toString(registry));
        }

        Map<String, String> env(Path data) {
            Map<String, String> env = new HashMap<>();
            env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafka);
            env.put("SCHEMA_REGISTRY_URL", "http://127.0.0.1:" + registry);
            env.put("ELASTICSEARCH_URL", "http://127.0.0.1:" + es);
            env.put("ENRICHER_STATE_DIR", data.resolve("enricher-state").toString());
            env.put("ENRICHER_INSTANCE_ID", "chaos");
            env.put("NEWSPIPE_LOG_LEVEL", "INFO");
            // the fuzzer's oversized files are just over 1 MiB
            env.put("INGEST_MAX_FILE_MIB", "1");
            // health and metrics on free ports: a scenario never depends on 9401-9403 being free on the machine
            env.put("INGEST_OPS_PORT", "0");
            env.put("ENRICHER_OPS_PORT", "0");
            env.put("INDEXER_OPS_PORT", "0");
            return env;
        }

        Config config() {
            return Config.of(Map.of(), Map.of()).withOverrides(Map.of("kafka.bootstrap.servers", "127.0.0.1:" + kafka,
                    "schema.registry.url", "http://127.0.0.1:" + registry, "elasticsearch.url", "http://127.0.0.1:" + es));
        }
    }

    /** A {@code newspipe} child JVM with its output in a log file. */
    private static final class Child {
        final String name;
        final Path log;
        final Process process;

        private Child(String name, Path log, Process process) {
            this.name = name;
            this.log = log;
            this.process = process;
        }

        static Child start(Path dir, String name, List<String> args, Map<String, String> env, String heap) throws IOException {
            Path root = TestData.root();
            // a frozen copy of the build can be named, so a rebuild during a long run does not swap jars under the children
            String classpath = System.getProperty("newspipe.chaos.classpath");
            if (classpath == null) {
                classpath = root.resolve("cli/target/newspipe-cli-0.1.0-SNAPSHOT.jar") + File.pathSeparator
                        + Files.readString(root.resolve("cli/target/runtime-classpath.txt")).strip();
            }
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap, "-cp", classpath, "dev.newspipe.cli.Newspipe"));
            command.addAll(args);
            Path log = dir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            System.err.println("chaos:   start " + name);
            return new Child(name, log, builder.start());
        }

        boolean alive() {
            return process.isAlive();
        }

        /** SIGKILL: no shutdown hook, no drain, no commit. */
        void kill() throws InterruptedException {
            System.err.println("chaos:   kill -9 " + name + " (pid " + process.pid() + ")");
            process.destroyForcibly();
            process.waitFor();
        }

        /** SIGTERM and wait, as an operator would stop it. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
