package org.receivables.aging.allowance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receivables.aging.AgingBuckets;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerSegment;
import org.receivables.core.money.Percentage;

/** The bad-input catalogue of the allowance package: type, and a message naming field and value. */
class AllowanceBadInputTest {

    static final AgingBuckets TWO = AgingBuckets.ofOverdueLimits();
    static final AgingBuckets THREE = AgingBuckets.ofOverdueLimits(30);
    static final CustomerSegment KEY = CustomerSegment.of("KEY");

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

    static MonthEndBalances snap(AgingBuckets buckets, String month, String... amounts) {
        return MonthEndBalances.of(YearMonth.parse(month), buckets,
                Arrays.stream(amounts).map(Money::parse).collect(java.util.stream.Collectors.toList()));
    }

    // ---- ProvisionMatrix.of ----

    @Test
    void provisionMatrix_ratesOutOfRange() {
        iae(() -> ProvisionMatrix.of(TWO, List.of(Percentage.parse("-0.01"), Percentage.ONE_HUNDRED)),
                "rates[0] -0.01%", "below 0%", "'current' [..0]");
        iae(() -> ProvisionMatrix.of(TWO, List.of(Percentage.ZERO, Percentage.parse("100.5"))),
                "rates[1] 100.5%", "above 100%", "'over 0' [1..]");
        ProvisionMatrix m = ProvisionMatrix.of(TWO, List.of(Percentage.ZERO, Percentage.ONE_HUNDRED));
        iae(() -> m.withSegmentRates(KEY, List.of(Percentage.of(101), Percentage.ZERO)),
                "rates of segment KEY[0] 101%", "above 100%");
        iae(() -> m.withSegmentRates(KEY, List.of(Percentage.of(-5), Percentage.ZERO)), "segment KEY", "-5%", "below 0%");
    }

    @Test
    void provisionMatrix_wrongNumberOfRates() {
        iae(() -> ProvisionMatrix.of(THREE, List.of(Percentage.ZERO, Percentage.ZERO)), "2 rates", "3 buckets");
        iae(() -> ProvisionMatrix.of(TWO, List.of()), "0 rates", "2 buckets");
    }

    @Test
    void provisionMatrix_nulls() {
        List<Percentage> ok = List.of(Percentage.ZERO, Percentage.ZERO);
        npe("buckets", () -> ProvisionMatrix.of(null, ok));
        npe("rates", () -> ProvisionMatrix.of(TWO, null));
        npe("rates[1]", () -> ProvisionMatrix.of(TWO, Arrays.asList(Percentage.ZERO, null)));
        ProvisionMatrix m = ProvisionMatrix.of(TWO, ok);
        npe("segment", () -> m.withSegmentRates(null, ok));
        npe("rates", () -> m.withSegmentRates(KEY, null));
        npe("segment", () -> m.getRates(null));
        npe("report", () -> m.allowanceFor(null));
        AgingReport report = AgingReport.empty(LocalDate.of(2024, 1, 31), AgingOptions.builder().buckets(TWO).build());
        npe("segments", () -> m.allowanceFor(report, null));
        Map<CustomerId, CustomerSegment> withNull = new HashMap<>();
        withNull.put(CustomerId.of("C-1"), null);
        npe("segments[C-1]", () -> m.allowanceFor(report, withNull));
        npe("currency", () -> m.allowanceFor(report).getTotal(null));
    }

    @Test
    void allowanceFor_reportWithOtherBuckets() {
        ProvisionMatrix m = ProvisionMatrix.of(TWO, List.of(Percentage.ZERO, Percentage.ZERO));
        AgingReport report = AgingReport.empty(LocalDate.of(2024, 1, 31), AgingOptions.defaults());
        iae(() -> m.allowanceFor(report), "buckets", "'over 120' [121..]", "'over 0' [1..]");
    }

    // ---- MonthEndBalances ----

