package org.receivables.aging.behaviour;

/**
 * The history a payment prediction rests on, from the most to the least specific.
 *
 * <p>{@link PaymentPredictor} uses the customer's own settlements when it has at least the minimum
 * number of them, else those of its segment, else those of the whole portfolio, always in the
 * item's currency; with no settlement at all in that currency it assumes payment on the due date.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PredictionLevel {

    /** The customer's own settlements in the item's currency. */
    CUSTOMER,

    /** The settlements recorded with the customer's segment, in the item's currency. */
    SEGMENT,

    /** Every settlement of the portfolio in the item's currency. */
    PORTFOLIO,

    /** No settlement in the item's currency: payment is assumed on the due date (zero days late). */
    DUE_DATE
}
