package org.receivables.aging.bulk;

import org.receivables.core.bulk.OpenItemColumns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.receivables.aging.AgingBasis;
import org.receivables.aging.AgingBuckets;
import org.receivables.aging.AgingGen;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.aging.CreditPresentation;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.DisputeId;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.DisputeOpened;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.Instalment;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;

/**
 * The bulk aging gives exactly the object API's report: for generated items (in any order, clustered
 * or not), any buckets, basis and presentation, and any split into parallel ranges.
 */
class BulkAgingTest {

    static Gen<AgingOptions> options() {
        return AgingGen.buckets().zip(integers().between(0, 3), (buckets, flags) -> AgingOptions.builder()
                .buckets(buckets)
                .basis((flags & 1) == 0 ? AgingBasis.DUE_DATE : AgingBasis.ISSUE_DATE)
                .creditPresentation((flags & 2) == 0 ? CreditPresentation.SEPARATE_COLUMN : CreditPresentation.NET_INTO_CURRENT)
                .build());
    }

    private static OpenItem item(String customer, CurrencyUnit currency, LocalDate issue, LocalDate due, long minor,
            boolean disputed) {
        return OpenItem.builder()
                .ref(ItemRef.ofInstalment(InvoiceId.of("INV-" + customer + "-" + minor), 1))
                .customerId(CustomerId.of(customer))
                .issueDate(issue)
                .dueDate(due)
                .originalAmount(Money.ofMinor(currency, minor))
                .openAmount(Money.ofMinor(currency, minor))
                .disputed(disputed)
                .build();
    }

    // ---- age ----

    /** bulk(items) = object API(items), for items in generated (not clustered) order and any number of parallel parts. */
    @Test
    void bulkAgingEqualsTheObjectApiForAnyItemsOptionsAndSplit() {
        qt().forAll(AgingGen.datedItems(), options(), integers().between(1, 7)).checkAssert((dated, options, parts) -> {
            AgingReport expected = AgingReport.of(dated.asOf, dated.value, options);
            OpenItemColumns columns = OpenItemColumns.of(dated.value);
            assertEquals(dated.value.size(), columns.size());
            assertEquals(expected, BulkAging.age(columns, dated.asOf, options, parts));
            assertEquals(expected, BulkAging.age(columns, dated.asOf, options));
        });
    }

    /** Items already grouped by customer (the no-copy build) age the same as shuffled ones. */
    @Test
    void clusteredInputAgesTheSameAsShuffledInput() {
        qt().forAll(AgingGen.datedItems(), options(), longs().all()).checkAssert((dated, options, seed) -> {
            List<OpenItem> shuffled = AgingGen.split(dated.value, seed, 1).get(0);
            List<OpenItem> grouped = new ArrayList<>(shuffled);
            grouped.sort(Comparator.comparing(OpenItem::getCustomerId));
            AgingReport expected = AgingReport.of(dated.asOf, dated.value, options);
            assertEquals(expected, BulkAging.age(OpenItemColumns.of(shuffled), dated.asOf, options, 1));
            assertEquals(expected, BulkAging.age(OpenItemColumns.of(grouped), dated.asOf, options, 3));
        });
    }

    /**
     * Items added in due order per customer (as ledgers list them) take the range path, whose buckets are
     * found by due-day limits rather than looked up per item; interleaved currencies and ages beyond every
     * limit included. The report equals the object API's, and every customer is marked as in due order.
     */
    @Test
    void itemsInDueOrderAgeAsTheObjectApi() {
        qt().forAll(AgingGen.datedItems(), options(), integers().between(1, 5)).checkAssert((dated, options, parts) -> {
            List<OpenItem> ordered = new ArrayList<>(dated.value);
            ordered.sort(Comparator.comparing(OpenItem::getCustomerId).thenComparing(OpenItem::getDueDate));
            OpenItemColumns columns = OpenItemColumns.of(ordered);
            for (int c = 0; c < columns.customerCount(); c++) {
                assertTrue(columns.isInDueOrder(c), "customer " + c);
            }
            AgingReport expected = AgingReport.of(dated.asOf, dated.value, options);
            assertEquals(expected, BulkAging.age(columns, dated.asOf, options, parts));
            int cut = columns.customerCount() / 2;
            assertEquals(expected, BulkAging.ageCustomers(columns, 0, cut, dated.asOf, options)
                    .merge(BulkAging.ageCustomers(columns, cut, columns.customerCount(), dated.asOf, options)));
        });
    }

