package org.receivables.aging.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;
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
        return Money.ofMinor(currency, sums(columns, currency, 0, Integer.MAX_VALUE)[0]);
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
        return Money.ofMinor(currency, sums(columns, currency, asOf.toEpochDay(), Integer.MAX_VALUE)[1]);
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
        long[] s = sums(columns, currency, asOf.toEpochDay(), Integer.MAX_VALUE);
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
        long[] s = sums(columns, currency, asOf.toEpochDay(), days);
        return percent(s[2], s, currency);
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
     * One pass: {total, current (due on or after asOfDay), more than {@code days} past due, item count} in
     * minor units of the currency.
     */
    private static long[] sums(OpenItemColumns columns, CurrencyUnit currency, long asOfDay, int days) {
        int cu = columns.getCurrencies().indexOf(currency);
        if (cu < 0) {
            return new long[4];
        }
        int customers = columns.customerCount();
        int parts = columns.size() < PARALLEL_THRESHOLD ? 1 : Runtime.getRuntime().availableProcessors();
        if (parts == 1) {
            return sumRange(columns, cu, asOfDay, days, 0, customers);
        }
        int[] bounds = new int[parts + 1];
        for (int p = 0; p <= parts; p++) {
            bounds[p] = (int) ((long) customers * p / parts);
        }
        return IntStream.range(0, parts).parallel()
                .mapToObj(p -> sumRange(columns, cu, asOfDay, days, bounds[p], bounds[p + 1]))
                .reduce(BulkMetrics::add)
                .orElseGet(() -> new long[4]);
    }

    private static long[] add(long[] a, long[] b) {
        try {
            return new long[] {Math.addExact(a[0], b[0]), Math.addExact(a[1], b[1]), Math.addExact(a[2], b[2]), a[3] + b[3]};
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("open receivables exceed " + Long.MAX_VALUE + " minor units", ex);
        }
    }

    private static long[] sumRange(OpenItemColumns columns, int cu, long asOfDay, int days, int from, int to) {
        long total = 0;
        long current = 0;
        long late = 0;
        long count = 0;
        long lateAfter = asOfDay - days; // more than days past due: dueDay < asOfDay - days
        try {
            for (int i = columns.customerStart(from), end = columns.customerStart(to); i < end; i++) {
                if (columns.currencyIndex(i) != cu) {
                    continue;
                }
                long m = columns.openMinor(i);
                int due = columns.dueEpochDay(i);
                total = Math.addExact(total, m);
                count++;
                if (due >= asOfDay) {
                    current = Math.addExact(current, m);
                }
                if (due < lateAfter) {
                    late = Math.addExact(late, m);
                }
            }
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("open receivables in " + columns.getCurrency(cu) + " exceed "
                    + Long.MAX_VALUE + " minor units", ex);
        }
        return new long[] {total, current, late, count};
    }
}
