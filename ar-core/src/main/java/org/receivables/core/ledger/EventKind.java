package org.receivables.core.ledger;

/**
 * The kinds of ledger event, in their canonical order on one day.
 *
 * <p>Events are replayed by date, then by kind in the order of this enum, then by event id. So on one
 * day documents come first (invoices, charges, credit notes, payments), then what uses them
 * (allocations, write-offs), then disputes and promises, and last what undoes or pays out money
 * (reversals, refunds): a payment reversed on the day it was allocated is allocated first and reversed
 * after, whatever order the events arrived in.
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
    /** Cash application of a payment or credit note to open items. */
    ALLOCATION,
    /** An open amount written off. */
    WRITE_OFF,
    /** A dispute opened on an invoice. */
    DISPUTE_OPENED,
    /** A dispute resolved. */
    DISPUTE_RESOLVED,
    /** A promise to pay made. */
    PROMISE_MADE,
    /** A payment reversed: bounced cheque, returned direct debit, chargeback. */
    PAYMENT_REVERSED,
    /** On-account credit refunded to the customer. */
    CREDIT_REFUNDED
}
