package org.receivables.aging;

/**
 * How an aging report shows a customer's credits (unapplied payments and open credit notes).
 *
 * <pre>
 *   // open items: EUR 100.00 current, EUR 50.00 in 1-30; an unapplied payment of EUR 30.00
 *   SEPARATE_COLUMN:   current 100.00, 1-30 50.00, total 150.00, credits 30.00, net balance 120.00
 *   NET_INTO_CURRENT:  current  70.00, 1-30 50.00, total 120.00, credits 30.00, net balance 120.00
 * </pre>
 *
 * <p>Either way the open items themselves are in their buckets unchanged
 * ({@link AgingAmounts#getOpenItemAmounts()}), and the net balance is the open items less the credits.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CreditPresentation {

    /** Credits in their own column; the buckets and their total hold open items only. The default. */
    SEPARATE_COLUMN,

    /**
     * Credits subtracted from the bucket that holds age 0 ({@link AgingBuckets#currentIndex()}), which
     * may then be negative; the buckets' total is the net balance. The credits column still reports
     * what was netted.
     */
    NET_INTO_CURRENT
}
