package org.receivables.dunning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A block that stops all dunning of a customer's account from a date, with a reason and an optional
 * last day. A block may be back-dated: its first day may lie before the day it was entered.
 *
 * <pre>
 *   AccountBlock.of("insolvency check", LocalDate.parse("2024-05-01"), Optional.of(LocalDate.parse("2024-05-31")))
 *       .isActiveOn(LocalDate.parse("2024-06-01"));   // false: dunning resumes on June 1st
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountBlock {

    AccountBlock() {
    }

    /**
     * Obtains a block.
     *
     * @param reason why the account is blocked, not blank, not null
     * @param firstDay the first day of the block, not null
     * @param lastDay the last day of the block, inclusive, or empty for an open-ended block, not null
     * @return the block, not null
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if reason is blank or lastDay is before firstDay
     */
    public static AccountBlock of(String reason, LocalDate firstDay, Optional<LocalDate> lastDay) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        return ImmutableAccountBlock.builder().reason(reason).firstDay(firstDay).lastDay(lastDay).build();
    }

    /**
     * Gets why the account is blocked.
     *
     * @return the reason, not blank
     */
    public abstract String getReason();

    /**
     * Gets the first day of the block.
     *
     * @return the date, not null
     */
    public abstract LocalDate getFirstDay();

    /**
     * Gets the last day of the block, inclusive.
     *
     * @return the date, or empty if the block has no end
     */
    public abstract Optional<LocalDate> getLastDay();

    /**
     * Checks whether the block is in force on a date.
     *
     * @param date the date, not null
     * @return true if the date is within the block
     * @throws NullPointerException if date is null
     */
    public boolean isActiveOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(getFirstDay()) && getLastDay().map(u -> !date.isAfter(u)).orElse(true);
    }

    @Value.Check
    void check() {
        if (getReason().isBlank()) {
            throw new IllegalArgumentException("reason must not be blank: '" + getReason() + "'");
        }
        if (getLastDay().isPresent() && getLastDay().get().isBefore(getFirstDay())) {
            throw new IllegalArgumentException("lastDay " + getLastDay().get() + " is before firstDay " + getFirstDay());
        }
    }
}
