package org.receivables.aging;

import org.joda.money.CurrencyUnit;

/**
 * The mutable running sums of one customer and currency while a report is built: minor units and
 * counts in {@code long}s, no {@code BigDecimal} per item. Not thread-safe; never leaves the builder.
 */
final class Tally {

    private final CurrencyUnit currency;
    private final long[] amounts;
    private final long[] counts;
    private long credits;
    private long creditCount;
    private long disputed;
    private long disputedCount;

    Tally(CurrencyUnit currency, int buckets) {
        this.currency = currency;
        this.amounts = new long[buckets];
        this.counts = new long[buckets];
    }

    /** Adds one open item; all sums are computed before any is stored, so an overflow changes nothing. */
    void addItem(int bucket, long minor, boolean isDisputed, String where) {
        long amount = add(amounts[bucket], minor, where, currency);
        long count = add(counts[bucket], 1, where, currency);
        long disputedAmount = isDisputed ? add(disputed, minor, where, currency) : disputed;
        long disputedItems = isDisputed ? add(disputedCount, 1, where, currency) : disputedCount;
        amounts[bucket] = amount;
        counts[bucket] = count;
        disputed = disputedAmount;
        disputedCount = disputedItems;
    }

    /** Adds one credit; an overflow changes nothing. */
    void addCredit(long minor, String where) {
        long amount = add(credits, minor, where, currency);
        long count = add(creditCount, 1, where, currency);
        credits = amount;
        creditCount = count;
    }

    AgingAmounts toAmounts(AgingBuckets buckets, boolean netted) {
        return new AgingAmounts(currency, buckets, netted, amounts.clone(), counts.clone(), credits, creditCount,
                disputed, disputedCount);
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
