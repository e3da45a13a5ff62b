package org.receivables.examples.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark run that {@code mvn -Pbench verify} starts: prints the machine and JVM, then runs every
 * {@link Section} of {@link #SECTIONS} in order, in this one JVM, each printing its own tables (the
 * aging section first). A section is a class with a static entry point of the {@link Section} shape;
 * adding one is one line in {@link #SECTIONS}.
 *
 * <pre>
 *   java -Xmx16g -cp ... org.receivables.examples.bench.Benchmarks 1000000 10000000
 * </pre>
 *
 * <p>The arguments are portfolio sizes in open items and {@code --name=value} options. The aging
 * section reads them all (see {@link AgingBenchmark}); the FIFO allocation section ({@link FifoBenchmark},
 * one payment per customer, 100 items per customer) and the dunning section ({@link DunningBenchmark},
 * 10 items per customer, so its sizes are the item sizes divided by 10 in customers) read the sizes and
 * the common {@code --warmup=}, {@code --iterations=} and {@code --threads=}. The exit code is 1 if a
 * section found its approaches disagree.
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class Benchmarks {

    /** One section of the run: prints its tables and says whether its approaches agreed. */
    @FunctionalInterface
    public interface Section {
        /**
         * Runs the section.
         *
         * @param args the sizes and options of the whole run, not null
         * @param out where to print, not null
         * @return true if the section's approaches gave equal results
         * @throws Exception if the section fails
         */
        boolean run(String[] args, PrintStream out) throws Exception;
    }

    /** The dunning section's portfolio shape: each size of open items spread over size / 10 customers. */
    static final int DUNNING_ITEMS_PER_CUSTOMER = 10;

    private static final List<String> COMMON_OPTIONS = List.of("--warmup=", "--iterations=", "--threads=");

    /** The sections, in the order they run; add a section with one line here. */
    static final List<Section> SECTIONS = List.of(
            AgingBenchmark::run,
            (args, out) -> FifoBenchmark.run(common(args, 1), out),
            (args, out) -> DunningBenchmark.run(common(args, DUNNING_ITEMS_PER_CUSTOMER), out));


    private Benchmarks() {
    }

    /**
     * Runs every section and prints the tables to standard output; exits with 1 if a section's
     * approaches disagreed.
     *
     * @param args sizes and options as described in the class comment
     * @throws Exception if a section fails
     */
    public static void main(String[] args) throws Exception {
        if (!run(args, System.out)) {
            System.exit(1);
        }
    }

    /**
     * Runs every section of {@link #SECTIONS} and prints their tables.
     *
     * @param args sizes and options as described in the class comment, not null
     * @param out where to print, not null
     * @return true if every section's approaches agreed
     * @throws Exception if a section fails
     */
    public static boolean run(String[] args, PrintStream out) throws Exception {
        return run(SECTIONS, args, out);
    }

    /**
     * The arguments a section that takes sizes and the common options understands: each size divided by
     * {@code divisor} (the dunning section counts customers, not items) and the common options; other
     * options (the aging section's own) are left out.
     */
    static String[] common(String[] args, int divisor) {
        List<String> kept = new java.util.ArrayList<>();
        for (String a : args) {
            if (a.matches("[0-9_]+")) {
                kept.add(Long.toString(Math.max(1, Long.parseLong(a.replace("_", "")) / divisor)));
            } else if (COMMON_OPTIONS.stream().anyMatch(a::startsWith)) {
                kept.add(a);
            }
        }
        return kept.toArray(new String[0]);
    }

    static boolean run(List<Section> sections, String[] args, PrintStream out) throws Exception {
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "# Benchmarks: %d cores, Java %s (%s), max heap %d MB, %s %s, args %s%n",
                rt.availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                rt.maxMemory() >> 20, System.getProperty("os.name"), System.getProperty("os.arch"), String.join(" ", args));
        out.println();
        boolean ok = true;
        long start = System.nanoTime();
        for (Section section : sections) {
            ok &= section.run(args, out);
            out.println();
        }
        out.printf(Locale.ROOT, "Run time %.0f s.%n", (System.nanoTime() - start) / 1e9);
        return ok;
    }
}
