package org.receivables.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerKind;
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
import org.receivables.core.document.WriteOffId;
import org.receivables.core.document.WriteOffReason;
import org.receivables.core.terms.Instalment;
import org.receivables.core.terms.PaymentTerms;

/**
 * Generates a synthetic receivables portfolio of any size from a seed, as documents handed to a
 * {@link Sink} or as the CSV files that {@link CsvPortfolioReader} reads.
 *
 * <p>What it draws, customer by customer: a size (an exponential share of the invoices, so a few
 * customers are large), a currency (EUR three in four, else USD), usual terms (Net 30, 2/10 Net 30,
 * Net 45, EOM, or "50% Net 30; Balance Net 60"; one invoice in five on other terms) and a payment
 * behaviour: on time (45%, and a 2/10 discount taken when offered), slightly late (30%, 1-15 days),
 * habitually late (17%, 20-60 days) or a bad payer (8%, 45-120 days, a third of invoices never paid).
 * Invoice dates follow a seasonal curve (a spring and an autumn peak, a quiet August, a December
 * rush). About 4% of invoices get a credit note, 3% a dispute (8% for bad payers; disputed invoices
 * are paid a month later or not at all), 8% are paid in two parts, 2% overpaid, 5% of payments quote
 * no reference, and late payers make promises to pay that are kept or broken as their lateness has it.
 * Most of a bad payer's unpaid single-instalment invoices are written off 180 days after their due
 * date, for whatever is still open then.
 * Nothing is dated after the last day of the last month, which is the natural as-of date.
 *
 * <p>It streams: documents go to the sink as each customer is generated, so memory holds one
 * customer's invoices at a time. The same seed and sizes give the same documents, and byte-identical
 * files.
 *
 * <pre>
 *   PortfolioGenerator g = PortfolioGenerator.of(42L, 200, 10_000, YearMonth.of(2023, 1), 24);
 *   SortedMap&lt;String, Long&gt; rows = g.writeCsv(Path.of("sample-ledger"));
 *   rows.get("invoices.csv");    // 10000
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PortfolioGenerator {

    /** Receives the generated documents in generation order: a customer, then its documents. */
    public interface Sink {
        /**
         * Receives a customer.
         *
         * @param id the id
         * @param name the name
         * @param kind business or consumer
         * @param segment the segment, or null
         */
        void customer(CustomerId id, String name, CustomerKind kind, String segment);

        /**
         * Receives an invoice.
         *
         * @param invoice the invoice
         * @param termsNotation the notation its terms were parsed from
         */
        void invoice(Invoice invoice, String termsNotation);

        /**
         * Receives a payment.
         *
         * @param payment the payment
         */
        void payment(Payment payment);

        /**
         * Receives a credit note.
         *
         * @param creditNote the credit note
         */
        void creditNote(CreditNote creditNote);

        /**
         * Receives a dispute.
         *
         * @param dispute the dispute
         */
        void dispute(Dispute dispute);

        /**
         * Receives a promise to pay.
         *
         * @param promise the promise
         */
        void promise(PromiseToPay promise);

        /**
         * Receives a write-off of whatever is open on the invoice's first instalment on {@code date}.
         *
         * @param id the write-off's id
         * @param customer the customer
         * @param invoice the invoice
         * @param date the date of the write-off
         * @param reason why
         */
        void writeOff(WriteOffId id, CustomerId customer, InvoiceId invoice, LocalDate date, WriteOffReason reason);
    }

    /** The terms notations of the mix, with their weights in the same order. */
    static final List<String> TERMS = List.of("Net 30", "2/10 Net 30", "Net 45", "EOM", "50% Net 30; Balance Net 60");
    private static final double[] TERMS_WEIGHTS = {40, 20, 15, 15, 10};

    private enum Behaviour {
        ON_TIME(-3, 2, 0.0, 45), SLIGHTLY_LATE(1, 15, 0.0, 30), HABITUAL_LATE(20, 60, 0.02, 17),
        BAD_PAYER(45, 120, 0.33, 8);

        final int minLate;
        final int maxLate;
        final double unpaid;
        final double weight;

        Behaviour(int minLate, int maxLate, double unpaid, double weight) {
            this.minLate = minLate;
            this.maxLate = maxLate;
            this.unpaid = unpaid;
            this.weight = weight;
        }
    }

    private static final String[] NAME_FIRST = {"Acme", "Borealis", "Cobalt", "Delta", "Ember", "Fjord", "Granite",
        "Harbor", "Iris", "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Orchard", "Pioneer", "Quartz",
        "Riverside", "Summit", "Tundra"};
    private static final String[] NAME_SECOND = {"Trading", "Foods", "Logistics", "Retail", "Engineering", "Textiles",
        "Pharma", "Media", "Builders", "Motors"};
    private static final String[] NAME_SUFFIX = {"Ltd", "GmbH", "SARL", "BV", "Inc.", "S.p.A."};
    private static final String[] SEGMENTS = {"SME", "ENTERPRISE", "PUBLIC"};
    private static final String[] DISPUTE_REASONS = {"goods damaged", "price differs from order",
        "quantity short", "service not rendered", "duplicate billing"};
    private static final PaymentMethod[] METHODS = {PaymentMethod.BANK_TRANSFER, PaymentMethod.BANK_TRANSFER,
        PaymentMethod.BANK_TRANSFER, PaymentMethod.DIRECT_DEBIT, PaymentMethod.CARD, PaymentMethod.CHEQUE};

    private final long seed;
    private final int customers;
    private final int invoices;
    private final YearMonth firstMonth;
    private final int months;

    private PortfolioGenerator(long seed, int customers, int invoices, YearMonth firstMonth, int months) {
        this.seed = seed;
        this.customers = customers;
        this.invoices = invoices;
        this.firstMonth = firstMonth;
        this.months = months;
    }

    /**
     * Obtains a generator.
     *
     * @param seed the seed
     * @param customers the number of customers, positive
     * @param invoices the number of invoices, zero or more
     * @param firstMonth the first month of the history, not null
     * @param months the number of months, positive
     * @return the generator
     * @throws NullPointerException if firstMonth is null
     * @throws IllegalArgumentException if a count is out of range
     */
    public static PortfolioGenerator of(long seed, int customers, int invoices, YearMonth firstMonth, int months) {
        Objects.requireNonNull(firstMonth, "firstMonth");
        if (customers <= 0) {
            throw new IllegalArgumentException("customers must be positive: " + customers);
        }
        if (invoices < 0) {
            throw new IllegalArgumentException("invoices must not be negative: " + invoices);
        }
        if (months <= 0) {
            throw new IllegalArgumentException("months must be positive: " + months);
        }
        return new PortfolioGenerator(seed, customers, invoices, firstMonth, months);
    }

    /**
     * Gets the last day of the history: nothing generated is dated later.
     *
     * @return the last day of the last month
     */
    public LocalDate getEndDate() {
        return firstMonth.plusMonths(months - 1L).atEndOfMonth();
    }

    /**
     * Writes the portfolio as CSV files into a directory, creating it if needed; existing files of the
     * same names are replaced.
     *
     * @param directory the directory, not null
     * @return the number of data rows written per file name, in name order
     * @throws NullPointerException if directory is null
     * @throws UncheckedIOException if a file cannot be written
     */
    public SortedMap<String, Long> writeCsv(Path directory) {
        Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
            try (CsvSink sink = new CsvSink(directory)) {
                generate(sink);
                return sink.counts();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /**
     * Generates the portfolio into a sink.
     *
     * @param sink the sink, not null
     * @throws NullPointerException if sink is null
     */
    public void generate(Sink sink) {
        Objects.requireNonNull(sink, "sink");
        SplittableRandom random = new SplittableRandom(seed);
        int[] quotas = quotas(random);
        double[] season = seasonCumulative();
        int serial = 0;
        int paymentSerial = 0;
        int otherSerial = 0;
        LocalDate end = getEndDate();
        for (int c = 0; c < customers; c++) {
            SplittableRandom r = random.split();
            CustomerId customer = CustomerId.of(String.format(Locale.ROOT, "C-%05d", c + 1));
            boolean business = r.nextDouble() < 0.9;
            String name = business
                    ? NAME_FIRST[r.nextInt(NAME_FIRST.length)] + " " + NAME_SECOND[r.nextInt(NAME_SECOND.length)]
                            + " " + NAME_SUFFIX[r.nextInt(NAME_SUFFIX.length)]
                    : "Consumer " + (c + 1);
            sink.customer(customer, name, business ? CustomerKind.BUSINESS : CustomerKind.CONSUMER,
                    business ? SEGMENTS[r.nextInt(SEGMENTS.length)] : null);
            Behaviour behaviour = Behaviour.values()[pick(r, Arrays.stream(Behaviour.values())
                    .mapToDouble(b -> b.weight).toArray())];
            CurrencyUnit currency = r.nextDouble() < 0.75 ? CurrencyUnit.EUR : CurrencyUnit.USD;
            String usualTerms = TERMS.get(pick(r, TERMS_WEIGHTS));

            LocalDate[] dates = new LocalDate[quotas[c]];
            for (int k = 0; k < dates.length; k++) {
                YearMonth month = firstMonth.plusMonths(sample(r, season));
                dates[k] = month.atDay(1 + r.nextInt(month.lengthOfMonth()));
            }
            Arrays.sort(dates);
            for (LocalDate issued : dates) {
                serial++;
                String notation = r.nextDouble() < 0.8 ? usualTerms : TERMS.get(pick(r, TERMS_WEIGHTS));
                long minor = Math.round(5_000 * Math.exp(r.nextDouble() * 6.0));
                Money amount = Money.ofMinor(currency, currency.getDecimalPlaces() == 2 ? minor : minor / 100);
                InvoiceId invoiceId = InvoiceId.of(String.format(Locale.ROOT, "INV-%07d", serial));
                Invoice.Builder ib = Invoice.builder();
                ib.id(invoiceId).customerId(customer).issueDate(issued).amount(amount)
                        .terms(PaymentTerms.parse(notation));
                if (business && r.nextDouble() < 0.5) {
                    ib.purchaseOrderNumber(String.format(Locale.ROOT, "PO-%06d", r.nextInt(1_000_000)));
                }
                Invoice invoice = ib.build();
                sink.invoice(invoice, notation);
                List<Instalment> instalments = invoice.getDueSchedule().getInstalments();
                LocalDate firstDue = instalments.get(0).getDueDate();

                // credit note on the invoice
                Money credit = Money.zero(currency);
                if (r.nextDouble() < 0.04) {
                    LocalDate date = issued.plusDays(3 + r.nextInt(18));
                    if (!date.isAfter(end)) {
                        credit = Money.ofMinor(currency, Math.max(1, amount.getAmountMinorLong() * (5 + r.nextInt(26))
                                / 100));
                        otherSerial++;
                        sink.creditNote(CreditNote.builder().id(CreditNoteId.of(String.format(Locale.ROOT,
                                "CN-%07d", otherSerial))).customerId(customer).issueDate(date).amount(credit)
                                .invoiceId(invoiceId).reason("price adjustment").build());
                    }
                }
                // dispute
                boolean disputed = false;
                if (r.nextDouble() < (behaviour == Behaviour.BAD_PAYER ? 0.08 : 0.03)) {
                    LocalDate opened = firstDue.plusDays(r.nextInt(26) - 5L);
                    if (opened.isBefore(issued)) {
                        opened = issued;
                    }
                    if (!opened.isAfter(end)) {
                        disputed = true;
                        otherSerial++;
                        Dispute.Builder db = Dispute.builder();
                        db.id(DisputeId.of(String.format(Locale.ROOT, "DSP-%07d", otherSerial))).customerId(customer)
                                .invoiceId(invoiceId).openedDate(opened)
                                .reason(DISPUTE_REASONS[r.nextInt(DISPUTE_REASONS.length)]);
                        if (r.nextBoolean()) {
                            db.disputedAmount(Money.ofMinor(currency, Math.max(1,
                                    amount.getAmountMinorLong() * (10 + r.nextInt(80)) / 100)));
                        }
                        sink.dispute(db.build());
                    }
                }
                boolean unpaid = r.nextDouble() < behaviour.unpaid || (disputed && r.nextBoolean());
                int lateness = behaviour.minLate + r.nextInt(behaviour.maxLate - behaviour.minLate + 1)
                        + (disputed ? 30 : 0);
                // promise to pay, made a week or two after the due date by a late payer
                if ((behaviour == Behaviour.HABITUAL_LATE || behaviour == Behaviour.BAD_PAYER) && r.nextDouble() < 0.3) {
                    LocalDate made = firstDue.plusDays(7 + r.nextInt(8));
                    LocalDate promised = made.plusDays(7 + r.nextInt(15));
                    if (!made.isAfter(end)) {
                        otherSerial++;
                        sink.promise(PromiseToPay.builder().id(PromiseId.of(String.format(Locale.ROOT, "PTP-%07d",
                                otherSerial))).customerId(customer).madeDate(made).promisedDate(promised)
                                .amount(amount.minus(credit)).addInvoiceIds(invoiceId).build());
                    }
                }
                if (unpaid) {
                    // a bad payer's single-instalment invoice still unpaid six months after its due date
                    LocalDate writeOffDate = firstDue.plusDays(180);
                    if (behaviour == Behaviour.BAD_PAYER && !disputed && instalments.size() == 1
                            && !writeOffDate.isAfter(end) && r.nextDouble() < 0.6) {
                        otherSerial++;
                        sink.writeOff(WriteOffId.of(String.format(Locale.ROOT, "WO-%07d", otherSerial)), customer,
                                invoiceId, writeOffDate, WriteOffReason.BAD_DEBT);
                    }
                    continue;
                }
                Money creditLeft = credit;
                for (Instalment instalment : instalments) {
                    Money owed = instalment.getAmount();
                    Money used = owed.isLessThan(creditLeft) ? owed : creditLeft;
                    owed = owed.minus(used);
                    creditLeft = creditLeft.minus(used);
                    if (!owed.isPositive()) {
                        continue;
                    }
                    LocalDate paid = instalment.getDueDate().plusDays(lateness + r.nextInt(5) - 2L);
                    if (behaviour == Behaviour.ON_TIME && !instalment.getDiscountTiers().isEmpty()
                            && credit.isZero() && r.nextDouble() < 0.6) {
                        paid = issued.plusDays(r.nextInt(10));
                        owed = owed.minus(instalment.discountOn(paid));
                    }
                    if (paid.isBefore(issued)) {
                        paid = issued;
                    }
                    double shape = r.nextDouble();
                    List<Money> parts = new ArrayList<>();
                    List<LocalDate> days = new ArrayList<>();
                    if (shape < 0.08 && owed.getAmountMinorLong() > 1) {
                        Money first = Money.ofMinor(currency, owed.getAmountMinorLong() * (40 + r.nextInt(51)) / 100);
                        parts.add(first);
                        days.add(paid);
                        if (r.nextDouble() < 0.8) {
                            parts.add(owed.minus(first));
                            days.add(paid.plusDays(15 + r.nextInt(31)));
                        }
                    } else if (shape < 0.10) {
                        parts.add(owed.plusMinor(1 + r.nextInt(5_000)));
                        days.add(paid);
                    } else {
                        parts.add(owed);
                        days.add(paid);
                    }
                    boolean quoted = r.nextDouble() >= 0.05;
                    PaymentMethod method = METHODS[r.nextInt(METHODS.length)];
                    for (int p = 0; p < parts.size(); p++) {
                        if (days.get(p).isAfter(end) || !parts.get(p).isPositive()) {
                            continue;
                        }
                        paymentSerial++;
                        Payment.Builder pb = Payment.builder();
                        pb.id(PaymentId.of(String.format(Locale.ROOT, "PAY-%07d", paymentSerial))).customerId(customer)
                                .receivedDate(days.get(p)).amount(parts.get(p)).method(method);
                        if (quoted) {
                            pb.addRemittanceReferences(invoiceId.getValue());
                        }
                        sink.payment(pb.build());
                    }
                }
            }
        }
    }

    /** Splits the invoices over the customers by exponential weights; the quotas add up exactly. */
    private int[] quotas(SplittableRandom random) {
        double[] weights = new double[customers];
        double total = 0;
        for (int c = 0; c < customers; c++) {
            weights[c] = 0.2 - Math.log(1.0 - random.nextDouble());
            total += weights[c];
        }
        int[] quotas = new int[customers];
        long given = 0;
        for (int c = 0; c < customers; c++) {
            quotas[c] = (int) Math.floor(invoices * weights[c] / total);
            given += quotas[c];
        }
        for (int c = 0; given < invoices; c = (c + 1) % customers) {
            quotas[c]++;
            given++;
        }
        return quotas;
    }

    /** The cumulative seasonal weights of the months, ending at 1. */
    private double[] seasonCumulative() {
        double[] cumulative = new double[months];
        double sum = 0;
        for (int m = 0; m < months; m++) {
            int month = firstMonth.plusMonths(m).getMonthValue();
            double w = 1.0 + 0.2 * Math.sin(2 * Math.PI * (month - 2) / 6.0);
            if (month == 8) {
                w *= 0.6;
            } else if (month == 12) {
                w *= 1.3;
            }
            sum += w;
            cumulative[m] = sum;
        }
        for (int m = 0; m < months; m++) {
            cumulative[m] /= sum;
        }
        return cumulative;
    }

    private static int sample(SplittableRandom r, double[] cumulative) {
        double u = r.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private static int pick(SplittableRandom r, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * Writes each document as a CSV row as it arrives; RFC 4180 quoting, LF line ends, UTF-8. (It formats
     * rows with {@code CSVFormat.format} rather than a {@code CSVPrinter}, whose class file carries
     * SpotBugs annotations that javac, with every lint an error, would warn about.)
     */
    private static final class CsvSink implements Sink, AutoCloseable {

        private static final CSVFormat FORMAT = CSVFormat.RFC4180;

        private final List<BufferedWriter> open = new ArrayList<>();
        private final SortedMap<String, Long> counts = new TreeMap<>();
        private final BufferedWriter customers;
        private final BufferedWriter invoices;
        private final BufferedWriter payments;
        private final BufferedWriter creditNotes;
        private final BufferedWriter disputes;
        private final BufferedWriter promises;
        private final BufferedWriter writeOffs;

        CsvSink(Path dir) throws IOException {
            customers = printer(dir, CsvPortfolioReader.CUSTOMERS, "id", "name", "kind", "segment");
            invoices = printer(dir, CsvPortfolioReader.INVOICES, "id", "customer_id", "issue_date", "currency",
                    "amount", "terms", "po_number");
            payments = printer(dir, CsvPortfolioReader.PAYMENTS, "id", "customer_id", "received_date", "currency",
                    "amount", "method", "references");
            creditNotes = printer(dir, CsvPortfolioReader.CREDIT_NOTES, "id", "customer_id", "issue_date",
                    "currency", "amount", "invoice_id", "reason");
            disputes = printer(dir, CsvPortfolioReader.DISPUTES, "id", "customer_id", "invoice_id", "opened_date",
                    "currency", "amount", "reason");
            promises = printer(dir, CsvPortfolioReader.PROMISES, "id", "customer_id", "made_date",
                    "promised_date", "currency", "amount", "invoice_ids");
            writeOffs = printer(dir, CsvPortfolioReader.WRITE_OFFS, "id", "customer_id", "invoice_id", "date",
                    "currency", "amount", "instalment", "reason", "note");
        }

        private BufferedWriter printer(Path dir, String file, String... header) throws IOException {
            BufferedWriter w = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8);
            open.add(w);
            w.write(FORMAT.format((Object[]) header));
            w.write('\n');
            counts.put(file, 0L);
            return w;
        }

        private void row(BufferedWriter printer, String file, Object... values) {
            try {
                printer.write(FORMAT.format(values));
                printer.write('\n');
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            counts.merge(file, 1L, Long::sum);
        }

        SortedMap<String, Long> counts() {
            return Collections.unmodifiableSortedMap(new TreeMap<>(counts));
        }

        @Override
        public void customer(CustomerId id, String name, CustomerKind kind, String segment) {
            row(customers, CsvPortfolioReader.CUSTOMERS, id, name, kind, segment == null ? "" : segment);
        }

        @Override
        public void invoice(Invoice invoice, String termsNotation) {
            row(invoices, CsvPortfolioReader.INVOICES, invoice.getId(), invoice.getCustomerId(),
                    invoice.getIssueDate(), invoice.getAmount().getCurrencyUnit(),
                    invoice.getAmount().getAmount().toPlainString(), termsNotation,
                    invoice.getPurchaseOrderNumber().orElse(""));
        }

        @Override
        public void payment(Payment payment) {
            row(payments, CsvPortfolioReader.PAYMENTS, payment.getId(), payment.getCustomerId(),
                    payment.getReceivedDate(), payment.getAmount().getCurrencyUnit(),
                    payment.getAmount().getAmount().toPlainString(), payment.getMethod(),
                    String.join(";", payment.getRemittanceReferences()));
        }

        @Override
        public void creditNote(CreditNote note) {
            row(creditNotes, CsvPortfolioReader.CREDIT_NOTES, note.getId(), note.getCustomerId(),
                    note.getIssueDate(), note.getAmount().getCurrencyUnit(),
                    note.getAmount().getAmount().toPlainString(),
                    note.getInvoiceId().map(InvoiceId::getValue).orElse(""), note.getReason().orElse(""));
        }

        @Override
        public void dispute(Dispute dispute) {
            row(disputes, CsvPortfolioReader.DISPUTES, dispute.getId(), dispute.getCustomerId(),
                    dispute.getInvoiceId(), dispute.getOpenedDate(),
                    dispute.getDisputedAmount().map(m -> m.getCurrencyUnit().getCode()).orElse(""),
                    dispute.getDisputedAmount().map(m -> m.getAmount().toPlainString()).orElse(""),
                    dispute.getReason());
        }

        @Override
        public void promise(PromiseToPay promise) {
            row(promises, CsvPortfolioReader.PROMISES, promise.getId(), promise.getCustomerId(),
                    promise.getMadeDate(), promise.getPromisedDate(), promise.getAmount().getCurrencyUnit(),
                    promise.getAmount().getAmount().toPlainString(),
                    promise.getInvoiceIds().stream().map(InvoiceId::getValue).collect(Collectors.joining(";")));
        }

        @Override
        public void writeOff(WriteOffId id, CustomerId customer, InvoiceId invoice, LocalDate date,
                WriteOffReason reason) {
            row(writeOffs, CsvPortfolioReader.WRITE_OFFS, id, customer, invoice, date, "", "", "", reason,
                    "uncollectible");
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (BufferedWriter w : open) {
                try {
                    w.close();
                } catch (IOException ex) {
                    if (first == null) {
                        first = ex;
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