    /** In due order, sums that could overflow a long in the range path are summed again exactly. */
    @Test
    void itemsInDueOrderWithHugeAmountsAgeAsTheObjectApi() {
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        List<OpenItem> items = List.of(
                item("C-1", CurrencyUnit.EUR, asOf.minusDays(200), asOf.minusDays(150), 1L << 61, true),
                item("C-1", CurrencyUnit.USD, asOf.minusDays(90), asOf.minusDays(45), 5, false),
                item("C-1", CurrencyUnit.EUR, asOf.minusDays(20), asOf.minusDays(10), (1L << 61) + 3, false),
                item("C-2", CurrencyUnit.EUR, asOf.minusDays(20), asOf.plusDays(10), 9, true));
        OpenItemColumns columns = OpenItemColumns.of(items);
        assertTrue(columns.isInDueOrder(0) && columns.isInDueOrder(1));
        AgingReport bulk = BulkAging.age(columns, asOf, AgingOptions.defaults(), 2);
        assertEquals(AgingReport.of(asOf, items, AgingOptions.defaults()), bulk);
        assertEquals((1L << 62) + 3 + 9, bulk.getTotals(CurrencyUnit.EUR).getAmounts().stream()
                .mapToLong(Money::getAmountMinorLong).sum());
    }

    // ---- ageCustomers ----

    /** The reports of disjoint customer ranges merge into the report of all items, wherever the cut is. */
    @Test
    void reportsOfCustomerRangesMergeIntoTheWhole() {
        qt().forAll(AgingGen.datedItems(), options(), integers().between(0, 100)).checkAssert((dated, options, percent) -> {
            OpenItemColumns columns = OpenItemColumns.of(dated.value);
            int cut = columns.customerCount() * percent / 100;
            AgingReport left = BulkAging.ageCustomers(columns, 0, cut, dated.asOf, options);
            AgingReport right = BulkAging.ageCustomers(columns, cut, columns.customerCount(), dated.asOf, options);
            assertEquals(AgingReport.of(dated.asOf, dated.value, options), left.merge(right));
        });
    }

    // ---- Builder.addItem (plain values) ----

    /** Plain values give the same columns' report as the items they describe. */
    @Test
    void plainValuesAgeAsTheirItems() {
        qt().forAll(AgingGen.datedItems(), options()).checkAssert((dated, options) -> {
            OpenItemColumns.Builder b = OpenItemColumns.builder(dated.value.size());
            for (OpenItem i : dated.value) {
                b.addItem(i.getCustomerId(), i.getCurrency(), i.getIssueDate().toEpochDay(), i.getDueDate().toEpochDay(),
                        i.getOpenAmount().getAmountMinorLong(), i.isDisputed());
            }
            OpenItemColumns columns = b.build();
            assertEquals(AgingReport.of(dated.asOf, dated.value, options), BulkAging.age(columns, dated.asOf, options, 2));
            for (CurrencyUnit c : AgingGen.CURRENCIES) {
                long expected = dated.value.stream().filter(i -> i.getCurrency().equals(c))
                        .mapToLong(i -> i.getOpenAmount().getAmountMinorLong()).sum();
                assertEquals(expected, columns.totalMinor(c));
            }
        });
    }

    /** Buckets wider than the lookup table (binary-search path), ages far apart, both as the object API. */
    @Test
    void wideBucketsAgeAsTheObjectApi() {
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        AgingOptions options = AgingOptions.builder()
                .buckets(AgingBuckets.ofOverdueLimits(30, 100_000).withForwardLimits(80_000))
                .build();
        List<OpenItem> items = List.of(
                item("C-1", CurrencyUnit.EUR, asOf.minusDays(200_000), asOf.minusDays(100_001), 7, false),
                item("C-1", CurrencyUnit.EUR, asOf.minusDays(200_000), asOf.minusDays(100_000), 11, true),
                item("C-2", CurrencyUnit.USD, asOf.minusDays(60_000), asOf.minusDays(50_000), 13, false),
                item("C-2", CurrencyUnit.USD, asOf, asOf.plusDays(90_000), 17, false),
                item("C-1", CurrencyUnit.USD, asOf, asOf.plusDays(5), 19, true));
        AgingReport bulk = BulkAging.age(OpenItemColumns.of(items), asOf, options, 2);
        assertEquals(AgingReport.of(asOf, items, options), bulk);
        // Hand-checked: buckets [<= -80001, -80000..0, 1..30, 31..100000, > 100000]; C-1 EUR ages 100001 and 100000.
        assertEquals(List.of(0L, 0L, 0L, 11L, 7L), bulk.getLine(CustomerId.of("C-1"), CurrencyUnit.EUR).orElseThrow()
                .getAmounts().getAmounts().stream().map(Money::getAmountMinorLong).toList());
    }

