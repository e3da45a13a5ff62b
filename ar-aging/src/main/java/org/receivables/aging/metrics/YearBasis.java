package org.receivables.aging.metrics;

/**
 * The number of days in a year that receivables turnover is turned into days with.
 *
 * <p>Enums are immutable and thread-safe.
 */
public enum YearBasis {
    /** A 360-day year (banking convention). */
    DAYS_360(360),
    /** A 365-day year. */
    DAYS_365(365);

    private final int days;

    YearBasis(int days) {
        this.days = days;
    }

    /**
     * Gets the number of days in the year.
     *
     * @return 360 or 365
     */
    public int getDays() {
        return days;
    }
}
