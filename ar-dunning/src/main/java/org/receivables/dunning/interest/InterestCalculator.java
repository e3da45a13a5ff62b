package org.receivables.dunning.interest;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * Computes the interest on an overdue amount for the days it is late.
 *
 * <p>The days of interest are the days after the start up to and including the end (see
 * {@link DayCount}): a debt due on 31 January and paid on 10 February bears 10 days of interest.
 *
 * <pre>
 *   InterestCalculator calc = SimpleInterest.builder()
 *       .referenceRates(RateTable.of(LocalDate.parse("2024-01-01"), Percentage.parse("3.62")))
 *       .margin(Percentage.of(9))
 *       .build();
 *   calc.calculate(Money.parse("EUR 1000.00"), LocalDate.parse("2024-01-31"), LocalDate.parse("2024-02-10"))
 *       .getInterest();                       // EUR 3.46 (1000 * 12.62% * 10 / 365 = 3.4575...)
 * </pre>
 *
 * <p>Every implementation must guarantee that a result is in the principal's currency and depends
 * on its arguments only (no clock, locale or zone); that interest over a period split at any date
 * equals the sum of the parts within one minor unit per split (so charging interest run by run adds
 * up); that it throws the exceptions documented below and validates before computing; and that it is
 * immutable and thread-safe.
 */
public interface InterestCalculator {

    /**
     * Computes the interest on an overdue amount from the day after its due date up to and
     * including an end date.
     *
     * @param principal the overdue amount, zero or more, not null
     * @param dueDate the date the amount was due, not null
     * @param endInclusive the last day of interest, such as the payment or as-of date, not before dueDate, not null
     * @return the calculation with its breakdown, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if principal is negative, endInclusive is before dueDate, or
     *     the rates needed are not known for the period
     */
    default InterestCalculation calculate(Money principal, LocalDate dueDate, LocalDate endInclusive) {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(dueDate)) {
            throw new IllegalArgumentException("endInclusive " + endInclusive + " is before dueDate " + dueDate);
        }
        return calculate(principal, dueDate, dueDate, endInclusive);
    }

    /**
     * Computes the interest on an amount late since its due date for the days after a start date up to
     * and including an end date, such as the interest since the last interest charge. The due date
     * matters where the rate is fixed when the debt becomes late.
     *
     * @param principal the overdue amount, zero or more, not null
     * @param dueDate the date the amount was due, not null
     * @param startExclusive the last day before this interest runs, not before dueDate, not null
     * @param endInclusive the last day of interest, not before startExclusive, not null
     * @return the calculation with its breakdown, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if principal is negative, startExclusive is before dueDate,
     *     endInclusive is before startExclusive, or the rates needed are not known for the period
     */
    InterestCalculation calculate(Money principal, LocalDate dueDate, LocalDate startExclusive, LocalDate endInclusive);
}
