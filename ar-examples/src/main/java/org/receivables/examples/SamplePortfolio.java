package org.receivables.examples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.metrics.SettledInvoice;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.Invoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.Payment;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.ledger.CreditSource;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.EventId;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.PaymentReceived;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.terms.PaymentTerms;

/**
 * A small built-in portfolio for the demo: 40 customers invoiced in EUR through 2024, each with a
 * payment habit (on time, a little late, late, very late, or a bad payer who leaves some invoices
 * unpaid). It is drawn from a fixed seed, so every run gives the same ledgers.
 *
 * <p>Every payment quotes its invoice and is applied to it by the remittance-directed strategy.
 */
final class SamplePortfolio {

    /** The demo's as-of date: the last day of the sample year. */
    static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    private static final CurrencyUnit EUR = CurrencyUnit.EUR;
    private static final int CUSTOMERS = 40;
    private static final long SEED = 20241231L;

    private final Portfolio portfolio;
    private final List<SettledInvoice> settled;

    private SamplePortfolio(Portfolio portfolio, List<SettledInvoice> settled) {
        this.portfolio = portfolio;
        this.settled = settled;
    }

    /**
     * Builds the sample.
     *
     * @return the sample, the same on every call
     */
    static SamplePortfolio build() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<CustomerLedger> ledgers = new ArrayList<>();
        List<SettledInvoice> settled = new ArrayList<>();
        for (int c = 1; c <= CUSTOMERS; c++) {
            CustomerId customer = CustomerId.of(String.format(java.util.Locale.ROOT, "C-%03d", c));
            int habit = c % 5;                     // 0 on time .. 4 bad payer
            int lateness = new int[] {-2, 6, 18, 45, 80}[habit];
            double unpaidShare = habit == 4 ? 0.35 : 0.0;
            CustomerLedger.Builder ledger = CustomerLedger.builder(customer);
            int serial = 0;
            for (YearMonth month = YearMonth.of(2024, 1); !month.isAfter(YearMonth.of(2024, 12));
                    month = month.plusMonths(1)) {
                int count = 1 + random.nextInt(3);
                for (int k = 0; k < count; k++) {
                    serial++;
                    LocalDate issued = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
                    Money amount = Money.ofMinor(EUR, 10_000L + random.nextLong(490_000L));
                    String terms = c % 7 == 0 ? "2/10 Net 30" : c % 3 == 0 ? "Net 45" : "Net 30";
                    Invoice invoice = Invoice.builder()
                            .id(InvoiceId.of(customer + "-INV-" + serial)).customerId(customer)
                            .issueDate(issued).amount(amount).terms(PaymentTerms.parse(terms)).build();
                    ledger.apply(InvoiceIssued.of(invoice));
                    if (random.nextDouble() < unpaidShare) {
                        continue;
                    }
                    LocalDate paid = invoice.getDueDate().plusDays(lateness + random.nextInt(11) - 5L);
                    if (paid.isBefore(issued)) {
                        paid = issued;
                    }
                    if (paid.isAfter(AS_OF)) {
                        continue;
                    }
                    PaymentId paymentId = PaymentId.of(customer + "-PAY-" + serial);
                    ledger.apply(PaymentReceived.of(Payment.builder().id(paymentId)
                            .customerId(customer).receivedDate(paid).amount(amount)
                            .method(PaymentMethod.BANK_TRANSFER)
                            .addRemittanceReferences(invoice.getId().toString()).build()));
                    ledger.applyAllocation(EventId.of(customer + "-ALLOC-" + serial), CreditSource.ofPayment(paymentId),
                            paid, AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST),
                            AllocationOptions.defaults()).orElseThrow();
                    settled.add(SettledInvoice.of(issued, invoice.getDueDate(), paid, amount));
                }
            }
            ledgers.add(ledger.build());
        }
        return new SamplePortfolio(Portfolio.of(ledgers), Collections.unmodifiableList(settled));
    }

    /** @return the portfolio of 40 customer ledgers */
    Portfolio portfolio() {
        return portfolio;
    }

    /** @return the invoices paid in full by the as-of date, in the order they were generated */
    List<SettledInvoice> settledInvoices() {
        return settled;
    }
}
