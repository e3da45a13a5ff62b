package org.receivables.core.terms;

import java.time.LocalDate;

/**
 * A calendar of non-business days: weekends and holidays, as the caller defines them.
 *
 * <p>Implementations must be immutable and thread-safe, answer for every date, and give the same
 * answer for the same date every time. A calendar should have business days; adjustment refuses,
 * with an {@link IllegalArgumentException}, to search more than {@link #MAX_SEARCH_DAYS} days for one.
 * {@link HolidayCalendars} builds the common calendars.
 *
 * <pre>
 *   HolidayCalendar cal = HolidayCalendars.of(EnumSet.of(SATURDAY, SUNDAY), List.of(LocalDate.parse("2024-12-25")));
 *   cal.isHoliday(LocalDate.parse("2024-12-25"));       // true (a holiday)
 *   cal.isBusinessDay(LocalDate.parse("2024-12-24"));   // true (a Tuesday)
 * </pre>
 */
@FunctionalInterface
public interface HolidayCalendar {

    /** The most days a business-day adjustment searches for a business day: 366. */
    int MAX_SEARCH_DAYS = 366;

    /**
     * Checks whether a date is a holiday, meaning any non-business day, weekends included.
     *
     * @param date the date, not null
     * @return true if the date is not a business day
     * @throws NullPointerException if date is null
     */
    boolean isHoliday(LocalDate date);

    /**
     * Checks whether a date is a business day: the opposite of {@link #isHoliday(LocalDate)}.
     *
     * @param date the date, not null
     * @return true if the date is a business day
     * @throws NullPointerException if date is null
     */
    default boolean isBusinessDay(LocalDate date) {
        return !isHoliday(date);
    }
}
