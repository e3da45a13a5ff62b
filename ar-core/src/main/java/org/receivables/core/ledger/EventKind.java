package org.receivables.core.ledger;

/**
 * The kinds of ledger event, in their canonical order on one day.
 *
 * <p>Events are replayed by date, then by kind in the order of this enum, then by event id. On one
 * day, documents come first (invoices, charges, credit notes, payments), then what takes effect on
 * them before cash is applied: payment reversals and write-offs. Allocations follow, so that an
 * allocation dated on a day sees the items as they stand at the end of that day (reopened by a
 * reversal, reduced by a write-off), which is exactly what {@link LedgerView#allocate} proposes from.
 * Disputes, promises and refunds come last. A consequence: a payment cannot be allocated on the day
 * it is reversed, and a same-day recovery follows its write-off.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EventKind {

    /** An invoice issued: one open item per instalment. */
    INVOICE_ISSUED,
    /** A fee or interest charge posted: one open item. */
    CHARGE_POSTED,
    /** A credit note issued: on-account credit until allocated. */
    CREDIT_NOTE_ISSUED,
    /** A payment received: on-account credit until allocated. */
    PAYMENT_RECEIVED,
    /** A payment reversed: bounced cheque, returned direct debit, chargeback. */
    PAYMENT_REVERSED,
    /** An open amount written off. */
    WRITE_OFF,
    /** Cash application of a payment or credit note to open items. */
    ALLOCATION,
    /** A dispute opened on an invoice. */
    DISPUTE_OPENED,
    /** A dispute resolved. */
    DISPUTE_RESOLVED,
    /** A promise to pay made. */
    PROMISE_MADE,
    /** On-account credit refunded to the customer. */
    CREDIT_REFUNDED
}