    @Test
    void monthEndBalances() {
        iae(() -> snap(TWO, "2024-01", "EUR 1.00", "EUR -0.01"), "balances[1] EUR -0.01", "2024-01", "negative");
        iae(() -> snap(THREE, "2024-01", "EUR 1.00", "EUR 0.01"), "2 amounts", "3 buckets");
        CurrencyMismatchException ex = assertThrows(CurrencyMismatchException.class,
                () -> snap(TWO, "2024-01", "EUR 1.00", "USD 1.00"));
        assertEquals(CurrencyUnit.EUR, ex.getFirstCurrency());
        assertEquals(CurrencyUnit.USD, ex.getSecondCurrency());
        npe("month", () -> MonthEndBalances.of(null, TWO, List.of()));
        npe("buckets", () -> MonthEndBalances.of(YearMonth.of(2024, 1), null, List.of()));
        npe("balances", () -> MonthEndBalances.of(YearMonth.of(2024, 1), TWO, null));
        npe("balances[0]", () -> MonthEndBalances.of(YearMonth.of(2024, 1), TWO, Arrays.asList(null, Money.parse("EUR 1.00"))));
        AgingReport midMonth = AgingReport.empty(LocalDate.of(2024, 2, 28), AgingOptions.defaults());
        iae(() -> MonthEndBalances.from(midMonth, CurrencyUnit.EUR), "asOf 2024-02-28", "2024-02-29");
        npe("report", () -> MonthEndBalances.from(null, CurrencyUnit.EUR));
        npe("currency", () -> MonthEndBalances.from(midMonth, null));
    }

    // ---- RollRateAnalysis.of ----

    @Test
    void rollRateAnalysis_gapsAndOrder() {
        MonthEndBalances jan = snap(TWO, "2024-01", "EUR 1.00", "EUR 0.00");
        MonthEndBalances feb = snap(TWO, "2024-02", "EUR 1.00", "EUR 0.00");
        MonthEndBalances apr = snap(TWO, "2024-04", "EUR 1.00", "EUR 0.00");
        iae(() -> RollRateAnalysis.of(List.of(jan, feb, apr), 1, RollRateAveraging.SIMPLE_AVERAGE),
                "gap", "2024-02", "2024-04", "missing 2024-03");
        iae(() -> RollRateAnalysis.of(List.of(feb, jan), 1, RollRateAveraging.SIMPLE_AVERAGE),
                "not in ascending month order", "2024-01 follows 2024-02");
        iae(() -> RollRateAnalysis.of(List.of(jan, jan), 1, RollRateAveraging.SIMPLE_AVERAGE),
                "not in ascending month order", "2024-01 follows 2024-01");
    }

    @Test
    void rollRateAnalysis_otherBadSeries() {
        MonthEndBalances jan = snap(TWO, "2024-01", "EUR 1.00", "EUR 0.00");
        MonthEndBalances feb = snap(TWO, "2024-02", "EUR 1.00", "EUR 0.00");
        iae(() -> RollRateAnalysis.of(List.of(jan), 1, RollRateAveraging.SIMPLE_AVERAGE), "series has 1 snapshots");
        iae(() -> RollRateAnalysis.of(List.of(jan, snap(THREE, "2024-02", "EUR 1.00", "EUR 0.00", "EUR 0.00")), 1,
                RollRateAveraging.SIMPLE_AVERAGE), "buckets", "'over 30' [31..]", "of 2024-02", "of 2024-01");
        CurrencyMismatchException ex = assertThrows(CurrencyMismatchException.class, () -> RollRateAnalysis.of(
                List.of(jan, snap(TWO, "2024-02", "USD 1.00", "USD 0.00")), 1, RollRateAveraging.SIMPLE_AVERAGE));
        assertEquals(CurrencyUnit.USD, ex.getSecondCurrency());
        iae(() -> RollRateAnalysis.of(List.of(jan, feb), 2, RollRateAveraging.BALANCE_WEIGHTED),
                "lookBackMonths 2", "1 month-to-month transitions", "2024-01..2024-02");
        iae(() -> RollRateAnalysis.of(List.of(jan, feb), 0, RollRateAveraging.BALANCE_WEIGHTED), "lookBackMonths 0");
        AgingBuckets one = AgingBuckets.of(org.receivables.aging.AgingBucket.atMost("current", 0),
                org.receivables.aging.AgingBucket.atLeast("overdue", 1));
        assertEquals(2, one.size(), "the smallest layout has two buckets, so a single-bucket series cannot exist");
        npe("series", () -> RollRateAnalysis.of(null, 1, RollRateAveraging.SIMPLE_AVERAGE));
        npe("averaging", () -> RollRateAnalysis.of(List.of(jan, feb), 1, null));
        npe("series[1]", () -> RollRateAnalysis.of(Arrays.asList(jan, null), 1, RollRateAveraging.SIMPLE_AVERAGE));
    }
}
