package org.receivables.core.customer;

import java.io.Serializable;
import org.receivables.core.internal.Ids;

/**
 * A group of customers the caller treats alike, such as {@code "KEY_ACCOUNT"} or {@code "SMALL_BUSINESS"}.
 *
 * <p>The caller names its own segments; dunning policies route customers by them. Any non-blank text
 * without leading or trailing white space or control characters. Segments compare by their text,
 * case-sensitively ({@code "KEY_ACCOUNT"} and {@code "key_account"} are different segments), so that
 * sorting is deterministic.
 *
 * <pre>
 *   CustomerSegment s = CustomerSegment.of("KEY_ACCOUNT");
 *   s.toString();   // "KEY_ACCOUNT"
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CustomerSegment implements Comparable<CustomerSegment>, Serializable {

    private static final long serialVersionUID = 1L;

    private final String value;

    private CustomerSegment(String value) {
        this.value = value;
    }

    /**
     * Obtains a segment from its text.
     *
     * @param value the segment's text, not null
     * @return the segment
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value is blank, starts or ends with white space, or holds a control character
     */
    public static CustomerSegment of(String value) {
        return new CustomerSegment(Ids.requireValid(value, "segment"));
    }

    /**
     * Obtains a segment from the text that {@link #toString()} gives; the same as {@link #of(String)}.
     *
     * @param text the segment's text, not null
     * @return the segment
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if the text is not a valid segment
     */
    public static CustomerSegment parse(CharSequence text) {
        return of(Ids.requireValid(text == null ? null : text.toString(), "segment"));
    }

    /**
     * Gets the segment's text.
     *
     * @return the text, not null
     */
    public String getValue() {
        return value;
    }

    /**
     * Compares segments by their text, code unit by code unit.
     *
     * @param other the other segment, not null
     * @return negative, zero or positive as this segment sorts before, with or after the other
     */
    @Override
    public int compareTo(CustomerSegment other) {
        return value.compareTo(other.value);
    }

    /**
     * Checks whether this segment has the same text as another.
     *
     * @param obj the other object, null gives false
     * @return true if obj is a {@code CustomerSegment} with the same text
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || (obj instanceof CustomerSegment && value.equals(((CustomerSegment) obj).value));
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
     * Returns the segment's text.
     *
     * @return the text, as given to {@link #of(String)}
     */
    @Override
    public String toString() {
        return value;
    }
}
