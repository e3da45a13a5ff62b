package org.receivables.aging.metrics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The collection effectiveness index (CEI): how much of what was available to collect in a period
 * was collected, as a percentage, following the Credit Research Foundation (CRF) formula.
 *
 * <pre>
 *   CEI = (beginning + sales / N - endingTotal) / (beginning + sales / N - endingCurrent) x 100
 * </pre>
 * where {@code beginning} is the total receivables at the start of the period, {@code sales} the
 * period's credit sales, {@code endingTotal} and {@code endingCurrent} the total and the current
 * (not yet due) receivables at the close of the period's last day, and N the number of calendar
 * months in the period ({@link CeiSalesConvention#MONTHLY_AVERAGE_SALES}) or 1
 * ({@link CeiSalesConvention#WHOLE_PERIOD_SALES}). The formula is evaluated as the single exact
 * fraction {@code (N x beginning + sales - N x endingTotal) x 100 / (N x beginning + sales - N x endingCurrent)}
 * and rounded once, half-even, to {@link MetricRounding#SCALE} places. 100 means every overdue amount
 * was collected; the index may fall below zero when the overdue balance grew by more than was available.
 *
 * <pre>
 *   // Jan-Mar: beginning 6,200, sales 10,890, ending 6,340 of which 3,590 current
 *   CollectionEffectiveness.index(q1, CeiSalesConvention.MONTHLY_AVERAGE_SALES);   // 55.93
 *   CollectionEffectiveness.index(q1, CeiSalesConvention.WHOLE_PERIOD_SALES);      // 79.63
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CollectionEffectiveness {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CollectionEffectiveness() {
    }

    /**
     * Computes the collection effectiveness index of a period, in percent.
     *
     * @param figures the period's figures, with beginningReceivables and endingCurrentReceivables present, not null
     * @param convention which credit sales to use, not null
     * @return the index in percent, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if figures or convention is null
     * @throws IllegalArgumentException if beginningReceivables or endingCurrentReceivables is absent; if
     *     the convention is MONTHLY_AVERAGE_SALES and the period is not whole calendar months; or if the
     *     denominator (what was available to collect) is zero
     */
    public static BigDecimal index(PeriodFigures figures, CeiSalesConvention convention) {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(convention, "convention");
        String metric = "the collection effectiveness index";
        BigDecimal beginning = figures.requireBeginningReceivables(metric).getAmount();
        BigDecimal current = figures.requireEndingCurrentReceivables(metric).getAmount();
        BigDecimal n = convention == CeiSalesConvention.MONTHLY_AVERAGE_SALES
                ? BigDecimal.valueOf(figures.getPeriod().getMonthCount())
                : BigDecimal.ONE;
        BigDecimal available = n.multiply(beginning).add(figures.getCreditSales().getAmount());
        BigDecimal numerator = available.subtract(n.multiply(figures.getEndingReceivables().getAmount()));
        BigDecimal denominator = available.subtract(n.multiply(current));
        if (denominator.signum() == 0) {
            throw new IllegalArgumentException("beginningReceivables " + figures.getBeginningReceivables().get()
                    + " + creditSales " + figures.getCreditSales() + " / " + n + " - endingCurrentReceivables "
                    + figures.getEndingCurrentReceivables().get() + " is zero for period " + figures.getPeriod()
                    + ": nothing was available to collect, so the index is undefined");
        }
        return MetricRounding.divide(numerator.multiply(HUNDRED), denominator);
    }
}
