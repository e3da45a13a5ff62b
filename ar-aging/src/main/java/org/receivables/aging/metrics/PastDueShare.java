package org.receivables.aging.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.LongPredicate;
import org.joda.money.CurrencyUnit;

/**
 * The share of open receivables that is current, or more than a number of days past due, as of a
 * date: the Credit Research Foundation's "percent current" and "percent over 91 days past due".
 *
 * <pre>
 *   percent current          = sum(open amount with daysPastDue &lt;= 0) / sum(open amount) x 100
 *   percent over 90 days     = sum(open amount with daysPastDue &gt; 90) / sum(open amount) x 100
 * </pre>
 * Days past due are the as-of date minus the due date ({@link OpenReceivable#daysPastDue(LocalDate)}):
 * an item due on the as-of date is current, one due 91 days before it is over 90 days past due.
 * Each result is one exact fraction rounded once, half-even, to {@link MetricRounding#SCALE} places.
 *
 * <pre>
 *   // as of 2023-03-31: 3,590 not yet due, 1,800 45 days, 900 75 days and 50 100 days past due
 *   PastDueShare.percentCurrent(items, asOf);             // 56.62
 *   PastDueShare.percentOver90DaysPastDue(items, asOf);   // 0.79
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PastDueShare {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PastDueShare() {
    }

    /**
     * Computes the percentage of the open amount that is not yet past due on a date.
     *
     * @param items the open receivables, in one currency, not empty, not null and holding no null
     * @param asOf the date to measure on, not null
     * @return the percentage current, 0 to 100, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if an argument is null or items holds null
     * @throws IllegalArgumentException if items is empty
     * @throws org.joda.money.CurrencyMismatchException if the amounts are in more than one currency
     */
    public static BigDecimal percentCurrent(List<OpenReceivable> items, LocalDate asOf) {
        return share(items, asOf, days -> days <= 0);
    }

    /**
     * Computes the percentage of the open amount that is more than 90 days past due on a date.
     *
     * @param items the open receivables, in one currency, not empty, not null and holding no null
     * @param asOf the date to measure on, not null
     * @return the percentage, 0 to 100, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if an argument is null or items holds null
     * @throws IllegalArgumentException if items is empty
     * @throws org.joda.money.CurrencyMismatchException if the amounts are in more than one currency
     */
    public static BigDecimal percentOver90DaysPastDue(List<OpenReceivable> items, LocalDate asOf) {
        return percentPastDueMoreThan(items, asOf, 90);
    }

    /**
     * Computes the percentage of the open amount that is more than a number of days past due on a date.
     *
     * @param items the open receivables, in one currency, not empty, not null and holding no null
     * @param asOf the date to measure on, not null
     * @param days the number of days past due to exceed, zero or more
     * @return the percentage, 0 to 100, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if items or asOf is null or items holds null
     * @throws IllegalArgumentException if items is empty or days is negative
     * @throws org.joda.money.CurrencyMismatchException if the amounts are in more than one currency
     */
    public static BigDecimal percentPastDueMoreThan(List<OpenReceivable> items, LocalDate asOf, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days " + days + " is negative");
        }
        return share(items, asOf, d -> d > days);
    }

    private static BigDecimal share(List<OpenReceivable> items, LocalDate asOf, LongPredicate selected) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(asOf, "asOf");
        for (OpenReceivable r : items) {
            Objects.requireNonNull(r, "items element");
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("items is empty; a share of the open receivables needs at least one");
        }
        CurrencyUnit currency = items.get(0).getOpenAmount().getCurrencyUnit();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal part = BigDecimal.ZERO;
        for (OpenReceivable r : items) {
            PeriodFigures.sameCurrency(currency, r.getOpenAmount());
            BigDecimal amount = r.getOpenAmount().getAmount();
            total = total.add(amount);
            if (selected.test(r.daysPastDue(asOf))) {
                part = part.add(amount);
            }
        }
        return MetricRounding.divide(part.multiply(HUNDRED), total);
    }
}
