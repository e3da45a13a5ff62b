package org.receivables.core.internal;

import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/** Validation shared by the value types: non-blank texts and positive amounts, with messages naming field and value. */
public final class ValueChecks {

    private ValueChecks() {
    }

    /**
     * Checks that a text is not null and not blank.
     *
     * @param value the text, may be null (refused)
     * @param field the field name used in messages, such as {@code "reason"}
     * @return the value, unchanged
     * @throws NullPointerException if value is null, with the field name as message
     * @throws IllegalArgumentException if value is empty or only white space
     */
    public static String requireNonBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank: '" + value + "'");
        }
        return value;
    }

    /**
     * Checks that every text of a list is not blank.
     *
     * @param values the texts, not null, no null elements
     * @param field the field name used in messages, such as {@code "remittanceReferences"}
     * @return the values, unchanged
     * @throws NullPointerException if values is null or holds null
     * @throws IllegalArgumentException if a text is empty or only white space; the message gives its index
     */
    public static List<String> requireNonBlank(List<String> values, String field) {
        Objects.requireNonNull(values, field);
        for (int i = 0; i < values.size(); i++) {
            requireNonBlank(values.get(i), field + "[" + i + "]");
        }
        return values;
    }

    /**
     * Checks that an amount is above zero.
     *
     * @param amount the amount, may be null (refused)
     * @param field the field name used in messages, such as {@code "amount"}
     * @return the amount, unchanged
     * @throws NullPointerException if amount is null, with the field name as message
     * @throws IllegalArgumentException if the amount is zero or negative
     */
    public static Money requirePositive(Money amount, String field) {
        Objects.requireNonNull(amount, field);
        if (!amount.isPositive()) {
            throw new IllegalArgumentException(field + " must be positive: " + amount);
        }
        return amount;
    }
}
