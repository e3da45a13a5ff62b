package org.receivables.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
import org.receivables.aging.metrics.SettledInvoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.AllocationPosted;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.ItemApplication;
import org.receivables.core.ledger.LedgerEvent;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.money.Percentage;

/**
 * The aging part of the demo, on the built-in {@link SamplePortfolio} or any portfolio (such as one
 * read from CSV files): the portfolio aged on the
 * as-of date, the top overdue customers, the metrics of the last quarter and year, and the bad-debt
 * allowance from a provision matrix whose loss rates come from the portfolio's own roll rates.
 */
final class AgingDemo {

    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    private AgingDemo() {
    }

    /**
     * Prints the aging sections on the built-in sample.
     *
     * @param out where to print, not null
     * @param sample the built-in sample, not null
     * @param asOf the as-of date, not null
     */
    static void print(PrintStream out, SamplePortfolio sample, LocalDate asOf) {
        List<SettledInvoice> settled = new ArrayList<>();
        for (SettledInvoice s : sample.settledInvoices()) {
            if (!s.getPaidDate().isAfter(asOf)) {
                settled.add(s);
            }
        }
        print(out, "the sample portfolio", sample.portfolio(), settled, asOf, EUR);
    }

    /**
     * Prints the aging sections for one currency of a portfolio: aging as of {@code asOf}, the top
     * overdue customers, the metrics of the quarter and the twelve months that end with the last
     * month complete on {@code asOf}, and the allowance from the roll rates of those twelve months.
     *
     * @param out where to print, not null
     * @param label what the portfolio is, for the headings, not null
     * @param portfolio the portfolio, not null
     * @param settledInvoices the invoices paid in full, in {@code currency}; those paid outside the
     *     twelve months are ignored
     * @param asOf the as-of date, not null
     * @param currency the currency to report, not null
     */
    static void print(PrintStream out, String label, Portfolio portfolio, List<SettledInvoice> settledInvoices,
            LocalDate asOf, CurrencyUnit currency) {
        YearMonth lastMonth = asOf.equals(YearMonth.from(asOf).atEndOfMonth())
                ? YearMonth.from(asOf) : YearMonth.from(asOf).minusMonths(1);
        YearMonth firstOfYear = lastMonth.minusMonths(11);
        YearMonth firstOfQuarter = lastMonth.minusMonths(2);
        List<SettledInvoice> settled = new ArrayList<>();
        for (SettledInvoice s : settledInvoices) {
            YearMonth paid = YearMonth.from(s.getPaidDate());
            if (!paid.isBefore(firstOfYear) && !paid.isAfter(lastMonth)) {
                settled.add(s);
            }
        }
        String yearLabel = span(firstOfYear, lastMonth, lastMonth.getMonthValue() == 12
                ? String.valueOf(lastMonth.getYear()) : null);
        String quarterLabel = span(firstOfQuarter, lastMonth, lastMonth.getMonthValue() % 3 == 0
                ? "Q" + lastMonth.getMonthValue() / 3 + " " + lastMonth.getYear() : null);
        String monthName = lastMonth.getMonth().name();
        String monthLabel = monthName.charAt(0) + monthName.substring(1).toLowerCase(Locale.ROOT) + " "
                + lastMonth.getYear();

        List<CustomerLedger> ledgers = portfolio.getLedgers();
        AgingReport report = AgingReport.of(portfolio, asOf, AgingOptions.defaults());
        AgingAmounts totals = report.getTotals(currency);
        AgingBuckets buckets = report.getBuckets();

        out.println();
        out.println("7. Aging of " + label + " (" + ledgers.size() + " customers) as of " + asOf);
        out.printf(Locale.ROOT, "   %-14s %8s %16s %8s%n", "bucket", "items", "amount", "share");
        for (int i = 0; i < buckets.size(); i++) {
            out.printf(Locale.ROOT, "   %-14s %8d %16s %7s%%%n", buckets.get(i).getLabel(), totals.getCount(i),
                    totals.getAmount(i), totals.getPercentages().get(i).toPlainString());
        }
        out.printf(Locale.ROOT, "   %-14s %8d %16s%n", "total", totals.getItemCount(), totals.getTotal());

        out.println();
        out.println("   Top 5 customers by overdue amount");
        for (AgingLine line : report.getTopOverdue(currency, 5)) {
            out.printf(Locale.ROOT, "   %-8s overdue %14s of %14s%n", line.getCustomerId(),
                    line.getAmounts().getOverdueAmount(), line.getAmounts().getTotal());
        }

        MeasurementPeriod quarter = MeasurementPeriod.ofMonths(firstOfQuarter, lastMonth);
        MeasurementPeriod year = MeasurementPeriod.ofMonths(firstOfYear, lastMonth);
        PeriodFigures q4 = LedgerFigures.periodFigures(ledgers, quarter, currency);
        PeriodFigures fy = LedgerFigures.periodFigures(ledgers, year, currency);
        List<MonthlySales> history = LedgerFigures.monthlySales(ledgers, firstOfYear, lastMonth, currency);
        CountbackResult countback = DaysSalesOutstanding.countback(q4.getEndingReceivables(), history,
                CountbackDays.ACTUAL_DAYS);
        CountbackResult bestCountback = DaysSalesOutstanding.countback(
                q4.getEndingCurrentReceivables().orElseThrow(), history, CountbackDays.ACTUAL_DAYS);

        out.println();
        out.println("8. Metrics (" + quarterLabel + " unless stated; days, 2 decimals, rounded once)");
        metric(out, "DSO, standard (ending receivables)", () -> DaysSalesOutstanding.standard(q4, ReceivablesBasis.ENDING));
        out.printf(Locale.ROOT, "   %-44s %10s%n", "DSO, countback (actual days)",
                countback.getDays().map(BigDecimal::toPlainString).orElse(countback.getExplanation()));
        metric(out, "Best possible DSO", () -> DaysSalesOutstanding.bestPossible(q4));
        metric(out, "Average days delinquent", () -> DaysSalesOutstanding.averageDaysDelinquent(q4));
        if (countback.isExplained() && bestCountback.isExplained()) {
            metric(out, "Average days delinquent, countback",
                    () -> DaysSalesOutstanding.averageDaysDelinquent(countback, bestCountback));
        }
        PeriodFigures december = LedgerFigures.periodFigures(ledgers, MeasurementPeriod.ofMonth(lastMonth), currency);
        metric(out, "CEI, " + monthLabel + ", %",
                () -> CollectionEffectiveness.index(december, CeiSalesConvention.WHOLE_PERIOD_SALES));
        metric(out, "Receivables turnover, " + yearLabel + " (times)", () -> ReceivablesTurnover.ratio(fy));
        metric(out, "Receivables turnover, " + yearLabel + " (days, 365 basis)",
                () -> ReceivablesTurnover.days(fy, YearBasis.DAYS_365));
        metric(out, "Average days to pay, " + yearLabel, () -> PaymentTiming.averageDaysToPay(settled));
        metric(out, "Average days late, " + yearLabel + " (plain)", () -> PaymentTiming.averageDaysLate(settled));
        metric(out, "Average days late, " + yearLabel + " (amount-weighted)",
                () -> PaymentTiming.weightedAverageDaysLate(settled));

        List<MonthEndBalances> series = new ArrayList<>();
        for (YearMonth m = firstOfYear; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
            series.add(MonthEndBalances.from(AgingReport.of(portfolio, m.atEndOfMonth(),
                    AgingOptions.defaults()), currency));
        }
        out.println();
        out.println("9. Allowance for doubtful debts: provision matrix from 6-month balance-weighted roll rates");
        RollRateAnalysis rolls;
        ProvisionMatrix matrix;
        Allowance allowance;
        try {
            rolls = RollRateAnalysis.of(series, 6, RollRateAveraging.BALANCE_WEIGHTED);
            matrix = rolls.toProvisionMatrix();
            allowance = matrix.allowanceFor(report);
        } catch (IllegalArgumentException ex) {
            // user data with too little history: say why instead of failing the whole report
            out.println("   not available: " + ex.getMessage());
            return;
        }
        out.printf(Locale.ROOT, "   %-14s %10s %10s %16s %14s%n", "bucket", "roll rate", "loss rate", "balance",
                "allowance");
        List<Percentage> rollRates = rolls.getRollRates();
        for (int i = 0; i < buckets.size(); i++) {
            out.printf(Locale.ROOT, "   %-14s %10s %10s %16s %14s%n", buckets.get(i).getLabel(),
                    rollRate(rollRates, i), matrix.getDefaultRates().get(i),
                    allowance.getGrossAmounts(currency).get(i), allowance.getAmounts(currency).get(i));
        }
        out.printf(Locale.ROOT, "   %-14s %10s %10s %16s %14s%n", "total", "", "", totals.getTotal(),
                allowance.getTotal(currency));
        out.println("   (a roll into the open-ended last bucket can pass 100%: that bucket also holds older debt;");
        out.println("    it is capped at 100% when the rates are chained into loss rates)");
    }

