package org.receivables.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.OpenItem;

/** The bad-input catalogue of the aging package: each case asserts the type and that the message names field and value. */
class AgingBadInputTest {

    static final LocalDate D = LocalDate.of(2024, 3, 31);
    static final CustomerId C = CustomerId.of("C-1");

    static void npe(String param, Executable call) {
        NullPointerException ex = assertThrows(NullPointerException.class, call);
        assertEquals(param, ex.getMessage());
    }

    static void iae(Executable call, String... mustContain) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, call);
        assertTrue(!(ex instanceof CurrencyMismatchException), "unexpected currency mismatch: " + ex);
        for (String s : mustContain) {
            assertTrue(ex.getMessage().contains(s), "'" + ex.getMessage() + "' should contain '" + s + "'");
        }
    }

    static OpenItem item() {
        return AgingReportTest.item("INV-1", C, "2024-03-01", "2024-03-31", "EUR 10.00");
    }

    static OpenCredit credit(String date) {
        return OpenCredit.builder().customerId(C).kind(CreditKind.CREDIT_NOTE).date(LocalDate.parse(date))
                .amount(Money.parse("EUR 1.00")).build();
    }

    // ---- AgingBucket ----

    @Test
    void agingBucket() {
        npe("label", () -> AgingBucket.of(null, 1, 2));
        npe("label", () -> AgingBucket.atMost(null, 0));
        npe("label", () -> AgingBucket.atLeast(null, 0));
        iae(() -> AgingBucket.of(" ", 1, 2), "label", "' '");
        iae(() -> AgingBucket.of("x", 30, 1), "maxDays 1", "minDays 30", "'x'");
    }

    // ---- AgingBuckets.of ----

    @Test
    void agingBuckets_overlapping() {
        iae(() -> AgingBuckets.of(AgingBucket.atMost("current", 0), AgingBucket.of("1-30", 1, 30),
                AgingBucket.of("25-60", 25, 60), AgingBucket.atLeast("over 60", 61)),
                "overlap", "'1-30' [1..30]", "'25-60' [25..60]");
    }

    @Test
    void agingBuckets_unordered() {
        iae(() -> AgingBuckets.of(AgingBucket.atMost("current", 0), AgingBucket.of("31-60", 31, 60),
                AgingBucket.of("1-30", 1, 30), AgingBucket.atLeast("over 60", 61)),
                "not in ascending order", "'31-60' [31..60]", "'1-30' [1..30]");
        iae(() -> AgingBuckets.of(AgingBucket.atLeast("over 0", 1), AgingBucket.atMost("current", 0)),
                "not in ascending order", "'over 0' [1..]", "'current' [..0]");
    }

    @Test
    void agingBuckets_gaps() {
        iae(() -> AgingBuckets.of(AgingBucket.atMost("current", 0), AgingBucket.of("1-30", 1, 30),
                AgingBucket.atLeast("over 40", 41)), "gap", "'1-30' [1..30]", "'over 40' [41..]", "31..40");
        iae(() -> AgingBuckets.of(AgingBucket.of("current", -10, 0), AgingBucket.atLeast("over 0", 1)),
                "gap", "first", "'current' [-10..0]");
        iae(() -> AgingBuckets.of(AgingBucket.atMost("current", 0), AgingBucket.of("1-30", 1, 30)),
                "gap", "last", "'1-30' [1..30]");
    }

    @Test
    void agingBuckets_otherBadLayouts() {
        iae(() -> AgingBuckets.of(List.of()), "buckets", "[]");
        iae(() -> AgingBuckets.of(AgingBucket.atMost("a", 5), AgingBucket.atLeast("b", 6)), "age 0", "'a' [..5]");
        iae(() -> AgingBuckets.of(AgingBucket.atMost("x", 0), AgingBucket.atLeast("x", 1)), "duplicate label 'x'");
        npe("buckets", () -> AgingBuckets.of((List<AgingBucket>) null));
        npe("buckets", () -> AgingBuckets.of((AgingBucket[]) null));
        npe("buckets[1]", () -> AgingBuckets.of(Arrays.asList(AgingBucket.atMost("current", 0), null)));
    }

    @Test
    void agingBuckets_limits() {
        npe("upperLimits", () -> AgingBuckets.ofOverdueLimits((long[]) null));
        iae(() -> AgingBuckets.ofOverdueLimits(30, 30), "upperLimits[1] 30", "previous limit 30");
        iae(() -> AgingBuckets.ofOverdueLimits(0), "upperLimits[0] 0");
        iae(() -> AgingBuckets.ofOverdueLimits(60, 30), "upperLimits[1] 30");
        npe("limits", () -> AgingBuckets.standard().withForwardLimits((long[]) null));
        iae(() -> AgingBuckets.standard().withForwardLimits(), "limits", "[]");
        iae(() -> AgingBuckets.standard().withForwardLimits(-5), "limits[0] -5");
        iae(() -> AgingBuckets.standard().withForwardLimits(30).withForwardLimits(10), "open below", "'due in 0-30' [-30..0]");
        iae(() -> AgingBuckets.standard().get(6), "index 6");
    }

    // ---- OpenCredit ----

    @Test
    void openCredit() {
        iae(() -> OpenCredit.builder().customerId(C).kind(CreditKind.UNAPPLIED_PAYMENT).date(D)
                .amount(Money.parse("EUR 0.00")).build(), "amount", "EUR 0.00");
        iae(() -> OpenCredit.builder().customerId(C).kind(CreditKind.UNAPPLIED_PAYMENT).date(D)
                .amount(Money.parse("EUR -3.00")).build(), "amount", "EUR -3.00");
        assertThrows(IllegalStateException.class, () -> OpenCredit.builder().customerId(C).build());
        npe("customerId", () -> OpenCredit.builder().customerId(null));
        npe("amount", () -> OpenCredit.builder().amount(null));
        npe("buckets", () -> AgingOptions.builder().buckets(null));
        npe("basis", () -> AgingOptions.builder().basis(null));
    }

    // ---- AgingReport.of ----

    @Test
    void agingReport_nulls() {
        List<OpenItem> items = List.of(item());
        npe("asOf", () -> AgingReport.of(null, items, AgingOptions.defaults()));
        npe("items", () -> AgingReport.of(D, null, AgingOptions.defaults()));
        npe("options", () -> AgingReport.of(D, items, null));
        npe("credits", () -> AgingReport.of(D, items, null, AgingOptions.defaults()));
        npe("items[1]", () -> AgingReport.of(D, Arrays.asList(item(), null), AgingOptions.defaults()));
        npe("credits[0]", () -> AgingReport.of(D, items, Arrays.asList((OpenCredit) null), AgingOptions.defaults()));
        npe("asOf", () -> AgingReport.empty(null, AgingOptions.defaults()));
        npe("options", () -> AgingReport.builder(D, null));
        npe("item", () -> AgingReport.builder(D, AgingOptions.defaults()).addItem(null));
        npe("credit", () -> AgingReport.builder(D, AgingOptions.defaults()).addCredit(null));
        AgingReport r = AgingReport.of(D, items, AgingOptions.defaults());
        npe("other", () -> r.merge(null));
        npe("currency", () -> r.getTotals(null));
        npe("currency", () -> r.getTopOverdue(null, 1));
        npe("customerId", () -> r.getLine(null, CurrencyUnit.EUR));
        npe("rates", () -> r.getTotalIn(null, RoundingMode.HALF_EVEN));
        npe("rounding", () -> r.getTotalIn(FxRates.of(CurrencyUnit.EUR, Map.of()), null));
        npe("item", () -> AgingBasis.DUE_DATE.age(null, D));
    }

    @Test
    void agingReport_datedAfterAsOf() {
        iae(() -> AgingReport.of(D, List.of(AgingReportTest.item("INV-2", C, "2024-04-01", "2024-04-30", "EUR 1.00")),
                AgingOptions.defaults()), "issueDate 2024-04-01", "INV-2#1", "asOf 2024-03-31");
        iae(() -> AgingReport.of(D, List.of(), List.of(credit("2024-04-01")), AgingOptions.defaults()),
                "date 2024-04-01", "CREDIT_NOTE", "C-1", "asOf 2024-03-31");
    }

    /** A refused input leaves the builder unchanged: nothing is half-applied. */
    @Test
    void agingReport_builderIsUnchangedByARefusedInput() {
        AgingReport.Builder b = AgingReport.builder(D, AgingOptions.defaults()).addItem(item());
        AgingReport before = b.build();
        List<OpenItem> items = new ArrayList<>(List.of(item()));
        items.add(AgingReportTest.item("INV-3", C, "2024-04-01", "2024-04-30", "EUR 1.00"));
        assertThrows(IllegalArgumentException.class, () -> b.addItems(items));
        assertEquals(before, b.build());
    }

    @Test
    void agingReport_bulkForm() {
        AgingReport.Builder b = AgingReport.builder(D, AgingOptions.defaults());
        long day = D.toEpochDay();
        npe("customerId", () -> b.addItem(null, CurrencyUnit.EUR, day, day, 1, false));
        npe("currency", () -> b.addItem(C, null, day, day, 1, false));
        iae(() -> b.addItem(C, CurrencyUnit.EUR, day, day, 0, false), "openMinor", "0", "C-1");
        iae(() -> b.addItem(C, CurrencyUnit.EUR, day, day, -5, false), "openMinor", "-5");
        iae(() -> b.addItem(C, CurrencyUnit.EUR, day, day - 1, 1, false), "dueEpochDay " + (day - 1), "issueEpochDay " + day);
        iae(() -> b.addItem(C, CurrencyUnit.EUR, day + 1, day + 1, 1, false), "issueEpochDay " + (day + 1), "asOf 2024-03-31");
        iae(() -> b.addItem(C, CurrencyUnit.EUR, Long.MIN_VALUE, day, 1, false), "issueEpochDay " + Long.MIN_VALUE);
        iae(() -> b.addItem(C, CurrencyUnit.EUR, day, Long.MAX_VALUE, 1, false), "dueEpochDay " + Long.MAX_VALUE);
        assertEquals(AgingReport.empty(D, AgingOptions.defaults()), b.build(), "nothing refused was added");
    }

    @Test
    void agingReport_overflow() {
        Money huge = Money.ofMinor(CurrencyUnit.EUR, Long.MAX_VALUE - 1);
        OpenItem big = OpenItem.builder().from(item()).originalAmount(huge).openAmount(huge).build();
        iae(() -> AgingReport.of(D, List.of(big, big), AgingOptions.defaults()), "overflow", "EUR", "C-1");
        AgingReport one = AgingReport.of(D, List.of(big), AgingOptions.defaults());
        iae(() -> one.merge(one), "overflow", "EUR");
    }

    @Test
    void agingReport_topOverdueNegative() {
        iae(() -> AgingReport.empty(D, AgingOptions.defaults()).getTopOverdue(CurrencyUnit.EUR, -1), "n -1");
    }

    // ---- AgingReport.merge ----

    @Test
    void merge_differentDatesOrLayouts() {
        AgingReport a = AgingReport.of(D, List.of(item()), AgingOptions.defaults());
        iae(() -> a.merge(AgingReport.empty(D.plusDays(1), AgingOptions.defaults())), "asOf 2024-04-01", "asOf 2024-03-31");
        iae(() -> a.merge(AgingReport.empty(D, AgingOptions.builder().buckets(AgingBuckets.ofOverdueLimits(30)).build())),
                "buckets", "'over 30' [31..]", "'over 120' [121..]");
        iae(() -> a.merge(AgingReport.empty(D, AgingOptions.builder().basis(AgingBasis.ISSUE_DATE).build())),
                "basis ISSUE_DATE", "basis DUE_DATE");
        iae(() -> a.merge(AgingReport.empty(D, AgingOptions.builder().creditPresentation(CreditPresentation.NET_INTO_CURRENT).build())),
                "creditPresentation NET_INTO_CURRENT", "creditPresentation SEPARATE_COLUMN");
    }

    // ---- FxRates ----

    @Test
    void fxRates() {
        npe("reportingCurrency", () -> FxRates.of(null, Map.of()));
        npe("rates", () -> FxRates.of(CurrencyUnit.EUR, null));
        Map<CurrencyUnit, BigDecimal> withNull = new HashMap<>();
        withNull.put(CurrencyUnit.USD, null);
        npe("rates[USD]", () -> FxRates.of(CurrencyUnit.EUR, withNull));
        iae(() -> FxRates.of(CurrencyUnit.EUR, Map.of(CurrencyUnit.USD, BigDecimal.ZERO)), "rates[USD] 0", "positive");
        iae(() -> FxRates.of(CurrencyUnit.EUR, Map.of(CurrencyUnit.USD, new BigDecimal("-0.9"))), "rates[USD] -0.9");
        iae(() -> FxRates.of(CurrencyUnit.EUR, Map.of(CurrencyUnit.EUR, new BigDecimal("1.1"))), "rates[EUR] 1.1", "reporting currency");
        iae(() -> FxRates.of(CurrencyUnit.EUR, Map.of()).getRate(CurrencyUnit.GBP), "GBP", "EUR");
    }

    @Test
    void getTotalIn_missingRateNamesTheCurrency() {
        AgingReport r = AgingReport.of(D, List.of(item(), AgingReportTest.item("G", C, "2024-03-01", "2024-03-31", "GBP 1.00")),
                AgingOptions.defaults());
        FxRates rates = FxRates.of(CurrencyUnit.USD, Map.of(CurrencyUnit.EUR, new BigDecimal("1.08")));
        iae(() -> r.getTotalIn(rates, RoundingMode.HALF_EVEN), "no rate for currency GBP", "USD");
        iae(() -> r.getBucketTotalsIn(rates, RoundingMode.HALF_EVEN), "no rate for currency GBP");
        FxRates third = FxRates.of(CurrencyUnit.USD, Map.of(CurrencyUnit.EUR, new BigDecimal("1.0833"), CurrencyUnit.GBP, BigDecimal.ONE));
        iae(() -> r.getTotalIn(third, RoundingMode.UNNECESSARY), "amount 11.833", "USD", "UNNECESSARY");
    }

    // ---- AgingAmounts ----

    @Test
    void agingAmounts_index() {
        AgingAmounts a = AgingReport.empty(D, AgingOptions.defaults()).getTotals(CurrencyUnit.EUR);
        iae(() -> a.getAmount(6), "index 6");
        iae(() -> a.getCount(-1), "index -1");
    }
}
