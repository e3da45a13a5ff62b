package org.receivables.aging.metrics;

/**
 * Whether a countback DSO could account for the whole balance from the sales history it was given.
 *
 * <p>Enums are immutable and thread-safe.
 */
public enum CountbackStatus {
    /** The balance was exhausted against the sales history: the days are meaningful. */
    EXPLAINED,
    /** The balance is larger than the credit sales of every month given: more history is needed. */
    BALANCE_EXCEEDS_HISTORY,
    /** A month the countback had to consume has zero or negative credit sales, so it cannot go on. */
    NON_POSITIVE_SALES
}
