package org.receivables.examples.report;

import java.util.Objects;
import java.util.regex.Pattern;

/** Checks of the stable keys that name sections, tables, charts, columns and series in CSV and JSON. */
final class Keys {

    /** The form of a key: lower-case letters and digits, then also {@code _}, {@code -} and {@code .}. */
    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    private Keys() {
    }

    /**
     * Checks a key.
     *
     * @param key the key
     * @param field the field name for messages
     * @return the key
     */
    static String check(String key, String field) {
        Objects.requireNonNull(key, field);
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(field + " \"" + key + "\" must match " + KEY.pattern());
        }
        return key;
    }

    /**
     * Checks a piece of text that must not be blank.
     *
     * @param text the text
     * @param field the field name for messages
     * @return the text
     */
    static String notBlank(String text, String field) {
        Objects.requireNonNull(text, field);
        if (text.isBlank()) {
            throw new IllegalArgumentException(field + " \"" + text + "\" is blank");
        }
        return text;
    }
}
