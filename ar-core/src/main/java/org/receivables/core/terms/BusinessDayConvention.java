package org.receivables.core.terms;

import java.time.LocalDate;

/**
 * A convention that moves a date falling on a non-business day to a business day, such as
 * "following" or "modified following".
 *
 * <p>Implementations must be immutable and thread-safe, return a business day of the calendar (or
 * the date unchanged, for {@link BusinessDayConventions#NONE}), leave a business day unchanged, and
 * never loop forever: if no business day is found within {@link HolidayCalendar#MAX_SEARCH_DAYS}
 * days they throw {@link IllegalArgumentException}. The standard conventions are in
 * {@link BusinessDayConventions}.
 *
 * <pre>
 *   BusinessDayConventions.FOLLOWING.adjust(LocalDate.parse("2024-08-31"), HolidayCalendars.SAT_SUN);          // 2024-09-02
 *   BusinessDayConventions.MODIFIED_FOLLOWING.adjust(LocalDate.parse("2024-08-31"), HolidayCalendars.SAT_SUN); // 2024-08-30
 * </pre>
 */
public interface BusinessDayConvention {

    /**
     * Adjusts a date to a business day of a calendar according to this convention.
     *
     * @param date the date to adjust, not null
     * @param calendar the calendar of non-business days, not null
     * @return the adjusted date, not null
     * @throws NullPointerException if date or calendar is null
     * @throws IllegalArgumentException if the calendar has no business day within
     *     {@link HolidayCalendar#MAX_SEARCH_DAYS} days of the date in the searched direction
     */
    LocalDate adjust(LocalDate date, HolidayCalendar calendar);

    /**
     * Gets the convention's name, such as {@code "ModifiedFollowing"}.
     *
     * @return the name, not null
     */
    String getName();
}
