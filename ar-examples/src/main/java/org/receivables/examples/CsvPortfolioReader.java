package org.receivables.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.allocation.AllocationStrategy;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.customer.CustomerSegment;
import org.receivables.core.document.CreditNote;
import org.receivables.core.document.CreditNoteId;
import org.receivables.core.document.Dispute;
import org.receivables.core.document.DisputeId;
import org.receivables.core.document.Invoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.Payment;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.document.PromiseId;
import org.receivables.core.document.PromiseToPay;
import org.receivables.core.document.WriteOff;
import org.receivables.core.document.WriteOffId;
import org.receivables.core.document.WriteOffReason;
import org.receivables.core.item.ItemRef;
import org.receivables.core.ledger.CreditNoteIssued;
import org.receivables.core.ledger.CreditSource;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.DisputeOpened;
import org.receivables.core.ledger.EventId;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.LedgerEvent;
import org.receivables.core.ledger.PaymentReceived;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.ledger.PromiseMade;
import org.receivables.core.ledger.WriteOffPosted;
import org.receivables.core.terms.PaymentTerms;

/**
 * Reads a directory of CSV files (the formats of the README's "Your own data: CSV formats") into a
 * {@link Portfolio}, row by row, and then applies every payment and credit note by its remittance
 * references with an oldest-due-first fallback.
 *
 * <p>Rows are parsed as they stream in and turned into ledger events at once, so memory holds the
 * ledgers being built and the ids seen (for duplicate and reference checks), never the files.
 * Every problem is collected, not just the first: each bad field of each bad row, with its file,
 * line and column. If there is any, {@link #read(Path)} throws a {@link CsvInputException} with all
 * of them and builds nothing.
 *
 * <pre>
 *   Portfolio p = CsvPortfolioReader.create().withProgress(System.err, 100_000).read(Path.of("my-ledger"));
 * </pre>
 *
 * <p>This class is immutable and thread-safe; each {@code read} works on its own state.
 */
public final class CsvPortfolioReader {

    /** The default number of rows between two progress lines. */
    public static final long DEFAULT_PROGRESS_EVERY = 100_000;

    /** The customers file, required. */
    public static final String CUSTOMERS = "customers.csv";
    /** The invoices file, required. */
    public static final String INVOICES = "invoices.csv";
    /** The payments file, required. */
    public static final String PAYMENTS = "payments.csv";
    /** The credit notes file, required. */
    public static final String CREDIT_NOTES = "credit_notes.csv";
    /** The disputes file, optional. */
    public static final String DISPUTES = "disputes.csv";
    /** The promises-to-pay file, optional. */
    public static final String PROMISES = "promises.csv";
    /** The write-offs file, optional. */
    public static final String WRITE_OFFS = "write_offs.csv";

    /**
     * How payments and credit notes are applied. References are lenient because the reader has
     * already refused every reference that names no invoice of the customer: what is left for the
     * engine to meet is a reference to an invoice that earlier cash or credit already settled (a
     * second payment on the same invoice, an overpayment), whose money should then go oldest due
     * first or stay unapplied, not stop the whole import.
     */
    static final AllocationOptions ALLOCATION_OPTIONS = AllocationOptions.builder().strictReferences(false).build();

