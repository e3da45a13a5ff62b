package org.receivables.core.credit;

/**
 * What a credit decision tells the caller to do.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CreditOutcome {
    /** Exposure is within the limit: go ahead. */
    APPROVE,
    /** Exposure is above the limit: hold, and see the shortfall. */
    HOLD
}
