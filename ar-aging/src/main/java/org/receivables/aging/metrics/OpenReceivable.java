package org.receivables.aging.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An amount still open on a receivable as of some date, with the date it is due: the input of
 * {@link PastDueShare}.
 *
 * <p>Days past due on a date are that date minus the due date; an item due on the date itself is
 * current (zero days past due), as in the aging buckets.
 *
 * <pre>
 *   OpenReceivable r = OpenReceivable.of(LocalDate.parse("2024-01-31"), Money.parse("EUR 250.00"));
 *   r.daysPastDue(LocalDate.parse("2024-03-01"));   // 30
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpenReceivable {

    OpenReceivable() {
    }

    /**
     * Obtains an open receivable.
     *
     * @param dueDate the date the amount is or was due, not null
     * @param openAmount the amount still open, positive, not null
     * @return the open receivable
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if openAmount is not positive
     */
    public static OpenReceivable of(LocalDate dueDate, Money openAmount) {
        return ImmutableOpenReceivable.of(dueDate, openAmount);
    }

    /**
     * Gets the due date.
     *
     * @return the due date, not null
     */
    @Value.Parameter
    public abstract LocalDate getDueDate();

    /**
     * Gets the amount still open.
     *
     * @return the open amount, positive, not null
     */
    @Value.Parameter
    public abstract Money getOpenAmount();

    /**
     * Gets the days past due on a date: the date minus the due date, zero or negative when not yet overdue.
     *
     * @param asOf the date to measure on, not null
     * @return the days past due, any sign
     * @throws NullPointerException if asOf is null
     */
    public long daysPastDue(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return ChronoUnit.DAYS.between(getDueDate(), asOf);
    }

    @Value.Check
    void check() {
        if (!getOpenAmount().isPositive()) {
            throw new IllegalArgumentException("openAmount " + getOpenAmount() + " must be positive");
        }
    }
}
