package org.receivables.aging.allowance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.aging.AgingBuckets;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.core.money.Percentage;

/** Worked examples of the roll-rate (migration) analysis. */
class RollRateAnalysisTest {

    static final AgingBuckets FIVE = AgingBuckets.ofOverdueLimits(30, 60, 90);
    static final AgingBuckets TWO = AgingBuckets.ofOverdueLimits();   // current, over 0

    static MonthEndBalances snapshot(AgingBuckets buckets, String month, String... eur) {
        List<Money> list = new ArrayList<>();
        for (String a : eur) {
            list.add(Money.of(CurrencyUnit.EUR, new BigDecimal(a)));
        }
        return MonthEndBalances.of(YearMonth.parse(month), buckets, list);
    }

    static List<Percentage> rates(String... percent) {
        List<Percentage> list = new ArrayList<>();
        for (String p : percent) {
            list.add(Percentage.parse(p));
        }
        return list;
    }

    /** One January cohort of sales followed month end by month end, as in the IFRScommunity example. */
    static List<MonthEndBalances> cohort() {
        return List.of(
                snapshot(FIVE, "2024-01", "100000", "0", "0", "0", "0"),
                snapshot(FIVE, "2024-02", "0", "50000", "0", "0", "0"),
                snapshot(FIVE, "2024-03", "0", "0", "23000", "0", "0"),
                snapshot(FIVE, "2024-04", "0", "0", "0", "8000", "0"),
                snapshot(FIVE, "2024-05", "0", "0", "0", "0", "2000"));
    }

    // ---- of ----

    /**
     * IFRScommunity.com, "IFRS 9 example: lifetime ECL for trade receivables using a provision matrix"
     * (https://ifrscommunity.com/knowledge-base/ifrs-9-impairment/): of January sales of 100,000, 50,000
     * is still outstanding 1-30 days past due, 23,000 31-60 days, 8,000 61-90 days and 2,000 is never
     * paid; the loss rates are 2.0%, 4.0%, 8.7%, 25.0% and 100%, and receivables of 300,000, 140,000,
     * 60,000, 23,000 and 5,000 carry an allowance of about 27,567. Read as month-end snapshots, the roll
     * rates are 50%, 46%, 8/23 and 25%, and chaining them gives the same loss rates (8/23 x 25% = 2/23 =
     * 8.6957% at four places). The roll-rate mechanics (balances migrating month by month through
     * delinquency buckets to charge-off) follow the OCC Comptroller's Handbook, Retail Lending
     * (https://www.occ.treas.gov/publications-and-resources/publications/comptrollers-handbook/files/retail-lending/index-retail-lending.html).
     */
    @Test
    void of_ifrsCommunityCohort_givesItsLossRates() {
        for (RollRateAveraging averaging : RollRateAveraging.values()) {
            RollRateAnalysis a = RollRateAnalysis.of(cohort(), 4, averaging);
            assertEquals(rates("50", "46", "34.7826", "25"), a.getRollRates(), averaging.name());
            assertEquals(rates("2", "4", "8.6957", "25", "100"), a.getLossRates(), averaging.name());
            assertEquals(YearMonth.of(2024, 1), a.getWindowStart());
            assertEquals(YearMonth.of(2024, 5), a.getWindowEnd());
            assertEquals(CurrencyUnit.EUR, a.getCurrency());
        }
        ProvisionMatrix matrix = RollRateAnalysis.of(cohort(), 4, RollRateAveraging.BALANCE_WEIGHTED).toProvisionMatrix();
        // 300,000 x 2% + 140,000 x 4% + 60,000 x 8.6957% + 23,000 x 25% + 5,000 x 100%
        //   = 6,000 + 5,600 + 5,217.42 + 5,750 + 5,000 = 27,567.42 (the source shows 27,567 in whole units)
        AgingReport report = AgingReport.of(LocalDate.of(2024, 12, 31), List.of(
                ProvisionMatrixTest.item("X", 0, "EUR 300000.00"),
                ProvisionMatrixTest.item("X", 15, "EUR 140000.00"),
                ProvisionMatrixTest.item("X", 45, "EUR 60000.00"),
                ProvisionMatrixTest.item("X", 75, "EUR 23000.00"),
                ProvisionMatrixTest.item("X", 200, "EUR 5000.00")), AgingOptions.builder().buckets(FIVE).build());
        Allowance allowance = matrix.allowanceFor(report);
        assertEquals(ProvisionMatrixTest.eur("6000.00", "5600.00", "5217.42", "5750.00", "5000.00"),
                allowance.getAmounts(CurrencyUnit.EUR));
        assertEquals(Money.parse("EUR 27567.42"), allowance.getTotal(CurrencyUnit.EUR));
    }

