package org.receivables.core.credit;

import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A temporary raise of a credit limit: an amount added to the limit from a start date (inclusive) to
 * an expiry date (exclusive: on the expiry date itself the increase no longer applies).
 *
 * <pre>
 *   TemporaryIncrease t = TemporaryIncrease.of(Money.parse("EUR 5000.00"),
 *       LocalDate.parse("2024-11-01"), LocalDate.parse("2025-01-01"));
 *   t.isInForceOn(LocalDate.parse("2024-12-31"));   // true
 *   t.isInForceOn(LocalDate.parse("2025-01-01"));   // false, the expiry date is exclusive
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TemporaryIncrease {

    TemporaryIncrease() {
    }

    /**
     * Obtains an increase.
     *
     * @param amount the amount added to the limit, positive, not null
     * @param startDate the first day it applies, inclusive, not null
     * @param expiryDate the first day it no longer applies, exclusive, after startDate, not null
     * @return the increase
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if amount is not positive or expiryDate is not after startDate
     */
    public static TemporaryIncrease of(Money amount, LocalDate startDate, LocalDate expiryDate) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(expiryDate, "expiryDate");
        return ImmutableTemporaryIncrease.builder().amount(amount).startDate(startDate).expiryDate(expiryDate).build();
    }

    /**
     * Gets the amount added to the limit.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the first day the increase applies, inclusive.
     *
     * @return the start date, not null
     */
    public abstract LocalDate getStartDate();

    /**
     * Gets the first day the increase no longer applies, exclusive.
     *
     * @return the expiry date, after the start date, not null
     */
    public abstract LocalDate getExpiryDate();

    /**
     * Checks whether the increase applies on a date: on or after the start date and before the expiry date.
     *
     * @param date the date, not null
     * @return true if in force
     * @throws NullPointerException if date is null
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(getStartDate()) && date.isBefore(getExpiryDate());
    }

    @Value.Check
    void check() {
        if (!getAmount().isPositive()) {
            throw new IllegalArgumentException("amount must be positive: " + getAmount());
        }
        if (!getExpiryDate().isAfter(getStartDate())) {
            throw new IllegalArgumentException("expiryDate " + getExpiryDate() + " is not after startDate " + getStartDate());
        }
    }
}
