package org.receivables.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.allocation.AllocationStrategy;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.CreditNote;
import org.receivables.core.document.CreditNoteId;
import org.receivables.core.document.Invoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.Payment;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.ledger.AllocationPosted;
import org.receivables.core.ledger.CreditNoteIssued;
import org.receivables.core.ledger.CreditSource;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.EventId;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.ItemApplication;
import org.receivables.core.ledger.LedgerView;
import org.receivables.core.ledger.PaymentReceived;
import org.receivables.core.ledger.Statement;
import org.receivables.core.ledger.StatementLine;
import org.receivables.core.terms.PaymentTerms;

/**
 * The ledger part of the demo: one customer's account built from dated events, a payment applied
 * by two strategies, and the customer statement for a month.
 */
final class LedgerDemo {

    private static final CustomerId CUSTOMER = CustomerId.of("C-1001");
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    private LedgerDemo() {
    }

    /**
     * Prints the ledger sections.
     *
     * @param out where to print, not null
     */
    static void print(PrintStream out) {
        CustomerLedger ledger = CustomerLedger.of(CUSTOMER, List.of(
                InvoiceIssued.of(invoice("INV-101", "2024-01-05", "600.00", "Net 30")),
                InvoiceIssued.of(invoice("INV-102", "2024-01-20", "300.00", "2/10 Net 30")),
                InvoiceIssued.of(invoice("INV-103", "2024-02-02", "450.00", "Net 30")),
                CreditNoteIssued.of(CreditNote.builder().id(CreditNoteId.of("CN-7")).customerId(CUSTOMER)
                        .issueDate(LocalDate.of(2024, 2, 6)).amount(Money.parse("EUR 50.00"))
                        .invoiceId(InvoiceId.of("INV-103")).reason("Damaged goods").build()),
                PaymentReceived.of(Payment.builder().id(PaymentId.of("PAY-55")).customerId(CUSTOMER)
                        .receivedDate(LocalDate.of(2024, 2, 12)).amount(Money.parse("EUR 700.00"))
                        .method(PaymentMethod.BANK_TRANSFER).build())));
        // the credit note goes against the invoice it names
        ledger = ledger.withEvent(ledger.asOf(LocalDate.of(2024, 2, 6)).allocate(EventId.of("ALLOC-CN-7"),
                CreditSource.ofCreditNote(CreditNoteId.of("CN-7")),
                AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST),
                AllocationOptions.defaults()).orElseThrow());
        LocalDate asOf = LocalDate.of(2024, 2, 12);
        LedgerView view = ledger.asOf(asOf);

        out.println();
        out.println("5. Payment PAY-55 of EUR 700.00 on " + asOf + ", applied by two strategies");
        CreditSource payment = CreditSource.ofPayment(PaymentId.of("PAY-55"));
        AllocationPosted chosen = null;
        for (AllocationStrategy strategy : List.of(AllocationStrategies.OLDEST_DUE_FIRST,
                AllocationStrategies.PROPORTIONAL)) {
            AllocationPosted posted = view.allocate(EventId.of("ALLOC-PAY-55"), payment, strategy,
                    AllocationOptions.defaults()).orElseThrow();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "   %-16s", strategy));
            for (ItemApplication a : posted.getApplications()) {
                line.append(String.format(Locale.ROOT, "  %s %s", a.getItem(), a.getAmount()));
            }
            out.println(line);
            if (chosen == null) {
                chosen = posted;
            }
        }
        out.println("   (the oldest-due-first allocation is recorded below)");

        CustomerLedger recorded = ledger.withEvent(chosen);
        Statement statement = recorded.statement(EUR, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
        out.println();
        out.println("6. Statement for " + CUSTOMER + ", " + statement.getStartDate() + " to "
                + statement.getEndDate() + " (both inclusive)");
        out.printf(Locale.ROOT, "   %-10s  %-24s  %14s  %14s%n", "date", "document", "amount", "balance");
        out.printf(Locale.ROOT, "   %-10s  %-24s  %14s  %14s%n", "", "opening balance", "",
                statement.getOpeningBalance());
        for (StatementLine l : statement.getLines()) {
            out.printf(Locale.ROOT, "   %-10s  %-24s  %14s  %14s%n", l.getDate(),
                    truncate(l.getKind() + " " + l.getDocument(), 24), l.getAmount(), l.getBalanceAfter());
        }
        out.printf(Locale.ROOT, "   %-10s  %-24s  %14s  %14s%n", "", "closing balance", "",
                statement.getClosingBalance());
        LedgerView after = recorded.asOf(asOf);
        out.println("   open items on " + asOf + ": " + after.getOpenItems().size() + ", balance "
                + after.getBalance(EUR) + ", unapplied " + after.getUnappliedCredit(EUR));
    }

    private static Invoice invoice(String id, String date, String amount, String terms) {
        return Invoice.builder().id(InvoiceId.of(id)).customerId(CUSTOMER).issueDate(LocalDate.parse(date))
                .amount(Money.of(EUR, new java.math.BigDecimal(amount))).terms(PaymentTerms.parse(terms)).build();
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width);
    }
}
