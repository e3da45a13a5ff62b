package org.receivables.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * How every benchmark section times a job: warm-up runs, then timed runs, giving a {@link Measurement}
 * (the median and best wall time, the process CPU time per timed run, and the last timed run's result).
 * Nothing is kept between measurements: each returns its own immutable result.
 *
 * <pre>
 *   Timing.Measurement&lt;AgingReport&gt; m = Timing.SYSTEM.measure(5, 7, () -&gt; w.bulkAging(columns, 2));
 *   m.medianMs();   // e.g. 14.4
 *   m.last();       // the report of the last timed run, to check against the other approaches
 * </pre>
 *
 * <p>A job whose results hold resources (a loaded database) is measured with a disposer, which gets every
 * result but the last timed run's, outside the timed part.
 *
 * <p>This class is immutable and thread-safe (its clocks are the caller's).
 */
final class Timing {

    /** The JVM's {@link System#nanoTime()} and the process CPU time of {@code /proc/self/stat}. */
    static final Timing SYSTEM = new Timing(System::nanoTime, Timing::processCpuTicks);

    /** The length of a clock tick of {@code /proc/self/stat} (USER_HZ 100), in ms. */
    static final double MS_PER_TICK = 10.0;

    /** A job to time; it must return a non-null result (what the run computed, so it cannot be optimised away). */
    @FunctionalInterface
    interface Job<T, E extends Exception> {
        T run() throws E;
    }

    /** What to do with a result that is not kept (close a database). */
    @FunctionalInterface
    interface Disposer<T, E extends Exception> {
        void dispose(T result) throws E;
    }

    private final LongSupplier nanos;
    private final LongSupplier cpuTicks;

    /**
     * Makes a timing with the given clocks.
     *
     * @param nanos the wall clock in ns
     * @param cpuTicks the process CPU time in ticks of {@link #MS_PER_TICK}, or a negative value where unknown
     */
    Timing(LongSupplier nanos, LongSupplier cpuTicks) {
        this.nanos = Objects.requireNonNull(nanos, "nanos");
        this.cpuTicks = Objects.requireNonNull(cpuTicks, "cpuTicks");
    }

    /**
     * Runs the job {@code warmup} times untimed, then {@code iterations} times (at least once) timed.
     *
     * @param warmup the warm-up runs, 0 or more
     * @param iterations the timed runs (1 if less)
     * @param job the job
     * @return the measurement
     * @throws E if the job fails
     */
    <T, E extends Exception> Measurement<T> measure(int warmup, int iterations, Job<T, E> job) throws E {
        return measure(warmup, iterations, job, r -> { });
    }

    /**
     * Like {@link #measure(int, int, Job)}, handing every result but the last timed run's to the disposer
     * as soon as the run ends, outside the timed part (so at most two results exist at once: none but the
     * new one while a run is timed).
     *
     * @param warmup the warm-up runs, 0 or more
     * @param iterations the timed runs (1 if less)
     * @param job the job
     * @param disposer gets each result that is not kept
     * @return the measurement, whose {@link Measurement#last()} is not disposed
     * @throws E if the job or the disposer fails
     */
    <T, E extends Exception> Measurement<T> measure(int warmup, int iterations, Job<T, E> job,
            Disposer<? super T, ? extends E> disposer) throws E {
        return run(warmup, iterations, Long.MAX_VALUE, iterations, job, disposer);
    }

    /**
     * Like {@link #measure(int, int, Job)}, but a job whose first warm-up run takes longer than
     * {@code slowNanos} is warmed up only that once and timed at most {@code slowIterations} times.
     *
     * @param warmup the warm-up runs, 0 or more
     * @param iterations the timed runs (1 if less)
     * @param slowNanos the first warm-up's time above which the job counts as slow
     * @param slowIterations the most timed runs of a slow job
     * @param job the job
     * @return the measurement
     * @throws E if the job fails
     */
    <T, E extends Exception> Measurement<T> measureCappingSlow(int warmup, int iterations, long slowNanos,
            int slowIterations, Job<T, E> job) throws E {
        return run(warmup, iterations, slowNanos, slowIterations, job, r -> { });
    }

    private <T, E extends Exception> Measurement<T> run(int warmup, int iterations, long slowNanos, int slowIterations,
            Job<T, E> job, Disposer<? super T, ? extends E> disposer) throws E {
        int runs = Math.max(1, iterations);
        int warmups = 0;
        for (int i = 0; i < warmup; i++) {
            long t0 = nanos.getAsLong();
            T result = check(job.run());
            long took = nanos.getAsLong() - t0;
            warmups++;
            disposer.dispose(result);
            if (i == 0 && took > slowNanos) {
                runs = Math.max(1, Math.min(runs, slowIterations));
                break;
            }
        }
        double[] ms = new double[runs];
        long ticks = 0;
        boolean cpuKnown = true;
        T last = null;
        for (int i = 0; i < runs; i++) {
            if (last != null) {
                disposer.dispose(last);
                last = null;
            }
            long cpu0 = cpuTicks.getAsLong();
            long t0 = nanos.getAsLong();
            T result = check(job.run());
            ms[i] = (nanos.getAsLong() - t0) / 1e6;
            long cpu1 = cpuTicks.getAsLong();
            cpuKnown &= cpu0 >= 0 && cpu1 >= 0;
            ticks += cpu1 - cpu0;
            last = result;
        }
        return new Measurement<>(ms, cpuKnown ? ticks * MS_PER_TICK / runs : -1, last, warmups);
    }

    private static <T> T check(T result) {
        if (result == null) {
            throw new IllegalStateException("a job returned null");
        }
        return result;
    }

    /**
     * The process's user + system CPU time in clock ticks of 10 ms from /proc/self/stat (Linux), or -1:
     * every thread's (the job's, DuckDB's native ones, the JVM's own such as the collector's). Unlike the
     * wall time it hardly grows when other programs share the cores.
     *
     * @return the ticks, or -1 where unknown
     */
    static long processCpuTicks() {
        try {
            String stat = new String(Files.readAllBytes(Paths.get("/proc/self/stat")), StandardCharsets.US_ASCII);
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of proc(5): utime, stime
        } catch (IOException | RuntimeException ex) {
            return -1;
        }
    }

    /** The size in items from which a load (several seconds each) gets {@link #loadWarmups} and {@link #loadRuns}' lower caps. */
    static final int LARGE_LOAD = 5_000_000;

    /**
     * The warm-ups of a load or ingest of {@code items} items: the requested number, at most 3, and at
     * most 1 from {@link #LARGE_LOAD} items (a DuckDB load of 10M items takes about 6 s).
     *
     * @param items the items loaded
     * @param warmup the requested warm-ups
     * @return the warm-ups to make
     */
    static int loadWarmups(int items, int warmup) {
        return Math.min(warmup, items >= LARGE_LOAD ? 1 : 3);
    }

    /**
     * The timed runs of a load or ingest of {@code items} items: the requested number, at most 5, and at
     * most 3 from {@link #LARGE_LOAD} items.
     *
     * @param items the items loaded
     * @param iterations the requested runs
     * @return the runs to make
     */
    static int loadRuns(int items, int iterations) {
        return Math.min(iterations, items >= LARGE_LOAD ? 3 : 5);
    }

    /**
     * Converts ns to s.
     *
     * @param nanos the ns
     * @return the s
     */
    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /**
     * The result of one measurement: the wall times of the timed runs (their median and best), the
     * process CPU time per timed run, the last timed run's result and how many runs were made.
     *
     * <p>This class is immutable and thread-safe if its result is.
     *
     * @param <T> the type of the job's result
     */
    static final class Measurement<T> {
        private final double[] sortedMs;
        private final double cpuMs;
        private final T last;
        private final int warmups;

        Measurement(double[] ms, double cpuMs, T last, int warmups) {
            this.sortedMs = ms.clone();
            Arrays.sort(this.sortedMs);
            this.cpuMs = cpuMs;
            this.last = Objects.requireNonNull(last, "last");
            this.warmups = warmups;
        }

        /**
         * The median of the timed runs' wall times, in ms (of an even number of runs, the upper middle one).
         *
         * @return the median
         */
        double medianMs() {
            return sortedMs[sortedMs.length / 2];
        }

        /**
         * The median wall time in s.
         *
         * @return the median
         */
        double medianSeconds() {
            return medianMs() / 1000;
        }

        /**
         * The fastest timed run's wall time, in ms.
         *
         * @return the best time
         */
        double bestMs() {
            return sortedMs[0];
        }

        /**
         * The process CPU time per timed run in ms (every thread of the process), or -1 where unknown.
         *
         * @return the CPU time
         */
        double cpuMsPerRun() {
            return cpuMs;
        }

        /**
         * The last timed run's result.
         *
         * @return the result, not null
         */
        T last() {
            return last;
        }

        /**
         * The number of warm-up runs made.
         *
         * @return the warm-ups
         */
        int warmups() {
            return warmups;
        }

        /**
         * The number of timed runs made.
         *
         * @return the runs, at least 1
         */
        int runs() {
            return sortedMs.length;
        }
    }
}
