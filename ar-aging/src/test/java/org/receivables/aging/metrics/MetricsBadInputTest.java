package org.receivables.aging.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.aging.metrics.DaysSalesOutstandingTest.usd;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The bad-input catalogue of every public factory and metric of the package. */
class MetricsBadInputTest {

    static final LocalDate D = LocalDate.of(2024, 3, 31);
    static final YearMonth M = YearMonth.of(2024, 3);

    static void npe(String param, Executable call) {
        NullPointerException ex = assertThrows(NullPointerException.class, call);
        assertEquals(param, ex.getMessage());
    }

    static void iae(Executable call, String... mustContain) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, call);
        // CurrencyMismatchException is an IllegalArgumentException too: keep the two apart
        assertTrue(!(ex instanceof CurrencyMismatchException), "unexpected currency mismatch: " + ex);
        for (String s : mustContain) {
            assertTrue(ex.getMessage().contains(s), "'" + ex.getMessage() + "' should contain '" + s + "'");
        }
    }

    static void mismatch(Executable call, String first, String second) {
        CurrencyMismatchException ex = assertThrows(CurrencyMismatchException.class, call);
        assertEquals(CurrencyUnit.of(first), ex.getFirstCurrency());
        assertEquals(CurrencyUnit.of(second), ex.getSecondCurrency());
    }

    static PeriodFigures.Builder q1() {
        return PeriodFigures.builder().from(DaysSalesOutstandingTest.creditGuruQuarter());
    }

    // ---- MeasurementPeriod ----

    @Test
    void measurementPeriod_nulls() {
        npe("start", () -> MeasurementPeriod.of(null, D));
        npe("endInclusive", () -> MeasurementPeriod.of(D, null));
        npe("month", () -> MeasurementPeriod.ofMonth(null));
        npe("first", () -> MeasurementPeriod.ofMonths(null, M));
        npe("lastInclusive", () -> MeasurementPeriod.ofMonths(M, null));
    }

    @Test
    void measurementPeriod_endBeforeStartNamesBothDates() {
        iae(() -> MeasurementPeriod.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 29)),
                "endInclusive 2024-02-29", "start 2024-03-01");
        iae(() -> MeasurementPeriod.ofMonths(YearMonth.of(2024, 3), YearMonth.of(2024, 2)),
                "lastInclusive 2024-02", "first 2024-03");
    }

    @Test
    void measurementPeriod_monthCountOfPartialMonthsNamesThePeriod() {
        iae(() -> MeasurementPeriod.of(LocalDate.of(2024, 1, 2), D).getMonthCount(), "2024-01-02..2024-03-31");
    }

    // ---- PeriodFigures ----

    @Test
    void periodFigures_nullsAndMissingFields() {
        npe("creditSales", () -> PeriodFigures.builder().creditSales(null));
        npe("period", () -> PeriodFigures.builder().period(null));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> PeriodFigures.builder().period(MeasurementPeriod.ofMonth(M)).creditSales(usd("1")).build());
        assertTrue(missing.getMessage().contains("endingReceivables"), missing.getMessage());
    }

    @Test
    void periodFigures_negativeAmountsNameFieldAndValue() {
        iae(() -> q1().creditSales(usd("-0.01")).build(), "creditSales", "USD -0.01");
        iae(() -> q1().endingReceivables(usd("-5")).build(), "endingReceivables", "USD -5.00");
        iae(() -> q1().beginningReceivables(usd("-5")).build(), "beginningReceivables", "USD -5.00");
        iae(() -> q1().endingCurrentReceivables(usd("-5")).build(), "endingCurrentReceivables", "USD -5.00");
    }

    @Test
    void periodFigures_currentAboveTotalNamesBoth() {
        iae(() -> q1().endingCurrentReceivables(usd("6340.01")).build(),
                "endingCurrentReceivables USD 6340.01", "endingReceivables USD 6340.00");
    }

    @Test
    void periodFigures_mixedCurrencies() {
        mismatch(() -> q1().endingReceivables(Money.parse("EUR 6340")).build(), "USD", "EUR");
        mismatch(() -> q1().beginningReceivables(Money.parse("GBP 1")).build(), "USD", "GBP");
        mismatch(() -> q1().endingCurrentReceivables(Money.parse("JPY 1")).build(), "USD", "JPY");
    }

    // ---- DaysSalesOutstanding.standard / bestPossible / averageDaysDelinquent ----

    @Test
    void dso_nulls() {
        npe("figures", () -> DaysSalesOutstanding.standard(null, ReceivablesBasis.ENDING));
        npe("basis", () -> DaysSalesOutstanding.standard(q1().build(), null));
        npe("figures", () -> DaysSalesOutstanding.bestPossible(null));
        npe("figures", () -> DaysSalesOutstanding.averageDaysDelinquent((PeriodFigures) null));
    }

    @Test
    void dso_zeroSalesNamesFieldValueAndPeriod() {
        PeriodFigures none = q1().creditSales(usd("0")).build();
        for (ReceivablesBasis basis : ReceivablesBasis.values()) {
            iae(() -> DaysSalesOutstanding.standard(none, basis), "creditSales USD 0.00", "2023-01-01..2023-03-31");
        }
        iae(() -> DaysSalesOutstanding.bestPossible(none), "creditSales USD 0.00");
        iae(() -> DaysSalesOutstanding.averageDaysDelinquent(none), "creditSales USD 0.00");
    }

    @Test
    void dso_absentBalancesAreNamed() {
        PeriodFigures bare = PeriodFigures.builder().period(MeasurementPeriod.ofMonth(M))
                .creditSales(usd("100")).endingReceivables(usd("50")).build();
        iae(() -> DaysSalesOutstanding.standard(bare, ReceivablesBasis.AVERAGE), "beginningReceivables is absent");
        iae(() -> DaysSalesOutstanding.bestPossible(bare), "endingCurrentReceivables is absent");
        iae(() -> DaysSalesOutstanding.averageDaysDelinquent(bare), "endingCurrentReceivables is absent");
    }

    // ---- DaysSalesOutstanding.countback ----

    static List<MonthlySales> history() {
        return DaysSalesOutstandingTest.benjiHistory();
    }

    @Test
    void countback_nulls() {
        npe("balance", () -> DaysSalesOutstanding.countback(null, history(), CountbackDays.ACTUAL_DAYS));
        npe("history", () -> DaysSalesOutstanding.countback(usd("1"), null, CountbackDays.ACTUAL_DAYS));
        npe("days", () -> DaysSalesOutstanding.countback(usd("1"), history(), null));
        List<MonthlySales> withNull = new ArrayList<>(history());
        withNull.add(null);
        npe("history element", () -> DaysSalesOutstanding.countback(usd("1"), withNull, CountbackDays.ACTUAL_DAYS));
        npe("month", () -> MonthlySales.of(null, usd("1")));
        npe("creditSales", () -> MonthlySales.of(M, null));
        npe("month", () -> CountbackDays.ACTUAL_DAYS.daysIn(null));
    }

    @Test
    void countback_negativeBalanceAndEmptyHistory() {
        iae(() -> DaysSalesOutstanding.countback(usd("-1"), history(), CountbackDays.ACTUAL_DAYS), "balance", "USD -1.00");
        iae(() -> DaysSalesOutstanding.countback(usd("1"), List.of(), CountbackDays.ACTUAL_DAYS), "history is empty");
    }

    @Test
    void countback_gapsAndRepeatedMonthsNameTheMonths() {
        List<MonthlySales> gap = List.of(MonthlySales.of(YearMonth.of(2024, 1), usd("1")),
                MonthlySales.of(YearMonth.of(2024, 3), usd("1")));
        iae(() -> DaysSalesOutstanding.countback(usd("1"), gap, CountbackDays.ACTUAL_DAYS), "2024-01", "2024-03");
        List<MonthlySales> twice = List.of(MonthlySales.of(M, usd("1")), MonthlySales.of(M, usd("2")));
        iae(() -> DaysSalesOutstanding.countback(usd("1"), twice, CountbackDays.ACTUAL_DAYS), "2024-03");
    }

    @Test
    void countback_mixedCurrencies() {
        List<MonthlySales> h = Arrays.asList(MonthlySales.of(M.minusMonths(1), usd("5")),
                MonthlySales.of(M, Money.parse("EUR 5")));
        mismatch(() -> DaysSalesOutstanding.countback(usd("1"), h, CountbackDays.ACTUAL_DAYS), "USD", "EUR");
    }

    @Test
    void countbackAverageDaysDelinquent_unexplainedResultIsRefusedWithItsStatus() {
        CountbackResult ok = DaysSalesOutstanding.countback(usd("1"), history(), CountbackDays.ACTUAL_DAYS);
        CountbackResult tooBig = DaysSalesOutstanding.countback(usd("250000.01"), history(), CountbackDays.ACTUAL_DAYS);
        iae(() -> DaysSalesOutstanding.averageDaysDelinquent(tooBig, ok), "dso status is BALANCE_EXCEEDS_HISTORY", "USD 0.01");
        iae(() -> DaysSalesOutstanding.averageDaysDelinquent(ok, tooBig), "bestPossible status is BALANCE_EXCEEDS_HISTORY");
        npe("dso", () -> DaysSalesOutstanding.averageDaysDelinquent(null, ok));
        npe("bestPossible", () -> DaysSalesOutstanding.averageDaysDelinquent(ok, null));
    }

    // ---- CollectionEffectiveness.index ----

    @Test
    void cei_nullsAndAbsentBalances() {
        npe("figures", () -> CollectionEffectiveness.index(null, CeiSalesConvention.WHOLE_PERIOD_SALES));
        npe("convention", () -> CollectionEffectiveness.index(q1().build(), null));
        PeriodFigures bare = PeriodFigures.builder().period(MeasurementPeriod.ofMonth(M))
                .creditSales(usd("100")).endingReceivables(usd("50")).build();
        iae(() -> CollectionEffectiveness.index(bare, CeiSalesConvention.WHOLE_PERIOD_SALES), "beginningReceivables is absent");
        PeriodFigures noCurrent = PeriodFigures.builder().from(bare).beginningReceivables(usd("10")).build();
        iae(() -> CollectionEffectiveness.index(noCurrent, CeiSalesConvention.WHOLE_PERIOD_SALES), "endingCurrentReceivables is absent");
    }

    @Test
    void cei_nothingAvailableToCollectIsRefusedNamingTheFigures() {
        // beginning 0 + sales 0 - current 0 = 0
        PeriodFigures nothing = q1().creditSales(usd("0")).beginningReceivables(usd("0"))
                .endingReceivables(usd("0")).endingCurrentReceivables(usd("0")).build();
        for (CeiSalesConvention c : CeiSalesConvention.values()) {
            iae(() -> CollectionEffectiveness.index(nothing, c), "beginningReceivables USD 0.00", "creditSales USD 0.00",
                    "endingCurrentReceivables USD 0.00", "is zero");
        }
    }

    // ---- ReceivablesTurnover ----

    @Test
    void turnover_badInputs() {
        npe("figures", () -> ReceivablesTurnover.ratio(null));
        npe("figures", () -> ReceivablesTurnover.days(null, YearBasis.DAYS_360));
        npe("basis", () -> ReceivablesTurnover.days(q1().build(), null));
        PeriodFigures noBalances = q1().beginningReceivables(usd("0")).endingReceivables(usd("0"))
                .endingCurrentReceivables(usd("0")).build();
        iae(() -> ReceivablesTurnover.ratio(noBalances), "beginningReceivables USD 0.00", "endingReceivables USD 0.00");
        iae(() -> ReceivablesTurnover.days(q1().creditSales(usd("0")).build(), YearBasis.DAYS_365), "creditSales USD 0.00");
        PeriodFigures bare = PeriodFigures.builder().period(MeasurementPeriod.ofMonth(M))
                .creditSales(usd("100")).endingReceivables(usd("50")).build();
        iae(() -> ReceivablesTurnover.ratio(bare), "beginningReceivables is absent");
        iae(() -> ReceivablesTurnover.days(bare, YearBasis.DAYS_360), "beginningReceivables is absent");
    }

    // ---- SettledInvoice / PaymentTiming ----

    @Test
    void settledInvoice_badInputs() {
        LocalDate issued = LocalDate.of(2024, 3, 1);
        npe("issueDate", () -> SettledInvoice.of(null, D, D, usd("1")));
        npe("dueDate", () -> SettledInvoice.of(issued, null, D, usd("1")));
        npe("paidDate", () -> SettledInvoice.of(issued, D, null, usd("1")));
        npe("amount", () -> SettledInvoice.of(issued, D, D, null));
        iae(() -> SettledInvoice.of(issued, issued.minusDays(1), D, usd("1")), "dueDate 2024-02-29", "issueDate 2024-03-01");
        iae(() -> SettledInvoice.of(issued, D, issued.minusDays(2), usd("1")), "paidDate 2024-02-28", "issueDate 2024-03-01");
        iae(() -> SettledInvoice.of(issued, D, D, usd("0")), "amount USD 0.00");
        iae(() -> SettledInvoice.of(issued, D, D, usd("-3")), "amount USD -3.00");
    }

    @Test
    void paymentTiming_badInputs() {
        LocalDate issued = LocalDate.of(2024, 3, 1);
        List<SettledInvoice> mixed = List.of(SettledInvoice.of(issued, D, D, usd("1")),
                SettledInvoice.of(issued, D, D, Money.parse("EUR 1")));
        List<SettledInvoice> withNull = new ArrayList<>();
        withNull.add(null);
        List<java.util.function.Function<List<SettledInvoice>, ?>> all = List.of(
                PaymentTiming::averageDaysToPay, PaymentTiming::weightedAverageDaysToPay,
                PaymentTiming::averageDaysLate, PaymentTiming::weightedAverageDaysLate);
        for (java.util.function.Function<List<SettledInvoice>, ?> metric : all) {
            npe("invoices", () -> metric.apply(null));
            npe("invoices element", () -> metric.apply(withNull));
            iae(() -> metric.apply(List.of()), "invoices is empty");
            mismatch(() -> metric.apply(mixed), "USD", "EUR");
        }
    }

    // ---- OpenReceivable / PastDueShare ----

    @Test
    void pastDueShare_badInputs() {
        npe("dueDate", () -> OpenReceivable.of(null, usd("1")));
        npe("openAmount", () -> OpenReceivable.of(D, null));
        iae(() -> OpenReceivable.of(D, usd("0")), "openAmount USD 0.00");
        iae(() -> OpenReceivable.of(D, usd("-7")), "openAmount USD -7.00");
        npe("asOf", () -> OpenReceivable.of(D, usd("1")).daysPastDue(null));
        List<OpenReceivable> items = List.of(OpenReceivable.of(D, usd("1")));
        npe("items", () -> PastDueShare.percentCurrent(null, D));
        npe("asOf", () -> PastDueShare.percentCurrent(items, null));
        npe("items", () -> PastDueShare.percentOver90DaysPastDue(null, D));
        List<OpenReceivable> withNull = new ArrayList<>();
        withNull.add(null);
        npe("items element", () -> PastDueShare.percentCurrent(withNull, D));
        iae(() -> PastDueShare.percentCurrent(List.of(), D), "items is empty");
        iae(() -> PastDueShare.percentPastDueMoreThan(items, D, -1), "days -1");
        mismatch(() -> PastDueShare.percentCurrent(List.of(OpenReceivable.of(D, usd("1")),
                OpenReceivable.of(D, Money.parse("EUR 1"))), D), "USD", "EUR");
    }
}
