package org.receivables.core.internal;

import java.util.Objects;

/** Validation shared by the typed id classes. */
public final class Ids {

    private Ids() {
    }

    /**
     * Checks an id's text: not null, not blank, no leading or trailing white space, no control characters.
     *
     * @param value the text, may be null (refused)
     * @param field the field name used in messages, such as {@code "invoiceId"}
     * @return the value, unchanged
     * @throws NullPointerException if value is null
     * @throws IllegalArgumentException if the value is blank, padded with white space or holds a control character
     */
    public static String requireValid(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank: '" + value + "'");
        }
        if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
            throw new IllegalArgumentException(field + " must not start or end with white space: '" + value + "'");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(field + " must not contain control characters: '"
                        + value.replaceAll("\\p{Cntrl}", "?") + "'");
            }
        }
        return value;
    }
}
