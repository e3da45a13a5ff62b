package org.receivables.dunning;

import java.util.Optional;
import org.receivables.core.customer.ContactChannel;

/**
 * Something a dunning level asks the caller to do: send a reminder, create a call task, put the
 * account on credit hold, or hand the debt over.
 *
 * <p>The hand-offs are final stages: an item that reached a level with a hand-off gets no further
 * notices.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ActionKind {

    /** A reminder sent by e-mail. */
    REMINDER_EMAIL(ContactChannel.EMAIL),

    /** A letter sent by post. */
    LETTER(ContactChannel.LETTER),

    /** A text message. */
    SMS(ContactChannel.SMS),

    /** A task for a person to telephone the customer. */
    PHONE_CALL_TASK(ContactChannel.PHONE),

    /** Stop further sales on credit to the customer. */
    CREDIT_HOLD(null),

    /** Hand the debt over to a collection agency: a final stage. */
    AGENCY_HANDOFF(null),

    /** Hand the debt over to legal proceedings: a final stage. */
    LEGAL_HANDOFF(null);

    private final ContactChannel channel;

    ActionKind(ContactChannel channel) {
        this.channel = channel;
    }

    /**
     * Gets the channel by which this action contacts the customer.
     *
     * @return the channel, or empty if the action contacts nobody
     */
    public Optional<ContactChannel> getChannel() {
        return Optional.ofNullable(channel);
    }

    /**
     * Checks whether this action is a final stage that freezes further notices.
     *
     * @return true for the agency and legal hand-offs
     */
    public boolean isFinalStage() {
        return this == AGENCY_HANDOFF || this == LEGAL_HANDOFF;
    }
}
