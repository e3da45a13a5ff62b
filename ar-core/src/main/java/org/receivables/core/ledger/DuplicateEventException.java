package org.receivables.core.ledger;

import java.util.Objects;

/**
 * Thrown when an event arrives under an id that the ledger already holds for a different event.
 * Replaying an identical event is not an error; it is a no-op.
 *
 * <p>The message names the id and both events; {@link #getExisting()} and {@link #getRefused()} give
 * them to the caller (they are not serialized).
 */
public final class DuplicateEventException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient LedgerEvent existing;
    private final transient LedgerEvent refused;

    /**
     * Creates the exception.
     *
     * @param existing the event the ledger holds, not null
     * @param refused the different event under the same id, not null
     * @throws NullPointerException if an argument is null
     */
    public DuplicateEventException(LedgerEvent existing, LedgerEvent refused) {
        super("eventId " + Objects.requireNonNull(existing, "existing").getEventId()
                + " is already used by a different event: existing " + existing + ", refused "
                + Objects.requireNonNull(refused, "refused"));
        this.existing = existing;
        this.refused = refused;
    }

    /**
     * Gets the event the ledger already holds under the id.
     *
     * @return the existing event; null after deserialization
     */
    public LedgerEvent getExisting() {
        return existing;
    }

    /**
     * Gets the event that was refused.
     *
     * @return the refused event; null after deserialization
     */
    public LedgerEvent getRefused() {
        return refused;
    }
}
