package org.receivables.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.receivables.core.item.OpenItem;

/** Properties of aging: totals reconcile, every item in one bucket, merge, monotone aging. */
class AgingPropertiesTest {

    /** Options with random buckets, basis and credit presentation. */
    static Gen<AgingOptions> options() {
        return AgingGen.buckets().zip(integers().between(0, 3), (buckets, flags) -> AgingOptions.builder()
                .buckets(buckets)
                .basis((flags & 1) == 0 ? AgingBasis.DUE_DATE : AgingBasis.ISSUE_DATE)
                .creditPresentation((flags & 2) == 0 ? CreditPresentation.SEPARATE_COLUMN : CreditPresentation.NET_INTO_CURRENT)
                .build());
    }

    // ---- of ----

    /**
     * Aging total = open balance: per customer and currency, and per currency, the open-item total is the
     * sum of the input's open amounts, each bucket holds exactly the items a naive model puts there (by
     * {@link AgingBucket#contains(long)} over every bucket, each item matching exactly one), and the
     * counts add up to the number of items.
     */
    @Test
    void agingTotalIsTheOpenBalanceAndEveryItemSitsInExactlyOneBucket() {
        qt().forAll(AgingGen.datedItems(), options()).checkAssert((dated, options) -> {
            AgingReport report = AgingReport.of(dated.asOf, dated.value, options);
            AgingBuckets buckets = options.getBuckets();
            Map<String, BigDecimal[]> model = new TreeMap<>();
            Map<String, long[]> counts = new TreeMap<>();
            for (OpenItem item : dated.value) {
                long age = options.getBasis().age(item, dated.asOf);
                int matches = 0;
                int index = -1;
                for (int i = 0; i < buckets.size(); i++) {
                    if (buckets.get(i).contains(age)) {
                        matches++;
                        index = i;
                    }
                }
                assertEquals(1, matches, "age " + age + " in exactly one of " + buckets);
                String key = item.getCustomerId() + "/" + item.getCurrency();
                BigDecimal[] sums = model.computeIfAbsent(key, k -> zeros(buckets.size()));
                sums[index] = sums[index].add(item.getOpenAmount().getAmount());
                counts.computeIfAbsent(key, k -> new long[buckets.size()])[index]++;
            }
            assertEquals(model.size(), report.getLines().size());
            long itemCount = 0;
            for (AgingLine line : report.getLines()) {
                String key = line.getCustomerId() + "/" + line.getCurrency();
                BigDecimal[] expected = model.get(key);
                List<Money> actual = line.getAmounts().getOpenItemAmounts();
                BigDecimal total = BigDecimal.ZERO;
                for (int i = 0; i < buckets.size(); i++) {
                    assertEquals(0, expected[i].compareTo(actual.get(i).getAmount()), key + " bucket " + i);
                    assertEquals(counts.get(key)[i], line.getAmounts().getCount(i), key + " count " + i);
                    total = total.add(expected[i]);
                }
                assertEquals(0, total.compareTo(line.getAmounts().getOpenItemTotal().getAmount()));
                itemCount += line.getAmounts().getItemCount();
            }
            assertEquals(dated.value.size(), itemCount);
            for (CurrencyUnit c : report.getCurrencies()) {
                BigDecimal balance = dated.value.stream().filter(i -> i.getCurrency().equals(c))
                        .map(i -> i.getOpenAmount().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertEquals(0, balance.compareTo(report.getTotals(c).getOpenItemTotal().getAmount()), "open balance in " + c);
                assertEquals(0, balance.compareTo(report.getTotals(c).getTotal().getAmount()), "no credits: total = balance");
            }
        });
    }

    /** With credits: net balance = open items - credits whichever way they show; the presented buckets add to getTotal. */
    @Test
    void netBalanceIsOpenItemsLessCreditsInBothPresentations() {
        qt().forAll(AgingGen.dates().flatMap(d -> AgingGen.itemLists(d).zip(AgingGen.creditLists(d),
                (items, credits) -> new Object[] {d, items, credits})), options()).checkAssert((in, options) -> {
                    @SuppressWarnings("unchecked")
                    List<OpenItem> items = (List<OpenItem>) in[1];
                    @SuppressWarnings("unchecked")
                    List<OpenCredit> credits = (List<OpenCredit>) in[2];
                    AgingReport report = AgingReport.of((LocalDate) in[0], items, credits, options);
                    for (CurrencyUnit c : report.getCurrencies()) {
                        AgingAmounts t = report.getTotals(c);
                        BigDecimal open = items.stream().filter(i -> i.getCurrency().equals(c))
                                .map(i -> i.getOpenAmount().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
                        BigDecimal credit = credits.stream().filter(i -> i.getCurrency().equals(c))
                                .map(i -> i.getAmount().getAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
                        assertEquals(0, open.subtract(credit).compareTo(t.getNetBalance().getAmount()));
                        assertEquals(0, t.getAmounts().stream().map(Money::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                                .compareTo(t.getTotal().getAmount()));
                        BigDecimal expectedTotal = options.getCreditPresentation() == CreditPresentation.SEPARATE_COLUMN
                                ? open : open.subtract(credit);
                        assertEquals(0, expectedTotal.compareTo(t.getTotal().getAmount()));
                    }
                });
    }

    // ---- merge ----

    /** report(A + B) = report(A).merge(report(B)), for any split into parts and any order of merging. */
    @Test
    void reportOfTheWholeEqualsTheMergeOfReportsOfAnySplit() {
        qt().forAll(AgingGen.datedItems(), options(), longs().all(), integers().between(1, 4)).checkAssert((dated, options, seed, parts) -> {
            AgingReport whole = AgingReport.of(dated.asOf, dated.value, options);
            List<List<OpenItem>> split = AgingGen.split(dated.value, seed, parts);
            List<AgingReport> reports = new ArrayList<>();
            for (List<OpenItem> part : split) {
                reports.add(AgingReport.of(dated.asOf, part, options));
            }
            AgingReport leftFold = AgingReport.empty(dated.asOf, options);
            for (AgingReport r : reports) {
                leftFold = leftFold.merge(r);
            }
            Collections.reverse(reports);
            AgingReport rightFold = reports.get(0);
            for (int i = 1; i < reports.size(); i++) {
                rightFold = reports.get(i).merge(rightFold);
            }
            assertEquals(whole, leftFold);
            assertEquals(whole, rightFold);
            assertEquals(whole.getTopOverdue(CurrencyUnit.EUR, 3), leftFold.getTopOverdue(CurrencyUnit.EUR, 3));
        });
    }

    /** Merge is associative and commutative on arbitrary reports of the same date and options. */
    @Test
    void mergeIsAssociativeAndCommutative() {
        qt().forAll(AgingGen.dates().flatMap(d -> AgingGen.itemLists(d).zip(AgingGen.itemLists(d), AgingGen.itemLists(d),
                (a, b, c) -> List.of(
                        AgingReport.of(d, a, AgingOptions.defaults()),
                        AgingReport.of(d, b, AgingOptions.defaults()),
                        AgingReport.of(d, c, AgingOptions.defaults()))))).checkAssert(r -> {
                            AgingReport a = r.get(0);
                            AgingReport b = r.get(1);
                            AgingReport c = r.get(2);
                            assertEquals(a.merge(b), b.merge(a));
                            assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
                        });
    }

    // ---- Builder.addItem (bulk form) ----

    /** The bulk form, fed plain values, gives the same report as the object form, whatever the order. */
    @Test
    void bulkFormEqualsObjectForm() {
        qt().forAll(AgingGen.datedItems(), options(), longs().all()).checkAssert((dated, options, seed) -> {
            AgingReport objects = AgingReport.of(dated.asOf, dated.value, options);
            AgingReport.Builder bulk = AgingReport.builder(dated.asOf, options);
            for (OpenItem i : AgingGen.split(dated.value, seed, 1).get(0)) {
                bulk.addItem(i.getCustomerId(), i.getCurrency(), i.getIssueDate().toEpochDay(), i.getDueDate().toEpochDay(),
                        i.getOpenAmount().getAmountMinorLong(), i.isDisputed());
            }
            assertEquals(objects, bulk.build());
        });
    }

    // ---- Builder.build, getLines, getLine, getCustomerIds ----

    /**
     * A builder used again after build leaves the earlier report as it was; rows come out sorted by
     * customer and currency whatever the input order, and the row accessors agree with each other.
     */
    @Test
    void aBuilderReusedAfterBuildLeavesTheEarlierReportAndAccessorsAgree() {
        qt().forAll(AgingGen.datedItems(), options(), longs().all()).checkAssert((dated, options, seed) -> {
            List<List<OpenItem>> halves = AgingGen.split(dated.value, seed, 2);
            AgingReport.Builder b = AgingReport.builder(dated.asOf, options);
            AgingReport first = b.addItems(halves.get(0)).build();
            AgingReport both = b.addItems(halves.get(1)).build();
            assertEquals(AgingReport.of(dated.asOf, halves.get(0), options), first);
            AgingReport whole = AgingReport.of(dated.asOf, dated.value, options);
            assertEquals(whole, both);
            assertEquals(whole.hashCode(), both.hashCode());
            List<AgingLine> lines = both.getLines();
            List<org.receivables.core.customer.CustomerId> ids = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                AgingLine line = lines.get(i);
                assertEquals(line, both.getLine(line.getCustomerId(), line.getCurrency()).orElseThrow());
                if (i > 0) {
                    AgingLine prev = lines.get(i - 1);
                    int c = prev.getCustomerId().compareTo(line.getCustomerId());
                    assertTrue(c < 0 || (c == 0 && prev.getCurrency().compareTo(line.getCurrency()) < 0), prev + " before " + line);
                }
                if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(line.getCustomerId())) {
                    ids.add(line.getCustomerId());
                }
            }
            assertEquals(ids, both.getCustomerIds());
        });
    }

    // ---- as-of date ----

    /** Moving the as-of date forward never moves an unpaid item to a younger bucket (nor makes it less overdue). */
    @Test
    void movingTheAsOfDateForwardNeverMakesAnItemYounger() {
        qt().forAll(AgingGen.datedItems(), longs().between(0, 400), options()).checkAssert((dated, days, options) -> {
            LocalDate later = dated.asOf.plusDays(days);
            for (OpenItem item : dated.value) {
                int before = bucketOf(AgingReport.of(dated.asOf, List.of(item), options), item);
                int after = bucketOf(AgingReport.of(later, List.of(item), options), item);
                assertTrue(after >= before, item + ": bucket " + before + " on " + dated.asOf + ", " + after + " on " + later);
            }
            AgingReport now = AgingReport.of(dated.asOf, dated.value, options);
            AgingReport then = AgingReport.of(later, dated.value, options);
            for (CurrencyUnit c : now.getCurrencies()) {
                assertTrue(!then.getTotals(c).getOverdueAmount().isLessThan(now.getTotals(c).getOverdueAmount()));
            }
        });
    }

    private static int bucketOf(AgingReport report, OpenItem item) {
        AgingAmounts a = report.getLine(item.getCustomerId(), item.getCurrency()).orElseThrow().getAmounts();
        for (int i = 0; i < a.getBuckets().size(); i++) {
            if (a.getCount(i) == 1) {
                return i;
            }
        }
        throw new AssertionError("item in no bucket: " + item);
    }

    // ---- AgingBuckets ----

    /** For any valid layout, indexOf agrees with contains, for ages at and around every boundary. */
    @Test
    void indexOfAgreesWithContains() {
        qt().forAll(AgingGen.buckets(), longs().between(-1000, 1000)).checkAssert((buckets, age) -> {
            List<Long> ages = new ArrayList<>(List.of(age, Long.MIN_VALUE, Long.MAX_VALUE));
            for (AgingBucket b : buckets.getBuckets()) {
                for (long edge : new long[] {b.getMinDays(), b.getMaxDays()}) {
                    ages.add(edge);
                    if (edge > Long.MIN_VALUE) {
                        ages.add(edge - 1);
                    }
                    if (edge < Long.MAX_VALUE) {
                        ages.add(edge + 1);
                    }
                }
            }
            for (long a : ages) {
                assertTrue(buckets.get(buckets.indexOf(a)).contains(a), a + " in " + buckets);
            }
            assertEquals(buckets, AgingBuckets.of(buckets.getBuckets()), "every generated layout passes validation");
        });
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        java.util.Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

}
