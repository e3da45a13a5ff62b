package org.receivables.aging.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.aging.metrics.DaysSalesOutstandingTest.dec;
import static org.receivables.aging.metrics.DaysSalesOutstandingTest.usd;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CollectionEffectivenessTest {

    // ---- index ----

    /**
     * Both conventions on one quarter. Source for the figures and the N-month form: creditguru,
     * "Ratio - Collection Effectiveness Index (CEI)",
     * http://www.creditguru.com/index.php/collection-management/collection-metrics/collection-effectiveness-index-cei
     * (Jan-Mar, N = 3, credit sales 10,890, beginning 6,200, ending total 6,340, ending current 3,590:
     * CEI = 55.9%). The same figures with the whole period's sales give 79.63% in the worked answer at
     * https://wizedu.com/questions/116374/sales-on-credit-terms-ar-balance-current-31-60-61 .
     */
    @Test
    void test_index_creditGuruQuarterBothConventions() {
        PeriodFigures q1 = DaysSalesOutstandingTest.creditGuruQuarter();
        // N = 3: 10,890 / 3 = 3,630; (6,200 + 3,630 - 6,340) / (6,200 + 3,630 - 3,590) = 3,490 / 6,240
        //        = 0.559294.. -> 55.93
        assertEquals(dec("55.93"), CollectionEffectiveness.index(q1, CeiSalesConvention.MONTHLY_AVERAGE_SALES));
        // N = 1: (6,200 + 10,890 - 6,340) / (6,200 + 10,890 - 3,590) = 10,750 / 13,500 = 0.796296.. -> 79.63
        assertEquals(dec("79.63"), CollectionEffectiveness.index(q1, CeiSalesConvention.WHOLE_PERIOD_SALES));
    }

    /**
     * A year: beginning 100,000, credit sales 1,000,000, ending total 120,000, ending current 100,000.
     * Source: Gaviti, "What is Collection Effectiveness Index (CEI)", https://gaviti.com/?p=3708
     * ((100,000 + 1,000,000 - 120,000) / (100,000 + 1,000,000 - 100,000) x 100 = 98%).
     */
    @Test
    void test_index_gavitiYear() {
        PeriodFigures year = PeriodFigures.builder()
                .period(MeasurementPeriod.ofMonths(YearMonth.of(2023, 1), YearMonth.of(2023, 12)))
                .creditSales(usd("1000000"))
                .beginningReceivables(usd("100000"))
                .endingReceivables(usd("120000"))
                .endingCurrentReceivables(usd("100000"))
                .build();
        // 980,000 / 1,000,000 = 98.00
        assertEquals(dec("98.00"), CollectionEffectiveness.index(year, CeiSalesConvention.WHOLE_PERIOD_SALES));
        // N = 12 (hand computed): (100,000 + 83,333.33.. - 120,000) / (100,000 + 83,333.33.. - 100,000)
        //   = (1,200,000 + 1,000,000 - 1,440,000) / (1,200,000 + 1,000,000 - 1,200,000) = 760,000 / 1,000,000 = 76.00
        assertEquals(dec("76.00"), CollectionEffectiveness.index(year, CeiSalesConvention.MONTHLY_AVERAGE_SALES));
    }

    @Test
    void test_index_isOneHundredWhenNothingIsOverdueAtTheEnd() {
        PeriodFigures q1 = PeriodFigures.builder().from(DaysSalesOutstandingTest.creditGuruQuarter())
                .endingCurrentReceivables(usd("6340")).build();
        assertEquals(dec("100.00"), CollectionEffectiveness.index(q1, CeiSalesConvention.MONTHLY_AVERAGE_SALES));
        assertEquals(dec("100.00"), CollectionEffectiveness.index(q1, CeiSalesConvention.WHOLE_PERIOD_SALES));
    }

    @Test
    void test_index_monthlyAverageNeedsWholeMonthsButWholePeriodDoesNot() {
        PeriodFigures partial = PeriodFigures.builder().from(DaysSalesOutstandingTest.creditGuruQuarter())
                .period(MeasurementPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 30)))
                .build();
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> CollectionEffectiveness.index(partial, CeiSalesConvention.MONTHLY_AVERAGE_SALES));
        assertTrue(ex.getMessage().contains("2023-01-01..2023-03-30"), ex.getMessage());
        assertEquals(dec("79.63"), CollectionEffectiveness.index(partial, CeiSalesConvention.WHOLE_PERIOD_SALES));
    }
}
