package dev.newspipe.ops;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;

/**
 * Checks that the endpoints a command or service needs answer, all at once and within one budget: one-shot
 * commands fail fast with a message per endpoint; services wait, warning once per interval.
 */
public final class Reachability {

    /** What a one-shot command waits in total before it gives up: with JVM start, well within 15 s. */
    public static final Duration COMMAND_BUDGET = Duration.ofSeconds(6);

    private Reachability() {}

    /** Throws {@link Unreachable} naming every endpoint that did not answer within the budget. */
    public static void require(List<Dependency> dependencies, Duration budget) {
        List<String> failures = problems(dependencies, budget);
        if (!failures.isEmpty()) {
            throw new Unreachable(failures);
        }
    }

    /**
     * For services: waits until every endpoint answers, with one warning per unreachable endpoint per interval.
     *
     * @param stop counted down when the service is asked to stop while it waits
     * @return true when everything answered, false when stopped first
     */
    public static boolean await(List<Dependency> dependencies, Duration interval, Logger log, CountDownLatch stop)
            throws InterruptedException {
        while (stop.getCount() > 0) {
            List<String> failures = problems(dependencies, Duration.ofSeconds(Math.min(10, Math.max(1, interval.toSeconds()))));
            if (failures.isEmpty()) {
                return true;
            }
            failures.forEach(f -> log.warn("{}; retrying in {} s", f, interval.toSeconds()));
            if (stop.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
        }
        return false;
    }

    /** The failure message of every dependency that did not answer, in the order given. */
    public static List<String> problems(List<Dependency> dependencies, Duration budget) {
        if (dependencies.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(dependencies.size(), r -> {
            Thread t = new Thread(r, "reachability");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Optional<String>>> checks = new ArrayList<>();
            for (Dependency d : dependencies) {
                checks.add(pool.submit(() -> check(d, budget)));
            }
            long deadline = System.nanoTime() + budget.toNanos() + TimeUnit.SECONDS.toNanos(1);
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < checks.size(); i++) {
                Dependency d = dependencies.get(i);
                try {
                    checks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS).ifPresent(failures::add);
                } catch (TimeoutException e) {
                    failures.add(d.failure("no answer within " + budget.toSeconds() + " s"));
                } catch (ExecutionException e) {
                    failures.add(d.failure(reason(e.getCause(), budget)));
                }
            }
            return failures;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("interrupted while checking " + dependencies.stream().map(Dependency::name).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Empty when the dependency answered, else its failure message. */
    public static Optional<String> check(Dependency dependency, Duration timeout) {
        try {
            dependency.probe().check(timeout);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(dependency.failure("interrupted"));
        } catch (Exception e) {
            return Optional.of(dependency.failure(reason(e, timeout)));
        }
    }

    static String reason(Throwable e, Duration timeout) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
                return "connection refused";
            }
        }
        Throwable t = e;
        while (t.getCause() != null && (t instanceof ExecutionException || t.getMessage() == null)) {
            t = t.getCause();
        }
        if (t instanceof UnknownHostException) {
            return "unknown host " + t.getMessage();
        } else if (t instanceof java.net.SocketTimeoutException) {
            return "no answer to a connection attempt";
        } else if (t instanceof HttpTimeoutException || t instanceof TimeoutException
                || t instanceof org.apache.kafka.common.errors.TimeoutException) {
            return "no answer within " + timeout.toSeconds() + " s";
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
