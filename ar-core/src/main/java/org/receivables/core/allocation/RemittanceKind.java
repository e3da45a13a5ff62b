package org.receivables.core.allocation;

/**
 * What the cash being applied is: a payment received, or a credit note issued to the customer.
 *
 * <p>Only a payment earns an early-payment discount; a credit note reduces what is owed but is not
 * an early payment.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RemittanceKind {

    /** Money received from the customer. */
    PAYMENT,

    /** A credit note, applied to open items like cash. */
    CREDIT_NOTE
}
