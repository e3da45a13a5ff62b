package org.receivables.dunning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.receivables.core.customer.ContactChannel;
import org.receivables.core.customer.CustomerId;

/**
 * A contact-frequency cap: at most so many counted attempts by one channel to one customer within
 * a rolling window of days ending on the as-of date, and optionally none for some days after a
 * conversation on that channel.
 *
 * <p>Only attempts whose outcome {@linkplain ContactOutcome#isCounted() counts} are counted; the
 * window of {@code windowDays} days ending on date D runs from D minus (windowDays - 1) to D
 * inclusive. With quiet days Q after a conversation, a conversation on day C blocks the channel
 * from C to C + Q - 1 inclusive (the day of the conversation counts as the first day).
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
     * Obtains a cap with a quiet period after a conversation.
     *
     * @param channel the channel capped, not null
     * @param maxAttempts the most counted attempts allowed in the window, 1 or more
     * @param windowDays the length of the rolling window in days, 1 or more
     * @param quietDaysAfterConversation the days, counting the day of a conversation, with no further attempt, 0 or more
     * @return the cap, not null
     * @throws NullPointerException if channel is null
     * @throws IllegalArgumentException if maxAttempts or windowDays is below 1, or the quiet days are negative
     */
    public static ContactCap of(ContactChannel channel, int maxAttempts, int windowDays, int quietDaysAfterConversation) {
        Objects.requireNonNull(channel, "channel");
        return ImmutableContactCap.builder().channel(channel).maxAttempts(maxAttempts)
                .windowDays(windowDays).quietDaysAfterConversation(quietDaysAfterConversation).build();
    }

    /**
     * Obtains the call-frequency cap of the US Regulation F, 12 CFR 1006.14(b)(2): a debt collector is
     * presumed to harass when it calls more than seven times within seven consecutive days, or within
     * seven consecutive days after a telephone conversation (the day of the conversation being the
     * first of the seven).
     *
     * @return a cap of 7 phone attempts in 7 days and 7 quiet days after a conversation, not null
     */
    public static ContactCap regulationFCallAttempts() {
        return of(ContactChannel.PHONE, 7, 7, 7);
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
     * Gets the days, counting the day of a conversation, during which no further attempt is allowed.
     *
     * @return the quiet days, 0 or more; 0 (none) by default
     */
    @Value.Default
    public int getQuietDaysAfterConversation() {
        return 0;
    }

    /**
     * Gets the last day of the quiet period that a conversation in the log puts on a date, if any.
     *
     * @param log the contact log, not null, no null elements
     * @param customerId the customer, not null
     * @param asOf the date, not null
     * @return the last quiet day, on or after asOf, or empty if the date is not quiet
     * @throws NullPointerException if any argument is null
     */
    public Optional<LocalDate> quietUntil(Collection<ContactAttempt> log, CustomerId customerId, LocalDate asOf) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate until = null;
        for (ContactAttempt attempt : log) {
            if (getQuietDaysAfterConversation() > 0 && attempt.getCustomerId().equals(customerId)
                    && attempt.getChannel() == getChannel() && attempt.getOutcome() == ContactOutcome.CONVERSATION
                    && !attempt.getDate().isAfter(asOf)) {
                LocalDate last = attempt.getDate().plusDays(getQuietDaysAfterConversation() - 1L);
                if (!last.isBefore(asOf) && (until == null || last.isAfter(until))) {
                    until = last;
                }
            }
        }
        return Optional.ofNullable(until);
    }

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
        if (getQuietDaysAfterConversation() < 0) {
            throw new IllegalArgumentException("quietDaysAfterConversation must not be negative: "
                    + getQuietDaysAfterConversation());
        }
        if (getWindowDays() < 1) {
            throw new IllegalArgumentException("windowDays must be 1 or more: " + getWindowDays());
        }
    }
}
