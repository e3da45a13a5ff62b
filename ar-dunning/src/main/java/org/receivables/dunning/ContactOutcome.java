package org.receivables.dunning;

/**
 * How a contact attempt in the caller's contact log ended, as far as frequency caps care.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ContactOutcome {

    /** The attempt reached, or was sent to, the customer: it counts towards caps. */
    DELIVERED,

    /**
     * The attempt reached the customer and a conversation took place: it counts towards caps, and
     * starts a cap's quiet period after a conversation.
     */
    CONVERSATION,

    /** The attempt did not connect (no answer, line busy): it does not count towards caps. */
    NOT_CONNECTED,

    /** The customer asked for or consented to this contact: it does not count towards caps. */
    CONSENTED;

    /**
     * Checks whether attempts with this outcome count towards a contact cap.
     *
     * @return true for {@link #DELIVERED} and {@link #CONVERSATION}
     */
    public boolean isCounted() {
        return this == DELIVERED || this == CONVERSATION;
    }
}
