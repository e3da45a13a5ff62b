package org.receivables.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.receivables.aging.AgingAmounts;
import org.receivables.aging.AgingBuckets;
import org.receivables.aging.AgingLine;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.aging.allowance.Allowance;
import org.receivables.aging.allowance.MonthEndBalances;
import org.receivables.aging.allowance.ProvisionMatrix;
import org.receivables.aging.allowance.RollRateAnalysis;
import org.receivables.aging.allowance.RollRateAveraging;
import org.receivables.aging.metrics.CeiSalesConvention;
import org.receivables.aging.metrics.CollectionEffectiveness;
import org.receivables.aging.metrics.CountbackDays;
import org.receivables.aging.metrics.CountbackResult;
import org.receivables.aging.metrics.DaysSalesOutstanding;
import org.receivables.aging.metrics.LedgerFigures;
import org.receivables.aging.metrics.MeasurementPeriod;
import org.receivables.aging.metrics.MonthlySales;
import org.receivables.aging.metrics.PaymentTiming;
import org.receivables.aging.metrics.PeriodFigures;
import org.receivables.aging.metrics.ReceivablesBasis;
import org.receivables.aging.metrics.ReceivablesTurnover;
import org.receivables.aging.metrics.YearBasis;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.money.Percentage;

/**
 * The aging part of the demo, on the built-in {@link SamplePortfolio}: the portfolio aged on the
 * as-of date, the top overdue customers, the metrics of the last quarter and year, and the bad-debt
 * allowance from a provision matrix whose loss rates come from the portfolio's own roll rates.
 */
final class AgingDemo {

    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    private AgingDemo() {
    }

