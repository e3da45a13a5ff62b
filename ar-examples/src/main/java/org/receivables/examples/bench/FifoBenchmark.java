package org.receivables.examples.bench;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.receivables.aging.metrics.OpenReceivable;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.item.OpenItem;

/**
 * Runs the FIFO allocation benchmark in one JVM and prints a table of ratios: for each portfolio size
 * (one payment per customer, customers = items / 100) the time to ingest the generated source into each
 * form (bulk columns and payment columns, {@link OpenItem} objects, DuckDB tables through the appender)
 * and the median time to allocate every payment oldest due first: the bulk path on 2 threads and on 1,
 * the object API (the strategy per customer) and DuckDB's window-function SQL with the result read back
 * into arrays, each with its ratio to DuckDB. It checks that the three give the same applied amount per
 * item and unapplied amount per payment before printing. A second block times the metrics that scan
 * open items (percent current, percent over 90 days past due and current receivables, per currency):
 * {@code BulkMetrics}, the object API ({@code PastDueShare} over {@code OpenReceivable}s) and DuckDB's
 * filtered sums, also checked equal; its ingest column is the time to build that form.
 *
 * <pre>
 *   java -Xmx16g -cp ... org.receivables.examples.bench.FifoBenchmark 1000000 10000000 --warmup=3 --iterations=5
 * </pre>
 *
 * <p>Arguments: portfolio sizes (items), {@code --warmup=N} and {@code --iterations=N} runs per approach
 * (default 3 and 5; the object API at most 2 and 3; DuckDB's load and the bulk ingest at most 3 and 5, and
 * 1 and 3 from {@link Timing#LARGE_LOAD} items, each load into a fresh database closed after it; the
 * section header says so), {@code --threads=N} for the parallel bulk path and DuckDB (default the available
 * processors, at least 2).
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class FifoBenchmark {

    private FifoBenchmark() {
    }

    /**
     * Runs the benchmark and prints the table to standard output.
     *
     * @param args sizes and options as described in the class comment
     * @throws SQLException if DuckDB fails
     */
    public static void main(String[] args) throws SQLException {
        if (!run(args, System.out)) {
            System.exit(1);
        }
    }

    /**
     * Runs the benchmark and prints the table.
     *
     * @param args sizes and options as described in the class comment, not null
     * @param out where to print, not null
     * @return true if the three approaches gave equal results for every size
     * @throws SQLException if DuckDB fails
     * @throws IllegalArgumentException if an argument is not understood
     */
    public static boolean run(String[] args, PrintStream out) throws SQLException {
        BenchArgs parsed = BenchArgs.parse(args, new int[] {3, 5, Math.max(2, Runtime.getRuntime().availableProcessors())},
                List.of(1_000_000), Map.of(), false);
        int warmup = parsed.warmup();
        int iterations = parsed.iterations();
        int threads = parsed.threads();
        List<Integer> sizes = parsed.sizes();
        out.printf(Locale.ROOT, "# FIFO allocation benchmark (one payment per customer, oldest due first): %d cores,"
                + " Java %s (%s), max heap %d MB, threads %d, warmup %d, iterations %d%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20, threads, warmup, iterations);
        out.println();
        out.printf(Locale.ROOT, "Warm-ups + timed runs (median) per figure: bulk and DuckDB allocation and metrics %d + %d;"
                + " DuckDB's load and the bulk columns' ingest %d + %d (%d + %d from %,d items; each load into a fresh"
                + " database, closed after it); object API %d + %d; ingest of OpenItems and OpenReceivables 1 cold run.%n",
                warmup, Math.max(1, iterations), Timing.loadWarmups(0, warmup), Math.max(1, Timing.loadRuns(0, iterations)),
                Timing.loadWarmups(Timing.LARGE_LOAD, warmup), Math.max(1, Timing.loadRuns(Timing.LARGE_LOAD, iterations)),
                Timing.LARGE_LOAD, Math.min(warmup, 2), Math.max(1, Math.min(iterations, 3)));
        out.println();
        out.println("| items | customers = payments | approach | ingest (s) | median (ms) | vs DuckDB |");
        out.println("| ---: | ---: | --- | ---: | ---: | ---: |");
        boolean allEqual = true;
        for (int n : sizes) {
            allEqual &= runSize(n, Math.max(1, n / 100), warmup, iterations, threads, out);
        }
        out.println();
        out.println(allEqual ? "All three approaches gave equal allocations and metrics."
                : "MISMATCH: the approaches gave different allocations.");
        return allEqual;
    }

    private static boolean runSize(int n, int customers, int warmup, int iterations, int threads, PrintStream out)
            throws SQLException {
        long seed = 20241123L;
        AgingWorkload source = AgingWorkload.generate(n, customers, seed);

        int loadWarmup = Timing.loadWarmups(n, warmup);
        int loadIterations = Timing.loadRuns(n, iterations);

        // Bulk: the columns and the payments.
        Timing.Measurement<FifoWorkload> build = Timing.SYSTEM.measure(loadWarmup, loadIterations,
                () -> FifoWorkload.of(source.buildColumns(), seed));
        FifoWorkload w = build.last();
        OpenItemColumns columns = w.columns();
        double bulkIngest = build.medianSeconds();

        // DuckDB first, while the heap is small: the median of several loads, each into a fresh database
        // closed after it but the last, which the queries run on.
        double duckMs;
        FifoWorkload.Result duckResult;
        double duckMetricsMs;
        FifoWorkload.Figures duckFigures;
        Timing.Measurement<FifoWorkload.Duck> load = Timing.SYSTEM.measure(loadWarmup, loadIterations,
                () -> w.loadDuckDb(threads), FifoWorkload.Duck::close);
        double duckIngest = load.medianSeconds();
        try (FifoWorkload.Duck duck = load.last()) {
            Timing.Measurement<FifoWorkload.Result> allocation = Timing.SYSTEM.measure(warmup, iterations, duck::allocate);
            duckMs = allocation.medianMs();
            duckResult = allocation.last();
            Timing.Measurement<FifoWorkload.Figures> metrics = Timing.SYSTEM.measure(warmup, iterations, duck::metrics);
            duckMetricsMs = metrics.medianMs();
            duckFigures = metrics.last();
        }

        final int parts = threads;
        double bulkMs = Timing.SYSTEM.measure(warmup, iterations, () -> w.bulkAllocationOnly(parts)).medianMs();
        double bulk1Ms = Timing.SYSTEM.measure(warmup, iterations, () -> w.bulkAllocationOnly(1)).medianMs();
        FifoWorkload.Result bulkResult = w.bulkAllocation(parts);
        boolean equal = bulkResult.equals(w.bulkAllocation(1));

        long t0 = System.nanoTime();
        List<OpenItem> items = w.buildOpenItems();
        double objectIngest = Timing.seconds(System.nanoTime() - t0);
        double objectMs = Timing.SYSTEM.measure(Math.min(warmup, 2), Math.min(iterations, 3), () -> w.objectAllocationOnly(items))
                .medianMs();
        FifoWorkload.Result objectResult = w.objectAllocation(items);

        Timing.Measurement<FifoWorkload.Figures> bulkMetrics = Timing.SYSTEM.measure(warmup, iterations, w::bulkMetrics);
        double bulkMetricsMs = bulkMetrics.medianMs();
        FifoWorkload.Figures bulkFigures = bulkMetrics.last();
        t0 = System.nanoTime();
        List<List<OpenReceivable>> receivables = w.buildOpenReceivables(items);
        double receivablesIngest = Timing.seconds(System.nanoTime() - t0) + objectIngest;
        Timing.Measurement<FifoWorkload.Figures> objectMetrics = Timing.SYSTEM.measure(Math.min(warmup, 2), Math.min(iterations, 3),
                () -> w.objectMetrics(receivables));
        double objectMetricsMs = objectMetrics.medianMs();
        FifoWorkload.Figures objectFigures = objectMetrics.last();
        boolean metricsEqual = bulkFigures.equals(objectFigures) && bulkFigures.equals(duckFigures);

        equal &= bulkResult.equals(objectResult) && bulkResult.equals(duckResult) && items.size() == columns.size();
        if (!equal) {
            out.println("| " + n + " | | MISMATCH between bulk (" + bulkResult + "), object API (" + objectResult
                    + ") and DuckDB (" + duckResult + ") | | | |");
            return false;
        }
        row(out, n, customers, "bulk columns, " + threads + " threads", bulkIngest, bulkMs, duckMs);
        row(out, n, customers, "bulk columns, 1 thread", bulkIngest, bulk1Ms, duckMs);
        row(out, n, customers, "object API (OLDEST_DUE_FIRST per customer)", objectIngest, objectMs, duckMs);
        row(out, n, customers, "DuckDB " + threads + " threads (window-function SQL)", duckIngest, duckMs, duckMs);
        if (!metricsEqual) {
            out.println("| " + n + " | | MISMATCH in the open-item metrics between bulk (" + bulkFigures + "), object API ("
                    + objectFigures + ") and DuckDB (" + duckFigures + ") | | | |");
            return false;
        }
        row(out, n, customers, "metrics: bulk columns (BulkMetrics)", bulkIngest, bulkMetricsMs, duckMetricsMs);
        row(out, n, customers, "metrics: object API (PastDueShare, OpenReceivable)", receivablesIngest, objectMetricsMs,
                duckMetricsMs);
        row(out, n, customers, "metrics: DuckDB " + threads + " threads (filtered sums)", duckIngest, duckMetricsMs,
                duckMetricsMs);
        return true;
    }

    private static void row(PrintStream out, int n, int customers, String approach, double ingest, double ms,
            double duckMs) {
        out.printf(Locale.ROOT, "| %,d | %,d | %s | %.2f | %.1f | %s |%n", n, customers, approach, ingest, ms,
                ms <= duckMs ? String.format(Locale.ROOT, "%.1fx faster", duckMs / ms)
                        : String.format(Locale.ROOT, "%.1fx slower", ms / duckMs));
    }
}