    /** Remittance references first, then the oldest due item. */
    static final AllocationStrategy ALLOCATION_STRATEGY =
            AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST);

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private final PrintStream progress;
    private final long every;

    private CsvPortfolioReader(PrintStream progress, long every) {
        this.progress = progress;
        this.every = every;
    }

    /**
     * Obtains a reader that prints no progress.
     *
     * @return the reader
     */
    public static CsvPortfolioReader create() {
        return new CsvPortfolioReader(null, DEFAULT_PROGRESS_EVERY);
    }

    /**
     * Returns a copy that prints a progress line every {@code everyRows} rows.
     *
     * @param out where to print progress lines, null for none
     * @param everyRows rows between two progress lines, positive
     * @return the reader
     * @throws IllegalArgumentException if everyRows is not positive
     */
    public CsvPortfolioReader withProgress(PrintStream out, long everyRows) {
        if (everyRows <= 0) {
            throw new IllegalArgumentException("everyRows must be positive: " + everyRows);
        }
        return new CsvPortfolioReader(out, everyRows);
    }

    /**
     * Reads a directory into a portfolio: one ledger per customer of {@code customers.csv}.
     *
     * @param directory the directory holding the files, not null
     * @return the portfolio, every payment and credit note allocated
     * @throws NullPointerException if directory is null
     * @throws CsvInputException with every problem found, if any file is missing, unreadable or has bad rows
     */
    public Portfolio read(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return new Run(directory).read();
    }

    /** The required columns of each file and the optional ones, in their documented order. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            CUSTOMERS, List.of("id", "name", "kind"),
            INVOICES, List.of("id", "customer_id", "issue_date", "currency", "amount", "terms"),
            PAYMENTS, List.of("id", "customer_id", "received_date", "currency", "amount", "method"),
            CREDIT_NOTES, List.of("id", "customer_id", "issue_date", "currency", "amount"),
            DISPUTES, List.of("id", "customer_id", "invoice_id", "opened_date", "reason"),
            PROMISES, List.of("id", "customer_id", "made_date", "promised_date", "currency", "amount"),
            WRITE_OFFS, List.of("id", "customer_id", "invoice_id", "date", "reason"));
    private static final Map<String, List<String>> OPTIONAL = Map.of(
            CUSTOMERS, List.of("segment"),
            INVOICES, List.of("po_number"),
            PAYMENTS, List.of("references"),
            CREDIT_NOTES, List.of("invoice_id", "reason"),
            DISPUTES, List.of("currency", "amount"),
            PROMISES, List.of("invoice_ids"),
            WRITE_OFFS, List.of("currency", "amount", "instalment", "note"));

    /** What the reader remembers of an invoice for the checks of the rows that name it. */
    private static final class InvoiceInfo {
        final String customer;
        final CurrencyUnit currency;

        InvoiceInfo(String customer, CurrencyUnit currency) {
            this.customer = customer;
            this.currency = currency;
        }
    }

    /**
     * A payment or credit note waiting to be allocated, or a write-off waiting to be posted, with
     * where it came from. On one day credit notes go first, then payments, then write-offs.
     */
    private static final class Source {
        final CreditSource source;
        /** Makes the write-off of a given amount; null for a payment or credit note. */
        final java.util.function.Function<Money, WriteOff> writeOff;
        /** The write-off's amount, or null for what is open on the instalment that day. */
        final Money amount;
        final InvoiceId invoice;
        final int instalment;
        final LocalDate date;
        final String file;
        final long line;

        Source(CreditSource source, LocalDate date, String file, long line) {
            this(source, null, null, null, 0, date, file, line);
        }

        Source(CreditSource source, java.util.function.Function<Money, WriteOff> writeOff, Money amount,
                InvoiceId invoice, int instalment, LocalDate date, String file, long line) {
            this.source = source;
            this.writeOff = writeOff;
            this.amount = amount;
            this.invoice = invoice;
            this.instalment = instalment;
            this.date = date;
            this.file = file;
            this.line = line;
        }

        int rank() {
            return writeOff != null ? 2 : source.isPayment() ? 1 : 0;
        }
    }

    /** The state of one read. */
    private final class Run {

        private final Path directory;
        private final List<CsvProblem> problems = new ArrayList<>();
        private final Map<String, Long> customers = new HashMap<>();
        private final Map<String, InvoiceInfo> invoices = new HashMap<>();
        private final Map<String, Map<String, Long>> ids = new HashMap<>();
        private final TreeMap<CustomerId, CustomerLedger.Builder> ledgers = new TreeMap<>();
        private final Map<CustomerId, List<Source>> sources = new HashMap<>();
        private final java.util.Set<String> failed = new java.util.HashSet<>();
        private final Map<String, PaymentTerms> termsSeen = new HashMap<>();
        private long rows;
        private long applied;

        Run(Path directory) {
            this.directory = directory;
        }

        Portfolio read() {
            for (String file : List.of(CUSTOMERS, INVOICES, PAYMENTS, CREDIT_NOTES)) {
                if (!Files.isRegularFile(directory.resolve(file))) {
                    problems.add(CsvProblem.ofFile(file, "required file is missing from " + directory));
                }
            }
            if (!problems.isEmpty()) {
                throw new CsvInputException(problems);
            }
            readFile(CUSTOMERS, this::customer);
            readFile(INVOICES, this::invoice);
            readFile(PAYMENTS, this::payment);
            readFile(CREDIT_NOTES, this::creditNote);
            if (Files.exists(directory.resolve(DISPUTES))) {
                readFile(DISPUTES, this::dispute);
            }
            if (Files.exists(directory.resolve(PROMISES))) {
                readFile(PROMISES, this::promise);
            }
            if (Files.exists(directory.resolve(WRITE_OFFS))) {
                readFile(WRITE_OFFS, this::writeOffRow);
            }
            if (!problems.isEmpty()) {
                throw new CsvInputException(problems);
            }
            ids.clear();         // the checks of the rows are done: their ids need not be held any more
            invoices.clear();
            // each builder (and its index) is let go once its ledger is built, so the memory of the
            // builders shrinks as the built ledgers grow instead of both being held at the peak
            List<CustomerLedger> built = new ArrayList<>(ledgers.size());
            for (Map.Entry<CustomerId, CustomerLedger.Builder> e = ledgers.pollFirstEntry(); e != null;
                    e = ledgers.pollFirstEntry()) {
                List<Source> pending = sources.remove(e.getKey());
                built.add(allocate(e.getValue(), pending == null ? List.of() : pending));
            }
            if (!problems.isEmpty()) {
                throw new CsvInputException(problems);
            }
            return Portfolio.of(built);
        }

        /**
         * Applies the customer's payments and credit notes in date order, credit notes first on a day.
         * Each allocation is proposed from the builder's running open balances as of its date and
         * applied to the same builder: no ledger is built or replayed per source.
         */
        private CustomerLedger allocate(CustomerLedger.Builder builder, List<Source> pending) {
            List<Source> ordered = new ArrayList<>(pending);
            ordered.sort(Comparator.comparing((Source s) -> s.date).thenComparingInt(Source::rank));
            for (Source s : ordered) {
                applied++;
                if (progress != null && applied % every == 0) {
                    progress.printf(Locale.ROOT, "applied %,d payments, credit notes and write-offs%n", applied);
                }
                try {
                    if (s.writeOff != null) {
                        writeOff(builder, s);
                        continue;
                    }
                    EventId id = EventId.of("ALLOC-" + (s.source.isPayment() ? "PAY-" : "CN-")
                            + s.source.getDocumentId());
                    builder.applyAllocation(id, s.source, s.date, ALLOCATION_STRATEGY, ALLOCATION_OPTIONS);
                } catch (IllegalArgumentException ex) {
                    problems.add(CsvProblem.of(s.file, s.line, null, (s.writeOff != null ? "refused by the ledger: "
                            : "cannot be allocated: ") + ex.getMessage()));
                }
            }
            return builder.build();
        }

        /** Posts a write-off; one without an amount takes what is open on the instalment that day, if anything. */
        private void writeOff(CustomerLedger.Builder builder, Source s) {
            if (s.amount != null) {
                builder.apply(WriteOffPosted.of(s.writeOff.apply(s.amount), s.instalment));
                return;
            }
            ItemRef ref = ItemRef.ofInstalment(s.invoice, s.instalment);
            builder.getOpenAmount(ref, s.date).filter(Money::isPositive)
                    .ifPresent(open -> builder.apply(WriteOffPosted.of(s.writeOff.apply(open), s.instalment)));
        }

        private void readFile(String file, java.util.function.Consumer<Row> handler) {
            Path path = directory.resolve(file);
            try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                CSVParser parser;
                try {
                    parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get();
                } catch (IllegalArgumentException ex) {
                    problems.add(CsvProblem.of(file, 1, null, "bad header: " + ex.getMessage()));
                    failed.add(file);
                    return;
                }
                try (parser) {
                    List<String> header = parser.getHeaderNames();
                    if (header.isEmpty()) {
                        problems.add(CsvProblem.of(file, 1, null,
                                "the file is empty; it needs at least the header line"));
                        failed.add(file);
                        return;
                    }
                    if (!checkHeader(file, header)) {
                        failed.add(file);
                        return;
                    }
                    long before = parser.getCurrentLineNumber();
                    Iterator<CSVRecord> it = parser.iterator();
                    while (true) {
                        CSVRecord record;
                        try {
                            if (!it.hasNext()) {
                                break;
                            }
                            record = it.next();
                        } catch (UncheckedIOException | IllegalStateException ex) {
                            problems.add(CsvProblem.of(file, before + 1, null, "unreadable CSV: " + ex.getMessage()));
                            return;
                        }
                        // the parser counts the line breaks it consumed: after a record that ends in a line
                        // break, that is the record's last line; blank lines it skipped are counted too
                        long after = parser.getCurrentLineNumber();
                        long line = Math.max(before + 1, after - breaksWithin(record));
                        before = after;
                        if (!record.isConsistent()) {
                            problems.add(CsvProblem.of(file, line, null, "has " + record.size()
                                    + " fields; the header has " + header.size()));
                            String id = record.size() > 0 && header.get(0).equals("id") ? record.get(0) : "";
                            if (file.equals(INVOICES)) {    // known, so the rows naming it are not orphans
                                invoices.putIfAbsent(id, new InvoiceInfo(null, null));
                            } else if (file.equals(CUSTOMERS)) {
                                customers.putIfAbsent(id, line);
                            }
                        } else {
                            handler.accept(new Row(file, line, record));
                        }
                        rows++;
                        if (progress != null && rows % every == 0) {
                            progress.printf(Locale.ROOT, "read %,d rows (now in %s)%n", rows, file);
                        }
                    }
                }
            } catch (IOException | UncheckedIOException ex) {
                problems.add(CsvProblem.ofFile(file, "cannot be read: " + ex.getMessage()));
            }
        }

        private long breaksWithin(CSVRecord record) {
            long breaks = 0;
            for (String value : record) {
                for (int i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
                    breaks++;
                }
            }
            return breaks;
        }

        private boolean checkHeader(String file, List<String> header) {
            boolean ok = true;
            for (String column : REQUIRED.get(file)) {
                if (!header.contains(column)) {
                    problems.add(CsvProblem.of(file, 1, column, "required column is missing from the header"));
                    ok = false;
                }
            }
            for (String column : header) {
                if (!REQUIRED.get(file).contains(column) && !OPTIONAL.get(file).contains(column)) {
                    problems.add(CsvProblem.of(file, 1, column, "unknown column; expected "
                            + REQUIRED.get(file) + " and optionally " + OPTIONAL.get(file)));
                    ok = false;
                }
            }
            return ok;
        }

        // ---- one row per file ----

        private void customer(Row row) {
            String id = row.id(CUSTOMERS, CustomerId::of);
            CustomerId customerId = row.parse("id", CustomerId::of);
            row.text("name");
            row.parse("kind", v -> CustomerKind.valueOf(v.toUpperCase(Locale.ROOT)),
                    "is not a customer kind; expected BUSINESS or CONSUMER");
            row.optional("segment").ifPresent(v -> row.parse("segment", CustomerSegment::of));
            if (customerId != null) {
                // known even when another field is bad, so its documents are not all reported as orphans
                customers.putIfAbsent(id, row.line);
                ledgers.putIfAbsent(customerId, CustomerLedger.builder(customerId));
            }
        }

        private void invoice(Row row) {
            String id = row.id(INVOICES, InvoiceId::of);
            CustomerId customer = row.customer();
            LocalDate issued = row.date("issue_date");
            CurrencyUnit currency = row.currency("currency");
            Money amount = row.amount("amount", currency);
            PaymentTerms terms = row.parse("terms", this::terms, "is not a payment terms notation");
            String po = row.optional("po_number").orElse(null);
            if (id != null) {
                // known even when another field is bad, so the rows naming it are not reported as orphans
                invoices.putIfAbsent(id, new InvoiceInfo(customer == null ? null : customer.getValue(), currency));
            }
            if (row.ok()) {
                Invoice.Builder b = Invoice.builder();
                b.id(InvoiceId.of(id)).customerId(customer).issueDate(issued).amount(amount).terms(terms);
                if (po != null) {
                    b.purchaseOrderNumber(po);
                }
                row.apply(() -> InvoiceIssued.of(b.build()));
            }
        }

        private void payment(Row row) {
            String id = row.id(PAYMENTS, PaymentId::of);
            CustomerId customer = row.customer();
            LocalDate received = row.date("received_date");
            CurrencyUnit currency = row.currency("currency");
            Money amount = row.amount("amount", currency);
            PaymentMethod method = row.parse("method", v -> PaymentMethod.valueOf(v.toUpperCase(Locale.ROOT)),
                    "is not a payment method; expected one of " + List.of(PaymentMethod.values()));
            List<String> references = row.invoiceList("references", customer, currency);
            if (row.ok()) {
                PaymentId paymentId = PaymentId.of(id);
                row.apply(() -> PaymentReceived.of(Payment.builder().id(paymentId).customerId(customer)
                        .receivedDate(received).amount(amount).method(method).remittanceReferences(references)
                        .build()));
                if (row.ok()) {
                    pending(customer, new Source(CreditSource.ofPayment(paymentId), received, PAYMENTS, row.line));
                }
            }
        }

        private void creditNote(Row row) {
            String id = row.id(CREDIT_NOTES, CreditNoteId::of);
            CustomerId customer = row.customer();
            LocalDate issued = row.date("issue_date");
            CurrencyUnit currency = row.currency("currency");
            Money amount = row.amount("amount", currency);
            List<String> invoice = row.optional("invoice_id").isPresent()
                    ? row.invoiceList("invoice_id", customer, currency) : List.of();
            String reason = row.optional("reason").orElse(null);
            if (row.ok()) {
                CreditNoteId creditNoteId = CreditNoteId.of(id);
                CreditNote.Builder b = CreditNote.builder();
                b.id(creditNoteId).customerId(customer).issueDate(issued).amount(amount);
                if (!invoice.isEmpty()) {
                    b.invoiceId(InvoiceId.of(invoice.get(0)));
                }
                if (reason != null) {
                    b.reason(reason);
                }
                row.apply(() -> CreditNoteIssued.of(b.build()));
                if (row.ok()) {
                    pending(customer, new Source(CreditSource.ofCreditNote(creditNoteId), issued, CREDIT_NOTES,
                            row.line));
                }
            }
        }

        private void dispute(Row row) {
            String id = row.id(DISPUTES, DisputeId::of);
            CustomerId customer = row.customer();
            List<String> invoice = row.invoiceList("invoice_id", customer, null);
            LocalDate opened = row.date("opened_date");
            String reason = row.text("reason");
            Money amount = null;
            if (row.optional("amount").isPresent()) {
                amount = row.amount("amount", row.currency("currency"));
            }
            if (row.ok() && invoice.size() != 1) {
                row.problem("invoice_id", "must name exactly one invoice: " + invoice);
            }
            if (row.ok()) {
                Dispute.Builder b = Dispute.builder();
                b.id(DisputeId.of(id)).customerId(customer).invoiceId(InvoiceId.of(invoice.get(0)))
                        .openedDate(opened).reason(reason);
                if (amount != null) {
                    b.disputedAmount(amount);
                }
                row.apply(() -> DisputeOpened.of(b.build()));
            }
        }

        private void promise(Row row) {
            String id = row.id(PROMISES, PromiseId::of);
            CustomerId customer = row.customer();
            LocalDate made = row.date("made_date");
            LocalDate promised = row.date("promised_date");
            CurrencyUnit currency = row.currency("currency");
            Money amount = row.amount("amount", currency);
            List<String> invoiceIds = row.invoiceList("invoice_ids", customer, currency);
            if (row.ok()) {
                PromiseToPay.Builder b = PromiseToPay.builder();
                b.id(PromiseId.of(id)).customerId(customer).madeDate(made).promisedDate(promised).amount(amount);
                for (String invoice : invoiceIds) {
                    b.addInvoiceIds(InvoiceId.of(invoice));
                }
                row.apply(() -> PromiseMade.of(b.build()));
            }
        }

        private void writeOffRow(Row row) {
            String id = row.id(WRITE_OFFS, WriteOffId::of);
            CustomerId customer = row.customer();
            List<String> invoice = row.invoiceList("invoice_id", customer, null);
            LocalDate date = row.date("date");
            WriteOffReason reason = row.parse("reason", v -> WriteOffReason.valueOf(v.toUpperCase(Locale.ROOT)),
                    "is not a write-off reason; expected one of " + List.of(WriteOffReason.values()));
            Money amount = null;
            if (row.optional("amount").isPresent()) {
                amount = row.amount("amount", row.currency("currency"));
            }
            Integer instalment = row.optional("instalment").isEmpty() ? Integer.valueOf(1)
                    : row.parse("instalment", v -> {
                        int n = Integer.parseInt(v);
                        if (n < 1) {
                            throw new IllegalArgumentException("instalment must be 1 or more: " + n);
                        }
                        return n;
                    }, "is not an instalment number 1, 2, ...");
            String note = row.optional("note").orElse(null);
            if (row.ok() && invoice.size() != 1) {
                row.problem("invoice_id", "must name exactly one invoice: " + invoice);
            }
            if (row.ok() && !problemsSeen()) {
                InvoiceInfo info = invoices.get(invoice.get(0));
                if (amount != null && info.currency != null && !info.currency.equals(amount.getCurrencyUnit())) {
                    row.problem("currency", "invoice " + invoice.get(0) + " is in " + info.currency + ", not "
                            + amount.getCurrencyUnit());
                    return;
                }
                InvoiceId invoiceId = InvoiceId.of(invoice.get(0));
                WriteOffId writeOffId = WriteOffId.of(id);
                java.util.function.Function<Money, WriteOff> make = value -> {
                    WriteOff.Builder b = WriteOff.builder();
                    b.id(writeOffId).customerId(customer).invoiceId(invoiceId).date(date).reason(reason).amount(value);
                    if (note != null) {
                        b.note(note);
                    }
                    return b.build();
                };
                pending(customer, new Source(null, make, amount, invoiceId, instalment, date, WRITE_OFFS, row.line));
            }
        }

        /** Parses a terms notation once per distinct text: a portfolio uses a handful of notations. */
        private PaymentTerms terms(String notation) {
            PaymentTerms terms = termsSeen.get(notation);
            if (terms == null) {
                terms = PaymentTerms.parse(notation);
                if (termsSeen.size() < 10_000) {
                    termsSeen.put(notation, terms);
                }
            }
            return terms;
        }

        private boolean problemsSeen() {
            return !problems.isEmpty();
        }

        private void pending(CustomerId customer, Source source) {
            sources.computeIfAbsent(customer, c -> new ArrayList<>()).add(source);
        }

        /** One record with its position, and the helpers that parse its fields and note problems. */
        private final class Row {
            final String file;
            final long line;
            final CSVRecord record;
            private boolean ok = true;

            Row(String file, long line, CSVRecord record) {
                this.file = file;
                this.line = line;
                this.record = record;
            }

            boolean ok() {
                return ok;
            }

            void problem(String column, String reason) {
                problems.add(CsvProblem.of(file, line, column, reason));
                ok = false;
            }

            java.util.Optional<String> optional(String column) {
                if (!record.isMapped(column)) {
                    return java.util.Optional.empty();
                }
                String value = record.get(column);
                return value.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(value);
            }

            String text(String column) {
                String value = optional(column).orElse(null);
                if (value == null) {
                    problem(column, "is empty; a value is required");
                }
                return value;
            }

            <T> T parse(String column, java.util.function.Function<String, T> parser) {
                return parse(column, parser, null);
            }

            <T> T parse(String column, java.util.function.Function<String, T> parser, String reason) {
                String value = text(column);
                if (value == null) {
                    return null;
                }
                try {
                    return parser.apply(value);
                } catch (IllegalArgumentException | DateTimeException ex) {
                    problem(column, "'" + value + "' " + (reason != null ? reason + " (" + ex.getMessage() + ")"
                            : "is refused: " + ex.getMessage()));
                    return null;
                }
            }

            /** The row's id, checked for blanks and for duplicates within its file. */
            String id(String idFile, java.util.function.Function<String, ?> idType) {
                String id = parse("id", v -> {
                    idType.apply(v);    // the document id's own rules: not blank, no control characters
                    return v;
                });
                if (id != null) {
                    Long first = ids.computeIfAbsent(idFile, f -> new HashMap<>()).putIfAbsent(id, line);
                    if (first != null) {
                        problem("id", "duplicate id " + id + " (first on line " + first + ")");
                    }
                }
                return id;
            }

            CustomerId customer() {
                String id = text("customer_id");
                if (id == null) {
                    return null;
                }
                if (!customers.containsKey(id) && !failed.contains(CUSTOMERS)) {
                    problem("customer_id", "unknown customer " + id + " (not in " + CUSTOMERS + ")");
                    return null;
                }
                return CustomerId.of(id);
            }

            LocalDate date(String column) {
                return parse(column, LocalDate::parse, "is not an ISO-8601 date YYYY-MM-DD");
            }

            CurrencyUnit currency(String column) {
                String code = text(column);
                if (code == null) {
                    return null;
                }
                try {
                    if (!code.matches("[A-Z]{3}")) {
                        throw new IllegalCurrencyException("not three capital letters");
                    }
                    return CurrencyUnit.of(code);
                } catch (IllegalCurrencyException ex) {
                    problem(column, "unknown currency '" + code + "'; expected an ISO 4217 code such as EUR");
                    return null;
                }
            }

            Money amount(String column, CurrencyUnit currency) {
                String text = text(column);
                if (text == null) {
                    return null;
                }
                BigDecimal value;
                try {
                    value = new BigDecimal(text);
                } catch (NumberFormatException ex) {
                    problem(column, "'" + text + "' is not a decimal amount such as 1250.00");
                    return null;
                }
                if (value.signum() <= 0) {
                    problem(column, "amount " + text + " must be positive");
                    return null;
                }
                if (currency == null) {
                    return null;    // the currency's own problem is already noted
                }
                int decimals = Math.max(0, value.stripTrailingZeros().scale());
                if (decimals > currency.getDecimalPlaces()) {
                    problem(column, "amount " + text + " has " + decimals + " decimals; " + currency + " has "
                            + currency.getDecimalPlaces());
                    return null;
                }
                return Money.of(currency, value.setScale(currency.getDecimalPlaces()));
            }

            /** A ';'-separated list of invoice ids, each an invoice of the customer, in the currency if given. */
            List<String> invoiceList(String column, CustomerId customer, CurrencyUnit currency) {
                List<String> result = new ArrayList<>();
                String text = optional(column).orElse("");
                for (String part : text.split(";")) {
                    String ref = part.trim();
                    if (ref.isEmpty()) {
                        continue;
                    }
                    InvoiceInfo info = invoices.get(ref);
                    if (info == null && failed.contains(INVOICES)) {
                        ok = false;    // cannot be checked: invoices.csv itself is refused
                    } else if (info == null) {
                        problem(column, "unknown invoice " + ref + " (not in " + INVOICES + ")");
                    } else if (customer != null && info.customer != null && !info.customer.equals(customer.getValue())) {
                        problem(column, "invoice " + ref + " belongs to customer " + info.customer + ", not "
                                + customer);
                    } else if (currency != null && info.currency != null && !info.currency.equals(currency)) {
                        problem(column, "invoice " + ref + " is in " + info.currency + ", not " + currency);
                    } else {
                        result.add(ref);
                    }
                }
                return result;
            }

            /** Builds and applies the row's event, noting the ledger's refusal as a problem of the row. */
            void apply(java.util.function.Supplier<LedgerEvent> event) {
                if (!problems.isEmpty()) {
                    return;    // the portfolio is discarded anyway; keep checking rows, skip the ledger work
                }
                try {
                    LedgerEvent e = event.get();
                    ledgers.get(e.getCustomerId()).apply(e);
                } catch (IllegalArgumentException | IllegalStateException ex) {
                    problem(null, "refused by the ledger: " + ex.getMessage());
                }
            }
        }
    }
}
