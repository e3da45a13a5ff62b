package org.receivables.core.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.DisputeId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.item.ChargeId;
import org.receivables.core.item.ItemKind;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.AllocationPosted;
import org.receivables.core.ledger.ChargePosted;
import org.receivables.core.ledger.CreditSource;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.DisputeOpened;
import org.receivables.core.ledger.EventId;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.ItemApplication;
import org.receivables.core.ledger.LedgerEvent;
import org.receivables.core.ledger.PaymentReceived;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.Instalment;
import org.receivables.core.testing.LedgerGen;
import org.receivables.core.testing.LedgerGen.Scenario;

/**
 * {@link OpenItemColumns#of(Portfolio, LocalDate)}, which replays the ledgers straight into the columns,
 * against the object API: the columns built from {@code ledger.asOf(asOf).getOpenItems()} of each ledger.
 */
class OpenItemColumnsLedgersTest {

    private static final CustomerId C = CustomerId.of("C-1");
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    /** The columns the object API gives: each ledger's view's open items, in the portfolio's order. */
    private static OpenItemColumns viaViews(Portfolio portfolio, LocalDate asOf) {
        OpenItemColumns.Builder b = OpenItemColumns.builder();
        for (CustomerLedger ledger : portfolio.getLedgers()) {
            b.addItems(ledger.asOf(asOf).getOpenItems());
        }
        return b.build();
    }

    /** Every column, item by item and customer by customer. */
    private static void assertSameColumns(OpenItemColumns expected, OpenItemColumns actual, String where) {
        assertEquals(expected.size(), actual.size(), where + ": size");
        assertEquals(expected.customerCount(), actual.customerCount(), where + ": customers");
        assertEquals(expected.getCurrencies(), actual.getCurrencies(), where + ": currencies");
        assertEquals(expected.maxIssueEpochDay(), actual.maxIssueEpochDay(), where + ": max issue day");
        for (int c = 0; c < expected.customerCount(); c++) {
            assertEquals(expected.getCustomerId(c), actual.getCustomerId(c), where + ": customer " + c);
            assertEquals(expected.customerStart(c), actual.customerStart(c), where + ": start of customer " + c);
            assertEquals(expected.customerInIdOrder(c), actual.customerInIdOrder(c), where + ": id order " + c);
        }
        assertEquals(expected.customerStart(expected.customerCount()), actual.customerStart(actual.customerCount()));
        for (int i = 0; i < expected.size(); i++) {
            String item = where + ": item " + i;
            assertEquals(expected.getCurrency(expected.currencyIndex(i)), actual.getCurrency(actual.currencyIndex(i)), item);
            assertEquals(expected.issueEpochDay(i), actual.issueEpochDay(i), item + " issue day");
            assertEquals(expected.dueEpochDay(i), actual.dueEpochDay(i), item + " due day");
            assertEquals(expected.openMinor(i), actual.openMinor(i), item + " open amount");
            assertEquals(expected.isDisputed(i), actual.isDisputed(i), item + " disputed");
        }
    }

    /**
     * The dates to look at: before the first event, about a dozen event dates and the days after them
     * (every fifth event in a short history), the last, and long after.
     */
    private static List<LocalDate> dates(Scenario s, int offset) {
        TreeSet<LocalDate> set = new TreeSet<>();
        set.add(s.start.minusDays(1));
        int stride = Math.max(5, s.events.size() / 12);
        for (int i = offset % stride; i < s.events.size(); i += stride) {
            set.add(s.events.get(i).getDate());
            set.add(s.events.get(i).getDate().plusDays(1));
        }
        set.add(s.end);
        set.add(s.end.plusYears(30));
        return new ArrayList<>(set);
    }

    // ---- of(Portfolio, LocalDate) ----

    /**
     * Generated histories (payments, partial allocations with discounts and write-offs, credit notes,
     * write-offs, recoveries, reversals, disputes opened and resolved, instalments, fees and interest,
     * refunds, promises) of one to three customers, looked at before, during and after their events.
     */
    @Test
    void test_of_portfolio_equalsTheColumnsOfEveryLedgersViewAtAnyDate() {
        qt().withExamples(150).forAll(LedgerGen.scenarios(), integers().between(0, 4)).checkAssert((s, offset) -> {
            Portfolio portfolio = Portfolio.builder().applyAll(s.events).build();
            for (LocalDate d : dates(s, offset)) {
                assertSameColumns(viaViews(portfolio, d), OpenItemColumns.of(portfolio, d), s + " as of " + d);
            }
        });
    }

