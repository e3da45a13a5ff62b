package org.receivables.core.terms;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.receivables.core.terms.BusinessDayConventions.FOLLOWING;
import static org.receivables.core.terms.BusinessDayConventions.MODIFIED_FOLLOWING;
import static org.receivables.core.terms.BusinessDayConventions.MODIFIED_PRECEDING;
import static org.receivables.core.terms.BusinessDayConventions.NONE;
import static org.receivables.core.terms.BusinessDayConventions.PRECEDING;
import static org.receivables.core.terms.DueDateRuleTest.assertIae;
import static org.receivables.core.terms.DueDateRuleTest.assertNpe;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.receivables.core.testing.CoreGen;

/**
 * Business-day conventions and holiday calendars.
 *
 * <p>Definitions followed: Oracle Financial Services Analytical Applications, "Module Usage" of the
 * holiday rolling convention
 * (https://docs.oracle.com/en/industries/financial-services/ofs-analytical-applications/analytical-applications-infrastructure/812/cferg/module-usage_7.2.58.2.html):
 * following rolls to the next business day; modified following rolls to the next business day
 * "unless doing so would cause the payment to be in the next calendar month, in which case the payment
 * date is rolled to the previous business day"; preceding and modified preceding mirror them. The same
 * definitions are in the R package fmdates, "Business day conventions"
 * (https://rdrr.io/cran/fmdates/man/is_valid_bdc.html), and in ISDA / OpenGamma Strata.
 */
class BusinessDayConventionsTest {

    private static final List<BusinessDayConvention> ALL = List.of(NONE, FOLLOWING, MODIFIED_FOLLOWING, PRECEDING,
            MODIFIED_PRECEDING);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // ---- adjust ----

    /** Saturday 2024-08-31 is a month end: following leaves the month, modified following does not. */
    @Test
    void test_adjust_followingAndModifiedFollowingAtMonthEnd() {
        HolidayCalendar cal = HolidayCalendars.SAT_SUN;
        assertEquals(d("2024-09-02"), FOLLOWING.adjust(d("2024-08-31"), cal));
        assertEquals(d("2024-08-30"), MODIFIED_FOLLOWING.adjust(d("2024-08-31"), cal));
        // mid-month both roll forward: Saturday 2024-08-17 -> Monday 2024-08-19
        assertEquals(d("2024-08-19"), FOLLOWING.adjust(d("2024-08-17"), cal));
        assertEquals(d("2024-08-19"), MODIFIED_FOLLOWING.adjust(d("2024-08-17"), cal));
    }

    /** Saturday 2024-06-01 is a month start: preceding leaves the month, modified preceding does not. */
    @Test
    void test_adjust_precedingAndModifiedPrecedingAtMonthStart() {
        HolidayCalendar cal = HolidayCalendars.SAT_SUN;
        assertEquals(d("2024-05-31"), PRECEDING.adjust(d("2024-06-01"), cal));
        assertEquals(d("2024-06-03"), MODIFIED_PRECEDING.adjust(d("2024-06-01"), cal));
        assertEquals(d("2024-06-14"), PRECEDING.adjust(d("2024-06-16"), cal));
        assertEquals(d("2024-06-14"), MODIFIED_PRECEDING.adjust(d("2024-06-16"), cal));
    }

    /** Holidays join weekends: 2024-12-25 and 26 are holidays, 2024-12-28/29 a weekend. */
    @Test
    void test_adjust_holidaysAndWeekendsTogether() {
        HolidayCalendar cal = HolidayCalendars.of(EnumSet.of(SATURDAY, SUNDAY),
                List.of(d("2024-12-26"), d("2024-12-25"), d("2025-01-01"), d("2024-12-31")));
        assertEquals(d("2024-12-27"), FOLLOWING.adjust(d("2024-12-25"), cal));
        assertEquals(d("2024-12-24"), PRECEDING.adjust(d("2024-12-26"), cal));
        // Tuesday 31 December is a holiday, 1 January too: following goes to 2 January ...
        assertEquals(d("2025-01-02"), FOLLOWING.adjust(d("2024-12-31"), cal));
        // ... modified following stays in December: back over the weekend to Monday 30 December
        assertEquals(d("2024-12-30"), MODIFIED_FOLLOWING.adjust(d("2024-12-31"), cal));
        assertEquals(d("2024-12-31"), NONE.adjust(d("2024-12-31"), cal));
        // a February with the leap day on a Thursday holiday
        HolidayCalendar leap = HolidayCalendars.of(EnumSet.of(SATURDAY, SUNDAY), List.of(d("2024-02-29")));
        assertEquals(d("2024-02-28"), MODIFIED_FOLLOWING.adjust(d("2024-02-29"), leap));
        assertEquals(d("2024-03-01"), FOLLOWING.adjust(d("2024-02-29"), leap));
    }

    /** Friday-Saturday weekends, as in several Gulf states. */
    @Test
    void test_adjust_fridaySaturdayWeekend() {
        HolidayCalendar cal = HolidayCalendars.of(EnumSet.of(FRIDAY, SATURDAY), List.of());
        assertEquals(d("2024-05-05"), FOLLOWING.adjust(d("2024-05-03"), cal));
        assertEquals(d("2024-05-02"), PRECEDING.adjust(d("2024-05-04"), cal));
        assertEquals(d("2024-05-30"), MODIFIED_FOLLOWING.adjust(d("2024-05-31"), cal));
    }

