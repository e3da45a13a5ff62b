package org.receivables.core.ledger;

/**
 * Why a payment was reversed.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReversalReason {
    /** A cheque returned unpaid. */
    BOUNCED_CHEQUE,
    /** A direct debit returned by the customer's bank. */
    RETURNED_DIRECT_DEBIT,
    /** A card payment charged back. */
    CHARGEBACK,
    /** Any other reason. */
    OTHER
}