    /**
     * Derives the invoices of one currency paid in full by the as-of date from a portfolio's ledgers:
     * an invoice none of whose instalments is open on {@code asOf} and to which at least one payment
     * was applied; its paid date is the date of the last payment applied to it.
     *
     * @param portfolio the portfolio, not null
     * @param currency the currency, not null
     * @param asOf the as-of date, not null
     * @return the settled invoices, in ledger order
     */
    static List<SettledInvoice> settledInvoices(Portfolio portfolio, CurrencyUnit currency, LocalDate asOf) {
        List<SettledInvoice> settled = new ArrayList<>();
        for (CustomerLedger ledger : portfolio.getLedgers()) {
            Set<InvoiceId> open = new HashSet<>();
            for (OpenItem item : ledger.asOf(asOf).getOpenItems()) {
                if (item.getRef().isInstalment()) {
                    open.add(item.getRef().getInvoiceId());
                }
            }
            Map<InvoiceId, LocalDate> paid = new HashMap<>();
            for (LedgerEvent e : ledger.getEvents()) {
                if (e instanceof AllocationPosted && !e.getDate().isAfter(asOf)
                        && ((AllocationPosted) e).getSource().isPayment()) {
                    for (ItemApplication a : ((AllocationPosted) e).getApplications()) {
                        if (a.getItem().isInstalment()) {
                            paid.merge(a.getItem().getInvoiceId(), e.getDate(), (x, y) -> x.isAfter(y) ? x : y);
                        }
                    }
                }
            }
            for (LedgerEvent e : ledger.getEvents()) {
                if (e instanceof InvoiceIssued) {
                    InvoiceIssued inv = (InvoiceIssued) e;
                    LocalDate paidDate = paid.get(inv.getInvoiceId());
                    if (inv.getCurrency().equals(currency) && paidDate != null && !open.contains(inv.getInvoiceId())
                            && !inv.getIssueDate().isAfter(asOf)) {
                        settled.add(SettledInvoice.of(inv.getIssueDate(), inv.getSchedule().getFinalDueDate(),
                                paidDate, inv.getTotal()));
                    }
                }
            }
        }
        return settled;
    }

    private static String span(YearMonth first, YearMonth last, String name) {
        return name != null ? name : first + " to " + last;
    }

    private static String rollRate(List<Percentage> rates, int index) {
        if (index >= rates.size()) {
            return "-";
        }
        Percentage rate = rates.get(index);
        return rate.compareTo(Percentage.ONE_HUNDRED) > 0 ? ">100%" : rate.toString();
    }

    /** Prints a metric, or "n/a" and the reason when the data leave it undefined (a zero denominator). */
    private static void metric(PrintStream out, String name, Supplier<BigDecimal> value) {
        String text;
        try {
            text = value.get().toPlainString();
        } catch (IllegalArgumentException ex) {
            out.printf(Locale.ROOT, "   %-44s %10s%n", name, "n/a");
            out.println("     (" + ex.getMessage() + ")");
            return;
        }
        out.printf(Locale.ROOT, "   %-44s %10s%n", name, text);
    }

}
