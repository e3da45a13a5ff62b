package org.receivables.core.document;

import java.io.Serializable;
import org.receivables.core.internal.Ids;

/**
 * The caller's identifier of a write-off, such as {@code "WO-2024-0001"}.
 *
 * <p>Any non-blank text without leading or trailing white space or control characters. Ids compare
 * by their text, case-sensitively, so that sorting by id is deterministic.
 *
 * <pre>
 *   WriteOffId id = WriteOffId.of("WO-2024-0001");
 *   id.toString();   // "WO-2024-0001"
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WriteOffId implements Comparable<WriteOffId>, Serializable {

    private static final long serialVersionUID = 1L;

    private final String value;

    private WriteOffId(String value) {
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
    public static WriteOffId of(String value) {
        return new WriteOffId(Ids.requireValid(value, "writeOffId"));
    }

    /**
     * Obtains an id from the text that {@link #toString()} gives; the same as {@link #of(String)}.
     *
     * @param text the id's text, not null
     * @return the id
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if the text is not a valid id
     */
    public static WriteOffId parse(CharSequence text) {
        return of(Ids.requireValid(text == null ? null : text.toString(), "writeOffId"));
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
    public int compareTo(WriteOffId other) {
        return value.compareTo(other.value);
    }

    /**
     * Checks whether this id has the same text as another.
     *
     * @param obj the other object, null gives false
     * @return true if obj is a {@code WriteOffId} with the same text
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || (obj instanceof WriteOffId && value.equals(((WriteOffId) obj).value));
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
