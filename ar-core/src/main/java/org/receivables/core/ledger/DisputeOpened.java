package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Objects;
import org.receivables.core.document.Dispute;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.DisputeId;
import org.receivables.core.document.InvoiceId;

/**
 * The ledger event of a dispute opened on an invoice: from its date until a {@link DisputeResolved}
 * (exclusive), every open item of the invoice is in dispute. Disputes move no money.
 *
 * <p>The event id is {@code "dispute:<disputeId>"}. The ledger refuses a dispute on an unknown
 * invoice, dated before the invoice, or whose disputed amount is in another currency.
 *
 * <pre>
 *   DisputeOpened d = DisputeOpened.builder()
 *       .disputeId(DisputeId.of("D-1")).customerId(CustomerId.of("C-1")).invoiceId(InvoiceId.of("INV-1"))
 *       .openedDate(LocalDate.parse("2024-02-20")).reason("damaged goods")
 *       .build();
 *   d.getEventId();   // dispute:D-1
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class DisputeOpened implements LedgerEvent {

    DisputeOpened() {
    }

    /**
     * Creates a builder; every attribute but {@code disputedAmount} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains the event of a dispute.
     *
     * @param dispute the dispute, not null
     * @return the event
     * @throws NullPointerException if dispute is null
     */
    public static DisputeOpened of(Dispute dispute) {
        Objects.requireNonNull(dispute, "dispute");
        return builder().disputeId(dispute.getId()).customerId(dispute.getCustomerId())
                .invoiceId(dispute.getInvoiceId()).openedDate(dispute.getOpenedDate())
                .disputedAmount(dispute.getDisputedAmount()).reason(dispute.getReason()).build();
    }

    /**
     * Gets the dispute's id.
     *
     * @return the id, not null
     */
    public abstract DisputeId getDisputeId();

    @Override
    public abstract CustomerId getCustomerId();

    /**
     * Gets the invoice in dispute.
     *
     * @return the invoice id, not null
     */
    public abstract InvoiceId getInvoiceId();

    /**
     * Gets the date the dispute was opened.
     *
     * @return the date, not null
     */
    public abstract LocalDate getOpenedDate();

    /**
     * Gets the amount the customer disputes, if less than the whole invoice.
     *
     * @return the amount, positive, or empty
     */
    public abstract Optional<Money> getDisputedAmount();

    /**
     * Gets the customer's reason.
     *
     * @return the reason, not blank, not null
     */
    public abstract String getReason();

    @Override
    public EventId getEventId() {
        return EventId.of("dispute:" + getDisputeId());
    }

    @Override
    public LocalDate getDate() {
        return getOpenedDate();
    }

    @Override
    public EventKind getKind() {
        return EventKind.DISPUTE_OPENED;
    }

    @Value.Check
    void check() {
        getDisputedAmount().ifPresent(a -> LedgerChecks.positive(a, "disputedAmount", "dispute " + getDisputeId()));
        LedgerChecks.notBlank(getReason(), "reason", "dispute " + getDisputeId());
    }

    /** Builds a {@link DisputeOpened}; see {@link DisputeOpened#builder()} for the required attributes. */
    public static final class Builder extends ImmutableDisputeOpened.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
