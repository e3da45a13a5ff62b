package org.receivables.examples;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The generator's command: writes a synthetic portfolio as CSV files with {@link PortfolioGenerator}.
 *
 * <pre>
 *   java ... org.receivables.examples.Generate --out sample-ledger --seed 42 --invoices 10000
 *   # wrote sample-ledger: customers.csv 200 rows, invoices.csv 10000 rows, ...
 * </pre>
 */
public final class Generate {

    /** The usage text printed on standard error for a bad command line. */
    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: Generate --out DIR [--seed N] [--invoices N] [--customers N] [--first-month YYYY-MM] [--months N]",
            "  --out DIR              the directory to write the CSV files into (created if missing)",
            "  --seed N               the seed (default 20241231); the same seed gives the same files",
            "  --invoices N           the number of invoices (default 10000)",
            "  --customers N          the number of customers (default invoices / 50, at least 1)",
            "  --first-month YYYY-MM  the first month of the history (default 2023-01)",
            "  --months N             the number of months (default 24)");

    private Generate() {
    }

    /**
     * Runs the command and exits with the status of {@link #execute}.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int status = execute(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command and returns its exit status.
     *
     * @param args the command line, not null
     * @param out where the summary goes, not null
     * @param err where usage and errors go, not null
     * @return 0 when written, 1 when the files cannot be written, 2 for a bad command line
     */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Path dir = null;
        long seed = 20241231L;
        int invoices = 10_000;
        Integer customers = null;
        YearMonth first = YearMonth.of(2023, 1);
        int months = 24;
        PortfolioGenerator generator;
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--out":
                        dir = Path.of(value);
                        break;
                    case "--seed":
                        seed = Long.parseLong(value);
                        break;
                    case "--invoices":
                        invoices = Integer.parseInt(value);
                        break;
                    case "--customers":
                        customers = Integer.parseInt(value);
                        break;
                    case "--first-month":
                        first = YearMonth.parse(value);
                        break;
                    case "--months":
                        months = Integer.parseInt(value);
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (dir == null) {
                throw new IllegalArgumentException("option --out is required");
            }
            generator = PortfolioGenerator.of(seed, customers != null ? customers : Math.max(1, invoices / 50),
                    invoices, first, months);
        } catch (IllegalArgumentException | DateTimeParseException ex) {
            err.println("Generate: " + ex.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            SortedMap<String, Long> counts = generator.writeCsv(dir);
            StringBuilder summary = new StringBuilder("wrote " + dir + ":");
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                summary.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(" rows,");
            }
            summary.setLength(summary.length() - 1);
            out.println(summary);
            out.println("history ends on " + generator.getEndDate() + "; report with: Demo --data " + dir
                    + " --as-of " + generator.getEndDate());
            return 0;
        } catch (UncheckedIOException ex) {
            err.println("Generate: cannot write " + dir + ": " + ex.getCause().getMessage());
            return 1;
        }
    }
}
