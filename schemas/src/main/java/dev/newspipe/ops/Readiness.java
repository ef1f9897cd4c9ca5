package dev.newspipe.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What {@code /health/ready} answers: every check of a service, each either fine or with the reason it is not.
 * Checks of remote endpoints are cached for a few seconds so a tight health-check loop never floods the cluster.
 */
public final class Readiness {

    /** One condition of readiness; {@code problem} returns empty when it holds. */
    public record Check(String name, Supplier<Optional<String>> problem) {}

    /** The outcome of every check, in order; ready when none has a problem. */
    public record Report(Map<String, String> problems, List<String> passed) {
        public boolean ready() {
            return problems.isEmpty();
        }
    }

    private static final Duration CACHE = Duration.ofSeconds(5);

    private final List<Check> checks = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Readiness add(String name, Supplier<Optional<String>> problem) {
        checks.add(new Check(name, problem));
        return this;
    }

    /** A remote endpoint, probed with a short timeout and remembered for a few seconds. */
    public Readiness add(Dependency dependency) {
        Duration timeout = Duration.ofSeconds(3);
        Object lock = new Object();
        long[] checkedAt = {Long.MIN_VALUE};
        @SuppressWarnings("unchecked")
        Optional<String>[] last = new Optional[] {Optional.empty()};
        return add(dependency.name(), () -> {
            synchronized (lock) {
                long now = System.nanoTime();
                if (checkedAt[0] == Long.MIN_VALUE || now - checkedAt[0] > CACHE.toNanos()) {
                    last[0] = Reachability.check(dependency, timeout);
                    checkedAt[0] = System.nanoTime();
                }
                return last[0];
            }
        });
    }

    public Report report() {
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> passed = new ArrayList<>();
        for (Check check : checks) {
            Optional<String> problem;
            try {
                problem = check.problem().get();
            } catch (RuntimeException e) {
                problem = Optional.of(e.toString());
            }
            problem.ifPresentOrElse(p -> problems.put(check.name(), p), () -> passed.add(check.name()));
        }
        return new Report(problems, passed);
    }
}
