package org.receivables.examples.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The command line of a benchmark section: sizes (digits, {@code _} allowed) and {@code --name=value}
 * options, with {@code --warmup=}, {@code --iterations=} and {@code --threads=} common to every section
 * and a section's own options named by it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class BenchArgs {

    private static final List<String> COMMON = List.of("warmup", "iterations", "threads");

    private final List<Integer> sizes;
    private final int warmup;
    private final int iterations;
    private final int threads;
    private final Map<String, Long> own;

    private BenchArgs(List<Integer> sizes, int warmup, int iterations, int threads, Map<String, Long> own) {
        this.sizes = sizes;
        this.warmup = warmup;
        this.iterations = iterations;
        this.threads = threads;
        this.own = own;
    }

    /**
     * Parses a command line.
     *
     * @param args the arguments
     * @param defaults the default warm-up runs, measured runs and threads, in that order
     * @param defaultSizes the sizes when none is given
     * @param ownOptions the section's own option names (without {@code --} and {@code =}) with their defaults
     * @param ignoreOthers true to skip options of other sections rather than refuse them
     * @return the parsed arguments
     * @throws IllegalArgumentException if an argument is neither a size nor a known option, or a value is not a number
     */
    static BenchArgs parse(String[] args, int[] defaults, List<Integer> defaultSizes, Map<String, Long> ownOptions,
            boolean ignoreOthers) {
        List<Integer> sizes = new ArrayList<>();
        Map<String, Long> values = new TreeMap<>(ownOptions);
        long[] common = {defaults[0], defaults[1], defaults[2]};
        for (String a : args) {
            if (a.matches("[0-9_]+")) {
                sizes.add(Integer.parseInt(a.replace("_", "")));
                continue;
            }
            int eq = a.indexOf('=');
            String name = a.startsWith("--") && eq > 2 ? a.substring(2, eq) : "";
            boolean known = COMMON.contains(name) || ownOptions.containsKey(name);
            if (!known) {
                if (ignoreOthers && !name.isEmpty()) {
                    continue;
                }
                List<String> all = new ArrayList<>(COMMON);
                all.addAll(ownOptions.keySet());
                throw new IllegalArgumentException("argument " + a + " is not a size or one of --" + String.join("=, --", all) + "=");
            }
            long value;
            try {
                value = Long.parseLong(a.substring(eq + 1).replace("_", ""));
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("option --" + name + " value " + a.substring(eq + 1) + " is not a number", ex);
            }
            int c = COMMON.indexOf(name);
            if (c >= 0) {
                common[c] = value;
            } else {
                values.put(name, value);
            }
        }
        return new BenchArgs(Collections.unmodifiableList(sizes.isEmpty() ? new ArrayList<>(defaultSizes) : sizes),
                (int) common[0], (int) common[1], (int) common[2], Collections.unmodifiableMap(values));
    }

    List<Integer> sizes() {
        return sizes;
    }

    int warmup() {
        return warmup;
    }

    int iterations() {
        return iterations;
    }

    int threads() {
        return threads;
    }

    long option(String name) {
        Long v = own.get(name);
        if (v == null) {
            throw new IllegalArgumentException("option " + name + " is not an option of this section");
        }
        return v;
    }
}