    /** Long histories: many items per ledger, so ties of dates and long runs of settlements are common. */
    @Test
    void test_of_portfolio_equalsTheViewsForLongHistories() {
        qt().withExamples(20).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, offset) -> {
            Scenario s = LedgerGen.generate(seed, 400);
            Portfolio portfolio = Portfolio.builder().applyAll(s.events).build();
            for (LocalDate d : dates(s, offset)) {
                assertSameColumns(viaViews(portfolio, d), OpenItemColumns.of(portfolio, d), s + " as of " + d);
            }
        });
    }

    /**
     * Portfolios of more than 1,024 ledgers are replayed in ranges on several threads (where there are
     * several processors) and the ranges concatenated: the same columns as the views, in one pass.
     */
    @Test
    void test_of_portfolio_largePortfoliosSplitIntoRangesGiveTheSameColumns() {
        qt().withExamples(3).forAll(longs().all()).checkAssert(seed -> {
            List<LedgerEvent> events = new ArrayList<>();
            List<Scenario> scenarios = new ArrayList<>();
            int ledgers = 0;
            for (int k = 0; ledgers < 1_100; k++) {
                Scenario s = LedgerGen.generate(seed + k, 25, "S" + k + "-C-");
                scenarios.add(s);
                events.addAll(s.events);
                ledgers += s.customers.size();
            }
            Portfolio portfolio = Portfolio.builder().applyAll(events).build();
            assertTrue(portfolio.size() >= 1_024, "large enough to be split: " + portfolio.size());
            TreeSet<LocalDate> dates = new TreeSet<>();
            for (Scenario s : scenarios.subList(0, 3)) {
                dates.add(s.start);
                dates.add(s.end);
            }
            for (LocalDate d : dates) {
                assertSameColumns(viaViews(portfolio, d), OpenItemColumns.of(portfolio, d), "seed " + seed + " as of " + d);
            }
        });
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static InvoiceIssued invoice(String id, LocalDate issued, LocalDate due, Money amount) {
        return InvoiceIssued.builder().invoiceId(InvoiceId.of(id)).customerId(C).issueDate(issued)
                .schedule(DueSchedule.of(List.of(Instalment.builder().number(1).dueDate(due).amount(amount).build())))
                .build();
    }

    private static PaymentReceived payment(String id, LocalDate date, Money amount) {
        return PaymentReceived.builder().paymentId(PaymentId.of(id)).customerId(C).receivedDate(date)
                .amount(amount).method(PaymentMethod.BANK_TRANSFER).build();
    }

    private static AllocationPosted allocation(String id, LocalDate date, String paymentId, String invoiceId, Money amount) {
        return AllocationPosted.builder().eventId(EventId.of(id)).customerId(C).date(date)
                .source(CreditSource.ofPayment(PaymentId.of(paymentId)))
                .addApplications(ItemApplication.of(ItemRef.ofInstalment(InvoiceId.of(invoiceId), 1), amount)).build();
    }

    /**
     * Items due and issued on the same days are ordered by ref (instalments before fees before interest,
     * then by invoice or charge id), whatever order the ledger created them in, as {@code LedgerView.getOpenItems()} orders them; a dispute marks its invoice's
     * instalment only, never a fee posted against that invoice.
     */
    @Test
    void test_of_portfolio_equalDatesAreOrderedByRefAndOnlyInstalmentsAreDisputed() {
        Money hundred = Money.of(EUR, 100);
        CustomerLedger ledger = CustomerLedger.of(C, List.of(
                invoice("INV-9", d("2024-01-05"), d("2024-02-04"), Money.of(EUR, 9)),
                invoice("INV-10", d("2024-01-05"), d("2024-02-04"), Money.of(EUR, 10)),
                invoice("INV-1", d("2024-01-05"), d("2024-02-04"), Money.of(EUR, 1)),
                invoice("INV-0", d("2024-01-04"), d("2024-02-04"), hundred),
                ChargePosted.builder().chargeId(ChargeId.of("F-1")).chargeKind(ItemKind.FEE).customerId(C)
                        .postedDate(d("2024-01-05")).dueDate(d("2024-02-04")).amount(Money.of(EUR, 5))
                        .invoiceId(InvoiceId.of("INV-1")).build(),
                // posted before the fee (its event id comes first) but listed after it: fees come before interest
                ChargePosted.builder().chargeId(ChargeId.of("A-1")).chargeKind(ItemKind.INTEREST).customerId(C)
                        .postedDate(d("2024-01-05")).dueDate(d("2024-02-04")).amount(Money.of(EUR, 6)).build(),
                DisputeOpened.builder().disputeId(DisputeId.of("D-1")).customerId(C).invoiceId(InvoiceId.of("INV-1"))
                        .openedDate(d("2024-01-20")).reason("price").build()));
        Portfolio portfolio = Portfolio.of(List.of(ledger));
        OpenItemColumns columns = OpenItemColumns.of(portfolio, d("2024-01-31"));

        List<OpenItem> view = ledger.asOf(d("2024-01-31")).getOpenItems();
        assertEquals(List.of("INV-0#1", "INV-1#1", "INV-10#1", "INV-9#1", "FEE:F-1", "INTEREST:A-1"),
                view.stream().map(i -> i.getRef().toString()).collect(java.util.stream.Collectors.toList()));
        assertSameColumns(viaViews(portfolio, d("2024-01-31")), columns, "ties");
        long[] amounts = new long[columns.size()];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = columns.openMinor(i);
        }
        assertEquals(List.of(10_000L, 100L, 1_000L, 900L, 500L, 600L), java.util.Arrays.stream(amounts).boxed()
                .collect(java.util.stream.Collectors.toList()));
        assertTrue(columns.isDisputed(1), "INV-1's instalment is disputed");
        assertEquals(List.of(false, true, false, false, false, false), List.of(columns.isDisputed(0),
                columns.isDisputed(1), columns.isDisputed(2), columns.isDisputed(3), columns.isDisputed(4),
                columns.isDisputed(5)));
    }

    /**
     * A long run of items on the same dates (beyond what is sorted by insertion) whose creation order is
     * not their ref order: charges are created in the order of their ids, but listed fees first, then
     * interest.
     */
    @Test
    void test_of_portfolio_longRunsOfEqualDatesAreOrderedByRef() {
        List<LedgerEvent> events = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            events.add(ChargePosted.builder().chargeId(ChargeId.of(String.format(java.util.Locale.ROOT, "A-%02d", k)))
                    .chargeKind(ItemKind.INTEREST).customerId(C).postedDate(d("2024-01-05")).dueDate(d("2024-02-04"))
                    .amount(Money.ofMinor(EUR, 200 + k)).build());
            events.add(ChargePosted.builder().chargeId(ChargeId.of(String.format(java.util.Locale.ROOT, "F-%02d", k)))
                    .chargeKind(ItemKind.FEE).customerId(C).postedDate(d("2024-01-05")).dueDate(d("2024-02-04"))
                    .amount(Money.ofMinor(EUR, 100 + k)).build());
        }
        Portfolio portfolio = Portfolio.of(List.of(CustomerLedger.of(C, events)));
        OpenItemColumns columns = OpenItemColumns.of(portfolio, d("2024-01-05"));
        assertSameColumns(viaViews(portfolio, d("2024-01-05")), columns, "long run");
        for (int k = 0; k < 30; k++) {
            assertEquals(100 + k, columns.openMinor(k), "fee " + k);
            assertEquals(200 + k, columns.openMinor(30 + k), "interest " + k);
        }
    }

    /**
     * Dates far apart (epoch days near both ends of an int) do not fit the short sort key: the items
     * still come in the order of the view.
     */
    @Test
    void test_of_portfolio_datesAtBothEndsOfTheIntRangeKeepTheViewsOrder() {
        LocalDate early = LocalDate.ofEpochDay(-2_000_000_000L);
        LocalDate late = LocalDate.ofEpochDay(2_000_000_000L);
        CustomerLedger ledger = CustomerLedger.of(C, List.of(
                invoice("INV-3", early, late, Money.of(EUR, 3)),
                invoice("INV-2", early, early.plusDays(5), Money.of(EUR, 2)),
                invoice("INV-1", late, late, Money.of(EUR, 1)),
                invoice("INV-0", early.plusDays(1), late, Money.of(EUR, 4))));
        Portfolio portfolio = Portfolio.of(List.of(ledger));
        OpenItemColumns columns = OpenItemColumns.of(portfolio, late);
        assertSameColumns(viaViews(portfolio, late), columns, "far dates");
        assertEquals(List.of(200L, 300L, 400L, 100L), List.of(columns.openMinor(0), columns.openMinor(1),
                columns.openMinor(2), columns.openMinor(3)));

        // more items than sorted by insertion: created in issue order, due in the reverse order
        List<LedgerEvent> many = new ArrayList<>(ledger.getEvents());
        for (int k = 0; k < 40; k++) {
            many.add(invoice(String.format(java.util.Locale.ROOT, "INV-M%02d", k), early.plusDays(10 + k),
                    late.minusDays(k), Money.ofMinor(EUR, 1_000 + k)));
        }
        Portfolio large = Portfolio.of(List.of(CustomerLedger.of(C, many)));
        OpenItemColumns all = OpenItemColumns.of(large, late);
        assertSameColumns(viaViews(large, late), all, "many far dates");
        assertEquals(200L, all.openMinor(0));
        assertEquals(1_039L, all.openMinor(1), "the latest issued is due first of the rest");
    }

    /**
     * An invoice beyond a long of minor units that payments bring back within one gives the view's
     * open amount; while its open amount is still beyond a long, it is refused as the object path refuses it.
     */
    @Test
    void test_of_portfolio_amountsBeyondALongOfMinorUnitsAreHandledAsTheViewsAre() {
        Money huge = Money.of(EUR, new BigDecimal("100000000000000000000.00"));
        Money almost = Money.of(EUR, new BigDecimal("99999999999999999000.00"));
        CustomerLedger ledger = CustomerLedger.of(C, List.of(
                invoice("INV-1", d("2024-01-05"), d("2024-02-04"), huge),
                invoice("INV-2", d("2024-01-06"), d("2024-02-05"), Money.of(EUR, 7)),
                payment("PAY-1", d("2024-03-01"), almost),
                allocation("A-1", d("2024-03-01"), "PAY-1", "INV-1", almost)));
        Portfolio portfolio = Portfolio.of(List.of(ledger));

        OpenItemColumns paid = OpenItemColumns.of(portfolio, d("2024-03-01"));
        assertSameColumns(viaViews(portfolio, d("2024-03-01")), paid, "paid down");
        assertEquals(List.of(100_000L, 700L), List.of(paid.openMinor(0), paid.openMinor(1)));

        IllegalArgumentException expected = assertThrows(IllegalArgumentException.class,
                () -> viaViews(portfolio, d("2024-02-29")));
        IllegalArgumentException actual = assertThrows(IllegalArgumentException.class,
                () -> OpenItemColumns.of(portfolio, d("2024-02-29")));
        assertEquals(expected.getMessage(), actual.getMessage());
        assertTrue(actual.getMessage().contains("openAmount EUR 100000000000000000000.00"), actual.getMessage());
    }

    // ---- Builder.addItems ----

    @Test
    void test_addItems_nullItemIsRefusedNamingItsPosition() {
        OpenItem item = OpenItem.builder().ref(ItemRef.ofInstalment(InvoiceId.of("INV-1"), 1)).customerId(C)
                .issueDate(d("2024-01-01")).dueDate(d("2024-01-31")).originalAmount(Money.of(EUR, 10))
                .openAmount(Money.of(EUR, 10)).build();
        List<OpenItem> items = new ArrayList<>();
        items.add(item);
        items.add(null);
        NullPointerException ex = assertThrows(NullPointerException.class, () -> OpenItemColumns.builder().addItems(items));
        assertEquals("items[1]", ex.getMessage());
    }
}
