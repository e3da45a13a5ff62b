package org.receivables.dunning;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.receivables.core.customer.ContactChannel;
import org.receivables.core.customer.CustomerId;

/**
 * One entry of the caller's contact log: a customer contacted by a channel on a date, with its
 * outcome.
 *
 * <pre>
 *   ContactAttempt.of(CustomerId.of("C-1"), ContactChannel.PHONE, LocalDate.parse("2024-05-02"),
 *       ContactOutcome.NOT_CONNECTED);   // does not count towards a call cap
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContactAttempt {

    ContactAttempt() {
    }

    /**
     * Creates a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains an attempt.
     *
     * @param customerId the customer contacted, not null
     * @param channel the channel used, not null
     * @param date the date of the attempt, not null
     * @param outcome how it ended, not null
     * @return the attempt, not null
     * @throws NullPointerException if any argument is null
     */
    public static ContactAttempt of(CustomerId customerId, ContactChannel channel, LocalDate date,
            ContactOutcome outcome) {
        return builder().customerId(customerId).channel(channel).date(date).outcome(outcome).build();
    }

    /**
     * Gets the customer contacted.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the channel used.
     *
     * @return the channel, not null
     */
    public abstract ContactChannel getChannel();

    /**
     * Gets the date of the attempt.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets how the attempt ended.
     *
     * @return the outcome, not null
     */
    public abstract ContactOutcome getOutcome();

    /** A builder of attempts; a missing field makes {@code build()} throw IllegalStateException. */
    public static final class Builder extends ImmutableContactAttempt.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
