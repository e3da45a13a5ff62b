package org.receivables.core.ledger;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.PaymentId;

/**
 * The ledger event of a payment reversed (a bounced cheque, a returned direct debit, a chargeback):
 * from its date the payment no longer counts, every allocation of it is undone, and what it settled
 * (including discounts and write-offs taken with it) reopens with the items' original due dates.
 *
 * <p>The event id is {@code "reversal:<paymentId>"}, so a payment reverses once. It must arrive after
 * its payment; the ledger refuses it if dated before the payment, if an allocation of the payment is
 * dated on or after it (reversals come before allocations on one day, see {@link EventKind}), or if part
 * of the payment was refunded.
 *
 * <pre>
 *   PaymentReversed r = PaymentReversed.builder()
 *       .paymentId(PaymentId.of("PAY-1")).customerId(CustomerId.of("C-1"))
 *       .date(LocalDate.parse("2024-02-12")).reason(ReversalReason.BOUNCED_CHEQUE)
 *       .build();
 *   r.getEventId();   // reversal:PAY-1
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class PaymentReversed implements LedgerEvent {

    PaymentReversed() {
    }

    /**
     * Creates a builder; every attribute is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the payment reversed.
     *
     * @return the id, not null
     */
    public abstract PaymentId getPaymentId();

    @Override
    public abstract CustomerId getCustomerId();

    @Override
    public abstract LocalDate getDate();

    /**
     * Gets why the payment was reversed.
     *
     * @return the reason, not null
     */
    public abstract ReversalReason getReason();

    @Override
    public EventId getEventId() {
        return EventId.of("reversal:" + getPaymentId());
    }

    @Override
    public EventKind getKind() {
        return EventKind.PAYMENT_REVERSED;
    }

    /** Builds a {@link PaymentReversed}; see {@link PaymentReversed#builder()} for the required attributes. */
    public static final class Builder extends ImmutablePaymentReversed.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
