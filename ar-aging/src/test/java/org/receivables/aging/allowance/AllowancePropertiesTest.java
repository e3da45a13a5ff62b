package org.receivables.aging.allowance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.receivables.aging.AgingBuckets;
import org.receivables.aging.AgingGen;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.core.money.Percentage;

/** Properties of the allowance: zero rates give zero, higher rates never give less, loss rates within 0..100%. */
class AllowancePropertiesTest {

    /** A report with random items as of a random date, over buckets with 2 to 6 columns. */
    static Gen<AgingReport> reports() {
        return AgingGen.datedItems().zip(AgingGen.limits(), (dated, limits) -> AgingReport.of(dated.asOf, dated.value,
                AgingOptions.builder().buckets(AgingBuckets.ofOverdueLimits(limits)).build()));
    }

    /** Rates in hundredths of a percent, 0 to 100%, one per bucket. */
    static Gen<List<Percentage>> rates(int n) {
        return lists().of(integers().between(0, 10_000).map(h -> Percentage.of(java.math.BigDecimal.valueOf(h, 2))))
                .ofSize(n);
    }

    static Gen<Object[]> reportsWithRates() {
        return reports().flatMap(r -> rates(r.getBuckets().size()).zip(integers().between(0, r.getBuckets().size() - 1),
                integers().between(0, 10_000), (rates, index, raise) -> new Object[] {r, rates, index, raise}));
    }

    // ---- allowanceFor ----

    @Test
    void zeroRatesGiveZeroAllowance() {
        qt().forAll(reports()).checkAssert(report -> {
            int n = report.getBuckets().size();
            Allowance a = ProvisionMatrix.of(report.getBuckets(), Collections.nCopies(n, Percentage.ZERO)).allowanceFor(report);
            for (CurrencyUnit c : report.getCurrencies()) {
                assertTrue(a.getTotal(c).isZero());
                a.getAmounts(c).forEach(m -> assertTrue(m.isZero()));
            }
        });
    }

    /** With 100% everywhere the allowance is the gross open balance, bucket by bucket. */
    @Test
    void fullRatesGiveTheOpenBalance() {
        qt().forAll(reports()).checkAssert(report -> {
            int n = report.getBuckets().size();
            Allowance a = ProvisionMatrix.of(report.getBuckets(), Collections.nCopies(n, Percentage.ONE_HUNDRED)).allowanceFor(report);
            for (CurrencyUnit c : report.getCurrencies()) {
                assertEquals(report.getTotals(c).getOpenItemTotal(), a.getTotal(c));
                assertEquals(report.getTotals(c).getOpenItemAmounts(), a.getAmounts(c));
            }
        });
    }

    /** Raising one rate never lowers any bucket's allowance or the total. */
    @Test
    void raisingARateNeverLowersTheAllowance() {
        qt().forAll(reportsWithRates()).checkAssert(in -> {
            AgingReport report = (AgingReport) in[0];
            @SuppressWarnings("unchecked")
            List<Percentage> rates = (List<Percentage>) in[1];
            int index = (Integer) in[2];
            List<Percentage> higher = new ArrayList<>(rates);
            Percentage raised = rates.get(index).plus(Percentage.of(java.math.BigDecimal.valueOf((Integer) in[3], 2)));
            higher.set(index, raised.compareTo(Percentage.ONE_HUNDRED) > 0 ? Percentage.ONE_HUNDRED : raised);
            Allowance before = ProvisionMatrix.of(report.getBuckets(), rates).allowanceFor(report);
            Allowance after = ProvisionMatrix.of(report.getBuckets(), higher).allowanceFor(report);
            for (CurrencyUnit c : report.getCurrencies()) {
                assertTrue(!after.getTotal(c).isLessThan(before.getTotal(c)), c + " total");
                for (int i = 0; i < rates.size(); i++) {
                    assertTrue(!after.getAmounts(c).get(i).isLessThan(before.getAmounts(c).get(i)), c + " bucket " + i);
                }
            }
        });
    }

    // ---- RollRateAnalysis ----

    /** A series of 2 to 13 consecutive month ends over 2 to 6 buckets, a third of the balances zero. */
    static Gen<List<MonthEndBalances>> series() {
        Gen<Long> balance = integers().between(0, 2).flatMap(z -> z == 0 ? longs().between(0, 0) : longs().between(0, 1_000_000_000L));
        return AgingGen.limits().map(limits -> AgingBuckets.ofOverdueLimits(limits)).flatMap(buckets -> integers().between(2, 13)
                .flatMap(months -> lists().of(lists().of(balance).ofSize(buckets.size())).ofSize(months)
                        .zip(integers().between(0, 120), (rows, startOffset) -> {
                            YearMonth start = YearMonth.of(2015, 1).plusMonths(startOffset);
                            List<MonthEndBalances> list = new ArrayList<>();
                            for (int m = 0; m < rows.size(); m++) {
                                List<Money> b = new ArrayList<>();
                                for (long minor : rows.get(m)) {
                                    b.add(Money.ofMinor(CurrencyUnit.USD, minor));
                                }
                                list.add(MonthEndBalances.of(start.plusMonths(m), buckets, b));
                            }
                            return list;
                        })));
    }

    /** Loss rates are within 0..100%, never higher for a younger bucket than for an older one, and 100% for the last. */
    @Test
    void lossRatesAreWithinZeroAndOneHundredAndGrowWithAge() {
        qt().forAll(series(), integers().between(1, 12), integers().between(0, 1)).checkAssert((series, look, avg) -> {
            int lookBack = Math.min(look, series.size() - 1);
            RollRateAnalysis a = RollRateAnalysis.of(series, lookBack, RollRateAveraging.values()[avg]);
            List<Percentage> loss = a.getLossRates();
            assertEquals(series.get(0).getBuckets().size(), loss.size());
            assertEquals(Percentage.ONE_HUNDRED, loss.get(loss.size() - 1));
            for (int k = 0; k < loss.size(); k++) {
                assertTrue(!loss.get(k).isNegative() && loss.get(k).compareTo(Percentage.ONE_HUNDRED) <= 0, "loss " + loss);
                if (k > 0) {
                    assertTrue(loss.get(k - 1).compareTo(loss.get(k)) <= 0, "a younger bucket never loses more: " + loss);
                }
            }
            a.getRollRates().forEach(r -> assertTrue(!r.isNegative()));
            assertEquals(a.getLossRates(), a.toProvisionMatrix().getDefaultRates());
        });
    }
}
