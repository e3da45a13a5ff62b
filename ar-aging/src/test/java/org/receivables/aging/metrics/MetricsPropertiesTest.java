package org.receivables.aging.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class MetricsPropertiesTest {

    private static final BigDecimal ONE_CENT = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    static long historyDays(List<MonthlySales> history, CountbackDays days) {
        long total = 0;
        for (MonthlySales m : history) {
            total += days.daysIn(m.getMonth());
        }
        return total;
    }

    static Money totalSales(List<MonthlySales> history) {
        Money total = Money.zero(history.get(0).getCreditSales().getCurrencyUnit());
        for (MonthlySales m : history) {
            total = total.plus(m.getCreditSales());
        }
        return total;
    }

    // ---- countback ----

    @Test
    void countbackDsoNeverExceedsTheDaysOfHistoryGiven() {
        qt().forAll(MetricsGen.currencies().flatMap(MetricsGen::positiveHistories), integers().between(0, 1200))
                .checkAssert((history, permille) -> {
                    Money total = totalSales(history);
                    Money balance = Money.ofMinor(total.getCurrencyUnit(), total.getAmountMinorLong() * permille / 1000);
                    for (CountbackDays days : CountbackDays.values()) {
                        CountbackResult r = DaysSalesOutstanding.countback(balance, history, days);
                        if (balance.isGreaterThan(total)) {
                            // a balance beyond all the sales is never turned into days
                            assertTrue(r.getStatus() == CountbackStatus.BALANCE_EXCEEDS_HISTORY,
                                "" + r);
                            assertTrue(r.getUnexplainedBalance().isEqual(balance.minus(total)),
                                "" + r);
                        } else {
                            // all sales are positive, so a balance within them is explained, within the history's days
                            BigDecimal d = r.getDays().orElseThrow(() -> new AssertionError(r.toString()));
                            assertTrue(d.signum() >= 0,
                                "" + r);
                            assertTrue(d.compareTo(BigDecimal.valueOf(historyDays(history, days))) <= 0,
                                "" + r + " exceeds " + historyDays(history, days) + " days");
                        }
                    }
                });
    }

    @Test
    void countbackOfOneMonthEqualsStandardDsoOfThatMonth() {
        qt().forAll(MetricsGen.currencies().flatMap(MetricsGen::positiveHistories), integers().between(0, 1000))
                .checkAssert((history, permille) -> {
                    MonthlySales month = history.get(0);
                    Money sales = month.getCreditSales();
                    Money balance = Money.ofMinor(sales.getCurrencyUnit(), sales.getAmountMinorLong() * permille / 1000);
                    PeriodFigures f = PeriodFigures.builder().period(MeasurementPeriod.ofMonth(month.getMonth()))
                            .creditSales(sales).endingReceivables(balance).build();
                    BigDecimal countback = DaysSalesOutstanding.countback(balance, List.of(month), CountbackDays.ACTUAL_DAYS)
                            .getDays().orElseThrow();
                    assertTrue(countback.compareTo(DaysSalesOutstanding.standard(f, ReceivablesBasis.ENDING)) == 0);
                });
    }

    @Test
    void countbackDoesNotDependOnTheOrderOfTheHistory() {
        qt().forAll(MetricsGen.currencies().flatMap(MetricsGen::positiveHistories), integers().between(0, 1200),
                MetricsGen.seeds()).checkAssert((history, permille, seed) -> {
                    Money total = totalSales(history);
                    Money balance = Money.ofMinor(total.getCurrencyUnit(), total.getAmountMinorLong() * permille / 1000);
                    for (CountbackDays days : CountbackDays.values()) {
                        assertTrue(DaysSalesOutstanding.countback(balance, history, days)
                                .equals(DaysSalesOutstanding.countback(balance, MetricsGen.shuffled(history, seed), days)));
                    }
                });
    }

    @Test
    void countbackAverageDaysDelinquentIsTheDifferenceOfTheTwoCountbacks() {
        qt().forAll(MetricsGen.currencies().flatMap(MetricsGen::positiveHistories), integers().between(0, 1000),
                integers().between(0, 1000)).checkAssert((history, totalPermille, currentPermille) -> {
                    Money sales = totalSales(history);
                    long totalMinor = sales.getAmountMinorLong() * totalPermille / 1000;
                    Money total = Money.ofMinor(sales.getCurrencyUnit(), totalMinor);
                    Money current = Money.ofMinor(sales.getCurrencyUnit(), totalMinor * currentPermille / 1000);
                    CountbackResult dso = DaysSalesOutstanding.countback(total, history, CountbackDays.THIRTY_DAY_MONTHS);
                    CountbackResult best = DaysSalesOutstanding.countback(current, history, CountbackDays.THIRTY_DAY_MONTHS);
                    BigDecimal add = DaysSalesOutstanding.averageDaysDelinquent(dso, best);
                    assertTrue(add.compareTo(dso.getDays().orElseThrow().subtract(best.getDays().orElseThrow())) == 0);
                    // a smaller balance is never more days of sales
                    assertTrue(add.signum() >= 0,
                                "" + add);
                });
    }

    // ---- standard / bestPossible / averageDaysDelinquent ----

    @Test
    void doublingReceivablesDoublesStandardDsoWithinRounding() {
        qt().forAll(MetricsGen.figures()).checkAssert(f -> {
            PeriodFigures doubled = PeriodFigures.builder().from(f)
                    .beginningReceivables(f.getBeginningReceivables().orElseThrow().multipliedBy(2))
                    .endingReceivables(f.getEndingReceivables().multipliedBy(2))
                    .endingCurrentReceivables(f.getEndingCurrentReceivables().orElseThrow().multipliedBy(2))
                    .build();
            for (ReceivablesBasis basis : ReceivablesBasis.values()) {
                BigDecimal once = DaysSalesOutstanding.standard(f, basis);
                BigDecimal twice = DaysSalesOutstanding.standard(doubled, basis);
                // |round(2x) - 2 round(x)| <= 0.005 + 2 x 0.005, and both are whole cents: at most 0.01
                assertTrue(twice.subtract(once.multiply(BigDecimal.valueOf(2))).abs().compareTo(ONE_CENT) <= 0,
                                "" + basis + ": " + once + " then " + twice);
            }
        });
    }

    @Test
    void averageDaysDelinquentIsDsoMinusBestPossibleExactly() {
        qt().forAll(MetricsGen.figures()).checkAssert(f -> {
            BigDecimal add = DaysSalesOutstanding.averageDaysDelinquent(f);
            BigDecimal dso = DaysSalesOutstanding.standard(f, ReceivablesBasis.ENDING);
            BigDecimal best = DaysSalesOutstanding.bestPossible(f);
            assertTrue(add.compareTo(dso.subtract(best)) == 0);
            assertTrue(add.scale() == MetricRounding.SCALE && dso.scale() == MetricRounding.SCALE && best.scale() == MetricRounding.SCALE);
            assertTrue(add.signum() >= 0 && best.compareTo(dso) <= 0,
                                "" + add);
        });
    }

    // ---- CollectionEffectiveness.index ----

    @Test
    void collectionEffectivenessNeverExceedsOneHundred() {
        qt().forAll(MetricsGen.figures()).checkAssert(f -> {
            BigDecimal cei = CollectionEffectiveness.index(f, CeiSalesConvention.WHOLE_PERIOD_SALES);
            // sales are positive, so beginning + sales - current > 0 whenever current <= beginning + sales;
            // current <= ending total, so the numerator never exceeds the denominator when the latter is positive
            BigDecimal available = f.getBeginningReceivables().orElseThrow().getAmount()
                    .add(f.getCreditSales().getAmount())
                    .subtract(f.getEndingCurrentReceivables().orElseThrow().getAmount());
            if (available.signum() > 0) {
                assertTrue(cei.compareTo(HUNDRED) <= 0,
                                "" + cei);
            }
        });
    }

    // ---- PaymentTiming ----

    @Test
    void weightedAndPlainDaysAgreeWhenAllAmountsAreEqual() {
        qt().forAll(MetricsGen.currencies().flatMap(MetricsGen::settledInvoices),
                MetricsGen.currencies().flatMap(c -> MetricsGen.money(c, 1, 10_000_000L)))
                .checkAssert((invoices, amount) -> {
                    List<SettledInvoice> equal = new ArrayList<>();
                    for (SettledInvoice i : invoices) {
                        equal.add(SettledInvoice.of(i.getIssueDate(), i.getDueDate(), i.getPaidDate(), amount));
                    }
                    assertTrue(PaymentTiming.weightedAverageDaysToPay(equal).compareTo(PaymentTiming.averageDaysToPay(equal)) == 0);
                    assertTrue(PaymentTiming.weightedAverageDaysLate(equal).compareTo(PaymentTiming.averageDaysLate(equal)) == 0);
                });
    }

    @Test
    void paymentTimingDoesNotDependOnTheOrderOfTheInvoices() {
        qt().forAll(MetricsGen.currencies().flatMap(MetricsGen::settledInvoices), MetricsGen.seeds())
                .checkAssert((invoices, seed) -> {
                    List<SettledInvoice> other = MetricsGen.shuffled(invoices, seed);
                    assertTrue(PaymentTiming.averageDaysToPay(invoices).compareTo(PaymentTiming.averageDaysToPay(other)) == 0);
                    assertTrue(PaymentTiming.weightedAverageDaysToPay(invoices).compareTo(PaymentTiming.weightedAverageDaysToPay(other)) == 0);
                    assertTrue(PaymentTiming.averageDaysLate(invoices).compareTo(PaymentTiming.averageDaysLate(other)) == 0);
                    assertTrue(PaymentTiming.weightedAverageDaysLate(invoices).compareTo(PaymentTiming.weightedAverageDaysLate(other)) == 0);
                });
    }

    // ---- PastDueShare ----

    @Test
    void pastDueSharesDoNotDependOnOrderAndCurrentPlusPastDueIsTheWhole() {
        qt().forAll(MetricsGen.currencies().flatMap(MetricsGen::openReceivables), MetricsGen.dates(), MetricsGen.seeds())
                .checkAssert((items, asOf, seed) -> {
                    List<OpenReceivable> other = MetricsGen.shuffled(items, seed);
                    BigDecimal current = PastDueShare.percentCurrent(items, asOf);
                    BigDecimal over90 = PastDueShare.percentOver90DaysPastDue(items, asOf);
                    assertTrue(current.compareTo(PastDueShare.percentCurrent(other, asOf)) == 0);
                    assertTrue(over90.compareTo(PastDueShare.percentOver90DaysPastDue(other, asOf)) == 0);
                    BigDecimal pastDue = PastDueShare.percentPastDueMoreThan(items, asOf, 0);
                    // two complementary shares, each rounded once: within a cent of 100
                    assertTrue(current.add(pastDue).subtract(HUNDRED).abs().compareTo(ONE_CENT) <= 0,
                                "" + current + " + " + pastDue);
                    assertTrue(over90.compareTo(pastDue) <= 0);
                    LocalDate later = asOf.plusDays(30);
                    // moving the date forward never makes more of the balance current
                    assertTrue(PastDueShare.percentCurrent(items, later).compareTo(current) <= 0);
                });
    }
}
