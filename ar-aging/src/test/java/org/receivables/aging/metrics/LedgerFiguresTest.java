package org.receivables.aging.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.Invoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.Payment;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.EventId;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.PaymentReceived;
import org.receivables.core.terms.PaymentTerms;

/**
 * Metrics inputs read from ledgers. Two customers, EUR, worked by hand:
 * <pre>
 *   C-1: INV-1 EUR 1000.00 on 2024-01-10 Net 30 (due 02-09), paid in full on 2024-02-05
 *        INV-2 EUR  600.00 on 2024-02-20 Net 30 (due 03-21)
 *   C-2: INV-3 EUR  400.00 on 2023-12-15 Net 60 (due 2024-02-13), never paid
 *        INV-4 EUR  200.00 on 2024-03-31 Net 30 (due 04-30)  and USD 50.00 INV-5 (other currency)
 * </pre>
 * Q1 2024: credit sales 1000 + 600 + 200 = 1800.00; beginning receivables (end of 2023-12-31) 400.00;
 * ending (end of 2024-03-31) INV-2 600 + INV-3 400 + INV-4 200 = 1200.00; current on 03-31: INV-2 is
 * 10 days past due, INV-3 47, INV-4 not yet due: 200.00. Monthly sales: Jan 1000, Feb 600, Mar 200.
 */
class LedgerFiguresTest {

    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    // ---- periodFigures ----

    @Test
    void periodFigures_readsSalesAndReceivablesAtBothEnds() {
        PeriodFigures q1 = LedgerFigures.periodFigures(ledgers(),
                MeasurementPeriod.ofMonths(YearMonth.of(2024, 1), YearMonth.of(2024, 3)), EUR);
        assertEquals(Money.parse("EUR 1800.00"), q1.getCreditSales());
        assertEquals(Money.parse("EUR 400.00"), q1.getBeginningReceivables().orElseThrow());
        assertEquals(Money.parse("EUR 1200.00"), q1.getEndingReceivables());
        assertEquals(Money.parse("EUR 200.00"), q1.getEndingCurrentReceivables().orElseThrow());
        // and they feed the metrics: 1200 / 1800 x 91 days = 60.666... -> 60.67
        assertEquals(new BigDecimal("60.67"), DaysSalesOutstanding.standard(q1, ReceivablesBasis.ENDING));
    }

    @Test
    void periodFigures_beforeAnyActivityIsZeroAndOtherCurrenciesStayApart() {
        PeriodFigures usd = LedgerFigures.periodFigures(ledgers(),
                MeasurementPeriod.ofMonth(YearMonth.of(2024, 3)), CurrencyUnit.USD);
        assertEquals(Money.parse("USD 50.00"), usd.getCreditSales());
        assertEquals(Money.parse("USD 0.00"), usd.getBeginningReceivables().orElseThrow());
        PeriodFigures early = LedgerFigures.periodFigures(ledgers(),
                MeasurementPeriod.ofMonth(YearMonth.of(2023, 1)), EUR);
        assertEquals(Money.parse("EUR 0.00"), early.getCreditSales());
        assertEquals(Money.parse("EUR 0.00"), early.getEndingReceivables());
    }

    // ---- monthlySales ----

    @Test
    void monthlySales_givesOneEntryPerMonthOldestFirst() {
        List<MonthlySales> sales = LedgerFigures.monthlySales(ledgers(), YearMonth.of(2023, 12),
                YearMonth.of(2024, 3), EUR);
        assertEquals(List.of(
                MonthlySales.of(YearMonth.of(2023, 12), Money.parse("EUR 400.00")),
                MonthlySales.of(YearMonth.of(2024, 1), Money.parse("EUR 1000.00")),
                MonthlySales.of(YearMonth.of(2024, 2), Money.parse("EUR 600.00")),
                MonthlySales.of(YearMonth.of(2024, 3), Money.parse("EUR 200.00"))), sales);
    }

    @Test
    void monthlySales_refusesAnInvertedRangeAndNulls() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> LedgerFigures.monthlySales(ledgers(), YearMonth.of(2024, 3), YearMonth.of(2024, 1), EUR));
        assertTrue(ex.getMessage().contains("2024-01") && ex.getMessage().contains("2024-03"), ex.getMessage());
        assertEquals("ledgers", assertThrows(NullPointerException.class,
                () -> LedgerFigures.monthlySales(null, YearMonth.of(2024, 1), YearMonth.of(2024, 1), EUR)).getMessage());
        assertEquals("period", assertThrows(NullPointerException.class,
                () -> LedgerFigures.periodFigures(ledgers(), null, EUR)).getMessage());
        assertEquals("currency", assertThrows(NullPointerException.class,
                () -> LedgerFigures.periodFigures(ledgers(), MeasurementPeriod.ofMonth(YearMonth.of(2024, 1)), null))
                .getMessage());
    }

    private static List<CustomerLedger> ledgers() {
        CustomerId c1 = CustomerId.of("C-1");
        CustomerId c2 = CustomerId.of("C-2");
        CustomerLedger one = CustomerLedger.of(c1, List.of(
                InvoiceIssued.of(invoice(c1, "INV-1", "2024-01-10", "EUR 1000.00", "Net 30")),
                InvoiceIssued.of(invoice(c1, "INV-2", "2024-02-20", "EUR 600.00", "Net 30")),
                PaymentReceived.of(Payment.builder().id(PaymentId.of("PAY-1")).customerId(c1)
                        .receivedDate(LocalDate.parse("2024-02-05")).amount(Money.parse("EUR 1000.00"))
                        .method(PaymentMethod.BANK_TRANSFER).addRemittanceReferences("INV-1").build())));
        one = one.withEvent(one.asOf(LocalDate.parse("2024-02-05")).allocate(EventId.of("A-1"), PaymentId.of("PAY-1"),
                AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST),
                AllocationOptions.defaults()).orElseThrow());
        CustomerLedger two = CustomerLedger.of(c2, List.of(
                InvoiceIssued.of(invoice(c2, "INV-3", "2023-12-15", "EUR 400.00", "Net 60")),
                InvoiceIssued.of(invoice(c2, "INV-4", "2024-03-31", "EUR 200.00", "Net 30")),
                InvoiceIssued.of(invoice(c2, "INV-5", "2024-03-05", "USD 50.00", "Net 30"))));
        return List.of(one, two);
    }

    private static Invoice invoice(CustomerId customer, String id, String date, String amount, String terms) {
        return Invoice.builder().id(InvoiceId.of(id)).customerId(customer).issueDate(LocalDate.parse(date))
                .amount(Money.parse(amount)).terms(PaymentTerms.parse(terms)).build();
    }
}
