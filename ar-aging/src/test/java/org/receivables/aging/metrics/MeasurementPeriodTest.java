package org.receivables.aging.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MeasurementPeriodTest {

    // ---- getLengthInDays ----

    @Test
    void test_getLengthInDays_countsBothEnds() {
        assertEquals(90, MeasurementPeriod.ofMonths(YearMonth.of(2023, 1), YearMonth.of(2023, 3)).getLengthInDays());
        assertEquals(91, MeasurementPeriod.ofMonths(YearMonth.of(2024, 1), YearMonth.of(2024, 3)).getLengthInDays());
        assertEquals(366, MeasurementPeriod.ofMonths(YearMonth.of(2024, 1), YearMonth.of(2024, 12)).getLengthInDays());
        assertEquals(1, MeasurementPeriod.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29)).getLengthInDays());
        assertEquals(28, MeasurementPeriod.ofMonth(YearMonth.of(2023, 2)).getLengthInDays());
    }

    // ---- getMonthCount ----

    @Test
    void test_getMonthCount_wholeMonthsAcrossAYearEnd() {
        MeasurementPeriod p = MeasurementPeriod.of(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 2, 29));
        assertTrue(p.isWholeMonths());
        assertEquals(4, p.getMonthCount());
        assertFalse(MeasurementPeriod.of(LocalDate.of(2023, 11, 2), LocalDate.of(2024, 2, 29)).isWholeMonths());
        assertFalse(MeasurementPeriod.of(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 2, 28)).isWholeMonths());
    }

    // ---- equals / toString ----

    @Test
    void test_equalsAndToString() {
        MeasurementPeriod a = MeasurementPeriod.ofMonth(YearMonth.of(2024, 4));
        MeasurementPeriod b = MeasurementPeriod.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("2024-04-01..2024-04-30", a.toString());
        assertFalse(a.equals(MeasurementPeriod.ofMonth(YearMonth.of(2024, 5))));
    }
}
