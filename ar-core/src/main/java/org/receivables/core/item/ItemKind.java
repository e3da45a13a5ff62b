package org.receivables.core.item;

/**
 * What an open item is: principal owed on an invoice instalment, or a charge posted against the
 * customer (a fee or interest).
 *
 * <p>The kind decides where an item sits when charges are settled before or after principal, and
 * whether it may carry an early-payment discount (only principal does).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ItemKind {

    /** Principal: one instalment of an invoice. */
    PRINCIPAL,

    /** A fee: costs such as a dunning fee or a returned-debit charge. */
    FEE,

    /** Interest, such as late-payment interest. */
    INTEREST;

    /**
     * Checks whether this kind is a charge, that is {@link #FEE} or {@link #INTEREST}.
     *
     * @return true for fees and interest, false for principal
     */
    public boolean isCharge() {
        return this != PRINCIPAL;
    }
}
