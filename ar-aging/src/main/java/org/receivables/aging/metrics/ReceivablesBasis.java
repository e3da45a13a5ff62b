package org.receivables.aging.metrics;

/**
 * Which receivables balance the standard DSO divides: the ending balance, or the average of the
 * beginning and ending balances.
 *
 * <p>Enums are immutable and thread-safe.
 */
public enum ReceivablesBasis {
    /** The total receivables at the close of the period's last day (the Credit Research Foundation's choice). */
    ENDING,
    /** The plain average of the beginning and ending total receivables, {@code (beginning + ending) / 2}. */
    AVERAGE
}
