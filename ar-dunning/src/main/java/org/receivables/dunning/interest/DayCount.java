package org.receivables.dunning.interest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A day-count convention: how the days of an interest period become a fraction of a year.
 *
 * <p>The days of interest are the days <b>after</b> the start and up to <b>and including</b> the end:
 * interest on a debt due on 31 January and paid on 10 February runs for 10 days, 1 to 10 February.
 * So {@code days(start, end)} is {@code end - start} in calendar days, and each of those days is
 * divided by the convention's year basis:
 * <ul>
 *   <li>{@link #ACT_365_FIXED}: every day counts 1/365, leap year or not (the UK Act's and the
 *       usual German court practice's basis, and the default);</li>
 *   <li>{@link #ACT_360}: every day counts 1/360 (the money-market convention);</li>
 *   <li>{@link #ACT_ACT_ISDA}: a day counts 1/366 if it lies in a leap year and 1/365 otherwise, so a
 *       period is split at each 1 January. Because the end is inclusive here, a day belongs to the
 *       year it falls in: interest for 1 January 2024 counts 1/366.</li>
 * </ul>
 *
 * <pre>
 *   LocalDate due = LocalDate.parse("2023-12-31");
 *   LocalDate paid = LocalDate.parse("2024-03-01");                  // 61 days: 1 Jan to 1 Mar 2024
 *   DayCount.ACT_365_FIXED.yearFraction(due, paid);                  // 61/365 = 0.1671232876712329
 *   DayCount.ACT_360.yearFraction(due, paid);                        // 61/360 = 0.1694444444444444
 *   DayCount.ACT_ACT_ISDA.yearFraction(due, paid);                   // 61/366 = 0.1666666666666667
 * </pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DayCount {

    /** Actual days over a fixed 365-day year ("ACT/365 Fixed"): the default. */
    ACT_365_FIXED("ACT/365F"),

    /** Actual days over a 360-day year ("ACT/360"). */
    ACT_360("ACT/360"),

    /** Actual days over the actual length of each day's calendar year, 365 or 366 ("ACT/ACT ISDA"). */
    ACT_ACT_ISDA("ACT/ACT ISDA");

    /** The number of decimal places of a year fraction: {@value}. */
    public static final int FRACTION_SCALE = 16;

    private final String label;

    DayCount(String label) {
        this.label = label;
    }

    /**
     * Gets the market name of the convention, such as {@code "ACT/365F"}.
     *
     * @return the name, not null
     */
    public String getName() {
        return label;
    }

    /**
     * Gets the number of days of interest after the start, up to and including the end.
     *
     * @param startExclusive the last day before interest runs, such as the due date, not null
     * @param endInclusive the last day of interest, such as the payment date, not before the start, not null
     * @return the number of days, zero or more
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if endInclusive is before startExclusive
     */
    public long days(LocalDate startExclusive, LocalDate endInclusive) {
        checkPeriod(startExclusive, endInclusive);
        return ChronoUnit.DAYS.between(startExclusive, endInclusive);
    }

    /**
     * Gets the year basis that divides one day of interest: 365, 360, or the length of the day's year.
     *
     * @param day a day of interest, not null
     * @return 360, 365 or 366
     * @throws NullPointerException if day is null
     */
    public int yearBasisOf(LocalDate day) {
        Objects.requireNonNull(day, "day");
        switch (this) {
            case ACT_360:
                return 360;
            case ACT_ACT_ISDA:
                return day.lengthOfYear();
            default:
                return 365;
        }
    }

    /**
     * Checks whether the year basis can change between two days, so interest periods must be split
     * at each 1 January.
     *
     * @return true for {@link #ACT_ACT_ISDA}
     */
    public boolean isSplitByCalendarYear() {
        return this == ACT_ACT_ISDA;
    }

    /**
     * Gets the fraction of a year between two dates: the sum, over the days after the start up to and
     * including the end, of one over each day's year basis, rounded half-even to
     * {@link #FRACTION_SCALE} decimal places.
     *
     * @param startExclusive the last day before interest runs, such as the due date, not null
     * @param endInclusive the last day of interest, not before the start, not null
     * @return the year fraction, zero or more, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if endInclusive is before startExclusive
     */
    public BigDecimal yearFraction(LocalDate startExclusive, LocalDate endInclusive) {
        checkPeriod(startExclusive, endInclusive);
        if (!isSplitByCalendarYear()) {
            return BigDecimal.valueOf(days(startExclusive, endInclusive))
                    .divide(BigDecimal.valueOf(yearBasisOf(endInclusive)), FRACTION_SCALE, RoundingMode.HALF_EVEN);
        }
        // days in 365-day years and in 366-day years, over the common denominator 365 * 366
        long common = 365L * 366L;
        long numerator = 0;
        LocalDate from = startExclusive.plusDays(1);
        while (!from.isAfter(endInclusive)) {
            LocalDate yearEnd = from.withDayOfYear(from.lengthOfYear());
            LocalDate to = yearEnd.isBefore(endInclusive) ? yearEnd : endInclusive;
            long segmentDays = ChronoUnit.DAYS.between(from, to) + 1;
            numerator += segmentDays * (common / from.lengthOfYear());
            from = to.plusDays(1);
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(common), FRACTION_SCALE, RoundingMode.HALF_EVEN);
    }

    private static void checkPeriod(LocalDate startExclusive, LocalDate endInclusive) {
        Objects.requireNonNull(startExclusive, "startExclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(startExclusive)) {
            throw new IllegalArgumentException("endInclusive " + endInclusive + " is before startExclusive " + startExclusive);
        }
    }

    /**
     * Returns the market name, such as {@code "ACT/365F"}.
     *
     * @return the name, not null
     */
    @Override
    public String toString() {
        return label;
    }
}
