package org.receivables.dunning.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Day counts: which days count, and what each is worth.
 *
 * <p>The conventions follow the ISDA 2006 Definitions, section 4.16 (Actual/365 (Fixed), Actual/360,
 * Actual/Actual (ISDA)), as explained in OpenGamma Strata's {@code DayCounts} documentation,
 * https://strata.opengamma.io/apidocs/com/opengamma/strata/basics/date/DayCounts.html. Interest here
 * runs from the day after the start up to and including the end, so a day is weighted by the year it
 * falls in; the numbers below are computed by hand.
 */
class DayCountTest {

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    // ---- days ----

    @Test
    void test_days_runFromTheDayAfterTheStartUpToAndIncludingTheEnd() {
        // due 31 January, paid 10 February: late on 1..10 February = 10 days
        assertEquals(10, DayCount.ACT_365_FIXED.days(d("2024-01-31"), d("2024-02-10")));
        // paid on the due date: not late at all
        assertEquals(0, DayCount.ACT_360.days(d("2024-01-31"), d("2024-01-31")));
        // paid the day after: one day
        assertEquals(1, DayCount.ACT_ACT_ISDA.days(d("2024-01-31"), d("2024-02-01")));
        // all of February 2024 (29 days)
        assertEquals(29, DayCount.ACT_365_FIXED.days(d("2024-01-31"), d("2024-02-29")));
    }

    // ---- yearFraction ----

    @Test
    void test_yearFraction_acrossALeapFebruaryDiffersByConvention() {
        // 1 January to 1 March 2024 = 31 + 29 + 1 = 61 days, all in the leap year 2024
        assertDecimal("0.1671232876712329", DayCount.ACT_365_FIXED.yearFraction(d("2023-12-31"), d("2024-03-01"))); // 61/365
        assertDecimal("0.1694444444444444", DayCount.ACT_360.yearFraction(d("2023-12-31"), d("2024-03-01")));       // 61/360
        assertDecimal("0.1666666666666667", DayCount.ACT_ACT_ISDA.yearFraction(d("2023-12-31"), d("2024-03-01")));  // 61/366
    }

    @Test
    void test_yearFraction_actActSplitsAtTheYearEnd() {
        // due 2023-11-30, end 2024-03-01: 31 days of 2023 (/365) + 61 days of 2024 (/366)
        // 31/365 = 0.0849315068493150..., 61/366 = 0.1666666666666666...; sum = 0.2515981735159817 (rounded)
        assertDecimal("0.2515981735159817", DayCount.ACT_ACT_ISDA.yearFraction(d("2023-11-30"), d("2024-03-01")));
        // the same 92 days under the other conventions: 92/365 and 92/360
        assertDecimal("0.2520547945205479", DayCount.ACT_365_FIXED.yearFraction(d("2023-11-30"), d("2024-03-01")));
        assertDecimal("0.2555555555555556", DayCount.ACT_360.yearFraction(d("2023-11-30"), d("2024-03-01")));
    }

    @Test
    void test_yearFraction_aDayBelongsToTheYearItFallsIn() {
        // 1 January 2024 is the only day of interest: a leap-year day, 1/366
        assertDecimal("0.0027322404371585", DayCount.ACT_ACT_ISDA.yearFraction(d("2023-12-31"), d("2024-01-01")));
        // 31 December 2024 (leap) then 1 January 2025: 1/366 + 1/365
        assertDecimal("0.0054719664645557", DayCount.ACT_ACT_ISDA.yearFraction(d("2024-12-30"), d("2025-01-01")));
        // a whole leap year and a whole common year are both exactly one year under ACT/ACT
        assertDecimal("1", DayCount.ACT_ACT_ISDA.yearFraction(d("2023-12-31"), d("2024-12-31")));
        assertDecimal("1", DayCount.ACT_ACT_ISDA.yearFraction(d("2024-12-31"), d("2025-12-31")));
        // but 366 days under ACT/365F
        assertDecimal("1.0027397260273973", DayCount.ACT_365_FIXED.yearFraction(d("2023-12-31"), d("2024-12-31")));
    }

    @Test
    void test_yearFraction_zeroForAnEmptyPeriod() {
        for (DayCount dc : DayCount.values()) {
            assertEquals(0, dc.yearFraction(d("2024-02-29"), d("2024-02-29")).signum(), dc.getName());
        }
    }

    // ---- yearBasisOf ----

    @Test
    void test_yearBasisOf_eachConvention() {
        assertEquals(365, DayCount.ACT_365_FIXED.yearBasisOf(d("2024-02-29")));
        assertEquals(360, DayCount.ACT_360.yearBasisOf(d("2024-02-29")));
        assertEquals(366, DayCount.ACT_ACT_ISDA.yearBasisOf(d("2024-02-29")));
        assertEquals(365, DayCount.ACT_ACT_ISDA.yearBasisOf(d("2023-02-28")));
        assertTrue(DayCount.ACT_ACT_ISDA.isSplitByCalendarYear());
        assertFalse(DayCount.ACT_365_FIXED.isSplitByCalendarYear());
    }

    // ---- getName ----

    @Test
    void test_getName_marketNames() {
        assertEquals("ACT/365F", DayCount.ACT_365_FIXED.getName());
        assertEquals("ACT/360", DayCount.ACT_360.toString());
        assertEquals("ACT/ACT ISDA", DayCount.ACT_ACT_ISDA.getName());
    }
}
