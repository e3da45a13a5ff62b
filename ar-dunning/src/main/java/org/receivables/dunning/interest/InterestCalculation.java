package org.receivables.dunning.interest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;

/**
 * The result of an interest calculation: the interest on an overdue principal for the days after a
 * start date up to and including an end date, rounded once, with the breakdown by segment that
 * explains it.
 *
 * <pre>
 *   // EUR 10,000.00 due 2023-11-30, paid 2024-01-31, Basiszinssatz + 9 points, ACT/365F:
 *   //   2023-12-01..2023-12-31  31 days  12.12%  102.9369863013698630
 *   //   2024-01-01..2024-01-31  31 days  12.62%  107.1835616438356164
 *   //   unroundedInterest 210.1205479452054794, interest EUR 210.12 (HALF_EVEN)
 * </pre>
 *
 * <p>The interest is the sum of the segments' unrounded interest, rounded once to the currency's
 * decimal places. No segment is rounded on its own.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InterestCalculation {

    InterestCalculation() {
    }

    /**
     * Creates a builder; every field is required, and the segments may be empty.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the overdue amount the interest is on.
     *
     * @return the principal, zero or more, not null
     */
    public abstract Money getPrincipal();

    /**
     * Gets the date the principal was due; the debt is late from the day after.
     *
     * @return the due date, not null
     */
    public abstract LocalDate getDueDate();

    /**
     * Gets the last day before the interest of this calculation runs: the due date, or a later date
     * up to which interest was already charged.
     *
     * @return the start, exclusive, not before the due date, not null
     */
    public abstract LocalDate getStartExclusive();

    /**
     * Gets the last day of interest, inclusive, such as the payment or as-of date.
     *
     * @return the end, inclusive, not before the start, not null
     */
    public abstract LocalDate getEndInclusive();

    /**
     * Gets the day count used.
     *
     * @return the day count, not null
     */
    public abstract DayCount getDayCount();

    /**
     * Gets the rate fixing used.
     *
     * @return the rate fixing, not null
     */
    public abstract RateFixing getRateFixing();

    /**
     * Gets how the total was rounded to the currency's decimal places.
     *
     * @return the rounding mode, not null
     */
    public abstract RoundingMode getRounding();

    /**
     * Gets the breakdown, earliest first: one segment per run of days with one rate and year basis.
     *
     * @return the segments, empty when no day of interest lies in the period, not null
     */
    public abstract List<InterestSegment> getSegments();

    /**
     * Gets the total interest before rounding: the sum of the segments' unrounded interest.
     *
     * @return the unrounded interest, not null
     */
    public abstract BigDecimal getUnroundedInterest();

    /**
     * Gets the interest, rounded once to the currency's decimal places.
     *
     * @return the interest in the principal's currency, not null
     */
    public abstract Money getInterest();

    /**
     * Gets the number of days of interest.
     *
     * @return the days, zero or more
     */
    public long getDays() {
        return getDayCount().days(getStartExclusive(), getEndInclusive());
    }

    @Value.Check
    void check() {
        if (getStartExclusive().isBefore(getDueDate())) {
            throw new IllegalArgumentException("startExclusive " + getStartExclusive() + " is before dueDate " + getDueDate());
        }
        if (getEndInclusive().isBefore(getStartExclusive())) {
            throw new IllegalArgumentException("endInclusive " + getEndInclusive()
                    + " is before startExclusive " + getStartExclusive());
        }
        if (!getInterest().getCurrencyUnit().equals(getPrincipal().getCurrencyUnit())) {
            throw new CurrencyMismatchException(getPrincipal().getCurrencyUnit(), getInterest().getCurrencyUnit());
        }
    }

    /** Builds an {@link InterestCalculation}; every field is required. */
    public static final class Builder extends ImmutableInterestCalculation.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