    /**
     * The fast loop's fallbacks give the object API's report: days beyond +-2^29 epoch days (an as-of date
     * and items in the year 2,000,000, and an item due then but aged in 2024), and amounts too large for
     * the no-overflow proof whose sums still fit a long.
     */
    @Test
    void farDatesAndLargeAmountsAgeAsTheObjectApi() {
        AgingOptions options = AgingOptions.defaults();
        LocalDate far = LocalDate.of(2_000_000, 3, 31);
        List<OpenItem> farItems = List.of(
                item("C-1", CurrencyUnit.EUR, far.minusDays(100), far.minusDays(70), 7, false),
                item("C-1", CurrencyUnit.EUR, far.minusDays(10), far, 11, true),
                item("C-2", CurrencyUnit.USD, far.minusDays(400), far.minusDays(300), 13, false));
        for (int parts = 1; parts <= 2; parts++) {
            assertEquals(AgingReport.of(far, farItems, options), BulkAging.age(OpenItemColumns.of(farItems), far, options, parts));
        }
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        List<OpenItem> mixed = List.of(
                item("C-1", CurrencyUnit.EUR, asOf.minusDays(40), asOf.minusDays(35), 5, false),
                item("C-1", CurrencyUnit.EUR, asOf.minusDays(1), far, 3, false),
                item("C-2", CurrencyUnit.EUR, asOf.minusDays(90), asOf.minusDays(61), 1L << 61, true),
                item("C-2", CurrencyUnit.EUR, asOf.minusDays(9), asOf.minusDays(2), (1L << 61) + 1, false));
        AgingReport bulk = BulkAging.age(OpenItemColumns.of(mixed), asOf, options, 1);
        assertEquals(AgingReport.of(asOf, mixed, options), bulk);
        assertEquals((1L << 62) + 1, bulk.getTotals(CurrencyUnit.EUR).getAmounts().stream()
                .mapToLong(Money::getAmountMinorLong).sum() - 8);
    }

    // ---- bad input ----

