package org.receivables.core.ledger;

import java.time.LocalDate;
import org.receivables.core.customer.CustomerId;

/**
 * One dated fact about a customer's account that a {@link CustomerLedger} is built from: an invoice
 * issued, a charge posted, a credit note issued, a payment received, an allocation, a write-off, a
 * dispute opened or resolved, a promise to pay, a payment reversed, or credit refunded.
 *
 * <p>Every implementation is an immutable, thread-safe value with value equality, a non-null {@link #getEventId()},
 * {@link #getDate()} and {@link #getCustomerId()}, and is one of the permitted classes; callers
 * switch over {@link #getKind()}. Events replay in the canonical order {@link #CANONICAL_ORDER}:
 * by date, then {@link EventKind} order, then event id.
 */
public sealed interface LedgerEvent permits InvoiceIssued, ChargePosted, CreditNoteIssued, PaymentReceived,
        AllocationPosted, WriteOffPosted, DisputeOpened, DisputeResolved, PromiseMade, PaymentReversed, CreditRefunded {

    /** The canonical replay order: by date, then kind, then event id. */
    java.util.Comparator<LedgerEvent> CANONICAL_ORDER = java.util.Comparator
            .comparing(LedgerEvent::getDate)
            .thenComparing(LedgerEvent::getKind)
            .thenComparing(LedgerEvent::getEventId);

    /**
     * Gets the event's id, unique within a ledger.
     *
     * @return the id, not null
     */
    EventId getEventId();

    /**
     * Gets the date the event takes effect; views as of an earlier date do not see it.
     *
     * @return the date, not null
     */
    LocalDate getDate();

    /**
     * Gets the customer whose account the event belongs to.
     *
     * @return the customer id, not null
     */
    CustomerId getCustomerId();

    /**
     * Gets the kind of event.
     *
     * @return the kind, not null
     */
    EventKind getKind();
}