    /**
     * Simple and balance-weighted averages differ, and a month without a balance to roll from is skipped
     * by the simple average. Bucket current: 1000 then 0 then 400; over 0 a month later: 100, 50, 200.
     * Monthly rates 10%, none (0 to roll from), 50%: simple (10 + 50) / 2 = 30%; weighted
     * (100 + 50 + 200) / (1000 + 0 + 400) = 25%.
     */
    @Test
    void of_simpleAndWeightedAverages_andZeroDenominators() {
        List<MonthEndBalances> series = List.of(
                snapshot(TWO, "2023-11", "1000", "0"),
                snapshot(TWO, "2023-12", "0", "100"),
                snapshot(TWO, "2024-01", "400", "50"),
                snapshot(TWO, "2024-02", "0", "200"));
        assertEquals(rates("30"), RollRateAnalysis.of(series, 3, RollRateAveraging.SIMPLE_AVERAGE).getRollRates());
        assertEquals(rates("25"), RollRateAnalysis.of(series, 3, RollRateAveraging.BALANCE_WEIGHTED).getRollRates());
        assertEquals(rates("30", "100"), RollRateAnalysis.of(series, 3, RollRateAveraging.SIMPLE_AVERAGE).getLossRates());
        // look back 2: December has nothing current, so the simple average is January's 50% alone;
        // weighted (50 + 200) / (0 + 400) = 62.5%
        assertEquals(rates("50"), RollRateAnalysis.of(series, 2, RollRateAveraging.SIMPLE_AVERAGE).getRollRates());
        assertEquals(rates("62.5"), RollRateAnalysis.of(series, 2, RollRateAveraging.BALANCE_WEIGHTED).getRollRates());
        assertEquals(YearMonth.of(2023, 12), RollRateAnalysis.of(series, 2, RollRateAveraging.SIMPLE_AVERAGE).getWindowStart());
    }

    /** No balance ever in a bucket: its roll rate is 0 under both averages. */
    @Test
    void of_noBalanceEver_rateZero() {
        List<MonthEndBalances> series = List.of(snapshot(TWO, "2024-01", "0", "0"), snapshot(TWO, "2024-02", "0", "5"));
        for (RollRateAveraging averaging : RollRateAveraging.values()) {
            RollRateAnalysis a = RollRateAnalysis.of(series, 1, averaging);
            assertEquals(rates("0"), a.getRollRates());
            assertEquals(rates("0", "100"), a.getLossRates());
        }
    }

    /** A roll rate above 100% is reported as it is but capped when chained, so loss rates stay within 100%. */
    @Test
    void of_rollRateAboveOneHundred_isCappedInTheLossRates() {
        List<MonthEndBalances> series = List.of(snapshot(TWO, "2024-01", "100", "0"), snapshot(TWO, "2024-02", "0", "300"));
        RollRateAnalysis a = RollRateAnalysis.of(series, 1, RollRateAveraging.BALANCE_WEIGHTED);
        assertEquals(rates("300"), a.getRollRates());
        assertEquals(rates("100", "100"), a.getLossRates());
    }

    // ---- MonthEndBalances.from ----

    @Test
    void from_takesTheOpenItemTotalsOfAMonthEndReport() {
        AgingReport report = AgingReport.of(LocalDate.of(2024, 12, 31), List.of(
                ProvisionMatrixTest.item("X", 0, "EUR 10.00"), ProvisionMatrixTest.item("Y", 40, "EUR 5.00")),
                AgingOptions.builder().buckets(TWO).build());
        MonthEndBalances s = MonthEndBalances.from(report, CurrencyUnit.EUR);
        assertEquals(snapshot(TWO, "2024-12", "10.00", "5.00"), s);
        assertEquals(List.of(Money.parse("USD 0.00"), Money.parse("USD 0.00")),
                MonthEndBalances.from(report, CurrencyUnit.USD).getBalances());
    }
}