    @Test
    void test_adjust_givesBusinessDaysAndLeavesThemAlone() {
        qt().forAll(calendars(), CoreGen.dates(), Generate.pick(ALL.subList(1, ALL.size()))).check((cal, date, conv) -> {
            LocalDate adjusted = conv.adjust(date, cal);
            return cal.isBusinessDay(adjusted)
                    && conv.adjust(adjusted, cal).equals(adjusted)
                    && (cal.isHoliday(date) || adjusted.equals(date))
                    && Math.abs(adjusted.toEpochDay() - date.toEpochDay()) <= 40;
        });
    }

    @Test
    void test_adjust_modifiedConventionsStayInTheMonth() {
        qt().forAll(calendars(), CoreGen.dates()).check((cal, date) -> {
            LocalDate mf = MODIFIED_FOLLOWING.adjust(date, cal);
            LocalDate mp = MODIFIED_PRECEDING.adjust(date, cal);
            // true unless the whole rest (or start) of the month is a holiday, which these calendars never make
            return mf.getMonth() == date.getMonth() && mp.getMonth() == date.getMonth();
        });
    }

    @Test
    void test_adjust_refusesCalendarWithoutBusinessDays() {
        HolidayCalendar never = date -> true;
        for (BusinessDayConvention c : ALL.subList(1, ALL.size())) {
            assertIae(() -> c.adjust(d("2024-01-15"), never), "no business day", "2024-01-15");
        }
        assertEquals(d("2024-01-15"), NONE.adjust(d("2024-01-15"), never));
    }

    @Test
    void test_adjust_refusesNulls() {
        for (BusinessDayConvention c : ALL) {
            assertNpe(() -> c.adjust(null, HolidayCalendars.SAT_SUN), "date");
            assertNpe(() -> c.adjust(d("2024-01-15"), null), "calendar");
        }
    }

    // ---- of / getName ----

    @Test
    void test_of_findsStandardConventionsByName() {
        for (BusinessDayConvention c : ALL) {
            assertEquals(c, BusinessDayConventions.of(c.getName()));
            assertEquals(c, BusinessDayConventions.of(c.getName().toUpperCase(java.util.Locale.ROOT)));
        }
        assertEquals("ModifiedFollowing", MODIFIED_FOLLOWING.toString());
        assertIae(() -> BusinessDayConventions.of("Nearest"), "name", "'Nearest'");
        assertNpe(() -> BusinessDayConventions.of(null), "name");
    }

    // ---- HolidayCalendars.of ----

    @Test
    void test_holidayCalendarsOf_refusesBadInput() {
        assertNpe(() -> HolidayCalendars.of(null, List.of()), "weekend");
        assertNpe(() -> HolidayCalendars.of(Set.of(), null), "holidays");
        assertNpe(() -> HolidayCalendars.of(Set.of(), Arrays.asList(d("2024-01-01"), null)), "holidays element");
        assertIae(() -> HolidayCalendars.of(EnumSet.allOf(DayOfWeek.class), List.of()), "weekend", "SUNDAY");
        assertNpe(() -> HolidayCalendars.SAT_SUN.isHoliday(null), "date");
    }

    @Test
    void test_holidayCalendarsOf_comparesByValueWithSortedToString() {
        HolidayCalendar a = HolidayCalendars.of(EnumSet.of(SUNDAY, SATURDAY), List.of(d("2024-12-26"), d("2024-12-25")));
        HolidayCalendar b = HolidayCalendars.of(EnumSet.of(SATURDAY, SUNDAY), List.of(d("2024-12-25"), d("2024-12-26"),
                d("2024-12-25")));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("HolidayCalendar[weekend=[SATURDAY, SUNDAY], holidays=[2024-12-25, 2024-12-26]]", a.toString());
        assertEquals(HolidayCalendars.SAT_SUN, HolidayCalendars.of(EnumSet.of(SATURDAY, SUNDAY), List.of()));
        assertTrue(HolidayCalendars.NO_HOLIDAYS.isBusinessDay(d("2024-12-25")));
        assertFalse(a.isBusinessDay(d("2024-12-25")));
    }

    /** @return calendars with 0 to 2 weekend days and up to 12 holidays near the date window */
    static Gen<HolidayCalendar> calendars() {
        Gen<Set<DayOfWeek>> weekends = integers().between(0, 3).map(k -> k == 0 ? EnumSet.noneOf(DayOfWeek.class)
                : k == 1 ? EnumSet.of(SATURDAY, SUNDAY) : k == 2 ? EnumSet.of(FRIDAY, SATURDAY) : EnumSet.of(SUNDAY));
        // holidays: single days spread through each month (never more than two in a row), so months keep business days
        Gen<List<LocalDate>> holidays = lists().of(CoreGen.dates()).ofSizeBetween(0, 12).map(ds -> {
            List<LocalDate> out = new ArrayList<>(ds);
            for (LocalDate x : ds) {
                out.add(x.plusDays(1));
            }
            return out;
        });
        return weekends.zip(holidays, HolidayCalendars::of);
    }
}
