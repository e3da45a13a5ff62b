package org.receivables.core.ledger;

import java.io.Serializable;
import org.receivables.core.internal.Ids;

/**
 * The identifier of a ledger event, such as {@code "payment:PAY-7"} or {@code "ALLOC-2024-0001"}.
 *
 * <p>Events that record a document take their id from it, with a prefix naming the kind of event
 * ({@code invoice:}, {@code charge:}, {@code credit-note:}, {@code payment:}, {@code write-off:},
 * {@code dispute:}, {@code dispute-resolved:}, {@code promise:}, {@code reversal:}); allocations and
 * refunds carry an id the caller chooses. Ids compare by their text, case-sensitively.
 *
 * <pre>
 *   EventId id = EventId.of("ALLOC-1");
 *   id.toString();   // "ALLOC-1"
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EventId implements Comparable<EventId>, Serializable {

    private static final long serialVersionUID = 1L;

    private final String value;

    private EventId(String value) {
        this.value = value;
    }

    /**
     * Obtains an id from its text.
     *
     * @param value the id's text, not null
     * @return the id
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is blank, starts or ends with white space, or holds a control character
     */
    public static EventId of(String value) {
        return new EventId(Ids.requireValid(value, "eventId"));
    }

    /**
     * Obtains an id from the text that {@link #toString()} gives; the same as {@link #of(String)}.
     *
     * @param text the id's text, not null
     * @return the id
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if the text is not a valid id
     */
    public static EventId parse(CharSequence text) {
        return of(Ids.requireValid(text == null ? null : text.toString(), "eventId"));
    }

    /**
     * Gets the id's text.
     *
     * @return the text, not null
     */
    public String getValue() {
        return value;
    }

    /**
     * Compares ids by their text, code unit by code unit.
     *
     * @param other the other id, not null
     * @return negative, zero or positive as this id sorts before, with or after the other
     */
    @Override
    public int compareTo(EventId other) {
        return value.compareTo(other.value);
    }

    /**
     * Checks whether this id has the same text as another.
     *
     * @param obj the other object, null gives false
     * @return true if obj is an {@code EventId} with the same text
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || (obj instanceof EventId && value.equals(((EventId) obj).value));
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the id's text.
     *
     * @return the text, as given to {@link #of(String)}
     */
    @Override
    public String toString() {
        return value;
    }
}
