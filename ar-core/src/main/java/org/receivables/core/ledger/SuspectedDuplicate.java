package org.receivables.core.ledger;

import org.immutables.value.Value;

/**
 * Two events that look like the same document entered twice: invoices, or payments, of the same
 * customer with the same amount, date and reference (an absent reference matches an absent one) under
 * different ids. Both stay in the ledger; a person decides.
 *
 * <p>The first id sorts before the second.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SuspectedDuplicate {

    SuspectedDuplicate() {
    }

    /**
     * Gets the event whose id sorts first.
     *
     * @return the event id, not null
     */
    public abstract EventId getFirst();

    /**
     * Gets the event whose id sorts second.
     *
     * @return the event id, not null
     */
    public abstract EventId getSecond();

    /**
     * Gets what the two share, such as {@code "amount EUR 100.00, date 2024-01-10, reference 'PO-1'"}.
     *
     * @return the reason, not null
     */
    public abstract String getReason();
}
