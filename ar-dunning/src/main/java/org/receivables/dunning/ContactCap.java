package org.receivables.dunning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.immutables.value.Value;
import org.receivables.core.customer.ContactChannel;
import org.receivables.core.customer.CustomerId;

/**
 * A contact-frequency cap: at most so many counted attempts by one channel to one customer within
 * a rolling window of days ending on the as-of date.
 *
 * <p>Only attempts whose outcome {@linkplain ContactOutcome#isCounted() counts} are counted; the
 * window of {@code windowDays} days ending on date D runs from D minus (windowDays - 1) to D
 * inclusive.
 *
 * <pre>
 *   ContactCap cap = ContactCap.of(ContactChannel.PHONE, 7, 7);   // at most 7 calls in 7 days
 *   cap.countIn(log, CustomerId.of("C-1"), LocalDate.parse("2024-05-07"));
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContactCap {

    ContactCap() {
    }

    /**
     * Obtains a cap.
     *
     * @param channel the channel capped, not null
     * @param maxAttempts the most counted attempts allowed in the window, 1 or more
     * @param windowDays the length of the rolling window in days, 1 or more
     * @return the cap, not null
     * @throws NullPointerException if channel is null
     * @throws IllegalArgumentException if maxAttempts or windowDays is below 1
     */
    public static ContactCap of(ContactChannel channel, int maxAttempts, int windowDays) {
        Objects.requireNonNull(channel, "channel");
        return ImmutableContactCap.builder().channel(channel).maxAttempts(maxAttempts)
                .windowDays(windowDays).build();
    }

    /**
     * Obtains the call-attempt cap of the US Regulation F (12 CFR 1006.14(b)): a debt collector is
     * presumed to harass when it calls more than seven times within seven consecutive days.
     * (The rule's second part, no call within seven days after a conversation, is not modelled.)
     *
     * @return a cap of 7 phone attempts in 7 days, not null
     */
    public static ContactCap regulationFCallAttempts() {
        return of(ContactChannel.PHONE, 7, 7);
    }

    /**
     * Gets the channel capped.
     *
     * @return the channel, not null
     */
    public abstract ContactChannel getChannel();

    /**
     * Gets the most counted attempts allowed in the window.
     *
     * @return the maximum, 1 or more
     */
    public abstract int getMaxAttempts();

    /**
     * Gets the length of the rolling window in days.
     *
     * @return the window, 1 or more
     */
    public abstract int getWindowDays();

    /**
     * Counts the attempts of a log that count towards this cap for a customer in the window ending
     * on a date.
     *
     * @param log the contact log, not null, no null elements
     * @param customerId the customer, not null
     * @param asOf the last day of the window, not null
     * @return the count, zero or more
     * @throws NullPointerException if any argument is null
     */
    public int countIn(Collection<ContactAttempt> log, CustomerId customerId, LocalDate asOf) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate first = asOf.minusDays(getWindowDays() - 1L);
        int count = 0;
        for (ContactAttempt attempt : log) {
            if (attempt.getCustomerId().equals(customerId) && attempt.getChannel() == getChannel()
                    && attempt.getOutcome().isCounted()
                    && !attempt.getDate().isBefore(first) && !attempt.getDate().isAfter(asOf)) {
                count++;
            }
        }
        return count;
    }

    @Value.Check
    void check() {
        if (getMaxAttempts() < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more: " + getMaxAttempts());
        }
        if (getWindowDays() < 1) {
            throw new IllegalArgumentException("windowDays must be 1 or more: " + getWindowDays());
        }
    }
}
