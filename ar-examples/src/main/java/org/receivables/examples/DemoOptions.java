package org.receivables.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The demo's command-line options, parsed by hand (no CLI library): {@code --as-of YYYY-MM-DD},
 * {@code --data DIR}, {@code --quiet} and {@code --help}.
 *
 * <pre>
 *   DemoOptions o = DemoOptions.parse("--data", "my-ledger", "--as-of", "2025-03-31");
 *   o.getDataDirectory();   // Optional[my-ledger]
 *   o.getAsOf();            // 2025-03-31
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DemoOptions {

    /** The usage text printed on standard error for a bad command line. */
    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: Demo [--as-of YYYY-MM-DD] [--data DIR] [--quiet]",
            "  --as-of YYYY-MM-DD  age and measure as of this date (default " + SamplePortfolio.AS_OF + ")",
            "  --data DIR          report on the CSV files in DIR instead of the built-in sample",
            "                      (customers.csv, invoices.csv, payments.csv, credit_notes.csv,",
            "                      optional disputes.csv, promises.csv and write_offs.csv; see the README)",
            "  --quiet             no progress lines on standard error while reading --data",
            "  --help              print this text");

    private final LocalDate asOf;
    private final Path dataDirectory;
    private final boolean quiet;
    private final boolean help;

    private DemoOptions(LocalDate asOf, Path dataDirectory, boolean quiet, boolean help) {
        this.asOf = asOf;
        this.dataDirectory = dataDirectory;
        this.quiet = quiet;
        this.help = help;
    }

    /**
     * Parses a command line.
     *
     * @param args the arguments, not null, no null element
     * @return the options
     * @throws NullPointerException if args or an element is null
     * @throws IllegalArgumentException if an option is unknown, repeated, lacks its value or has a bad value;
     *     the message names the option and the value
     */
    public static DemoOptions parse(String... args) {
        Objects.requireNonNull(args, "args");
        LocalDate asOf = null;
        Path data = null;
        boolean quiet = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = Objects.requireNonNull(args[i], "args");
            switch (arg) {
                case "--as-of":
                    if (asOf != null) {
                        throw new IllegalArgumentException("option --as-of is given twice");
                    }
                    String text = value(args, ++i, arg);
                    try {
                        asOf = LocalDate.parse(text);
                    } catch (DateTimeParseException ex) {
                        throw new IllegalArgumentException("option --as-of " + text + " is not a date YYYY-MM-DD", ex);
                    }
                    break;
                case "--data":
                    if (data != null) {
                        throw new IllegalArgumentException("option --data is given twice");
                    }
                    data = Path.of(value(args, ++i, arg));
                    break;
                case "--quiet":
                    quiet = true;
                    break;
                case "--help":
                case "-h":
                    help = true;
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new DemoOptions(asOf == null ? SamplePortfolio.AS_OF : asOf, data, quiet, help);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException("option " + option + " needs a value");
        }
        return args[index];
    }

    /**
     * Gets the as-of date.
     *
     * @return the date given with {@code --as-of}, else the built-in 2024-12-31
     */
    public LocalDate getAsOf() {
        return asOf;
    }

    /**
     * Gets the directory of CSV files to report on.
     *
     * @return the directory given with {@code --data}, or empty for the built-in sample
     */
    public Optional<Path> getDataDirectory() {
        return Optional.ofNullable(dataDirectory);
    }

    /**
     * Checks whether progress lines are suppressed.
     *
     * @return true if {@code --quiet} was given
     */
    public boolean isQuiet() {
        return quiet;
    }

    /**
     * Checks whether only the usage text was asked for.
     *
     * @return true if {@code --help} was given
     */
    public boolean isHelp() {
        return help;
    }
}
