package org.receivables.core.ledger;

import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/** Checks shared by the ledger's event values; messages name the field and the value. */
final class LedgerChecks {

    private LedgerChecks() {
    }

    static void positive(Money amount, String field, Object owner) {
        Objects.requireNonNull(amount, field);
        if (!amount.isPositive()) {
            throw new IllegalArgumentException(field + " must be positive: " + amount + " in " + owner);
        }
    }

    static void notNegative(Money amount, String field, Object owner) {
        Objects.requireNonNull(amount, field);
        if (amount.isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative: " + amount + " in " + owner);
        }
    }

    static void notBlank(String value, String field, Object owner) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank: '" + value + "' in " + owner);
        }
    }

    static void notBlank(List<String> values, String field, Object owner) {
        for (int i = 0; i < values.size(); i++) {
            notBlank(values.get(i), field + "[" + i + "]", owner);
        }
    }
}
