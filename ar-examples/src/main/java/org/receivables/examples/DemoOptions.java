package org.receivables.examples;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The demo's command-line options, parsed by hand (no CLI library): {@code --as-of YYYY-MM-DD},
 * {@code --data DIR}, {@code --format text|csv|json}, {@code --html FILE}, {@code --quiet}, {@code --tour}
 * and {@code --help}.
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

    /** The formats the report can take on standard output. */
    public enum Format {
        /** Plain text for a 100-column terminal. */
        TEXT,
        /** CSV: one table after another, each headed by its section. */
        CSV,
        /** One JSON document. */
        JSON
    }

    /** The usage text printed on standard error for a bad command line. */
    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: Demo [--as-of YYYY-MM-DD] [--data DIR] [--format text|csv|json] [--html FILE] [--quiet]",
            "       Demo --tour | --help",
            "  --as-of YYYY-MM-DD  age and measure as of this date (default " + SampleLedger.AS_OF + ")",
            "  --data DIR          report on the CSV files in DIR instead of the bundled sample ledger",
            "                      (customers.csv, invoices.csv, payments.csv, credit_notes.csv,",
            "                      optional disputes.csv, promises.csv and write_offs.csv; see the README)",
            "  --format FORMAT     the report on standard output as text (default, 100 columns), csv or json",
            "  --html FILE         also write the report as one self-contained HTML file with charts",
            "  --quiet             nothing on standard error unless something is wrong (no progress lines)",
            "  --tour              print a short tour of the API on built-in data instead of the report",
            "  --help              print this text");

    private final LocalDate asOf;
    private final Path dataDirectory;
    private final boolean quiet;
    private final boolean help;
    private final boolean tour;
    private final Format format;
    private final Path html;

    private DemoOptions(LocalDate asOf, Path dataDirectory, boolean quiet, boolean help, boolean tour, Format format,
            Path html) {
        this.format = format;
        this.html = html;
        this.asOf = asOf;
        this.dataDirectory = dataDirectory;
        this.quiet = quiet;
        this.help = help;
        this.tour = tour;
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
        boolean tour = false;
        Format format = null;
        Path html = null;
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
                case "--format":
                    if (format != null) {
                        throw new IllegalArgumentException("option --format is given twice");
                    }
                    String name = value(args, ++i, arg);
                    try {
                        format = Format.valueOf(name.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException ex) {
                        throw new IllegalArgumentException("option --format " + name
                                + " is not a format; expected text, csv or json", ex);
                    }
                    break;
                case "--html":
                    if (html != null) {
                        throw new IllegalArgumentException("option --html is given twice");
                    }
                    String file = value(args, ++i, arg);
                    try {
                        html = Path.of(file);
                    } catch (InvalidPathException ex) {
                        throw new IllegalArgumentException("option --html " + file + " is not a file name", ex);
                    }
                    break;
                case "--tour":
                    tour = true;
                    break;
                case "--help":
                case "-h":
                    help = true;
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (tour && (asOf != null || data != null || format != null || html != null)) {
            throw new IllegalArgumentException(
                    "option --tour takes no --as-of, --data, --format or --html: it prints the API tour on built-in data");
        }
        return new DemoOptions(asOf == null ? SampleLedger.AS_OF : asOf, data, quiet, help, tour,
                format == null ? Format.TEXT : format, html);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--") || args[index].isBlank()) {
            throw new IllegalArgumentException("option " + option + " needs a value");
        }
        return args[index];
    }

    /**
     * Gets the as-of date.
     *
     * @return the date given with {@code --as-of}, else the bundled sample's 2024-12-31
     */
    public LocalDate getAsOf() {
        return asOf;
    }

    /**
     * Gets the directory of CSV files to report on.
     *
     * @return the directory given with {@code --data}, or empty for the bundled sample ledger
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

    /**
     * Checks whether the API tour was asked for instead of the report.
     *
     * @return true if {@code --tour} was given
     */
    public boolean isTour() {
        return tour;
    }

    /**
     * Gets the format of the report on standard output.
     *
     * @return the format given with {@code --format}, else {@link Format#TEXT}
     */
    public Format getFormat() {
        return format;
    }

    /**
     * Gets the file to write the HTML report to.
     *
     * @return the file given with {@code --html}, or empty
     */
    public Optional<Path> getHtmlFile() {
        return Optional.ofNullable(html);
    }
}
