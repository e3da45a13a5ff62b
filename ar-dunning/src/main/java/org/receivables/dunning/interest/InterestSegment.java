package org.receivables.dunning.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;
import org.receivables.core.money.Percentage;

/**
 * One line of an interest breakdown: a run of days at one rate and one year basis, with its
 * unrounded interest, so that a charge can be explained to the customer.
 *
 * <pre>
 *   // EUR 10,000.00 at Basiszinssatz 3.12% + 9 points, 1 to 31 December 2023, ACT/365F:
 *   //   firstDay 2023-12-01, lastDay 2023-12-31, days 31, yearBasis 365,
 *   //   referenceRate 3.12%, margin 9%, rate 12.12%,
 *   //   unroundedInterest 10000.00 * 12.12 / 100 * 31 / 365 = 102.9369863013698630
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InterestSegment {

    InterestSegment() {
    }

    /**
     * Creates a builder; every field is required.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the first day of interest of the segment, inclusive.
     *
     * @return the first day, not null
     */
    public abstract LocalDate getFirstDay();

    /**
     * Gets the last day of interest of the segment, inclusive.
     *
     * @return the last day, not before the first day, not null
     */
    public abstract LocalDate getLastDay();

    /**
     * Gets the year basis that divides each day of the segment: 360, 365 or 366.
     *
     * @return the year basis
     */
    public abstract int getYearBasis();

    /**
     * Gets the reference rate applied, such as the Basiszinssatz in force on these days.
     *
     * @return the reference rate, any sign, not null
     */
    public abstract Percentage getReferenceRate();

    /**
     * Gets the margin added to the reference rate, in percentage points.
     *
     * @return the margin, not null
     */
    public abstract Percentage getMargin();

    /**
     * Gets the segment's unrounded interest: principal times rate times days over the year basis.
     *
     * @return the interest, not rounded, not null
     */
    public abstract BigDecimal getUnroundedInterest();

    /**
     * Gets the number of days of the segment, first and last day included.
     *
     * @return the days, 1 or more
     */
    public long getDays() {
        return ChronoUnit.DAYS.between(getFirstDay(), getLastDay()) + 1;
    }

    /**
     * Gets the annual rate applied: the reference rate plus the margin.
     *
     * @return the rate, any sign, not null
     */
    public Percentage getRate() {
        return getReferenceRate().plus(getMargin());
    }

    @Value.Check
    void check() {
        if (getLastDay().isBefore(getFirstDay())) {
            throw new IllegalArgumentException("lastDay " + getLastDay() + " is before firstDay " + getFirstDay());
        }
        if (getYearBasis() != 360 && getYearBasis() != 365 && getYearBasis() != 366) {
            throw new IllegalArgumentException("yearBasis " + getYearBasis() + " is not 360, 365 or 366");
        }
    }

    /** Builds an {@link InterestSegment}; every field is required. */
    public static final class Builder extends ImmutableInterestSegment.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
