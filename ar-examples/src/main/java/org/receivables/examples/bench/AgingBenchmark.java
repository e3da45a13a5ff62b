package org.receivables.examples.bench;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.receivables.aging.AgingReport;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.item.OpenItem;

/**
 * Runs the aging benchmark in one JVM and prints a table of ratios: for each portfolio size the time
 * to ingest the generated source into each form (bulk columns, {@link OpenItem} objects, a DuckDB table
 * through its appender), the memory that form takes per item, and the median aging time of the bulk
 * path (parallel and single-threaded), the object API and DuckDB's SQL, with each one's ratio to DuckDB.
 * It also checks that the three give the same report.
 *
 * <pre>
 *   java -Xmx16g -cp ... org.receivables.examples.bench.AgingBenchmark 1000000 10000000 --warmup=3 --iterations=5
 * </pre>
 *
 * <p>Arguments: portfolio sizes (items; customers are items / 100), {@code --warmup=N} and
 * {@code --iterations=N} runs per approach (default 3 and 5), {@code --threads=N} for the parallel
 * bulk path and DuckDB (default the available processors). Memory per item is the heap growth after a
 * full collection (bulk, objects) or DuckDB's own memory report, so it is approximate.
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class AgingBenchmark {

    private AgingBenchmark() {
    }

    /**
     * Runs the benchmark and prints the table to standard output.
     *
     * @param args sizes and options as described in the class comment
     * @throws SQLException if DuckDB fails
     */
    public static void main(String[] args) throws SQLException {
        run(args, System.out);
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
        int warmup = 3;
        int iterations = 5;
        int threads = Runtime.getRuntime().availableProcessors();
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--warmup=")) {
                warmup = Integer.parseInt(a.substring(9));
            } else if (a.startsWith("--iterations=")) {
                iterations = Integer.parseInt(a.substring(13));
            } else if (a.startsWith("--threads=")) {
                threads = Integer.parseInt(a.substring(10));
            } else if (a.matches("[0-9_]+")) {
                sizes.add(Integer.parseInt(a.replace("_", "")));
            } else {
                throw new IllegalArgumentException("argument " + a + " is not a size or --warmup=, --iterations=, --threads=");
            }
        }
        if (sizes.isEmpty()) {
            sizes.add(1_000_000);
        }
        out.printf(Locale.ROOT, "# Aging benchmark: %d cores, Java %s (%s), max heap %d MB, threads %d, warmup %d, iterations %d%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20, threads, warmup, iterations);
        out.println();
        out.println("| items | customers | approach | ingest (s) | memory (bytes/item) | aging, median (ms) | aging vs DuckDB |");
        out.println("| ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        boolean allEqual = true;
        for (int n : sizes) {
            allEqual &= runSize(n, Math.max(1, n / 100), warmup, iterations, threads, out);
        }
        out.println();
        out.println(allEqual ? "All three approaches gave equal reports." : "MISMATCH: the approaches gave different reports.");
        return allEqual;
    }

    private static boolean runSize(int n, int customers, int warmup, int iterations, int threads, PrintStream out)
            throws SQLException {
        AgingWorkload w = AgingWorkload.generate(n, customers, 20241123L);

        // DuckDB first, while the heap is small.
        double duckIngest;
        long duckBytes;
        double duckMs;
        DuckDbAging.Rows duckRows;
        AgingReport duckReport;
        long t0 = System.nanoTime();
        try (DuckDbAging duck = w.loadDuckDb(threads)) {
            duckIngest = seconds(System.nanoTime() - t0);
            duckBytes = duck.memoryBytes();
            duckMs = median(warmup, iterations, () -> duck.age());
            duckRows = duck.age();
            duckReport = duck.toReport(duckRows);
        }

        // Bulk columns.
        long before = usedHeap();
        t0 = System.nanoTime();
        OpenItemColumns columns = w.buildColumns();
        double bulkIngest = seconds(System.nanoTime() - t0);
        long bulkBytes = usedHeap() - before;
        final int parts = threads;
        double bulkMs = median(warmup, iterations, () -> w.bulkAging(columns, parts));
        double bulk1Ms = median(warmup, iterations, () -> w.bulkAging(columns, 1));
        AgingReport bulkReport = w.bulkAging(columns, parts);
        long retained = columns.retainedBytes();

        // Objects.
        before = usedHeap();
        t0 = System.nanoTime();
        List<OpenItem> items = w.buildOpenItems();
        double objectIngest = seconds(System.nanoTime() - t0);
        long objectBytes = usedHeap() - before;
        double objectMs = median(Math.min(warmup, 2), Math.min(iterations, 3), () -> w.objectAging(items));
        AgingReport objectReport = w.objectAging(items);

        boolean equal = bulkReport.equals(objectReport) && bulkReport.equals(duckReport);
        row(out, n, customers, "bulk columns, " + threads + " threads", bulkIngest,
                String.format(Locale.ROOT, "%.1f (arrays %.1f)", (double) bulkBytes / n, (double) retained / n), bulkMs, duckMs);
        row(out, n, customers, "bulk columns, 1 thread", bulkIngest, "same", bulk1Ms, duckMs);
        row(out, n, customers, "object API (OpenItem)", objectIngest,
                String.format(Locale.ROOT, "%.1f", (double) objectBytes / n), objectMs, duckMs);
        row(out, n, customers, "DuckDB " + threads + " threads (SQL)", duckIngest,
                String.format(Locale.ROOT, "%.1f (DuckDB's count)", (double) duckBytes / n), duckMs, duckMs);
        if (!equal) {
            out.println("| " + n + " | | MISMATCH between bulk, object API and DuckDB | | | | |");
        }
        return equal && columns.size() == items.size();
    }

    private static void row(PrintStream out, int n, int customers, String approach, double ingest, String bytes, double ms,
            double duckMs) {
        out.printf(Locale.ROOT, "| %,d | %,d | %s | %.2f | %s | %.1f | %s |%n", n, customers, approach, ingest, bytes, ms,
                ms <= duckMs ? String.format(Locale.ROOT, "%.1fx faster", duckMs / ms)
                        : String.format(Locale.ROOT, "%.1fx slower", ms / duckMs));
    }

    private interface Job {
        Object run() throws SQLException;
    }

    private static double median(int warmup, int iterations, Job job) throws SQLException {
        for (int i = 0; i < warmup; i++) {
            job.run();
        }
        double[] ms = new double[Math.max(1, iterations)];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            Object result = job.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (result == null) {
                throw new IllegalStateException("a job returned null");
            }
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
