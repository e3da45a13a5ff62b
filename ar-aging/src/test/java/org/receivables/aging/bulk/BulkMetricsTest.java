package org.receivables.aging.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.aging.AgingGen;
import org.receivables.aging.metrics.LedgerFigures;
import org.receivables.aging.metrics.MeasurementPeriod;
import org.receivables.aging.metrics.OpenReceivable;
import org.receivables.aging.metrics.PastDueShare;
import org.receivables.aging.metrics.PeriodFigures;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.Invoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.Payment;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.EventId;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.PaymentReceived;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.terms.PaymentTerms;

/**
 * The bulk metrics give exactly the object API's figures: {@link PastDueShare} over the items' open
 * receivables, and {@link LedgerFigures}' ending and ending current receivables.
 */
class BulkMetricsTest {

    private static List<OpenReceivable> receivables(List<OpenItem> items, CurrencyUnit currency) {
        List<OpenReceivable> list = new ArrayList<>();
        for (OpenItem i : items) {
            if (i.getCurrency().equals(currency)) {
                list.add(OpenReceivable.of(i.getDueDate(), i.getOpenAmount()));
            }
        }
        return list;
    }

    // ---- percentCurrent, percentPastDueMoreThan, percentOver90DaysPastDue, openReceivables, currentReceivables ----

    /** For generated items (many on bucket boundaries) in several currencies, every figure equals the object API's. */
    @Test
    void bulkMetricsEqualTheObjectApiPerCurrency() {
        qt().forAll(AgingGen.datedItems(), integers().between(0, 400)).checkAssert((dated, days) -> {
            OpenItemColumns columns = OpenItemColumns.of(dated.value);
            LocalDate asOf = dated.asOf;
            PastDueFigures figures = BulkMetrics.pastDue(columns, asOf, days);
            assertEquals(columns.getCurrencies(), figures.getCurrencies());
            for (CurrencyUnit c : AgingGen.CURRENCIES) {
                List<OpenReceivable> r = receivables(dated.value, c);
                Money total = Money.total(c, r.stream().map(OpenReceivable::getOpenAmount).toList().toArray(new Money[0]));
                Money current = Money.zero(c);
                for (OpenReceivable o : r) {
                    if (o.daysPastDue(asOf) <= 0) {
                        current = current.plus(o.getOpenAmount());
                    }
                }
                assertEquals(total, BulkMetrics.openReceivables(columns, c));
                assertEquals(current, BulkMetrics.currentReceivables(columns, c, asOf));
                assertEquals(total, figures.getOpenReceivables(c));
                assertEquals(current, figures.getCurrentReceivables(c));
                if (r.isEmpty()) {
                    continue;
                }
                assertEquals(PastDueShare.percentCurrent(r, asOf), figures.percentCurrent(c));
                assertEquals(PastDueShare.percentPastDueMoreThan(r, asOf, days), figures.percentPastDue(c));
                assertEquals(PastDueShare.percentCurrent(r, asOf), BulkMetrics.percentCurrent(columns, c, asOf));
                assertEquals(PastDueShare.percentOver90DaysPastDue(r, asOf), BulkMetrics.percentOver90DaysPastDue(columns, c, asOf));
                assertEquals(PastDueShare.percentPastDueMoreThan(r, asOf, days),
                        BulkMetrics.percentPastDueMoreThan(columns, c, asOf, days));
            }
        });
    }

