package org.receivables.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.Invoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.money.MoneySplit;
import org.receivables.core.terms.BusinessDayConventions;
import org.receivables.core.terms.DiscountTier;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.HolidayCalendar;
import org.receivables.core.terms.HolidayCalendars;
import org.receivables.core.terms.Instalment;
import org.receivables.core.terms.PaymentTerms;

/**
 * The demo: the full receivables report on the bundled {@link SampleLedger} (or on your own CSV
 * files with {@code --data DIR}) as of a date, printed for a 100-column terminal; and, with
 * {@code --tour}, a short tour of the ar-core API on built-in data.
 *
 * <p>The report holds the portfolio aging per currency, the top overdue customers, DSO and the other
 * collection metrics, the allowance from roll rates, the dunning proposal with its reasons, a 30-day
 * dunning forecast, the collections worklist and one customer statement (see {@link PortfolioReport}).
 * Every date is fixed by the data and the options, so the output is the same on every machine.
 */
public final class Demo {

    private Demo() {
    }

    /** The exit status of a run that printed its report. */
    public static final int EXIT_OK = 0;
    /** The exit status when the {@code --data} files are missing or have bad rows; nothing is printed on standard output. */
    public static final int EXIT_BAD_DATA = 1;
    /** The exit status of a bad command line; the usage text goes to standard error. */
    public static final int EXIT_USAGE = 2;

    /** What the report calls the bundled sample. */
    static final String SAMPLE_TITLE = "the bundled sample ledger";

