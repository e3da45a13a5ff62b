package org.receivables.core.terms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Common {@link HolidayCalendar}s: none, Saturday-Sunday weekends, and weekend days plus holiday dates.
 *
 * <pre>
 *   HolidayCalendar cal = HolidayCalendars.of(EnumSet.of(FRIDAY, SATURDAY), List.of(LocalDate.parse("2024-04-10")));
 *   cal.isHoliday(LocalDate.parse("2024-04-12"));   // true, a Friday
 *   cal.toString();                                 // "HolidayCalendar[weekend=[FRIDAY, SATURDAY], holidays=[2024-04-10]]"
 * </pre>
 *
 * <p>This class is immutable and thread-safe; the calendars it gives compare by value.
 */
public final class HolidayCalendars {

    /** A calendar in which every day is a business day. */
    public static final HolidayCalendar NO_HOLIDAYS = new Fixed(EnumSet.noneOf(DayOfWeek.class), new TreeSet<>());

    /** A calendar whose only non-business days are Saturdays and Sundays. */
    public static final HolidayCalendar SAT_SUN =
            new Fixed(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), new TreeSet<>());

    private HolidayCalendars() {
    }

    /**
     * Obtains a calendar of weekend days plus holiday dates.
     *
     * @param weekend the days of the week that are never business days, at most six, not null, no nulls
     * @param holidays further non-business dates, in any order, duplicates ignored, not null, no nulls
     * @return the calendar
     * @throws NullPointerException if weekend or holidays is null or holds null
     * @throws IllegalArgumentException if all seven days of the week are weekend days (no business days)
     */
    public static HolidayCalendar of(Set<DayOfWeek> weekend, Collection<LocalDate> holidays) {
        Objects.requireNonNull(weekend, "weekend");
        Objects.requireNonNull(holidays, "holidays");
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : weekend) {
            days.add(Objects.requireNonNull(d, "weekend element"));
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (LocalDate d : holidays) {
            dates.add(Objects.requireNonNull(d, "holidays element"));
        }
        if (days.size() == 7) {
            throw new IllegalArgumentException("weekend must leave at least one business day: " + days);
        }
        return new Fixed(days, dates);
    }

    /** Weekend days plus a sorted set of holiday dates. */
    private static final class Fixed implements HolidayCalendar {
        private final EnumSet<DayOfWeek> weekend;
        private final SortedSet<LocalDate> holidays;

        Fixed(EnumSet<DayOfWeek> weekend, SortedSet<LocalDate> holidays) {
            this.weekend = weekend;
            this.holidays = holidays;
        }

        @Override
        public boolean isHoliday(LocalDate date) {
            Objects.requireNonNull(date, "date");
            return weekend.contains(date.getDayOfWeek()) || holidays.contains(date);
        }

        @Override
        public boolean equals(Object obj) {
            return obj == this || (obj instanceof Fixed && weekend.equals(((Fixed) obj).weekend)
                    && holidays.equals(((Fixed) obj).holidays));
        }

        @Override
        public int hashCode() {
            return weekend.hashCode() * 31 + holidays.hashCode();
        }

        @Override
        public String toString() {
            return "HolidayCalendar[weekend=" + weekend + ", holidays=" + holidays + "]";
        }
    }
}
