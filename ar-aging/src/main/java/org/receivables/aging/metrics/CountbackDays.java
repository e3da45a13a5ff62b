package org.receivables.aging.metrics;

import java.time.YearMonth;
import java.util.Objects;

/**
 * How the countback DSO counts the days of a month whose sales it consumes.
 *
 * <p>Enums are immutable and thread-safe.
 */
public enum CountbackDays {
    /** The actual calendar days of the month: 28, 29, 30 or 31. */
    ACTUAL_DAYS,
    /** Every month counts 30 days. */
    THIRTY_DAY_MONTHS;

    /**
     * Gets the number of days this convention gives a month.
     *
     * @param month the month, not null
     * @return the number of days, 28 to 31
     * @throws NullPointerException if month is null
     */
    public int daysIn(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return this == ACTUAL_DAYS ? month.lengthOfMonth() : 30;
    }
}
