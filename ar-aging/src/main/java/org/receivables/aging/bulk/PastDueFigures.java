package org.receivables.aging.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.metrics.MetricRounding;

/**
 * The open receivables of {@code OpenItemColumns} per currency on a date, split into the current part
 * and the part more than a number of days past due: what {@link BulkMetrics#pastDue} sums in one pass,
 * and the percentages the object API's {@code PastDueShare} reports.
 *
 * <pre>
 *   PastDueFigures f = BulkMetrics.pastDue(columns, LocalDate.parse("2024-03-31"), 90);
 *   f.getOpenReceivables(CurrencyUnit.EUR);        // EUR 1200.00
 *   f.getCurrentReceivables(CurrencyUnit.EUR);     // EUR 200.00
 *   f.percentCurrent(CurrencyUnit.EUR);            // 16.67
 *   f.percentPastDue(CurrencyUnit.EUR);            // 0.00, more than 90 days past due
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PastDueFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LocalDate asOf;
    private final int days;
    private final List<CurrencyUnit> currencies;
    private final long[] total;
    private final long[] current;
    private final long[] pastDue;
    private final long[] count;

    PastDueFigures(LocalDate asOf, int days, List<CurrencyUnit> currencies, long[] total, long[] current, long[] pastDue,
            long[] count) {
        this.asOf = asOf;
        this.days = days;
        this.currencies = Collections.unmodifiableList(currencies);
        this.total = total;
        this.current = current;
        this.pastDue = pastDue;
        this.count = count;
    }

    /**
     * Gets the date the figures are measured on.
     *
     * @return the date, not null
     */
    public LocalDate getAsOf() {
        return asOf;
    }

    /**
     * Gets the number of days past due that the past-due part exceeds.
     *
     * @return the days, zero or more
     */
    public int getDays() {
        return days;
    }

    /**
     * Gets the currencies with figures (those of the columns, in their order).
     *
     * @return the currencies, unmodifiable, not null
     */
    public List<CurrencyUnit> getCurrencies() {
        return currencies;
    }

    /**
     * Gets the open receivables in a currency: the sum of every item's open amount.
     *
     * @param currency the currency, not null
     * @return the sum, zero if no item is in the currency, not null
     * @throws NullPointerException if currency is null
     */
    public Money getOpenReceivables(CurrencyUnit currency) {
        return Money.ofMinor(currency, get(total, currency));
    }

    /**
     * Gets the current receivables in a currency: the open amount of items not yet past due on the date.
     *
     * @param currency the currency, not null
     * @return the sum, zero if none, not null
     * @throws NullPointerException if currency is null
     */
    public Money getCurrentReceivables(CurrencyUnit currency) {
        return Money.ofMinor(currency, get(current, currency));
    }

    /**
     * Gets the open amount in a currency of items more than {@link #getDays()} days past due on the date.
     *
     * @param currency the currency, not null
     * @return the sum, zero if none, not null
     * @throws NullPointerException if currency is null
     */
    public Money getPastDueReceivables(CurrencyUnit currency) {
        return Money.ofMinor(currency, get(pastDue, currency));
    }

    /**
     * Computes the percentage of the open amount in a currency that is current, as {@code PastDueShare.percentCurrent}.
     *
     * @param currency the currency, with at least one item, not null
     * @return the percentage, 0 to 100, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if currency is null
     * @throws IllegalArgumentException if no item is in the currency
     */
    public BigDecimal percentCurrent(CurrencyUnit currency) {
        return percent(current, currency);
    }

    /**
     * Computes the percentage of the open amount in a currency that is more than {@link #getDays()} days
     * past due, as {@code PastDueShare.percentPastDueMoreThan}.
     *
     * @param currency the currency, with at least one item, not null
     * @return the percentage, 0 to 100, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if currency is null
     * @throws IllegalArgumentException if no item is in the currency
     */
    public BigDecimal percentPastDue(CurrencyUnit currency) {
        return percent(pastDue, currency);
    }

    private long get(long[] sums, CurrencyUnit currency) {
        int k = currencies.indexOf(Objects.requireNonNull(currency, "currency"));
        return k < 0 ? 0 : sums[k];
    }

    private BigDecimal percent(long[] part, CurrencyUnit currency) {
        int k = currencies.indexOf(Objects.requireNonNull(currency, "currency"));
        if (k < 0 || count[k] == 0) {
            throw new IllegalArgumentException("currency " + currency
                    + " has no open item; a share of the open receivables needs at least one");
        }
        return BigDecimal.valueOf(part[k]).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(total[k]), MetricRounding.SCALE, MetricRounding.ROUNDING);
    }

    /**
     * Returns the figures as text, such as {@code "PastDueFigures[2024-03-31, >90 days, EUR: open 120000, current 20000, past due 0]"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("PastDueFigures[").append(asOf).append(", >").append(days).append(" days");
        for (int k = 0; k < currencies.size(); k++) {
            b.append(", ").append(currencies.get(k)).append(": open ").append(total[k]).append(", current ")
                    .append(current[k]).append(", past due ").append(pastDue[k]);
        }
        return b.append(']').toString();
    }

    /**
     * Checks whether another object holds the same figures for the same date and days.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof PastDueFigures)) {
            return false;
        }
        PastDueFigures o = (PastDueFigures) obj;
        return asOf.equals(o.asOf) && days == o.days && currencies.equals(o.currencies) && Arrays.equals(total, o.total)
                && Arrays.equals(current, o.current) && Arrays.equals(pastDue, o.pastDue) && Arrays.equals(count, o.count);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(asOf, days, currencies) * 31 + Arrays.hashCode(total);
    }
}
