package org.receivables.aging.metrics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Days sales outstanding (DSO) by the standard and the countback method, best possible DSO and
 * average days delinquent, following the definitions of the Credit Research Foundation (CRF).
 *
 * <p><b>Standard method</b> (CRF; also Oracle, CFI and others), for a {@link PeriodFigures}:
 * <pre>
 *   DSO = receivables / creditSales x daysInPeriod
 * </pre>
 * where {@code daysInPeriod} is {@link MeasurementPeriod#getLengthInDays()} (actual calendar days,
 * both ends included) and {@code receivables} is the ending total balance or the average of the
 * beginning and ending total balances ({@link ReceivablesBasis}).
 *
 * <p><b>Best possible DSO</b> (CRF): the same formula with the ending <em>current</em> (not yet due)
 * balance, {@code endingCurrentReceivables / creditSales x daysInPeriod}: the DSO if every customer paid on
 * the due date. <b>Average days delinquent</b> (CRF): {@code ADD = DSO - best possible DSO}, signed,
 * both on the ending balances. ADD is the difference of the two published (rounded) figures, so
 * the three numbers always reconcile exactly; subtracting two numbers of {@link MetricRounding#SCALE}
 * places needs no further rounding.
 *
 * <p><b>Countback method</b> (also called exhaustion or working-back method; Oracle Hyperion Financial
 * Management's {@code DSO} routine): start from a balance at the close of the latest month of a
 * monthly sales history and walk back month by month, subtracting each month's credit sales from
 * what is left and adding that month's days, until the balance is exhausted; the last month consumed
 * counts {@code left / sales x daysOfMonth}. Days are actual calendar days or 30-day months
 * ({@link CountbackDays}). The total is one exact fraction, rounded once. When the history does not
 * explain the balance (it exceeds all the sales given) or a month that must be consumed has zero or
 * negative sales, the result carries a status and an explanation instead of days (see
 * {@link CountbackResult}); this is a documented result, not an exception, because a too-short
 * history is a fact about the data that a report should show, not a programming error. Best possible
 * countback DSO is the countback of the ending current balance over the same history.
 *
 * <pre>
 *   // quarter of 90 days, credit sales 10,890, ending receivables 6,340 of which 3,590 current
 *   DaysSalesOutstanding.standard(q1, ReceivablesBasis.ENDING);   // 52.40
 *   DaysSalesOutstanding.bestPossible(q1);                        // 29.67
 *   DaysSalesOutstanding.averageDaysDelinquent(q1);               // 22.73
 * </pre>
 *
 * <p>Every result is rounded once, {@link MetricRounding#ROUNDING half-even}, to
 * {@link MetricRounding#SCALE} decimal places. This class is immutable and thread-safe.
 */
public final class DaysSalesOutstanding {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private DaysSalesOutstanding() {
    }

    /**
     * Computes the standard DSO: receivables on the chosen basis over the period's credit sales, times
     * the days in the period.
     *
     * @param figures the period's figures; beginningReceivables must be present for {@link ReceivablesBasis#AVERAGE}, not null
     * @param basis which receivables balance to use, not null
     * @return the DSO in days, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if figures or basis is null
     * @throws IllegalArgumentException if the credit sales are zero, or the basis is AVERAGE and
     *     beginningReceivables is absent
     */
    public static BigDecimal standard(PeriodFigures figures, ReceivablesBasis basis) {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(basis, "basis");
        String metric = "standard DSO on " + basis + " receivables";
        BigDecimal days = BigDecimal.valueOf(figures.getPeriod().getLengthInDays());
        BigDecimal sales = figures.getCreditSales().getAmount();
        if (basis == ReceivablesBasis.AVERAGE) {
            BigDecimal sum = figures.requireBeginningReceivables(metric).getAmount()
                    .add(figures.getEndingReceivables().getAmount());
            figures.requirePositiveCreditSales(metric);
            return MetricRounding.divide(sum.multiply(days), sales.multiply(TWO));
        }
        figures.requirePositiveCreditSales(metric);
        return MetricRounding.divide(figures.getEndingReceivables().getAmount().multiply(days), sales);
    }

    /**
     * Computes the best possible DSO by the standard method: ending current (not yet due) receivables over
     * the period's credit sales, times the days in the period.
     *
     * @param figures the period's figures, with endingCurrentReceivables present, not null
     * @return the best possible DSO in days, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if figures is null
     * @throws IllegalArgumentException if endingCurrentReceivables is absent or the credit sales are zero
     */
    public static BigDecimal bestPossible(PeriodFigures figures) {
        Objects.requireNonNull(figures, "figures");
        String metric = "best possible DSO";
        Money current = figures.requireEndingCurrentReceivables(metric);
        figures.requirePositiveCreditSales(metric);
        BigDecimal days = BigDecimal.valueOf(figures.getPeriod().getLengthInDays());
        return MetricRounding.divide(current.getAmount().multiply(days), figures.getCreditSales().getAmount());
    }

    /**
     * Computes the average days delinquent by the standard method: standard DSO on the ending balance
     * less best possible DSO, signed, exact at {@link MetricRounding#SCALE} places.
     *
     * @param figures the period's figures, with endingCurrentReceivables present, not null
     * @return the average days delinquent, zero or more (the current balance never exceeds the total)
     * @throws NullPointerException if figures is null
     * @throws IllegalArgumentException if endingCurrentReceivables is absent or the credit sales are zero
     */
    public static BigDecimal averageDaysDelinquent(PeriodFigures figures) {
        Objects.requireNonNull(figures, "figures");
        BigDecimal best = bestPossible(figures);
        return standard(figures, ReceivablesBasis.ENDING).subtract(best);
    }

    /**
     * Computes the average days delinquent by the countback method: the countback DSO of the total
     * balance less the countback DSO of the current balance over the same history, signed.
     *
     * @param dso the countback of the ending total receivables, explained, not null
     * @param bestPossible the countback of the ending current receivables, explained, not null
     * @return the difference of the two days, exact at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if dso or bestPossible is null
     * @throws IllegalArgumentException if either result is not {@link CountbackStatus#EXPLAINED}
     */
    public static BigDecimal averageDaysDelinquent(CountbackResult dso, CountbackResult bestPossible) {
        Objects.requireNonNull(dso, "dso");
        Objects.requireNonNull(bestPossible, "bestPossible");
        BigDecimal total = dso.getDays().orElseThrow(() -> new IllegalArgumentException(
                "dso status is " + dso.getStatus() + ", not EXPLAINED: " + dso.getExplanation()));
        BigDecimal current = bestPossible.getDays().orElseThrow(() -> new IllegalArgumentException(
                "bestPossible status is " + bestPossible.getStatus() + ", not EXPLAINED: " + bestPossible.getExplanation()));
        return total.subtract(current);
    }

    /**
     * Computes the countback DSO of a balance against a monthly sales history.
     *
     * <p>The balance is as of the close of the latest month in the history. The history may be given in
     * any order; its months must be distinct and consecutive (no gaps), all in the balance's currency.
     *
     * @param balance the receivables balance to count back, zero or more, not null
     * @param history the monthly credit sales, consecutive months, not empty, not null and holding no null
     * @param days how to count the days of a month, not null
     * @return the result: days when explained, otherwise a status and an explanation
     * @throws NullPointerException if an argument is null or history holds null
     * @throws IllegalArgumentException if balance is negative, history is empty, or its months repeat or leave a gap
     * @throws org.joda.money.CurrencyMismatchException if a month's sales are not in the balance's currency
     */
    public static CountbackResult countback(Money balance, List<MonthlySales> history, CountbackDays days) {
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(days, "days");
        List<MonthlySales> months = new ArrayList<>(history.size());
        for (MonthlySales m : history) {
            months.add(Objects.requireNonNull(m, "history element"));
        }
        PeriodFigures.notNegative("balance", balance);
        if (months.isEmpty()) {
            throw new IllegalArgumentException("history is empty; countback DSO needs at least one month of sales");
        }
        CurrencyUnit currency = balance.getCurrencyUnit();
        for (MonthlySales m : months) {
            PeriodFigures.sameCurrency(currency, m.getCreditSales());
        }
        months.sort(Comparator.comparing(MonthlySales::getMonth).reversed());
        for (int i = 1; i < months.size(); i++) {
            YearMonth later = months.get(i - 1).getMonth();
            YearMonth earlier = months.get(i).getMonth();
            if (!earlier.plusMonths(1).equals(later)) {
                throw new IllegalArgumentException("history months must be distinct and consecutive: "
                        + earlier + " is followed by " + later);
            }
        }

        CountbackResult.Builder result = new CountbackResult.Builder();
        result.balance(balance);
        BigDecimal left = balance.getAmount();
        long fullDays = 0;
        for (MonthlySales m : months) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal sales = m.getCreditSales().getAmount();
            if (sales.signum() <= 0) {
                Money unexplained = Money.of(currency, left);
                return result.status(CountbackStatus.NON_POSITIVE_SALES)
                        .unexplainedBalance(unexplained)
                        .stopMonth(m.getMonth())
                        .explanation("credit sales of " + m.getMonth() + " are " + m.getCreditSales()
                                + ", not positive, while " + unexplained + " of balance " + balance
                                + " is still unexplained after " + fullDays + " days")
                        .build();
            }
            int monthDays = days.daysIn(m.getMonth());
            if (left.compareTo(sales) <= 0) {
                // fullDays + left / sales x monthDays, as one fraction divided once
                BigDecimal numerator = BigDecimal.valueOf(fullDays).multiply(sales)
                        .add(left.multiply(BigDecimal.valueOf(monthDays)));
                BigDecimal total = MetricRounding.divide(numerator, sales);
                return explained(result, balance, total, m.getMonth());
            }
            left = left.subtract(sales);
            fullDays += monthDays;
        }
        if (left.signum() == 0) {
            return explained(result, balance,
                    BigDecimal.valueOf(fullDays).setScale(MetricRounding.SCALE), months.get(0).getMonth());
        }
        Money unexplained = Money.of(currency, left);
        YearMonth earliest = months.get(months.size() - 1).getMonth();
        return result.status(CountbackStatus.BALANCE_EXCEEDS_HISTORY)
                .unexplainedBalance(unexplained)
                .stopMonth(earliest)
                .explanation("balance " + balance + " exceeds the credit sales of all " + months.size()
                        + " months given (" + earliest + " to " + months.get(0).getMonth() + ") by " + unexplained)
                .build();
    }

    private static CountbackResult explained(CountbackResult.Builder result, Money balance, BigDecimal total,
            YearMonth reached) {
        return result.status(CountbackStatus.EXPLAINED)
                .days(total)
                .unexplainedBalance(Money.zero(balance.getCurrencyUnit()))
                .explanation("balance " + balance + " is " + total.toPlainString()
                        + " days of sales, counted back to " + reached)
                .build();
    }
}
