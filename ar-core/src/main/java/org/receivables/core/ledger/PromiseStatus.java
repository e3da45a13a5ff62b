package org.receivables.core.ledger;

/**
 * Whether a promise to pay was kept, judged as of a date.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PromiseStatus {
    /** The promised date has not passed and the amount is not yet paid. */
    PENDING,
    /** The amount was paid by the promised date. */
    KEPT,
    /** The promised date has passed without the amount paid. */
    BROKEN
}