    /**
     * Prints the aging sections.
     *
     * @param out where to print, not null
     */
    static void print(PrintStream out) {
        SamplePortfolio sample = SamplePortfolio.build();
        LocalDate asOf = SamplePortfolio.AS_OF;
        List<CustomerLedger> ledgers = sample.portfolio().getLedgers();
        AgingReport report = AgingReport.of(sample.portfolio(), asOf, AgingOptions.defaults());
        AgingAmounts totals = report.getTotals(EUR);
        AgingBuckets buckets = report.getBuckets();

        out.println();
        out.println("7. Aging of the sample portfolio (" + ledgers.size() + " customers) as of " + asOf);
        out.printf(Locale.ROOT, "   %-14s %8s %16s %8s%n", "bucket", "items", "amount", "share");
        for (int i = 0; i < buckets.size(); i++) {
            out.printf(Locale.ROOT, "   %-14s %8d %16s %7s%%%n", buckets.get(i).getLabel(), totals.getCount(i),
                    totals.getAmount(i), totals.getPercentages().get(i).toPlainString());
        }
        out.printf(Locale.ROOT, "   %-14s %8d %16s%n", "total", totals.getItemCount(), totals.getTotal());

        out.println();
        out.println("   Top 5 customers by overdue amount");
        for (AgingLine line : report.getTopOverdue(EUR, 5)) {
            out.printf(Locale.ROOT, "   %-8s overdue %14s of %14s%n", line.getCustomerId(),
                    line.getAmounts().getOverdueAmount(), line.getAmounts().getTotal());
        }

        MeasurementPeriod quarter = MeasurementPeriod.ofMonths(YearMonth.of(2024, 10), YearMonth.of(2024, 12));
        MeasurementPeriod year = MeasurementPeriod.ofMonths(YearMonth.of(2024, 1), YearMonth.of(2024, 12));
        PeriodFigures q4 = LedgerFigures.periodFigures(ledgers, quarter, EUR);
        PeriodFigures fy = LedgerFigures.periodFigures(ledgers, year, EUR);
        List<MonthlySales> history = LedgerFigures.monthlySales(ledgers, YearMonth.of(2024, 1),
                YearMonth.of(2024, 12), EUR);
        CountbackResult countback = DaysSalesOutstanding.countback(q4.getEndingReceivables(), history,
                CountbackDays.ACTUAL_DAYS);
        CountbackResult bestCountback = DaysSalesOutstanding.countback(
                q4.getEndingCurrentReceivables().orElseThrow(), history, CountbackDays.ACTUAL_DAYS);

        out.println();
        out.println("8. Metrics (Q4 2024 unless stated; days, 2 decimals, rounded once)");
        metric(out, "DSO, standard (ending receivables)", DaysSalesOutstanding.standard(q4, ReceivablesBasis.ENDING));
        out.printf(Locale.ROOT, "   %-44s %10s%n", "DSO, countback (actual days)",
                countback.getDays().map(BigDecimal::toPlainString).orElse(countback.getExplanation()));
        metric(out, "Best possible DSO", DaysSalesOutstanding.bestPossible(q4));
        metric(out, "Average days delinquent", DaysSalesOutstanding.averageDaysDelinquent(q4));
        if (countback.isExplained() && bestCountback.isExplained()) {
            metric(out, "Average days delinquent, countback",
                    DaysSalesOutstanding.averageDaysDelinquent(countback, bestCountback));
        }
        PeriodFigures december = LedgerFigures.periodFigures(ledgers, MeasurementPeriod.ofMonth(YearMonth.of(2024, 12)),
                EUR);
        metric(out, "CEI, December 2024, %",
                CollectionEffectiveness.index(december, CeiSalesConvention.WHOLE_PERIOD_SALES));
        metric(out, "Receivables turnover, 2024 (times)", ReceivablesTurnover.ratio(fy));
        metric(out, "Receivables turnover, 2024 (days, 365 basis)", ReceivablesTurnover.days(fy, YearBasis.DAYS_365));
        metric(out, "Average days to pay, 2024", PaymentTiming.averageDaysToPay(sample.settledInvoices()));
        metric(out, "Average days late, 2024 (plain)", PaymentTiming.averageDaysLate(sample.settledInvoices()));
        metric(out, "Average days late, 2024 (amount-weighted)",
                PaymentTiming.weightedAverageDaysLate(sample.settledInvoices()));

        List<MonthEndBalances> series = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2024, 1); !m.isAfter(YearMonth.of(2024, 12)); m = m.plusMonths(1)) {
            series.add(MonthEndBalances.from(AgingReport.of(sample.portfolio(), m.atEndOfMonth(),
                    AgingOptions.defaults()), EUR));
        }
        RollRateAnalysis rolls = RollRateAnalysis.of(series, 6, RollRateAveraging.BALANCE_WEIGHTED);
        ProvisionMatrix matrix = rolls.toProvisionMatrix();
        Allowance allowance = matrix.allowanceFor(report);

        out.println();
        out.println("9. Allowance for doubtful debts: provision matrix from 6-month balance-weighted roll rates");
        out.printf(Locale.ROOT, "   %-14s %10s %10s %16s %14s%n", "bucket", "roll rate", "loss rate", "balance",
                "allowance");
        List<Percentage> rollRates = rolls.getRollRates();
        for (int i = 0; i < buckets.size(); i++) {
            out.printf(Locale.ROOT, "   %-14s %10s %10s %16s %14s%n", buckets.get(i).getLabel(),
                    rollRate(rollRates, i), matrix.getDefaultRates().get(i),
                    allowance.getGrossAmounts(EUR).get(i), allowance.getAmounts(EUR).get(i));
        }
        out.printf(Locale.ROOT, "   %-14s %10s %10s %16s %14s%n", "total", "", "", totals.getTotal(),
                allowance.getTotal(EUR));
        out.println("   (a roll into the open-ended last bucket can pass 100%: that bucket also holds older debt;");
        out.println("    it is capped at 100% when the rates are chained into loss rates)");
    }

    private static String rollRate(List<Percentage> rates, int index) {
        if (index >= rates.size()) {
            return "-";
        }
        Percentage rate = rates.get(index);
        return rate.compareTo(Percentage.ONE_HUNDRED) > 0 ? ">100%" : rate.toString();
    }

    private static void metric(PrintStream out, String name, BigDecimal value) {
        out.printf(Locale.ROOT, "   %-44s %10s%n", name, value.toPlainString());
    }

}
