package org.receivables.aging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The figures of one row of an aging report in one currency: the amount and count of open items per
 * bucket, their total, the credits, the disputed part, and percentages per bucket. A row is either
 * one customer's ({@link AgingLine}) or the portfolio's total for a currency
 * ({@link AgingReport#getTotals(CurrencyUnit)}).
 *
 * <p><b>Columns.</b>
 * <ul>
 *   <li>{@link #getOpenItemAmounts()}: the open amount of the items in each bucket, credits never included;</li>
 *   <li>{@link #getAmounts()}: the buckets as presented: the open-item amounts, less the credits in the
 *       bucket holding age 0 when credits are {@linkplain CreditPresentation#NET_INTO_CURRENT netted}
 *       (that bucket may then be negative); {@link #getTotal()} is their sum;</li>
 *   <li>{@link #getCredits()}: the unapplied payments and open credit notes, a positive amount, shown
 *       either way (in its own column, or as what was netted);</li>
 *   <li>{@link #getNetBalance()}: open items less credits;</li>
 *   <li>{@link #getDisputedAmount()}: the open amount of disputed items. Disputed items stay
 *       <em>inside</em> their buckets and totals; this column shows the part of the total that is
 *       disputed (a memo column), so the aging total always equals the open balance.</li>
 * </ul>
 *
 * <p>Amounts are summed exactly in minor units (a {@code long} per column) and turned into
 * {@link Money} only when read. Percentages are {@code bucket / total x 100}, each one exact quotient
 * rounded once, half-even, to {@value #PERCENT_SCALE} decimal places; when the total is zero every
 * percentage is zero. Percentages need not add to exactly 100.00, and with netted credits a bucket (and
 * so its percentage) can be negative.
 *
 * <pre>
 *   // EUR 100.00 current, EUR 50.00 in 1-30, EUR 50.00 (disputed) over 120, credits EUR 30.00, separate column
 *   row.getAmounts();        // [EUR 100.00, EUR 50.00, EUR 0.00, EUR 0.00, EUR 0.00, EUR 50.00]
 *   row.getTotal();          // EUR 200.00
 *   row.getOverdueAmount();  // EUR 100.00
 *   row.getDisputedAmount(); // EUR 50.00
 *   row.getNetBalance();     // EUR 170.00
 *   row.getPercentages();    // [50.00, 25.00, 0.00, 0.00, 0.00, 25.00]
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgingAmounts {

    /** The scale of {@link #getPercentages()}: 2 decimal places of percent. */
    public static final int PERCENT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CurrencyUnit currency;
    private final AgingBuckets buckets;
    private final boolean netted;
    private final long[] amounts;
    private final long[] counts;
    private final long credits;
    private final long creditCount;
    private final long disputed;
    private final long disputedCount;

    AgingAmounts(CurrencyUnit currency, AgingBuckets buckets, boolean netted, long[] amounts, long[] counts,
            long credits, long creditCount, long disputed, long disputedCount) {
        this.currency = currency;
        this.buckets = buckets;
        this.netted = netted;
        this.amounts = amounts;
        this.counts = counts;
        this.credits = credits;
        this.creditCount = creditCount;
        this.disputed = disputed;
        this.disputedCount = disputedCount;
    }

    static AgingAmounts zero(CurrencyUnit currency, AgingBuckets buckets, boolean netted) {
        return new AgingAmounts(currency, buckets, netted, new long[buckets.size()], new long[buckets.size()], 0, 0, 0, 0);
    }

    /** Adds another row of the same currency and layout; overflow is an IllegalArgumentException. */
    AgingAmounts plus(AgingAmounts other, String where) {
        long[] a = new long[amounts.length];
        long[] c = new long[counts.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = Tally.add(amounts[i], other.amounts[i], where, currency);
            c[i] = Tally.add(counts[i], other.counts[i], where, currency);
        }
        return new AgingAmounts(currency, buckets, netted, a, c,
                Tally.add(credits, other.credits, where, currency),
                Tally.add(creditCount, other.creditCount, where, currency),
                Tally.add(disputed, other.disputed, where, currency),
                Tally.add(disputedCount, other.disputedCount, where, currency));
    }

    /** The row of an accumulator laid out as amounts, counts, credits, credit count, disputed, disputed count. */
    static AgingAmounts ofAccumulator(CurrencyUnit currency, AgingBuckets buckets, boolean netted, long[] acc) {
        int n = buckets.size();
        return new AgingAmounts(currency, buckets, netted, Arrays.copyOfRange(acc, 0, n), Arrays.copyOfRange(acc, n, 2 * n),
                acc[2 * n], acc[2 * n + 1], acc[2 * n + 2], acc[2 * n + 3]);
    }

    long[] openItemMinor() {
        return amounts;
    }

    long creditsMinor() {
        return credits;
    }

    /**
     * Gets the currency of every amount in the row.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return currency;
    }

    /**
     * Gets the buckets, one per column.
     *
     * @return the buckets, not null
     */
    public AgingBuckets getBuckets() {
        return buckets;
    }

    /**
     * Gets the open amount of the items in each bucket; credits are never included.
     *
     * @return one amount per bucket, zero or more, unmodifiable, not null
     */
    public List<Money> getOpenItemAmounts() {
        List<Money> list = new ArrayList<>(amounts.length);
        for (long a : amounts) {
            list.add(Money.ofMinor(currency, a));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Gets the amount of each bucket as presented: the open items, less the credits in the bucket
     * holding age 0 when credits are netted.
     *
     * @return one amount per bucket, unmodifiable, not null
     */
    public List<Money> getAmounts() {
        List<Money> list = new ArrayList<>(amounts.length);
        for (int i = 0; i < amounts.length; i++) {
            list.add(Money.ofMinor(currency, presentedMinor(i)));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Gets the amount of one bucket as presented; see {@link #getAmounts()}.
     *
     * @param index the bucket's position, from 0
     * @return the amount, not null
     * @throws IllegalArgumentException if index is not a bucket position
     */
    public Money getAmount(int index) {
        checkIndex(index);
        return Money.ofMinor(currency, presentedMinor(index));
    }

    /**
     * Gets the number of open items in each bucket.
     *
     * @return one count per bucket, unmodifiable, not null
     */
    public List<Long> getCounts() {
        List<Long> list = new ArrayList<>(counts.length);
        for (long c : counts) {
            list.add(c);
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Gets the number of open items in one bucket.
     *
     * @param index the bucket's position, from 0
     * @return the count, zero or more
     * @throws IllegalArgumentException if index is not a bucket position
     */
    public long getCount(int index) {
        checkIndex(index);
        return counts[index];
    }

    /**
     * Gets the number of open items in all buckets.
     *
     * @return the count, zero or more
     */
    public long getItemCount() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /**
     * Gets the sum of the buckets as presented: the open items, less the credits when they are netted.
     *
     * @return the total, not null
     */
    public Money getTotal() {
        return Money.ofMinor(currency, presentedTotalMinor());
    }

    /**
     * Gets the open amount of all items: the open balance before credits.
     *
     * @return the total of the open items, zero or more, not null
     */
    public Money getOpenItemTotal() {
        return Money.ofMinor(currency, openItemTotalMinor());
    }

    /**
     * Gets the credits: unapplied payments and open credit notes, whichever way they are presented.
     *
     * @return the credits, zero or more, not null
     */
    public Money getCredits() {
        return Money.ofMinor(currency, credits);
    }

    /**
     * Gets the number of credits.
     *
     * @return the count, zero or more
     */
    public long getCreditCount() {
        return creditCount;
    }

    /**
     * Gets the open items less the credits.
     *
     * @return the net balance, negative when credits exceed the open items, not null
     */
    public Money getNetBalance() {
        return Money.ofMinor(currency, openItemTotalMinor() - credits);
    }

    /**
     * Gets the open amount of disputed items; they are also inside their buckets and the totals.
     *
     * @return the disputed amount, zero or more, not null
     */
    public Money getDisputedAmount() {
        return Money.ofMinor(currency, disputed);
    }

    /**
     * Gets the number of disputed open items.
     *
     * @return the count, zero or more
     */
    public long getDisputedCount() {
        return disputedCount;
    }

    /**
     * Gets the open amount of items in past-due buckets (those whose lowest age is 1 or more),
     * credits not deducted. Under {@link AgingBasis#ISSUE_DATE} ages count from the issue date, so this
     * is the amount of items issued before the as-of date.
     *
     * @return the overdue amount, zero or more, not null
     */
    public Money getOverdueAmount() {
        return Money.ofMinor(currency, overdueMinor());
    }

    /**
     * Gets each presented bucket's share of the presented total, in percent.
     *
     * @return one percentage per bucket at {@value #PERCENT_SCALE} decimal places; all zero when the total is zero
     */
    public List<BigDecimal> getPercentages() {
        long total = presentedTotalMinor();
        List<BigDecimal> list = new ArrayList<>(amounts.length);
        for (int i = 0; i < amounts.length; i++) {
            if (total == 0) {
                list.add(BigDecimal.ZERO.setScale(PERCENT_SCALE));
            } else {
                list.add(BigDecimal.valueOf(presentedMinor(i)).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(total), PERCENT_SCALE, RoundingMode.HALF_EVEN));
            }
        }
        return Collections.unmodifiableList(list);
    }

    long overdueMinor() {
        long sum = 0;
        for (int i = 0; i < amounts.length; i++) {
            if (buckets.get(i).isOverdue()) {
                sum = Tally.add(sum, amounts[i], "overdue total", currency);
            }
        }
        return sum;
    }

    private long presentedMinor(int index) {
        return netted && index == buckets.currentIndex()
                ? Tally.subtract(amounts[index], credits, "bucket " + buckets.get(index), currency)
                : amounts[index];
    }

    private long presentedTotalMinor() {
        long total = openItemTotalMinor();
        return netted ? Tally.subtract(total, credits, "net total", currency) : total;
    }

    private long openItemTotalMinor() {
        long sum = 0;
        for (long a : amounts) {
            sum = Tally.add(sum, a, "total", currency);
        }
        return sum;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= amounts.length) {
            throw new IllegalArgumentException("index " + index + " is not between 0 and " + (amounts.length - 1));
        }
    }

    /**
     * Checks whether another object is a row with the same currency, buckets, presentation and figures.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof AgingAmounts)) {
            return false;
        }
        AgingAmounts o = (AgingAmounts) obj;
        return currency.equals(o.currency) && buckets.equals(o.buckets) && netted == o.netted
                && Arrays.equals(amounts, o.amounts) && Arrays.equals(counts, o.counts)
                && credits == o.credits && creditCount == o.creditCount
                && disputed == o.disputed && disputedCount == o.disputedCount;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return ((currency.hashCode() * 31 + Arrays.hashCode(amounts)) * 31 + Arrays.hashCode(counts)) * 31
                + Long.hashCode(credits) + 7 * Long.hashCode(disputed);
    }

    /**
     * Returns the figures, such as {@code "EUR [100.00 (1), 50.00 (1), ...] total 150.00, credits 30.00, disputed 0.00"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(currency.getCode()).append(" [");
        List<Money> shown = getAmounts();
        for (int i = 0; i < amounts.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shown.get(i).getAmount().toPlainString()).append(" (").append(counts[i]).append(')');
        }
        return sb.append("] total ").append(getTotal().getAmount().toPlainString())
                .append(", credits ").append(getCredits().getAmount().toPlainString())
                .append(", disputed ").append(getDisputedAmount().getAmount().toPlainString()).toString();
    }
}
