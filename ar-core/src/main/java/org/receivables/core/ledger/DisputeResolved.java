package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.DisputeId;

/**
 * The ledger event of a dispute resolved: from its date the invoice's items are no longer in dispute
 * because of it. Any money the resolution moves is a separate event (a credit note, a write-off).
 *
 * <p>The event id is {@code "dispute-resolved:<disputeId>"}, so a dispute resolves once. It must
 * arrive after its {@link DisputeOpened} and is refused if dated before it.
 *
 * <pre>
 *   DisputeResolved r = DisputeResolved.builder()
 *       .disputeId(DisputeId.of("D-1")).customerId(CustomerId.of("C-1"))
 *       .resolvedDate(LocalDate.parse("2024-03-05")).resolution("credit note CN-7 issued")
 *       .build();
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class DisputeResolved implements LedgerEvent {

    DisputeResolved() {
    }

    /**
     * Creates a builder; every attribute but {@code resolution} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the dispute resolved.
     *
     * @return the id, not null
     */
    public abstract DisputeId getDisputeId();

    @Override
    public abstract CustomerId getCustomerId();

    /**
     * Gets the date the dispute was resolved.
     *
     * @return the date, not null
     */
    public abstract LocalDate getResolvedDate();

    /**
     * Gets how it was resolved.
     *
     * @return the resolution, not blank, or empty
     */
    public abstract Optional<String> getResolution();

    @Override
    public EventId getEventId() {
        return EventId.of("dispute-resolved:" + getDisputeId());
    }

    @Override
    public LocalDate getDate() {
        return getResolvedDate();
    }

    @Override
    public EventKind getKind() {
        return EventKind.DISPUTE_RESOLVED;
    }

    @Value.Check
    void check() {
        getResolution().ifPresent(r -> LedgerChecks.notBlank(r, "resolution", "dispute " + getDisputeId()));
    }

    /** Builds a {@link DisputeResolved}; see {@link DisputeResolved#builder()} for the required attributes. */
    public static final class Builder extends ImmutableDisputeResolved.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