    /** Enough items to be summed in parallel ranges: the same figures as the object API. */
    @Test
    void largeColumnsSummedInParallelEqualTheObjectApi() {
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        Random r = new Random(3);
        OpenItemColumns.Builder b = OpenItemColumns.builder();
        List<OpenReceivable> eur = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            CurrencyUnit c = i % 5 == 0 ? CurrencyUnit.USD : CurrencyUnit.EUR;
            long due = asOf.toEpochDay() - 200 + r.nextInt(300);
            long minor = 1 + r.nextInt(1_000_000);
            b.addItem(CustomerId.of("C-" + (i / 37)), c, due - 30, due, minor, i % 11 == 0);
            if (c.equals(CurrencyUnit.EUR)) {
                eur.add(OpenReceivable.of(LocalDate.ofEpochDay(due), Money.ofMinor(c, minor)));
            }
        }
        OpenItemColumns columns = b.build();
        assertEquals(PastDueShare.percentCurrent(eur, asOf), BulkMetrics.percentCurrent(columns, CurrencyUnit.EUR, asOf));
        assertEquals(PastDueShare.percentPastDueMoreThan(eur, asOf, 30),
                BulkMetrics.percentPastDueMoreThan(columns, CurrencyUnit.EUR, asOf, 30));
        assertEquals(columns.totalMinor(CurrencyUnit.EUR), BulkMetrics.openReceivables(columns, CurrencyUnit.EUR).getAmountMinorLong());
        PastDueFigures figures = BulkMetrics.pastDue(columns, asOf, 30);
        assertEquals(PastDueShare.percentCurrent(eur, asOf), figures.percentCurrent(CurrencyUnit.EUR));
        assertEquals(PastDueShare.percentPastDueMoreThan(eur, asOf, 30), figures.percentPastDue(CurrencyUnit.EUR));
        assertEquals(BulkMetrics.currentReceivables(columns, CurrencyUnit.USD, asOf), figures.getCurrentReceivables(CurrencyUnit.USD));
        assertEquals(figures, BulkMetrics.pastDue(columns, asOf, 30));
    }

    /**
     * The columns of a portfolio as of a period's last day give {@link LedgerFigures}' ending receivables
     * and ending current receivables (the inputs of best possible DSO): C-1 owes INV-2 (EUR 600.00, due
     * 2024-03-21, 10 days past due on 2024-03-31); C-2 owes INV-3 (EUR 400.00, due 2024-02-13) and INV-4
     * (EUR 200.00 issued 2024-03-31, current), and USD 50.00; so EUR 1,200.00 open of which 200.00 current.
     */
    @Test
    void test_currentReceivables_equalsLedgerFiguresEndingCurrentReceivables() {
        Portfolio portfolio = Portfolio.of(ledgers());
        LocalDate end = LocalDate.of(2024, 3, 31);
        MeasurementPeriod q1 = MeasurementPeriod.ofMonths(YearMonth.of(2024, 1), YearMonth.of(2024, 3));
        OpenItemColumns columns = OpenItemColumns.of(portfolio, end);
        for (CurrencyUnit c : List.of(CurrencyUnit.EUR, CurrencyUnit.USD)) {
            PeriodFigures figures = LedgerFigures.periodFigures(portfolio.getLedgers(), q1, c);
            assertEquals(figures.getEndingReceivables(), BulkMetrics.openReceivables(columns, c));
            assertEquals(figures.getEndingCurrentReceivables().orElseThrow(), BulkMetrics.currentReceivables(columns, c, end));
        }
        assertEquals(Money.parse("EUR 1200.00"), BulkMetrics.openReceivables(columns, CurrencyUnit.EUR));
        assertEquals(Money.parse("EUR 200.00"), BulkMetrics.currentReceivables(columns, CurrencyUnit.EUR, end));
        assertEquals(new BigDecimal("16.67"), BulkMetrics.percentCurrent(columns, CurrencyUnit.EUR, end));
        assertEquals(new BigDecimal("33.33"), BulkMetrics.percentPastDueMoreThan(columns, CurrencyUnit.EUR, end, 10));
        assertEquals(new BigDecimal("0.00"), BulkMetrics.percentOver90DaysPastDue(columns, CurrencyUnit.EUR, end));
        PastDueFigures figures = BulkMetrics.pastDue(columns, end, 10);
        assertEquals(Money.parse("EUR 400.00"), figures.getPastDueReceivables(CurrencyUnit.EUR));
        assertEquals(new BigDecimal("33.33"), figures.percentPastDue(CurrencyUnit.EUR));
        assertEquals(new BigDecimal("100.00"), figures.percentCurrent(CurrencyUnit.USD));
    }

    private static List<CustomerLedger> ledgers() {
        CustomerId c1 = CustomerId.of("C-1");
        CustomerId c2 = CustomerId.of("C-2");
        CustomerLedger one = CustomerLedger.of(c1, List.of(
                InvoiceIssued.of(invoice(c1, "INV-1", "2024-01-10", "EUR 1000.00", "Net 30")),
                InvoiceIssued.of(invoice(c1, "INV-2", "2024-02-20", "EUR 600.00", "Net 30")),
                PaymentReceived.of(Payment.builder().id(PaymentId.of("PAY-1")).customerId(c1)
                        .receivedDate(LocalDate.parse("2024-02-05")).amount(Money.parse("EUR 1000.00"))
                        .method(PaymentMethod.BANK_TRANSFER).build())));
        one = one.withEvent(one.asOf(LocalDate.parse("2024-02-05")).allocate(EventId.of("A-1"), PaymentId.of("PAY-1"),
                AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults()).orElseThrow());
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

    // ---- bad input ----

    @Test
    void test_percentCurrent_badInput() {
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        OpenItemColumns columns = OpenItemColumns.builder()
                .addItem(CustomerId.of("C-1"), CurrencyUnit.EUR, 19_000, 19_030, 5, false).build();
        CurrencyUnit eur = CurrencyUnit.EUR;
        assertEquals("columns", assertThrows(NullPointerException.class, () -> BulkMetrics.percentCurrent(null, eur, asOf)).getMessage());
        assertEquals("currency", assertThrows(NullPointerException.class, () -> BulkMetrics.percentCurrent(columns, null, asOf)).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class, () -> BulkMetrics.percentCurrent(columns, eur, null)).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class, () -> BulkMetrics.currentReceivables(columns, eur, null)).getMessage());
        assertEquals("columns", assertThrows(NullPointerException.class, () -> BulkMetrics.openReceivables(null, eur)).getMessage());
        assertEquals("currency", assertThrows(NullPointerException.class, () -> BulkMetrics.openReceivables(columns, null)).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class,
                () -> BulkMetrics.percentPastDueMoreThan(columns, eur, null, 3)).getMessage());
        IllegalArgumentException days = assertThrows(IllegalArgumentException.class,
                () -> BulkMetrics.percentPastDueMoreThan(columns, eur, asOf, -1));
        assertTrue(days.getMessage().startsWith("days -1"), days.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> BulkMetrics.percentCurrent(columns, CurrencyUnit.USD, asOf));
        assertTrue(none.getMessage().startsWith("currency USD"), none.getMessage());
        assertEquals(Money.zero(CurrencyUnit.USD), BulkMetrics.openReceivables(columns, CurrencyUnit.USD));
        assertEquals("columns", assertThrows(NullPointerException.class, () -> BulkMetrics.pastDue(null, asOf, 90)).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class, () -> BulkMetrics.pastDue(columns, null, 90)).getMessage());
        IllegalArgumentException pastDueDays = assertThrows(IllegalArgumentException.class, () -> BulkMetrics.pastDue(columns, asOf, -2));
        assertTrue(pastDueDays.getMessage().startsWith("days -2"), pastDueDays.getMessage());
        PastDueFigures figures = BulkMetrics.pastDue(columns, asOf, 90);
        assertEquals("currency", assertThrows(NullPointerException.class, () -> figures.percentCurrent(null)).getMessage());
        assertEquals("currency", assertThrows(NullPointerException.class, () -> figures.getOpenReceivables(null)).getMessage());
        IllegalArgumentException absent = assertThrows(IllegalArgumentException.class, () -> figures.percentPastDue(CurrencyUnit.USD));
        assertTrue(absent.getMessage().startsWith("currency USD"), absent.getMessage());
        assertEquals(Money.zero(CurrencyUnit.USD), figures.getPastDueReceivables(CurrencyUnit.USD));
    }

    @Test
    void test_openReceivables_overflowIsAnIllegalArgument() {
        OpenItemColumns columns = OpenItemColumns.builder()
                .addItem(CustomerId.of("C-7"), CurrencyUnit.EUR, 19_000, 19_000, Long.MAX_VALUE, false)
                .addItem(CustomerId.of("C-7"), CurrencyUnit.EUR, 19_000, 19_000, 1, false)
                .build();
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> BulkMetrics.openReceivables(columns, CurrencyUnit.EUR));
        assertTrue(ex.getMessage().contains("EUR") && ex.getMessage().contains(String.valueOf(Long.MAX_VALUE)), ex.getMessage());
    }
}