    @Test
    void test_age_badInput() {
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        OpenItemColumns columns = OpenItemColumns.of(List.of(
                item("C-9", CurrencyUnit.EUR, asOf.plusDays(1), asOf.plusDays(30), 100, false)));
        AgingOptions options = AgingOptions.defaults();
        assertEquals("columns", assertThrows(NullPointerException.class, () -> BulkAging.age(null, asOf, options)).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class, () -> BulkAging.age(columns, null, options)).getMessage());
        assertEquals("options", assertThrows(NullPointerException.class, () -> BulkAging.age(columns, asOf, null)).getMessage());
        IllegalArgumentException late = assertThrows(IllegalArgumentException.class, () -> BulkAging.age(columns, asOf, options));
        assertTrue(late.getMessage().contains("issueDate 2024-04-01") && late.getMessage().contains("C-9"), late.getMessage());
        IllegalArgumentException parts = assertThrows(IllegalArgumentException.class,
                () -> BulkAging.age(columns, asOf.plusDays(1), options, 0));
        assertTrue(parts.getMessage().contains("parts 0"), parts.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> BulkAging.ageCustomers(columns, 0, 2, asOf.plusDays(1), options));
        assertTrue(range.getMessage().contains("customer range 0 to 2"), range.getMessage());
    }

    @Test
    void test_age_overflowIsAnIllegalArgumentNamingTheCustomer() {
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        OpenItemColumns columns = OpenItemColumns.builder()
                .addItem(CustomerId.of("C-7"), CurrencyUnit.EUR, asOf.toEpochDay(), asOf.toEpochDay(), Long.MAX_VALUE, false)
                .addItem(CustomerId.of("C-7"), CurrencyUnit.EUR, asOf.toEpochDay(), asOf.toEpochDay(), 1, false)
                .build();
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> BulkAging.age(columns, asOf, AgingOptions.defaults(), 1));
        assertTrue(ex.getMessage().contains("C-7") && ex.getMessage().contains("EUR"), ex.getMessage());
    }

    /** Customers whose own sums fit a long but whose portfolio total does not: refused, whatever the split. */
    @Test
    void test_age_portfolioTotalOverflowIsAnIllegalArgumentNamingTheCurrency() {
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        List<OpenItem> items = List.of(
                item("C-1", CurrencyUnit.EUR, asOf.minusDays(10), asOf.minusDays(5), 1L << 62, false),
                item("C-2", CurrencyUnit.EUR, asOf.minusDays(10), asOf.minusDays(5), 1L << 62, false),
                item("C-3", CurrencyUnit.USD, asOf.minusDays(10), asOf.minusDays(5), 1, false));
        assertThrows(IllegalArgumentException.class, () -> AgingReport.of(asOf, items, AgingOptions.defaults()));
        for (int parts = 1; parts <= 3; parts++) {
            int p = parts;
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                    () -> BulkAging.age(OpenItemColumns.of(items), asOf, AgingOptions.defaults(), p));
            assertTrue(ex.getMessage().contains("EUR") && ex.getMessage().contains("overflow"), ex.getMessage());
        }
    }

    @Test
    void test_addItem_badInput() {
        CustomerId c = CustomerId.of("C-1");
        CurrencyUnit eur = CurrencyUnit.EUR;
        OpenItemColumns.Builder b = OpenItemColumns.builder();
        assertEquals("customerId", assertThrows(NullPointerException.class, () -> b.addItem(null, eur, 0, 0, 1, false)).getMessage());
        assertEquals("currencyUnit", assertThrows(NullPointerException.class, () -> b.addItem(c, null, 0, 0, 1, false)).getMessage());
        assertEquals("item", assertThrows(NullPointerException.class, () -> b.addItem(null)).getMessage());
        assertEquals("items", assertThrows(NullPointerException.class, () -> b.addItems(null)).getMessage());
        List<OpenItem> withNull = new ArrayList<>();
        withNull.add(null);
        assertEquals("items[0]", assertThrows(NullPointerException.class, () -> b.addItems(withNull)).getMessage());
        assertMessage("openMinor 0", () -> b.addItem(c, eur, 0, 0, 0, false));
        assertMessage("openMinor -5", () -> b.addItem(c, eur, 0, 0, -5, false));
        assertMessage("dueEpochDay 9 is before issueEpochDay 10", () -> b.addItem(c, eur, 10, 9, 1, false));
        assertMessage("issueEpochDay 2147483648", () -> b.addItem(c, eur, 1L << 31, 1L << 31, 1, false));
        assertMessage("expectedItems -1", () -> OpenItemColumns.builder(-1));
        assertEquals(0, b.build().size(), "refused items leave the builder as it was");
        assertEquals(0, b.build().customerCount());
    }

    // ---- of, getCustomerId, customerStart ----

    @Test
    void test_of_badInput() {
        assertEquals("items", assertThrows(NullPointerException.class, () -> OpenItemColumns.of((Iterable<OpenItem>) null)).getMessage());
        assertEquals("portfolio", assertThrows(NullPointerException.class,
                () -> OpenItemColumns.of(null, LocalDate.of(2024, 3, 31))).getMessage());
        OpenItemColumns columns = OpenItemColumns.builder()
                .addItem(CustomerId.of("C-1"), CurrencyUnit.EUR, 19_000, 19_030, 5, false).build();
        assertMessage("customer 1 must be 0 to 0", () -> columns.getCustomerId(1));
        assertMessage("customer -1 must be 0 to 1", () -> columns.customerStart(-1));
        assertEquals(CustomerId.of("C-1"), columns.getCustomerId(0));
        assertEquals(1, columns.customerStart(1));
        assertEquals(0L, columns.totalMinor(CurrencyUnit.USD));
        assertEquals(List.of(CurrencyUnit.EUR), columns.getCurrencies());
    }

    // ---- of(Portfolio, LocalDate) ----

    /**
     * A portfolio large enough to be replayed in parallel ranges (1,024 ledgers or more) gives the same
     * columns, item by item, as one pass over its ledgers' open items; some customers bill in two
     * currencies, a currency first appears in a later range, and some items are disputed.
     */
    @Test
    void test_of_portfolioReplayedInParallelRangesEqualsOnePass() {
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        List<CustomerLedger> ledgers = new ArrayList<>();
        for (int c = 0; c < 1500; c++) {
            CustomerId id = CustomerId.of("C-" + c);
            CustomerLedger.Builder ledger = CustomerLedger.builder(id);
            for (int k = 0; k < 1 + c % 3; k++) {
                CurrencyUnit cu = c > 1200 && k == 1 ? CurrencyUnit.of("JPY") : k == 2 ? CurrencyUnit.USD : CurrencyUnit.EUR;
                InvoiceId invoice = InvoiceId.of("INV-" + c + "-" + k);
                LocalDate issued = asOf.minusDays((c * 7L + k * 31L) % 400);
                ledger.apply(InvoiceIssued.builder().invoiceId(invoice).customerId(id).issueDate(issued)
                        .schedule(DueSchedule.of(List.of(Instalment.builder().number(1).dueDate(issued.plusDays(30))
                                .amount(Money.ofMinor(cu, 100 + c * 3L + k)).build())))
                        .build());
                if ((c + k) % 11 == 0) {
                    ledger.apply(DisputeOpened.builder().disputeId(DisputeId.of("D-" + c + "-" + k)).customerId(id)
                            .invoiceId(invoice).openedDate(issued).reason("damaged").build());
                }
            }
            ledgers.add(ledger.build());
        }
        Portfolio portfolio = Portfolio.of(ledgers);
        List<OpenItem> items = new ArrayList<>();
        for (CustomerLedger ledger : portfolio.getLedgers()) {
            items.addAll(ledger.asOf(asOf).getOpenItems());
        }
        OpenItemColumns expected = OpenItemColumns.of(items);
        OpenItemColumns actual = OpenItemColumns.of(portfolio, asOf);
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.getCurrencies(), actual.getCurrencies());
        assertEquals(3, actual.getCurrencies().size());
        assertEquals(expected.customerCount(), actual.customerCount());
        assertEquals(expected.maxIssueEpochDay(), actual.maxIssueEpochDay());
        assertEquals(expected.retainedBytes(), actual.retainedBytes());
        for (int c = 0; c <= expected.customerCount(); c++) {
            assertEquals(expected.customerStart(c), actual.customerStart(c));
            if (c < expected.customerCount()) {
                assertEquals(expected.getCustomerId(c), actual.getCustomerId(c));
                assertEquals(expected.customerInIdOrder(c), actual.customerInIdOrder(c));
            }
        }
        int disputed = 0;
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.currencyIndex(i), actual.currencyIndex(i), "item " + i);
            assertEquals(expected.issueEpochDay(i), actual.issueEpochDay(i), "item " + i);
            assertEquals(expected.dueEpochDay(i), actual.dueEpochDay(i), "item " + i);
            assertEquals(expected.openMinor(i), actual.openMinor(i), "item " + i);
            assertEquals(expected.isDisputed(i), actual.isDisputed(i), "item " + i);
            disputed += actual.isDisputed(i) ? 1 : 0;
        }
        assertTrue(disputed > 0, "some items disputed");
        assertEquals(AgingReport.of(portfolio, asOf, AgingOptions.defaults()), BulkAging.age(actual, asOf, AgingOptions.defaults()));
    }

    // ---- customerInIdOrder ----

    /** The positions of id order visit every customer once, by ascending id. */
    @Test
    void test_customerInIdOrder_visitsEveryCustomerOnceByAscendingId() {
        qt().forAll(AgingGen.datedItems()).checkAssert(dated -> {
            OpenItemColumns columns = OpenItemColumns.of(dated.value);
            boolean[] seen = new boolean[columns.customerCount()];
            for (int k = 0; k < columns.customerCount(); k++) {
                int c = columns.customerInIdOrder(k);
                assertTrue(!seen[c], "customer " + c + " twice");
                seen[c] = true;
                if (k > 0) {
                    assertTrue(columns.getCustomerId(columns.customerInIdOrder(k - 1)).compareTo(columns.getCustomerId(c)) < 0);
                }
            }
        });
        OpenItemColumns two = OpenItemColumns.builder()
                .addItem(CustomerId.of("C-2"), CurrencyUnit.EUR, 19_000, 19_030, 5, false)
                .addItem(CustomerId.of("C-10"), CurrencyUnit.EUR, 19_000, 19_030, 5, false).build();
        assertEquals(1, two.customerInIdOrder(0)); // "C-10" sorts before "C-2"
        assertMessage("customer 2 must be 0 to 1", () -> two.customerInIdOrder(2));
        assertMessage("customer -1 must be 0 to 1", () -> two.customerInIdOrder(-1));
    }

    // ---- AgingReport.Builder.addSums ----

    @Test
    void test_addSums_badInput() {
        AgingReport.Builder b = AgingReport.builder(LocalDate.of(2024, 3, 31), AgingOptions.defaults());
        CustomerId c = CustomerId.of("C-1");
        CurrencyUnit eur = CurrencyUnit.EUR;
        long[] six = new long[6];
        assertEquals("customerId", assertThrows(NullPointerException.class, () -> b.addSums(null, eur, six, six, 0, 0)).getMessage());
        assertEquals("currency", assertThrows(NullPointerException.class, () -> b.addSums(c, null, six, six, 0, 0)).getMessage());
        assertEquals("bucketMinor", assertThrows(NullPointerException.class, () -> b.addSums(c, eur, null, six, 0, 0)).getMessage());
        assertEquals("bucketCounts", assertThrows(NullPointerException.class, () -> b.addSums(c, eur, six, null, 0, 0)).getMessage());
        assertMessage("bucketMinor length 5", () -> b.addSums(c, eur, new long[5], six, 0, 0));
        assertMessage("bucketMinor[1] -3", () -> b.addSums(c, eur, new long[] {0, -3, 0, 0, 0, 0}, new long[] {0, 1, 0, 0, 0, 0}, 0, 0));
        assertMessage("bucketMinor[2] 5 and bucketCounts[2] 0",
                () -> b.addSums(c, eur, new long[] {0, 0, 5, 0, 0, 0}, six, 0, 0));
        long[] one = {0, 0, 5, 0, 0, 0};
        long[] oneCount = {0, 0, 1, 0, 0, 0};
        assertMessage("disputedMinor 6", () -> b.addSums(c, eur, one, oneCount, 6, 1));
        assertMessage("disputedCount 2", () -> b.addSums(c, eur, one, oneCount, 5, 2));
        assertMessage("disputedMinor 0 and disputedCount 1", () -> b.addSums(c, eur, one, oneCount, 0, 1));
        assertTrue(b.addSums(c, eur, six, six, 0, 0).build().getLines().isEmpty(), "all-zero sums add no row");
        assertEquals(5L, b.addSums(c, eur, one, oneCount, 5, 1).build().getTotals(eur).getDisputedAmount().getAmountMinorLong());
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, call);
        assertTrue(ex.getMessage().contains(expected), ex.getMessage());
    }

    // ---- retainedBytes ----

    /** At most 24 bytes per item once there are more items than customers and currencies (the issue's bound). */
    @Test
    void test_retainedBytes_isAtMost24BytesPerItem() {
        OpenItemColumns.Builder b = OpenItemColumns.builder();
        for (int i = 0; i < 10_000; i++) {
            b.addItem(CustomerId.of("C-" + (i % 100)), i % 3 == 0 ? CurrencyUnit.USD : CurrencyUnit.EUR, 19_000, 19_030,
                    1 + i, i % 7 == 0);
        }
        OpenItemColumns columns = b.build();
        assertEquals(100, columns.customerCount());
        assertEquals(10_000, columns.customerStart(100));
        assertTrue(columns.retainedBytes() <= 24L * columns.size(), "bytes " + columns.retainedBytes());
        assertTrue(columns.retainedBytes() >= 17L * columns.size(), "bytes " + columns.retainedBytes());
    }
}
