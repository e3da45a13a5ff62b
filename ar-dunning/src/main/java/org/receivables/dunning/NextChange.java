package org.receivables.dunning;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.receivables.core.customer.CustomerId;

/**
 * The next date on which something would change for a customer if no payment arrives: a level
 * threshold reached, a hold expiring or an interval elapsing; callers schedule a run for that date
 * instead of polling.
 *
 * <pre>
 *   NextChange.of(CustomerId.of("C-1"), LocalDate.parse("2024-05-15"), "INV-1#1 reaches level 2");
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NextChange {

    NextChange() {
    }

    /**
     * Obtains a next change.
     *
     * @param customerId the customer, not null
     * @param date the date, not null
     * @param reason what would change, not null
     * @return the next change, not null
     * @throws NullPointerException if any argument is null
     */
    public static NextChange of(CustomerId customerId, LocalDate date, String reason) {
        java.util.Objects.requireNonNull(customerId, "customerId");
        java.util.Objects.requireNonNull(date, "date");
        java.util.Objects.requireNonNull(reason, "reason");
        return ImmutableNextChange.builder().customerId(customerId).date(date).reason(reason).build();
    }

    /**
     * Gets the customer.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the date of the change.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets what would change, in words.
     *
     * @return the reason, not null
     */
    public abstract String getReason();
}
