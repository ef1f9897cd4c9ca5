package dev.newspipe.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs a task a few times after warming up and keeps the median: enough for ratios taken in one run. */
final class Measure {

    private Measure() {}

    /** Median seconds of {@code runs} timed runs after {@code warmups} untimed ones. */
    static double medianSeconds(int warmups, int runs, Runnable task) {
        return medianSeconds(warmups, runs, task, false);
    }

    /**
     * As {@link #medianSeconds(int, int, Runnable)}; with {@code cpu}, the CPU time of the calling thread instead of the
     * wall clock: for a single-threaded task that is its time on one core, unaffected by other processes waiting for
     * the same cores (this machine is shared).
     */
    static double medianSeconds(int warmups, int runs, Runnable task, boolean cpu) {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
            task.run();
            seconds.add(((cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start) / 1e9);
        }
        Collections.sort(seconds);
        return seconds.get(seconds.size() / 2);
    }

    static String ratio(double ours, double baseline) {
        return String.format("%.3f", ours / baseline);
    }
}
