package org.receivables.aging.allowance;

/**
 * How a roll-rate analysis averages the monthly roll rates of a bucket over its look-back window.
 *
 * <pre>
 *   // bucket 1-30 at month end m: 1000, then 0 ; a month later bucket 31-60: 100, then 50 (from month m+1 to m+2)
 *   // month 1: 100 / 1000 = 10%; month 2: 50 / 0 has no denominator
 *   SIMPLE_AVERAGE:    10%  (the month without a balance is skipped)
 *   BALANCE_WEIGHTED:  (100 + 50) / (1000 + 0) = 15%
 * </pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RollRateAveraging {

    /**
     * The mean of the monthly rates {@code B(k+1, m+1) / B(k, m)}. A month whose bucket k balance is
     * zero has no rate and is skipped; if every month is skipped, the rate is zero.
     */
    SIMPLE_AVERAGE,

    /**
     * The balance-weighted mean: the sum of the numerators over the sum of the denominators,
     * {@code sum B(k+1, m+1) / sum B(k, m)}. If the denominators sum to zero, the rate is zero.
     */
    BALANCE_WEIGHTED
}
