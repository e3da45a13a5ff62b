package org.receivables.core.ledger;

/**
 * The kinds of movement on a statement: each changes what the customer owes, up (positive amount)
 * or down (negative amount).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MovementKind {
    /** An invoice issued: plus its total. */
    INVOICE,
    /** A fee or interest charged: plus its amount. */
    CHARGE,
    /** A credit note issued: minus its amount. */
    CREDIT_NOTE,
    /** A payment received: minus its amount. */
    PAYMENT,
    /** Early-payment discount taken in an allocation: minus the discount. */
    DISCOUNT,
    /** Small difference written off in an allocation: minus the amount. */
    ALLOCATION_WRITE_OFF,
    /** An amount written off: minus the amount. */
    WRITE_OFF,
    /** A written-off amount recovered by a payment: plus the amount (the payment itself is a PAYMENT line). */
    RECOVERY,
    /** A payment reversed: plus its amount. */
    PAYMENT_REVERSED,
    /** Discounts, write-offs and recoveries of a reversed payment's allocations undone: plus or minus their net. */
    REVERSAL_ADJUSTMENT,
    /** On-account credit refunded: plus the amount. */
    REFUND
}
