package org.receivables.aging;

import org.joda.money.CurrencyUnit;
import org.receivables.core.customer.CustomerId;

/**
 * The mutable running sums of one customer and currency while a report is built: minor units and
 * counts in {@code long}s, no {@code BigDecimal} per item. Not thread-safe; never leaves the builder.
 */
final class Tally {

    private final CustomerId customerId;
    private final CurrencyUnit currency;
    private final AgingBuckets buckets;
    private final long[] amounts;
    private final long[] counts;
    private long credits;
    private long creditCount;
    private long disputed;
    private long disputedCount;

    Tally(CustomerId customerId, CurrencyUnit currency, AgingBuckets buckets) {
        this.customerId = customerId;
        this.currency = currency;
        this.buckets = buckets;
        this.amounts = new long[buckets.size()];
        this.counts = new long[buckets.size()];
    }

    /**
     * Adds one open item; all sums are computed before any is stored, so an overflow changes nothing.
     * The error text is only built when a sum overflows, so the common path allocates nothing.
     */
    void addItem(int bucket, long minor, boolean isDisputed) {
        long amount;
        long disputedAmount;
        try {
            amount = Math.addExact(amounts[bucket], minor);
            disputedAmount = isDisputed ? Math.addExact(disputed, minor) : disputed;
        } catch (ArithmeticException ex) {
            throw overflow("bucket " + buckets.get(bucket) + " of customer " + customerId, amounts[bucket], minor, ex);
        }
        long count = counts[bucket] + 1;
        long disputedItems = isDisputed ? disputedCount + 1 : disputedCount;
        amounts[bucket] = amount;
        counts[bucket] = count;
        disputed = disputedAmount;
        disputedCount = disputedItems;
    }

    /**
     * Adds pre-aggregated sums of items (already validated by the caller); all sums are computed
     * before any is stored, so an overflow changes nothing.
     */
    void addSums(long[] minor, long[] itemCounts, long disputedMinor, long disputedItems) {
        try {
            // First pass: check every sum, so an overflow changes nothing; no allocation on this path.
            for (int i = 0; i < amounts.length; i++) {
                Math.addExact(amounts[i], minor[i]);
                Math.addExact(counts[i], itemCounts[i]);
            }
            Math.addExact(disputed, disputedMinor);
            Math.addExact(disputedCount, disputedItems);
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("amount overflow: the sums of customer " + customerId + " in " + currency
                    + " exceed " + Long.MAX_VALUE + " minor units", ex);
        }
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] += minor[i];
            counts[i] += itemCounts[i];
        }
        disputed += disputedMinor;
        disputedCount += disputedItems;
    }

    /** Adds one credit; an overflow changes nothing. */
    void addCredit(long minor) {
        long amount;
        try {
            amount = Math.addExact(credits, minor);
        } catch (ArithmeticException ex) {
            throw overflow("credits of customer " + customerId, credits, minor, ex);
        }
        long count = creditCount + 1;
        credits = amount;
        creditCount = count;
    }

    AgingAmounts toAmounts(boolean netted) {
        return new AgingAmounts(currency, buckets, netted, amounts.clone(), counts.clone(), credits, creditCount,
                disputed, disputedCount);
    }

    private IllegalArgumentException overflow(String where, long a, long b, ArithmeticException ex) {
        return new IllegalArgumentException("amount overflow: " + where + " in " + currency
                + " exceeds " + Long.MAX_VALUE + " minor units (" + a + " + " + b + ")", ex);
    }

    static long add(long a, long b, String where, CurrencyUnit currency) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("amount overflow: " + where + " in " + currency
                    + " exceeds " + Long.MAX_VALUE + " minor units (" + a + " + " + b + ")", ex);
        }
    }

    static long subtract(long a, long b, String where, CurrencyUnit currency) {
        try {
            return Math.subtractExact(a, b);
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("amount overflow: " + where + " in " + currency
                    + " exceeds the range of a long of minor units (" + a + " - " + b + ")", ex);
        }
    }
}
