package org.receivables.aging.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.metrics.LedgerFigures;
import org.receivables.aging.metrics.MetricRounding;
import org.receivables.aging.metrics.OpenReceivable;
import org.receivables.aging.metrics.PastDueShare;
import org.receivables.core.bulk.OpenItemColumns;

/**
 * The metrics that scan open items, over {@link OpenItemColumns}: the open and current receivables
 * of a currency, and the share of them that is current or more than a number of days past due, each
 * exactly equal to the object API's figure for the equivalent items.
 *
 * <p>Of the metrics in {@code org.receivables.aging.metrics}, these are the ones that read open items
 * rather than sales or settled invoices:
 * <ul>
 *   <li>{@link PastDueShare} (percent current, percent more than N days past due) over
 *       {@link OpenReceivable}s: {@link #percentCurrent}, {@link #percentPastDueMoreThan} and
 *       {@link #percentOver90DaysPastDue} give the same rounded percentage for
 *       {@code OpenReceivable.of(dueDate, openAmount)} of every item in the currency, disputed or not;</li>
 *   <li>{@link LedgerFigures#periodFigures}'s ending and ending current receivables, the inputs of
 *       best possible DSO and average days delinquent: {@link #openReceivables} and
 *       {@link #currentReceivables} of the columns of a portfolio as of the period's last day
 *       ({@code OpenItemColumns.of(portfolio, end)}).</li>
 * </ul>
 * Days past due are the as-of date minus the due date; an item due on the as-of date is current. The
 * other metrics (standard and countback DSO, CEI, turnover, payment timing) read monthly sales or
 * settled invoices, not open items, and have no bulk form here.
 *
 * <p>{@link #pastDue(OpenItemColumns, LocalDate, int)} sums every currency in one pass into
 * {@link PastDueFigures}, which gives the same percentages; use it when several figures are needed.
 *
 * <p><b>How.</b> One pass per call over the columns in {@code long} minor units (no object per item),
 * split into customer ranges summed in parallel and added up; a sum beyond a {@code long} is an
 * {@link IllegalArgumentException}. The percentage is one exact {@link BigDecimal} division rounded
 * half-even to {@link MetricRounding#SCALE} places, as the object API does.
 *
 * <pre>
 *   OpenItemColumns columns = OpenItemColumns.of(portfolio, asOf);
 *   BulkMetrics.percentCurrent(columns, CurrencyUnit.EUR, asOf);           // 56.62
 *   BulkMetrics.percentOver90DaysPastDue(columns, CurrencyUnit.EUR, asOf); // 0.79
 *   BulkMetrics.currentReceivables(columns, CurrencyUnit.EUR, asOf);       // EUR 3590.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class BulkMetrics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Items per parallel range below which one thread sums everything. */
    private static final int PARALLEL_THRESHOLD = 1 << 16;

    private BulkMetrics() {
    }

    /**
     * Gets the open receivables in one currency: the sum of every item's open amount.
     *
     * @param columns the open items, not null
     * @param currency the currency, not null
     * @return the sum, zero if no item is in the currency, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the sum overflows a long of minor units
     */
    public static Money openReceivables(OpenItemColumns columns, CurrencyUnit currency) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(currency, "currency");
        return Money.ofMinor(currency, sumsOf(columns, currency, 0, Integer.MAX_VALUE)[0]);
    }

    /**
     * Gets the current receivables in one currency on a date: the open amount of the items not yet past
     * due (due on or after the date).
     *
     * @param columns the open items, not null
     * @param currency the currency, not null
     * @param asOf the date, not null
     * @return the sum, zero if none, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the sum overflows a long of minor units
     */
    public static Money currentReceivables(OpenItemColumns columns, CurrencyUnit currency, LocalDate asOf) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        return Money.ofMinor(currency, sumsOf(columns, currency, asOf.toEpochDay(), Integer.MAX_VALUE)[1]);
    }

    /**
     * Computes the percentage of the open amount in one currency that is not yet past due on a date,
     * as {@link PastDueShare#percentCurrent(java.util.List, LocalDate)}.
     *
     * @param columns the open items, not null
     * @param currency the currency, with at least one item, not null
     * @param asOf the date, not null
     * @return the percentage current, 0 to 100, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no item is in the currency, or a sum overflows a long of minor units
     */
    public static BigDecimal percentCurrent(OpenItemColumns columns, CurrencyUnit currency, LocalDate asOf) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        long[] s = sumsOf(columns, currency, asOf.toEpochDay(), Integer.MAX_VALUE);
        return percent(s[1], s, currency);
    }

    /**
     * Computes the percentage of the open amount in one currency that is more than 90 days past due on a
     * date, as {@link PastDueShare#percentOver90DaysPastDue(java.util.List, LocalDate)}.
     *
     * @param columns the open items, not null
     * @param currency the currency, with at least one item, not null
     * @param asOf the date, not null
     * @return the percentage, 0 to 100, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if no item is in the currency, or a sum overflows a long of minor units
     */
    public static BigDecimal percentOver90DaysPastDue(OpenItemColumns columns, CurrencyUnit currency, LocalDate asOf) {
        return percentPastDueMoreThan(columns, currency, asOf, 90);
    }

    /**
     * Computes the percentage of the open amount in one currency that is more than a number of days past
     * due on a date, as {@link PastDueShare#percentPastDueMoreThan(java.util.List, LocalDate, int)}.
     *
     * @param columns the open items, not null
     * @param currency the currency, with at least one item, not null
     * @param asOf the date, not null
     * @param days the number of days past due to exceed, zero or more
     * @return the percentage, 0 to 100, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if days is negative, no item is in the currency, or a sum overflows a
     *         long of minor units
     */
    public static BigDecimal percentPastDueMoreThan(OpenItemColumns columns, CurrencyUnit currency, LocalDate asOf,
            int days) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        if (days < 0) {
            throw new IllegalArgumentException("days " + days + " is negative");
        }
        long[] s = sumsOf(columns, currency, asOf.toEpochDay(), days);
        return percent(s[2], s, currency);
    }

    /**
     * Sums the open items of every currency in one pass: the open receivables, the current part (not yet
     * past due on the date) and the part more than a number of days past due.
     *
     * @param columns the open items, not null
     * @param asOf the date, not null
     * @param days the number of days past due to exceed, zero or more
     * @return the figures per currency of the columns, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if days is negative, or a sum overflows a long of minor units
     */
    public static PastDueFigures pastDue(OpenItemColumns columns, LocalDate asOf, int days) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(asOf, "asOf");
        if (days < 0) {
            throw new IllegalArgumentException("days " + days + " is negative");
        }
        int nc = columns.getCurrencies().size();
        long[] s = sums(columns, -1, asOf.toEpochDay(), days);
        long[][] split = new long[4][nc];
        for (int k = 0; k < nc; k++) {
            for (int f = 0; f < 4; f++) {
                split[f][k] = s[k * 4 + f];
            }
        }
        return new PastDueFigures(asOf, days, new ArrayList<>(columns.getCurrencies()), split[0], split[1], split[2], split[3]);
    }

    private static long[] sumsOf(OpenItemColumns columns, CurrencyUnit currency, long asOfDay, int days) {
        int cu = columns.getCurrencies().indexOf(currency);
        return cu < 0 ? new long[4] : sums(columns, cu, asOfDay, days);
    }

    private static BigDecimal percent(long part, long[] sums, CurrencyUnit currency) {
        if (sums[3] == 0) {
            throw new IllegalArgumentException("currency " + currency
                    + " has no open item; a share of the open receivables needs at least one");
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(sums[0]), MetricRounding.SCALE, MetricRounding.ROUNDING);
    }

    /**
     * One pass: per currency (all of them if {@code currency} is -1, else only that one at index 0)
     * {total, current (due on or after asOfDay), more than {@code days} past due, item count} in minor units.
     */
    private static long[] sums(OpenItemColumns columns, int currency, long asOfDay, int days) {
        int width = currency < 0 ? 4 * columns.getCurrencies().size() : 4;
        int customers = columns.customerCount();
        int parts = columns.size() < PARALLEL_THRESHOLD ? 1 : Runtime.getRuntime().availableProcessors();
        if (parts == 1) {
            return sumRange(columns, currency, width, asOfDay, days, 0, customers);
        }
        int[] bounds = columns.customerRanges(parts);
        return IntStream.range(0, parts).parallel()
                .mapToObj(p -> sumRange(columns, currency, width, asOfDay, days, bounds[p], bounds[p + 1]))
                .reduce(BulkMetrics::add)
                .orElseGet(() -> new long[width]);
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = new long[a.length];
        try {
            for (int k = 0; k < a.length; k++) {
                sum[k] = Math.addExact(a[k], b[k]);
            }
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("open receivables exceed " + Long.MAX_VALUE + " minor units", ex);
        }
        return sum;
    }

    private static long[] sumRange(OpenItemColumns columns, int currency, int width, long asOfDay, int days, int from,
            int to) {
        long[] s = new long[width];
        long lateAfter = asOfDay - days; // more than days past due: dueDay < asOfDay - days
        int i = columns.customerStart(from);
        try {
            for (int end = columns.customerStart(to); i < end; i++) {
                int cu = columns.currencyIndex(i);
                int k;
                if (currency < 0) {
                    k = cu * 4;
                } else if (cu == currency) {
                    k = 0;
                } else {
                    continue;
                }
                long m = columns.openMinor(i);
                int due = columns.dueEpochDay(i);
                s[k] = Math.addExact(s[k], m);
                s[k + 3]++;
                if (due >= asOfDay) {
                    s[k + 1] = Math.addExact(s[k + 1], m);
                }
                if (due < lateAfter) {
                    s[k + 2] = Math.addExact(s[k + 2], m);
                }
            }
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("open receivables in " + columns.getCurrency(columns.currencyIndex(i))
                    + " exceed " + Long.MAX_VALUE + " minor units", ex);
        }
        return s;
    }
}