    /**
     * Runs the demo with the options of {@link DemoOptions} and exits with the status of {@link #execute}.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int status = execute(args, System.out, System.err);
        System.out.flush();
        if (status != EXIT_OK) {
            System.exit(status);
        }
    }

    /**
     * Runs the demo for a command line and returns its exit status instead of exiting.
     *
     * <p>Without {@code --data} it prints the report on the bundled sample ledger, as of {@code --as-of}
     * (default 2024-12-31). With {@code --data DIR} it reads the CSV files in DIR and prints the same
     * report on them. Bad rows are all listed on {@code err}, one a line (file, line, column, reason),
     * and nothing is printed on {@code out}. With {@code --tour} it prints the API tour instead.
     *
     * @param args the command line, not null
     * @param out where the report goes, not null
     * @param err where usage, problems and progress go, not null
     * @return {@link #EXIT_OK}, {@link #EXIT_BAD_DATA} or {@link #EXIT_USAGE}
     */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException | NullPointerException ex) {
            err.println("Demo: " + ex.getMessage());
            err.println(DemoOptions.USAGE);
            return EXIT_USAGE;
        }
        if (options.isHelp()) {
            err.println(DemoOptions.USAGE);
            return EXIT_OK;
        }
        if (options.isTour()) {
            tour(out);
            return EXIT_OK;
        }
        Optional<Path> html = options.getHtmlFile();
        String unwritable = html.map(Demo::unwritable).orElse(null);
        if (unwritable != null) {
            err.println("Demo: option --html " + html.get() + ": " + unwritable);
            err.println(DemoOptions.USAGE);
            return EXIT_USAGE;
        }
        Path dir = options.getDataDirectory().orElse(null);
        Portfolio portfolio;
        try {
            portfolio = CsvPortfolioReader.create()
                    .withProgress(options.isQuiet() ? null : err, CsvPortfolioReader.DEFAULT_PROGRESS_EVERY)
                    .read(dir != null ? dir : SampleLedger.directory());
        } catch (CsvInputException ex) {
            for (CsvProblem problem : ex.getProblems()) {
                err.println(problem);
            }
            err.println("Demo: " + ex.getProblems().size() + " problem(s) in " + dir + "; no report printed");
            return EXIT_BAD_DATA;
        }
        PortfolioReport report = PortfolioReport.of(dir != null ? dir.toString() : SAMPLE_TITLE, portfolio,
                options.getAsOf(), options.isQuiet() ? null : err);
        // render everything before writing anything, so a failure leaves no partial report behind
        String page = html.isPresent() ? ReportFormats.html(report) : null;
        String text = ReportFormats.render(report, options.getFormat());
        if (page != null) {
            try {
                Files.writeString(html.get(), page, StandardCharsets.UTF_8);
            } catch (IOException ex) {
                err.println("Demo: cannot write " + html.get() + ": " + ex);
                return EXIT_BAD_DATA;
            }
            if (!options.isQuiet()) {
                err.println("Demo: wrote the HTML report to " + html.get());
            }
        }
        out.print(text);
        return EXIT_OK;
    }

    /** Why a file cannot be written, checked before any work is done; null if it looks writable. */
    private static String unwritable(Path file) {
        if (Files.isDirectory(file)) {
            return "is a directory; expected a file name such as report.html";
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return "directory " + parent + " does not exist";
        }
        if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(parent)) {
            return "cannot write there (permission denied)";
        }
        return null;
    }

    /**
     * Prints the report on a portfolio as text.
     *
     * @param out where to print, not null
     * @param name what the portfolio is called in the headings, not null
     * @param portfolio the portfolio, not null
     * @param asOf the as-of date, not null
     */
    static void report(PrintStream out, String name, Portfolio portfolio, LocalDate asOf) {
        out.print(ReportFormats.render(PortfolioReport.of(name, portfolio, asOf), DemoOptions.Format.TEXT));
    }

    /**
     * Prints the report on the bundled sample ledger as of its natural date, 2024-12-31.
     *
     * @param out where to print, not null
     */
    public static void run(PrintStream out) {
        run(out, SampleLedger.AS_OF);
    }

    /**
     * Prints the report on the bundled sample ledger as of a date.
     *
     * @param out where to print, not null
     * @param asOf the as-of date, not null
     */
    public static void run(PrintStream out, LocalDate asOf) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(asOf, "asOf");
        report(out, SAMPLE_TITLE, CsvPortfolioReader.create().read(SampleLedger.directory()), asOf);
    }

    /**
     * Prints the API tour on built-in data: an invoice's due schedule with an early-payment discount,
     * instalment plans in currencies with 0, 2 and 3 decimals, a business-day adjustment against a
     * holiday calendar, an exact money split, a payment applied by two strategies, and a statement.
     *
     * @param out where to print, not null
     */
    public static void tour(PrintStream out) {
        Objects.requireNonNull(out, "out");
        out.println("Receivables API tour: payment terms, due schedules, allocation and a statement");
        out.println("=".repeat(72));

        // 1. An invoice on "2/10 Net 30": the schedule and the discount on two payment dates.
        Invoice invoice = Invoice.builder()
                .id(InvoiceId.of("INV-2024-0042"))
                .customerId(CustomerId.of("C-1001"))
                .issueDate(LocalDate.of(2024, 1, 31))
                .amount(Money.parse("EUR 1250.00"))
                .terms(PaymentTerms.parse("2/10 Net 30"))
                .purchaseOrderNumber("PO-7781")
                .build();
        section(out, "1. Invoice " + invoice.getId() + " of " + invoice.getAmount() + " dated "
                + invoice.getIssueDate() + " on '" + invoice.getTerms() + "'");
        printSchedule(out, invoice.getDueSchedule());
        Instalment only = invoice.getDueSchedule().getInstalments().get(0);
        for (LocalDate paid : List.of(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 11))) {
            Money discount = only.discountOn(paid);
            out.printf(Locale.ROOT, "   paid on %s: discount %s, pays %s%n", paid, discount,
                    only.getAmount().minus(discount));
        }

        // 2. Instalments: each line rounded, the last takes the residual, in 0, 2 and 3 decimals.
        PaymentTerms thirds = PaymentTerms.parse("33.33% Net 30; 33.33% Net 60; Balance Net 90");
        section(out, "2. Instalments on '" + thirds + "' (invoice dated 2024-01-31)");
        for (Money amount : List.of(Money.parse("JPY 100000"), Money.parse("EUR 1000.00"),
                Money.parse("BHD 100.000"))) {
            out.println("   " + amount + ":");
            printSchedule(out, thirds.schedule(LocalDate.of(2024, 1, 31), amount));
        }

        // 3. Business-day adjustment: an explicit step after the terms' rule.
        HolidayCalendar calendar = HolidayCalendars.of(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                List.of(LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26)));
        section(out, "3. Business days: Sat/Sun weekends, holidays 2024-12-25 and 2024-12-26");
        out.printf(Locale.ROOT, "   %-8s %-10s  %-14s  %-10s  %-12s  %-10s%n", "terms", "invoice", "due by rule",
                "Following", "ModFollowing", "Preceding");
        adjusted(out, PaymentTerms.parse("Net 30"), LocalDate.of(2024, 11, 25), calendar);
        adjusted(out, PaymentTerms.parse("EOM"), LocalDate.of(2024, 8, 12), calendar);
        adjusted(out, PaymentTerms.parse("15 MFI"), LocalDate.of(2024, 8, 20), calendar);

        // 4. An exact split: the last minor unit goes deterministically, parts sum to the whole.
        section(out, "4. Splitting EUR 100.00 three ways (largest remainder)");
        List<Money> parts = MoneySplit.equally(Money.parse("EUR 100.00"), 3);
        out.println("   " + parts + " sum " + Money.total(parts));

        LedgerDemo.print(out);
    }

    private static void section(PrintStream out, String title) {
        out.println();
        out.println(title);
    }

    private static void printSchedule(PrintStream out, DueSchedule schedule) {
        for (Instalment i : schedule.getInstalments()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "   #%d due %s (%s)  %s",
                    i.getNumber(), i.getDueDate(), day(i.getDueDate()), i.getAmount()));
            for (DiscountTier tier : i.getDiscountTiers()) {
                line.append(String.format(Locale.ROOT, "  less %s if paid by %s", tier.getDiscount(),
                        tier.getLastDay()));
            }
            out.println(line);
        }
    }

    private static void adjusted(PrintStream out, PaymentTerms terms, LocalDate invoiceDate,
            HolidayCalendar calendar) {
        Money amount = Money.parse("EUR 100.00");
        LocalDate raw = terms.schedule(invoiceDate, amount).getFinalDueDate();
        out.printf(Locale.ROOT, "   %-8s %s  %s %s", terms, invoiceDate, raw, day(raw));
        for (var convention : List.of(BusinessDayConventions.FOLLOWING, BusinessDayConventions.MODIFIED_FOLLOWING,
                BusinessDayConventions.PRECEDING)) {
            LocalDate d = terms.schedule(invoiceDate, amount, convention, calendar).getFinalDueDate();
            out.printf(Locale.ROOT, "  %-12s", d);
        }
        out.println();
    }

    private static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT);
    }
}
