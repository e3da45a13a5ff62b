package org.receivables.core.document;

/** Why an amount of an invoice was written off. */
public enum WriteOffReason {

    /** The amount is judged uncollectable: the customer cannot or will not pay. */
    BAD_DEBT,

    /** A small residual balance not worth collecting, such as a short payment of a few cents. */
    SMALL_BALANCE,

    /** The amount was given up in a negotiated settlement with the customer. */
    SETTLEMENT,

    /** Any other reason; the write-off's note should say which. */
    OTHER
}
