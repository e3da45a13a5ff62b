package org.receivables.examples.bench;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.receivables.aging.AgingReport;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.Portfolio;

/**
 * The aging section of the benchmark run ({@link Benchmarks}): in one JVM, for each portfolio size, the
 * time to ingest the generated source into each form (bulk columns, {@link OpenItem} objects, customer
 * ledgers, a DuckDB table through its appender), the memory that form takes per item, the median aging
 * time of the bulk path (parallel and single-threaded), the object API over {@code OpenItem}s and over
 * the ledgers, and DuckDB's SQL, each as a ratio to DuckDB (the source lists each customer's items by due
 * date, as {@link AgingWorkload} says; one more row ages the same items in random order within customers); the time to build the bulk form from the
 * ledgers as a ratio to DuckDB's load; and a table of the performance targets, met or not. It also
 * checks that every approach gives the same report.
 *
 * <pre>
 *   java -Xmx16g -cp ... org.receivables.examples.bench.AgingBenchmark 1000000 10000000 --warmup=3 --iterations=5
 * </pre>
 *
 * <p>Arguments: portfolio sizes (items; customers are items / 100), {@code --warmup=N} and
 * {@code --iterations=N} runs per approach (default 5 and 7; the object API over {@code OpenItem}s uses at
 * most 2 and 3, the ledger approaches at most 3 and 5, DuckDB's load and the bulk columns' ingest at most 3
 * and 5, and 1 and 3 from {@link Timing#LARGE_LOAD} items, each load into a fresh database that is closed
 * after it; the ingest of {@code OpenItem}s and of ledgers is one cold run; the section header says so),
 * {@code --threads=N} for the parallel bulk path and DuckDB (default the available
 * processors), {@code --ledgers=N} the largest size also measured as ledgers (default every size).
 * "Process CPU per aging" is the process's CPU time (every thread, DuckDB's native ones included) over the
 * measured runs divided by their number, from {@code /proc/self/stat} in 10 ms ticks (Linux; "-"
 * elsewhere): a ratio that holds up when other programs share the cores, where wall times do not.
 * Other {@code --name=value} options belong to other sections and are ignored. Memory per item is the
 * heap growth after a full collection (bulk, objects, ledgers) or DuckDB's own memory report, so it is
 * approximate.
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class AgingBenchmark {

    private AgingBenchmark() {
    }

    /**
     * Runs the aging section alone and prints its tables to standard output.
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
     * Runs the aging section and prints its tables.
     *
     * @param args sizes and options as described in the class comment, not null
     * @param out where to print, not null
     * @return true if every approach gave the same report for every size
     * @throws SQLException if DuckDB fails
     * @throws IllegalArgumentException if an argument is not understood
     */
    public static boolean run(String[] args, PrintStream out) throws SQLException {
        int warmup = 5;
        int iterations = 7;
        int threads = Runtime.getRuntime().availableProcessors();
        long ledgerMax = Long.MAX_VALUE;
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--warmup=")) {
                warmup = Integer.parseInt(a.substring(9));
            } else if (a.startsWith("--iterations=")) {
                iterations = Integer.parseInt(a.substring(13));
            } else if (a.startsWith("--threads=")) {
                threads = Integer.parseInt(a.substring(10));
            } else if (a.startsWith("--ledgers=")) {
                ledgerMax = Long.parseLong(a.substring(10).replace("_", ""));
            } else if (a.matches("[0-9_]+")) {
                sizes.add(Integer.parseInt(a.replace("_", "")));
            } else if (!a.matches("--[a-z-]+=.*")) {
                throw new IllegalArgumentException("argument " + a + " is not a size or --warmup=, --iterations=, --threads=, --ledgers=");
            }
        }
        if (sizes.isEmpty()) {
            sizes.add(1_000_000);
        }
        out.printf(Locale.ROOT, "## Aging (threads %d, warmup %d, iterations %d)%n", threads, warmup, iterations);
        out.println();
        out.printf(Locale.ROOT, "Warm-ups + timed runs (median) per figure: aging by the bulk path and DuckDB %d + %d;"
                + " DuckDB's load and the bulk columns' ingest %d + %d (%d + %d from %,d items; each load into a fresh"
                + " database, closed after it); object API over OpenItems %d + %d; object API over ledgers and bulk"
                + " columns built from ledgers %d + %d; ingest of OpenItems and of ledgers 1 cold run.%n",
                warmup, Math.max(1, iterations), Timing.loadWarmups(0, warmup), Math.max(1, Timing.loadRuns(0, iterations)),
                Timing.loadWarmups(Timing.LARGE_LOAD, warmup), Math.max(1, Timing.loadRuns(Timing.LARGE_LOAD, iterations)),
                Timing.LARGE_LOAD, slowWarmup(warmup), Math.max(1, slowIterations(iterations)), ledgerWarmup(warmup),
                Math.max(1, ledgerIterations(iterations)));
        out.println();
        out.println("| items | customers | approach | ingest (s) | ingest vs DuckDB load | memory (bytes/item) | aging, median (ms) | aging vs DuckDB | process CPU per aging (ms) |");
        out.println("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        boolean allEqual = true;
        List<Result> results = new ArrayList<>();
        for (int n : sizes) {
            Result r = runSize(n, Math.max(1, n / 100), warmup, iterations, threads, n <= ledgerMax, out);
            results.add(r);
            allEqual &= r.equal;
        }
        out.println();
        out.println(allEqual ? "All approaches gave equal reports." : "MISMATCH: the approaches gave different reports.");
        out.println();
        printTargets(results, threads, out);
        return allEqual;
    }

    /** The figures of one size that the targets are judged on. */
    private static final class Result {
        int n;
        double duckIngest;
        double duckMs;
        double duckCpu;
        double bulkMs;
        double bulkCpu;
        double bulk1Ms;
        double objectMs;
        boolean ledgers;
        double ledgerMs;
        double ledgerColumnsS;
        double ledgerColumnsBytes;
        double randomMs;
        double randomCpu;
        boolean equal;
    }

    /** The seed of the shuffle of the random-order row. */
    static final long RANDOM_ORDER_SEED = 20241124L;

    private static Result runSize(int n, int customers, int warmup, int iterations, int threads, boolean withLedgers,
            PrintStream out) throws SQLException {
        Result r = new Result();
        r.n = n;
        AgingWorkload w = AgingWorkload.generate(n, customers, 20241123L);
        int loadWarmup = Timing.loadWarmups(n, warmup);
        int loadIterations = Timing.loadRuns(n, iterations);

        // DuckDB first, while the heap is small: the median of several loads, each into a fresh database
        // closed after it but the last, which the aging queries run on.
        long duckBytes;
        AgingReport duckReport;
        Timing.Measurement<DuckDbAging> load = Timing.SYSTEM.measure(loadWarmup, loadIterations,
                () -> w.loadDuckDb(threads), DuckDbAging::close);
        r.duckIngest = load.medianSeconds();
        try (DuckDbAging duck = load.last()) {
            duckBytes = duck.memoryBytes();
            Timing.Measurement<DuckDbAging.Rows> m = Timing.SYSTEM.measure(warmup, iterations, duck::age);
            r.duckMs = m.medianMs();
            r.duckCpu = m.cpuMsPerRun();
            duckReport = duck.toReport(m.last());
        }

        // Bulk columns from the source arrays.
        long before = usedHeap();
        Timing.Measurement<OpenItemColumns> build = Timing.SYSTEM.measure(loadWarmup, loadIterations, w::buildColumns);
        OpenItemColumns columns = build.last();
        double bulkIngest = build.medianSeconds();
        long bulkBytes = usedHeap() - before;
        final int parts = threads;
        // Both forms run the same code: warm them up together, so the one measured first does not pay for
        // the JIT compiling it (on a loaded machine the compiler threads lag behind).
        for (int i = 0; i < warmup; i++) {
            w.bulkAging(columns, parts);
            w.bulkAging(columns, 1);
        }
        Timing.Measurement<AgingReport> bulk = Timing.SYSTEM.measure(warmup, iterations, () -> w.bulkAging(columns, parts));
        r.bulkMs = bulk.medianMs();
        r.bulkCpu = bulk.cpuMsPerRun();
        AgingReport bulkReport = bulk.last();
        Timing.Measurement<AgingReport> bulk1 = Timing.SYSTEM.measure(warmup, iterations, () -> w.bulkAging(columns, 1));
        r.bulk1Ms = bulk1.medianMs();
        double bulk1Cpu = bulk1.cpuMsPerRun();
        AgingReport bulk1Report = bulk1.last();
        long retained = columns.retainedBytes();
        boolean equal = bulkReport.equals(duckReport) && bulk1Report.equals(duckReport) && columns.size() == n;
        row(out, n, customers, "bulk columns, " + threads + " threads", bulkIngest, r.duckIngest,
                String.format(Locale.ROOT, "%.1f (arrays %.1f)", (double) bulkBytes / n, (double) retained / n), r.bulkMs, r.duckMs, r.bulkCpu);
        row(out, n, customers, "bulk columns, 1 thread", bulkIngest, r.duckIngest, "same", r.bulk1Ms, r.duckMs, bulk1Cpu);
        equal &= randomOrder(w, r, loadWarmup, loadIterations, warmup, iterations, parts, duckReport, out);

        // OpenItem objects (dropped before the ledgers are built, to leave them the heap).
        before = usedHeap();
        long t0 = System.nanoTime();
        List<OpenItem> items = w.buildOpenItems();
        double objectIngest = Timing.seconds(System.nanoTime() - t0);
        long objectBytes = usedHeap() - before;
        Timing.Measurement<AgingReport> object = Timing.SYSTEM.measure(slowWarmup(warmup), slowIterations(iterations),
                () -> w.objectAging(items));
        r.objectMs = object.medianMs();
        double objectCpu = object.cpuMsPerRun();
        equal &= bulkReport.equals(object.last());
        row(out, n, customers, "object API (OpenItem list)", objectIngest, r.duckIngest,
                String.format(Locale.ROOT, "%.1f", (double) objectBytes / n), r.objectMs, r.duckMs, objectCpu);
        items.clear();

        // Ledgers: the object API over them, and the bulk form built from them.
        r.ledgers = withLedgers;
        if (withLedgers) {
            before = usedHeap();
            t0 = System.nanoTime();
            Portfolio portfolio = w.buildPortfolio();
            double ledgerIngest = Timing.seconds(System.nanoTime() - t0);
            long ledgerBytes = usedHeap() - before;
            Timing.Measurement<AgingReport> ledger = Timing.SYSTEM.measure(ledgerWarmup(warmup),
                    ledgerIterations(iterations), () -> w.ledgerAging(portfolio));
            r.ledgerMs = ledger.medianMs();
            double ledgerCpu = ledger.cpuMsPerRun();
            equal &= bulkReport.equals(ledger.last());
            row(out, n, customers, "object API over ledgers", ledgerIngest, r.duckIngest,
                    String.format(Locale.ROOT, "%.1f", (double) ledgerBytes / n), r.ledgerMs, r.duckMs, ledgerCpu);
            Timing.Measurement<OpenItemColumns> built = Timing.SYSTEM.measure(ledgerWarmup(warmup),
                    ledgerIterations(iterations), () -> w.columnsFromLedgers(portfolio));
            r.ledgerColumnsS = built.medianSeconds();
            OpenItemColumns fromLedgers = built.last();
            r.ledgerColumnsBytes = (double) fromLedgers.retainedBytes() / n;
            equal &= w.bulkAging(fromLedgers, parts).equals(bulkReport) && fromLedgers.size() == n;
            row(out, n, customers, "bulk columns built from ledgers", r.ledgerColumnsS, r.duckIngest,
                    String.format(Locale.ROOT, "arrays %.1f", r.ledgerColumnsBytes), Double.NaN, r.duckMs, Double.NaN);
        }
        row(out, n, customers, "DuckDB " + threads + " threads (SQL)", r.duckIngest, r.duckIngest,
                String.format(Locale.ROOT, "%.1f (DuckDB's count)", (double) duckBytes / n), r.duckMs, r.duckMs, r.duckCpu);
        if (!equal) {
            out.println("| " + n + " | | MISMATCH between the approaches | | | | | | |");
        }
        r.equal = equal;
        return r;
    }

    /**
     * The row "bulk columns, items in random order within customers": the same items with each customer's
     * shuffled (seeded), built into columns (timed like the due-ordered build, the shuffle drawn before) and
     * aged with the same parallelism; in a method of its own so the columns are garbage when it returns.
     */
    private static boolean randomOrder(AgingWorkload w, Result r, int loadWarmup, int loadIterations, int warmup,
            int iterations, int parts, AgingReport duckReport, PrintStream out) {
        int[] order = w.randomOrder(RANDOM_ORDER_SEED);
        Timing.Measurement<OpenItemColumns> build = Timing.SYSTEM.measure(loadWarmup, loadIterations,
                () -> w.buildColumns(order));
        OpenItemColumns shuffled = build.last();
        Timing.Measurement<AgingReport> aging = Timing.SYSTEM.measure(warmup, iterations, () -> w.bulkAging(shuffled, parts));
        r.randomMs = aging.medianMs();
        r.randomCpu = aging.cpuMsPerRun();
        row(out, r.n, w.customerCount(), "bulk columns, items in random order within customers, " + parts + " threads",
                build.medianSeconds(), r.duckIngest, "same", r.randomMs, r.duckMs, r.randomCpu);
        return aging.last().equals(duckReport) && shuffled.size() == r.n;
    }

    /** The object API over a list of {@code OpenItem}s is slow (seconds a run at 10M items): at most 2 warm-ups, 3 runs. */
    private static int slowWarmup(int warmup) {
        return Math.min(warmup, 2);
    }

    private static int slowIterations(int iterations) {
        return Math.min(iterations, 3);
    }

    /**
     * The ledger approaches (the object API over ledgers, the bulk form built from them): their first runs are
     * several times slower than steady state (the JIT), so they get warm-ups like the rest, capped at 3, and at
     * most 5 runs.
     */
    private static int ledgerWarmup(int warmup) {
        return Math.min(warmup, 3);
    }

    private static int ledgerIterations(int iterations) {
        return Math.min(iterations, 5);
    }

    private static void printTargets(List<Result> results, int threads, PrintStream out) {
        out.println("Targets of the performance issue, judged on this run (ratios from the same JVM). The issue sets the bulk"
                + " aging targets at 1M items (10x) and 10M (20x) and the ledger targets at 10M; other sizes are judged by the"
                + " 1M rule, for reference. Bulk aging is judged on the main bulk row (each customer's items by due date, as"
                + " the source lists them); the random-order row's ratio is given for reference:");
        out.println();
        out.println("| target | items | measured | met? |");
        out.println("| --- | ---: | --- | --- |");
        for (Result r : results) {
            double want = r.n >= 10_000_000 ? 20 : 10;
            target(out, String.format(Locale.ROOT, "bulk aging at least %.0fx faster than DuckDB (%d threads)", want, threads), r.n,
                    String.format(Locale.ROOT, "%.1fx (%.1f ms vs %.1f ms); 1 thread %.1fx; for reference, items in random"
                            + " order within customers %.1fx (%.1f ms); process CPU %s", r.duckMs / r.bulkMs,
                            r.bulkMs, r.duckMs, r.duckMs / r.bulk1Ms, r.duckMs / r.randomMs, r.randomMs,
                            r.bulkCpu > 0 && r.duckCpu >= 0
                                    ? String.format(Locale.ROOT, "%.1fx less", r.duckCpu / r.bulkCpu) : "not measured"),
                    r.duckMs / r.bulkMs >= want);
            if (r.ledgers) {
                target(out, "object-API aging over the ledgers at least as fast as DuckDB", r.n,
                        String.format(Locale.ROOT, "%s (%.1f ms vs %.1f ms)", ratio(r.ledgerMs, r.duckMs), r.ledgerMs, r.duckMs),
                        r.ledgerMs <= r.duckMs);
                target(out, "bulk form from the ledgers at least 5x faster than DuckDB's appender load", r.n,
                        String.format(Locale.ROOT, "%.1fx (%.2f s vs %.2f s)", r.duckIngest / r.ledgerColumnsS,
                                r.ledgerColumnsS, r.duckIngest),
                        r.duckIngest / r.ledgerColumnsS >= 5);
                target(out, "bulk form at most 24 bytes retained per open item", r.n,
                        String.format(Locale.ROOT, "%.1f bytes", r.ledgerColumnsBytes), r.ledgerColumnsBytes <= 24);
            } else {
                target(out, "object-API aging over the ledgers at least as fast as DuckDB", r.n,
                        String.format(Locale.ROOT, "not measured (ledgers only up to --ledgers); object API over OpenItems %s",
                                ratio(r.objectMs, r.duckMs)), false);
            }
        }
    }

    private static void target(PrintStream out, String target, int n, String measured, boolean met) {
        out.printf(Locale.ROOT, "| %s | %,d | %s | %s |%n", target, n, measured, met ? "yes" : "NO");
    }

    private static String ratio(double ms, double duckMs) {
        return ms <= duckMs ? String.format(Locale.ROOT, "%.1fx faster", duckMs / ms)
                : String.format(Locale.ROOT, "%.1fx slower", ms / duckMs);
    }

    private static void row(PrintStream out, int n, int customers, String approach, double ingest, double duckIngest,
            String bytes, double ms, double duckMs, double cpuMs) {
        out.printf(Locale.ROOT, "| %,d | %,d | %s | %.2f | %s | %s | %s | %s | %s |%n", n, customers, approach, ingest,
                ingest <= duckIngest ? String.format(Locale.ROOT, "%.1fx faster", duckIngest / ingest)
                        : String.format(Locale.ROOT, "%.1fx slower", ingest / duckIngest),
                bytes, Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.1f", ms),
                Double.isNaN(ms) ? "-" : ratio(ms, duckMs),
                Double.isNaN(cpuMs) || cpuMs < 0 ? "-" : String.format(Locale.ROOT, "%.1f", cpuMs));
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
