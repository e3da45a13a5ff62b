package org.receivables.core.customer;

import java.io.Serializable;
import java.util.Objects;

/**
 * An e-mail address of a contact, such as {@code "accounts@example.com"}.
 *
 * <p>The check is deliberately light and syntactic: exactly one {@code '@'}, a non-empty local part
 * before it and a non-empty domain after it, and no white space or control characters. Whether the
 * address exists is for the mail system to find out. The text is kept as given; equality is by the
 * exact text (the local part of an address may be case-sensitive).
 *
 * <pre>
 *   EmailAddress e = EmailAddress.of("accounts@example.com");
 *   e.getDomain();   // "example.com"
 *   EmailAddress.of("accounts.example.com");   // IllegalArgumentException: emailAddress 'accounts.example.com' ...
 * </pre>
 *
 * <p>An e-mail address is personal data: engines must not log it above DEBUG.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EmailAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    /**
     * Obtains an e-mail address from its text.
     *
     * @param value the address, such as {@code "accounts@example.com"}, not null
     * @return the address
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if value does not hold exactly one '@' with text on both sides,
     *     or holds white space or control characters
     */
    public static EmailAddress of(String value) {
        Objects.requireNonNull(value, "emailAddress");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                throw new IllegalArgumentException("emailAddress '" + value.replaceAll("\\p{Cntrl}", "?")
                        + "' must not contain white space or control characters");
            }
        }
        int at = value.indexOf('@');
        if (at < 0 || at != value.lastIndexOf('@')) {
            throw new IllegalArgumentException("emailAddress '" + value + "' must contain exactly one '@'");
        }
        if (at == 0 || at == value.length() - 1) {
            throw new IllegalArgumentException("emailAddress '" + value
                    + "' must have a non-empty local part before '@' and domain after it");
        }
        return new EmailAddress(value);
    }

    /**
     * Obtains an e-mail address from the text that {@link #toString()} gives; the same as {@link #of(String)}.
     *
     * @param text the address, not null
     * @return the address
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if the text is not an e-mail address
     */
    public static EmailAddress parse(CharSequence text) {
        return of(Objects.requireNonNull(text, "emailAddress").toString());
    }

    /**
     * Gets the address as text.
     *
     * @return the text, not null
     */
    public String getValue() {
        return value;
    }

    /**
     * Gets the part before the {@code '@'}.
     *
     * @return the local part, not empty
     */
    public String getLocalPart() {
        return value.substring(0, value.indexOf('@'));
    }

    /**
     * Gets the part after the {@code '@'}.
     *
     * @return the domain, not empty
     */
    public String getDomain() {
        return value.substring(value.indexOf('@') + 1);
    }

    /**
     * Checks whether this address has the same text as another.
     *
     * @param obj the other object, null gives false
     * @return true if obj is an {@code EmailAddress} with the same text
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || (obj instanceof EmailAddress && value.equals(((EmailAddress) obj).value));
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
     * Returns the address as text.
     *
     * @return the text, as given to {@link #of(String)}
     */
    @Override
    public String toString() {
        return value;
    }
}
