package org.receivables.aging.behaviour;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * The length of an expected-collections bucket: an ISO week (Monday to Sunday) or a calendar month.
 *
 * <p>Week numbering follows ISO 8601 whatever the default locale: weeks start on Monday and week 1 is
 * the week holding the year's first Thursday, so 2024-12-30 falls in {@code 2025-W01}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CollectionPeriod {

    /** An ISO week, Monday to Sunday, labelled such as {@code 2025-W01}. */
    WEEK,

    /** A calendar month, labelled such as {@code 2025-01}. */
    MONTH;

    /**
     * Gets the first day of the period holding a date.
     *
     * @param date the date, not null
     * @return the Monday on or before the date, or the first of its month
     * @throws NullPointerException if date is null
     */
    public LocalDate startOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return this == WEEK ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : date.withDayOfMonth(1);
    }

    /**
     * Gets the first day of the next period.
     *
     * @param start the first day of a period, not null
     * @return the first day after the period, exclusive end of this one
     * @throws NullPointerException if start is null
     */
    public LocalDate next(LocalDate start) {
        Objects.requireNonNull(start, "start");
        return this == WEEK ? startOf(start).plusWeeks(1) : startOf(start).plusMonths(1);
    }

    /**
     * Gets the label of the period holding a date: ISO week {@code YYYY-Www} or month {@code YYYY-MM}.
     *
     * @param date a date in the period, not null
     * @return the label, not null
     * @throws NullPointerException if date is null
     */
    public String label(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (this == WEEK) {
            return String.format(Locale.ROOT, "%d-W%02d",
                    date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        return String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
    }
}
