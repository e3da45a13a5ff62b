package org.receivables.aging.metrics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Receivables turnover: how many times the average receivables balance was collected in a period,
 * and the same expressed in days (the average collection period), as financial-analysis textbooks define them.
 *
 * <pre>
 *   turnover = creditSales / averageReceivables,   averageReceivables = (beginning + ending) / 2
 *   days     = yearDays / turnover = yearDays x averageReceivables / creditSales
 * </pre>
 * {@code beginning} and {@code ending} are the total receivables at the start and at the close of
 * the period; {@code yearDays} is 360 or 365 ({@link YearBasis}). The days figure reads as days only
 * when the period is a year, as the textbook formula assumes; for other periods prefer
 * {@link DaysSalesOutstanding#standard(PeriodFigures, ReceivablesBasis)}. Each result is one exact
 * fraction rounded once, half-even, to {@link MetricRounding#SCALE} places.
 *
 * <pre>
 *   // a year: credit sales 6,000,000, receivables 550,000 at the start and 650,000 at the end
 *   ReceivablesTurnover.ratio(year);                      // 10.00
 *   ReceivablesTurnover.days(year, YearBasis.DAYS_360);   // 36.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReceivablesTurnover {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ReceivablesTurnover() {
    }

    /**
     * Computes the receivables turnover ratio: credit sales over the average receivables.
     *
     * @param figures the period's figures, with beginningReceivables present, not null
     * @return the number of times, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if figures is null
     * @throws IllegalArgumentException if beginningReceivables is absent or the average receivables are zero
     */
    public static BigDecimal ratio(PeriodFigures figures) {
        Objects.requireNonNull(figures, "figures");
        BigDecimal sum = figures.requireBeginningReceivables("receivables turnover").getAmount()
                .add(figures.getEndingReceivables().getAmount());
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("beginningReceivables " + figures.getBeginningReceivables().get()
                    + " and endingReceivables " + figures.getEndingReceivables()
                    + " are both zero: receivables turnover divides by their average");
        }
        return MetricRounding.divide(figures.getCreditSales().getAmount().multiply(TWO), sum);
    }

    /**
     * Computes the receivables turnover in days: the year's days over the turnover ratio.
     *
     * @param figures the period's figures, with beginningReceivables present, not null
     * @param basis the number of days in a year, not null
     * @return the days, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if figures or basis is null
     * @throws IllegalArgumentException if beginningReceivables is absent or the credit sales are zero
     */
    public static BigDecimal days(PeriodFigures figures, YearBasis basis) {
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(basis, "basis");
        String metric = "receivables turnover in days";
        BigDecimal sum = figures.requireBeginningReceivables(metric).getAmount()
                .add(figures.getEndingReceivables().getAmount());
        figures.requirePositiveCreditSales(metric);
        return MetricRounding.divide(sum.multiply(BigDecimal.valueOf(basis.getDays())),
                figures.getCreditSales().getAmount().multiply(TWO));
    }
}
