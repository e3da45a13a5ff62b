package org.receivables.aging.metrics;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A period a metric is measured over: a first day and a last day, both inclusive.
 *
 * <p>A quarter is {@code MeasurementPeriod.of(2024-01-01, 2024-03-31)}: 91 days in a leap year. The
 * number of days is the actual calendar count, first and last day included; a period of one day is
 * allowed. A period made of whole calendar months also knows its number of months, which the
 * collection effectiveness index divides sales by.
 *
 * <pre>
 *   MeasurementPeriod q1 = MeasurementPeriod.ofMonths(YearMonth.of(2023, 1), YearMonth.of(2023, 3));
 *   q1.getLengthInDays();   // 90
 *   q1.getMonthCount();     // 3
 *   q1.toString();          // 2023-01-01..2023-03-31
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MeasurementPeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate start;
    private final LocalDate endInclusive;

    private MeasurementPeriod(LocalDate start, LocalDate endInclusive) {
        this.start = start;
        this.endInclusive = endInclusive;
    }

    /**
     * Obtains a period from its first and last day, both inclusive.
     *
     * @param start the first day of the period, not null
     * @param endInclusive the last day of the period, on or after start, not null
     * @return the period
     * @throws NullPointerException if start or endInclusive is null
     * @throws IllegalArgumentException if endInclusive is before start
     */
    public static MeasurementPeriod of(LocalDate start, LocalDate endInclusive) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(start)) {
            throw new IllegalArgumentException("endInclusive " + endInclusive + " is before start " + start);
        }
        return new MeasurementPeriod(start, endInclusive);
    }

    /**
     * Obtains the period of one calendar month, from its first to its last day.
     *
     * @param month the month, not null
     * @return the period
     * @throws NullPointerException if month is null
     */
    public static MeasurementPeriod ofMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return new MeasurementPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * Obtains the period from the first day of one month to the last day of another.
     *
     * @param first the first month, not null
     * @param lastInclusive the last month, inclusive, not before first, not null
     * @return the period
     * @throws NullPointerException if first or lastInclusive is null
     * @throws IllegalArgumentException if lastInclusive is before first
     */
    public static MeasurementPeriod ofMonths(YearMonth first, YearMonth lastInclusive) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(lastInclusive, "lastInclusive");
        if (lastInclusive.isBefore(first)) {
            throw new IllegalArgumentException("lastInclusive " + lastInclusive + " is before first " + first);
        }
        return new MeasurementPeriod(first.atDay(1), lastInclusive.atEndOfMonth());
    }

    /**
     * Gets the first day of the period, inclusive.
     *
     * @return the first day, not null
     */
    public LocalDate getStart() {
        return start;
    }

    /**
     * Gets the last day of the period, inclusive.
     *
     * @return the last day, not null
     */
    public LocalDate getEndInclusive() {
        return endInclusive;
    }

    /**
     * Gets the number of calendar days in the period, first and last day included.
     *
     * @return the number of days, 1 or more
     */
    public long getLengthInDays() {
        return ChronoUnit.DAYS.between(start, endInclusive) + 1;
    }

    /**
     * Checks whether the period starts on the first day of a month and ends on the last day of a month.
     *
     * @return true if the period is made of whole calendar months
     */
    public boolean isWholeMonths() {
        return start.getDayOfMonth() == 1 && endInclusive.getDayOfMonth() == endInclusive.lengthOfMonth();
    }

    /**
     * Gets the number of whole calendar months in the period.
     *
     * @return the number of months, 1 or more
     * @throws IllegalArgumentException if the period is not made of whole calendar months
     */
    public long getMonthCount() {
        if (!isWholeMonths()) {
            throw new IllegalArgumentException("period " + this
                    + " is not made of whole calendar months, so it has no month count");
        }
        return ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(endInclusive)) + 1;
    }

    /**
     * Checks whether another object is a period with the same first and last day.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof MeasurementPeriod)) {
            return false;
        }
        MeasurementPeriod other = (MeasurementPeriod) obj;
        return start.equals(other.start) && endInclusive.equals(other.endInclusive);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return start.hashCode() * 31 + endInclusive.hashCode();
    }

    /**
     * Returns the period as {@code first..last}, such as {@code 2024-01-01..2024-03-31}, both inclusive.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return start + ".." + endInclusive;
    }
}
