package org.receivables.aging;

/**
 * What an {@link OpenCredit} is: a payment not yet applied to items, or a credit note not yet applied.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CreditKind {

    /** A payment received and not (fully) applied: cash on account. */
    UNAPPLIED_PAYMENT,

    /** A credit note issued and not (fully) applied to items. */
    CREDIT_NOTE
}
