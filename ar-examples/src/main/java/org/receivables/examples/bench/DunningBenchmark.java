package org.receivables.examples.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningEngine;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.bulk.BulkDunningInput;
import org.receivables.dunning.bulk.BulkDunningResult;

/**
 * Runs the dunning benchmark in one JVM and prints a table: for each portfolio size (customers, with
 * a fixed number of open items each) the median time of the bulk dunning evaluation and of the bulk
 * aging of the same columns, each in parallel and on one thread, their ratio, and the time per
 * customer; then how the per-customer time grows from the smallest to the largest size (1.0 is
 * linear). The object engine runs too, up to a number of customers, where the bulk path is also
 * checked against it.
 *
 * <pre>
 *   java -Xmx16g -cp ... org.receivables.examples.bench.DunningBenchmark 100000 1000000 --warmup=3 --iterations=5
 * </pre>
 *
 * <p>Arguments: sizes in customers (default 100,000 and 1,000,000), {@code --items-per-customer=N}
 * (default 10), {@code --warmup=N} and {@code --iterations=N} runs per job (default 3 and 5),
 * {@code --threads=N} for the parallel jobs (default the available processors),
 * {@code --objects=N} the most customers the object engine runs for (default 100,000; 0 for never). A job
 * whose first warm-up run takes over a second is warmed up once and timed 3 times, so that the
 * default run takes a few minutes.
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class DunningBenchmark {

    private DunningBenchmark() {
    }

    /**
     * Runs the benchmark and prints the table to standard output.
     *
     * @param args sizes and options as described in the class comment
     */
    public static void main(String[] args) {
        if (!run(args, System.out)) {
            System.exit(1);
        }
    }

    /**
     * Runs the benchmark and prints the table.
     *
     * @param args sizes and options as described in the class comment, not null
     * @param out where to print, not null
     * @return true if the bulk path agreed with the object engine wherever it ran, and with itself
     *     across thread counts
     * @throws IllegalArgumentException if an argument is not understood
     */
    public static boolean run(String[] args, PrintStream out) {
        BenchArgs parsed = BenchArgs.parse(args, new int[] {3, 5, Runtime.getRuntime().availableProcessors()},
                List.of(100_000, 1_000_000), Map.of("items-per-customer", 10L, "objects", 100_000L), false);
        int warmup = parsed.warmup();
        int iterations = parsed.iterations();
        int threads = parsed.threads();
        int perCustomer = (int) parsed.option("items-per-customer");
        int objects = (int) parsed.option("objects");
        List<Integer> sizes = parsed.sizes();
        out.printf(Locale.ROOT, "# Dunning benchmark: %d cores, Java %s (%s), max heap %d MB, threads %d, warmup %d,"
                + " iterations %d, %d items per customer%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() >> 20, threads, warmup, iterations, perCustomer);
        out.println();
        out.printf(Locale.ROOT, "Warm-ups + timed runs (median, best) per job: %d + %d, and %d + %d for a job whose first"
                + " warm-up takes over 1 s; object engine %d + %d; the builds 1 cold run.%n", warmup, Math.max(1, iterations),
                Math.min(warmup, 1), Math.max(1, Math.min(iterations, 3)), Math.min(warmup, 1), Math.max(1, Math.min(iterations, 3)));
        out.println();
        out.println("| customers | items | job | median (ms) | best (ms) | per customer, median (ns) | vs bulk aging, same threads (median) |");
        out.println("| ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        boolean ok = true;
        List<double[]> perSize = new ArrayList<>();
        for (int customers : sizes) {
            double[] ns = new double[4];
            ok &= runSize(customers, perCustomer, warmup, iterations, threads, objects, out, ns);
            perSize.add(ns);
        }
        out.println();
        if (sizes.size() > 1) {
            int last = sizes.size() - 1;
            out.printf(Locale.ROOT, "Per-customer time of the bulk dunning from %,d to %,d customers (1.00 is linear"
                    + " growth): median x%.2f with %d threads, x%.2f on 1 thread; best x%.2f and x%.2f.%n",
                    sizes.get(0), sizes.get(last), perSize.get(last)[0] / perSize.get(0)[0], threads,
                    perSize.get(last)[1] / perSize.get(0)[1], perSize.get(last)[2] / perSize.get(0)[2],
                    perSize.get(last)[3] / perSize.get(0)[3]);
        }
        out.println(ok ? "The bulk dunning agreed with the object engine and across thread counts."
                : "MISMATCH: see the lines above.");
        return ok;
    }

    private static boolean runSize(int customers, int perCustomer, int warmup, int iterations, int threads, int objects,
            PrintStream out, double[] nsPerCustomer) {
        DunningWorkload w = DunningWorkload.generate(customers, perCustomer, 20241123L);
        int n = w.size();
        long t0 = System.nanoTime();
        OpenItemColumns columns = w.buildColumns();
        double columnsMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        BulkDunningInput input = w.bulkInput(columns);
        double inputMs = (System.nanoTime() - t0) / 1e6;
        final int parts = threads;
        double[] aging = timed(warmup, iterations, () -> w.bulkAging(columns, parts));
        double[] aging1 = timed(warmup, iterations, () -> w.bulkAging(columns, 1));
        double[] dunning = timed(warmup, iterations, () -> w.bulkDunning(input, 4 * parts));
        double[] dunning1 = timed(warmup, iterations, () -> w.bulkDunning(input, 1));
        BulkDunningResult parallel = w.bulkDunning(input, 4 * parts);
        BulkDunningResult single = w.bulkDunning(input, 1);
        boolean ok = DunningWorkload.gateCounts(parallel).equals(DunningWorkload.gateCounts(single))
                && parallel.proposedCount() == single.proposedCount();
        row(out, customers, n, "build columns (from plain values)", new double[] {columnsMs, columnsMs}, Double.NaN);
        row(out, customers, n, "build dunning state (from plain values)", new double[] {inputMs, inputMs}, Double.NaN);
        row(out, customers, n, "bulk aging, " + threads + " threads", aging, aging[0]);
        row(out, customers, n, "bulk aging, 1 thread", aging1, aging1[0]);
        row(out, customers, n, "bulk dunning, " + threads + " threads (" + parallel.proposedCount() + " notices)",
                dunning, aging[0]);
        row(out, customers, n, "bulk dunning, 1 thread", dunning1, aging1[0]);
        nsPerCustomer[0] = dunning[0] * 1e6 / customers;
        nsPerCustomer[1] = dunning1[0] * 1e6 / customers;
        nsPerCustomer[2] = dunning[1] * 1e6 / customers;
        nsPerCustomer[3] = dunning1[1] * 1e6 / customers;
        if (customers <= objects) {
            List<DunningAccount> accounts = w.buildAccounts();
            DunningHistory history = w.buildHistory();
            DunningEngine engine = w.engine();
            double[] engineMs = timed(Math.min(warmup, 1), Math.min(iterations, 3),
                    () -> engine.propose(accounts, history, List.of(), w.asOf()));
            row(out, customers, n, "object engine, 1 thread", engineMs, aging1[0]);
            List<String> problems = w.check(accounts, history, engine.propose(accounts, history, List.of(), w.asOf()));
            for (String p : problems) {
                out.println("| " + customers + " | | MISMATCH " + p + " | | | |");
            }
            ok &= problems.isEmpty();
        }
        if (!ok) {
            out.println("| " + customers + " | | MISMATCH between parallel and single-threaded bulk dunning | | | |");
        }
        return ok;
    }

    private static void row(PrintStream out, int customers, int n, String job, double[] ms, double agingMs) {
        out.printf(Locale.ROOT, "| %,d | %,d | %s | %.1f | %.1f | %.0f | %s |%n", customers, n, job, ms[0], ms[1],
                ms[0] * 1e6 / customers, Double.isNaN(agingMs) ? "" : String.format(Locale.ROOT, "%.2fx", ms[0] / agingMs));
    }

    /**
     * The median and the best of the timed runs; a job whose first warm-up run takes over a second gets at
     * most 1 warm-up and 3 runs.
     */
    private static double[] timed(int warmup, int iterations, Timing.Job<Object, RuntimeException> job) {
        Timing.Measurement<Object> m = Timing.SYSTEM.measureCappingSlow(warmup, iterations, 1_000_000_000L, 3, job);
        return new double[] {m.medianMs(), m.bestMs()};
    }
}
