package org.receivables.core.terms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The standard {@link BusinessDayConvention}s, as the ISDA definitions and OpenGamma Strata define them.
 *
 * <ul>
 *   <li>{@link #NONE}: no adjustment.</li>
 *   <li>{@link #FOLLOWING}: the next business day.</li>
 *   <li>{@link #MODIFIED_FOLLOWING}: the next business day, unless that is in the next month, in
 *       which case the previous business day.</li>
 *   <li>{@link #PRECEDING}: the previous business day.</li>
 *   <li>{@link #MODIFIED_PRECEDING}: the previous business day, unless that is in the previous
 *       month, in which case the next business day.</li>
 * </ul>
 *
 * <pre>
 *   // Saturday 2024-06-01 with Saturday-Sunday weekends
 *   BusinessDayConventions.PRECEDING.adjust(LocalDate.parse("2024-06-01"), HolidayCalendars.SAT_SUN);          // 2024-05-31
 *   BusinessDayConventions.MODIFIED_PRECEDING.adjust(LocalDate.parse("2024-06-01"), HolidayCalendars.SAT_SUN); // 2024-06-03
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BusinessDayConventions {

    /** No adjustment: the date is returned as it is, business day or not. */
    public static final BusinessDayConvention NONE = Standard.NONE;

    /** The next business day on or after the date. */
    public static final BusinessDayConvention FOLLOWING = Standard.FOLLOWING;

    /** The next business day, unless it is in a later month: then the previous business day. */
    public static final BusinessDayConvention MODIFIED_FOLLOWING = Standard.MODIFIED_FOLLOWING;

    /** The previous business day on or before the date. */
    public static final BusinessDayConvention PRECEDING = Standard.PRECEDING;

    /** The previous business day, unless it is in an earlier month: then the next business day. */
    public static final BusinessDayConvention MODIFIED_PRECEDING = Standard.MODIFIED_PRECEDING;

    private BusinessDayConventions() {
    }

    /**
     * Obtains a standard convention by its name, ignoring case: {@code None}, {@code Following},
     * {@code ModifiedFollowing}, {@code Preceding}, {@code ModifiedPreceding}.
     *
     * @param name the name, not null
     * @return the convention
     * @throws NullPointerException if name is null
     * @throws IllegalArgumentException if the name is not a standard convention, naming it
     */
    public static BusinessDayConvention of(String name) {
        Objects.requireNonNull(name, "name");
        for (Standard s : Standard.values()) {
            if (s.getName().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("name is not a standard business day convention: '" + name + "'");
    }

    static LocalDate following(LocalDate date, HolidayCalendar calendar) {
        return search(date, calendar, 1);
    }

    static LocalDate preceding(LocalDate date, HolidayCalendar calendar) {
        return search(date, calendar, -1);
    }

    private static LocalDate search(LocalDate date, HolidayCalendar calendar, int step) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(calendar, "calendar");
        LocalDate d = date;
        try {
            for (int i = 0; i <= HolidayCalendar.MAX_SEARCH_DAYS; i++) {
                if (calendar.isBusinessDay(d)) {
                    return d;
                }
                d = d.plusDays(step);
            }
        } catch (DateTimeException ex) {
            throw new IllegalArgumentException("date " + date + " has no business day within the supported range", ex);
        }
        throw new IllegalArgumentException("calendar " + calendar + " has no business day within "
                + HolidayCalendar.MAX_SEARCH_DAYS + " days " + (step > 0 ? "after " : "before ") + "date " + date);
    }

    private enum Standard implements BusinessDayConvention {
        NONE("None") {
            @Override
            public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
                Objects.requireNonNull(date, "date");
                Objects.requireNonNull(calendar, "calendar");
                return date;
            }
        },
        FOLLOWING("Following") {
            @Override
            public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
                return following(date, calendar);
            }
        },
        MODIFIED_FOLLOWING("ModifiedFollowing") {
            @Override
            public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
                LocalDate next = following(date, calendar);
                return YearMonth.from(next).equals(YearMonth.from(date)) ? next : preceding(date, calendar);
            }
        },
        PRECEDING("Preceding") {
            @Override
            public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
                return preceding(date, calendar);
            }
        },
        MODIFIED_PRECEDING("ModifiedPreceding") {
            @Override
            public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
                LocalDate previous = preceding(date, calendar);
                return YearMonth.from(previous).equals(YearMonth.from(date)) ? previous : following(date, calendar);
            }
        };

        private final String name;

        Standard(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
