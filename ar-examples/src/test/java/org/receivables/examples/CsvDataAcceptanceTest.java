package org.receivables.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.document.CreditNote;
import org.receivables.core.document.Dispute;
import org.receivables.core.document.Invoice;
import org.receivables.core.document.Payment;
import org.receivables.core.document.PromiseToPay;
import org.receivables.core.document.WriteOff;
import org.receivables.core.document.WriteOffId;
import org.receivables.core.document.WriteOffReason;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.WriteOffPosted;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.ledger.CreditNoteIssued;
import org.receivables.core.ledger.CreditSource;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.DisputeOpened;
import org.receivables.core.ledger.EventId;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.PaymentReceived;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.ledger.PromiseMade;

/**
 * Acceptance: {@code --data} on a directory written by the generator gives the same report as the
 * same documents put through the API. The API side is built here independently of the reader: the
 * generator's documents go straight from its sink into ledgers with {@code withEvent}, and each
 * payment and credit note is then allocated by remittance references with an oldest-due-first fallback
 * and lenient references, in date order with credit notes first on a day, as the README documents.
 */
class CsvDataAcceptanceTest {

    private static final PortfolioGenerator GENERATOR = PortfolioGenerator.of(20_241_231L, 30, 600,
            YearMonth.of(2023, 1), 24);

    @TempDir
    static Path dir;

    private static Portfolio throughTheApi;

    @BeforeAll
    static void generate() {
        GENERATOR.writeCsv(dir);
        throughTheApi = buildThroughTheApi();
    }

    // ---- Demo.execute with --data ----

    @Test
    void theReportOnTheCsvFilesEqualsTheReportOnTheSameDataThroughTheApi() {
        LocalDate asOf = GENERATOR.getEndDate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Demo.execute(new String[] {"--data", dir.toString(), "--as-of", asOf.toString(), "--quiet"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8), "--quiet prints nothing on standard error");

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Demo.report(new PrintStream(expected, true, StandardCharsets.UTF_8), dir.toString(), throughTheApi, asOf);
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(expected.toString(StandardCharsets.UTF_8), report);
        assertTrue(report.startsWith("Receivables report: " + dir + " as of " + asOf), report);
        assertTrue(report.contains("\n   EUR, ") && report.contains("\n   USD, "), report);
    }

    @Test
    void theReaderBuildsTheSamePortfolioAndAgingAsTheApi() {
        Portfolio read = CsvPortfolioReader.create().read(dir);
        long writeOffs = read.getLedgers().stream().flatMap(l -> l.getEvents().stream())
                .filter(e -> e instanceof WriteOffPosted).count();
        assertTrue(writeOffs > 0, "the generated data should exercise write-offs");
        assertEquals(throughTheApi.getCustomerIds(), read.getCustomerIds());
        for (CustomerId id : read.getCustomerIds()) {
            assertEquals(throughTheApi.getLedger(id).orElseThrow().getEvents(), read.getLedger(id).orElseThrow()
                    .getEvents(), id.toString());
        }
        assertEquals(throughTheApi, read);
        for (LocalDate asOf : List.of(LocalDate.of(2023, 6, 30), LocalDate.of(2024, 3, 15), GENERATOR.getEndDate())) {
            assertEquals(AgingReport.of(throughTheApi, asOf, AgingOptions.defaults()),
                    AgingReport.of(read, asOf, AgingOptions.defaults()), asOf.toString());
        }
    }

    /** Collects the generator's documents and builds the ledgers with the plain API. */
    private static Portfolio buildThroughTheApi() {
        Map<CustomerId, CustomerLedger> ledgers = new LinkedHashMap<>();
        List<Payment> payments = new ArrayList<>();
        List<CreditNote> creditNotes = new ArrayList<>();
        List<WriteOff> writeOffs = new ArrayList<>();   // amounts are placeholders: the open amount is written off
        GENERATOR.generate(new PortfolioGenerator.Sink() {
            @Override
            public void customer(CustomerId id, String name, CustomerKind kind, String segment) {
                ledgers.put(id, CustomerLedger.empty(id));
            }

            @Override
            public void invoice(Invoice invoice, String termsNotation) {
                ledgers.put(invoice.getCustomerId(), ledgers.get(invoice.getCustomerId())
                        .withEvent(InvoiceIssued.of(invoice)));
            }

            @Override
            public void payment(Payment payment) {
                payments.add(payment);
            }

            @Override
            public void creditNote(CreditNote creditNote) {
                creditNotes.add(creditNote);
            }

            @Override
            public void dispute(Dispute dispute) {
                ledgers.put(dispute.getCustomerId(), ledgers.get(dispute.getCustomerId())
                        .withEvent(DisputeOpened.of(dispute)));
            }

            @Override
            public void writeOff(WriteOffId id, CustomerId customer, InvoiceId invoice, LocalDate date,
                    WriteOffReason reason) {
                writeOffs.add(WriteOff.builder().id(id).customerId(customer).invoiceId(invoice).date(date)
                        .reason(reason).note("uncollectible").amount(Money.ofMinor(CurrencyUnit.EUR, 1)).build());
            }

            @Override
            public void promise(PromiseToPay promise) {
                ledgers.put(promise.getCustomerId(), ledgers.get(promise.getCustomerId())
                        .withEvent(PromiseMade.of(promise)));
            }
        });
        record Pending(CustomerId customer, CreditSource source, LocalDate date, String eventId, WriteOff writeOff) {
            int rank() {
                return writeOff != null ? 2 : source.isPayment() ? 1 : 0;
            }
        }
        List<Pending> pending = new ArrayList<>();
        for (Payment p : payments) {
            ledgers.put(p.getCustomerId(), ledgers.get(p.getCustomerId()).withEvent(PaymentReceived.of(p)));
            pending.add(new Pending(p.getCustomerId(), CreditSource.ofPayment(p.getId()), p.getReceivedDate(),
                    "ALLOC-PAY-" + p.getId(), null));
        }
        for (CreditNote c : creditNotes) {
            ledgers.put(c.getCustomerId(), ledgers.get(c.getCustomerId()).withEvent(CreditNoteIssued.of(c)));
            pending.add(new Pending(c.getCustomerId(), CreditSource.ofCreditNote(c.getId()), c.getIssueDate(),
                    "ALLOC-CN-" + c.getId(), null));
        }
        for (WriteOff w : writeOffs) {
            pending.add(new Pending(w.getCustomerId(), null, w.getDate(), null, w));
        }
        pending.sort(Comparator.comparing(Pending::date).thenComparingInt(Pending::rank));
        AllocationOptions lenient = AllocationOptions.builder().strictReferences(false).build();
        for (Pending p : pending) {
            CustomerLedger ledger = ledgers.get(p.customer());
            if (p.writeOff() != null) {
                ItemRef ref = ItemRef.ofInstalment(p.writeOff().getInvoiceId(), 1);
                for (OpenItem item : ledger.asOf(p.date()).getOpenItems()) {
                    if (item.getRef().equals(ref)) {
                        ledgers.put(p.customer(), ledger.withEvent(WriteOffPosted.of(WriteOff.builder()
                                .from(p.writeOff()).amount(item.getOpenAmount()).build(), 1)));
                    }
                }
                continue;
            }
            ledger.asOf(p.date()).allocate(EventId.of(p.eventId()), p.source(),
                    AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST), lenient)
                    .ifPresent(a -> ledgers.put(p.customer(), ledger.withEvent(a)));
        }
        return Portfolio.of(ledgers.values());
    }
}
