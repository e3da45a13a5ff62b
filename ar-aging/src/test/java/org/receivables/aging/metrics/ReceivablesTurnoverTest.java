package org.receivables.aging.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.receivables.aging.metrics.DaysSalesOutstandingTest.dec;
import static org.receivables.aging.metrics.DaysSalesOutstandingTest.usd;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReceivablesTurnoverTest {

    /**
     * Credit sales 6,205,000 and average receivables 335,000 (the average of the beginning and ending
     * balances; given here as 300,000 and 370,000). Source: worked answer "The average number of days to
     * collect receivables is calculated as 365 divided by the receivables turnover",
     * https://www.gaodun.com/q/f06hbb (turnover 18.52, 19.71 days).
     */
    static PeriodFigures gaodunYear() {
        return PeriodFigures.builder()
                .period(MeasurementPeriod.ofMonths(YearMonth.of(2023, 1), YearMonth.of(2023, 12)))
                .creditSales(usd("6205000"))
                .beginningReceivables(usd("300000"))
                .endingReceivables(usd("370000"))
                .build();
    }

    // ---- ratio ----

    @Test
    void test_ratio_gaodunExample() {
        // 6,205,000 / ((300,000 + 370,000) / 2) = 6,205,000 / 335,000 = 18.5223.. -> 18.52
        assertEquals(dec("18.52"), ReceivablesTurnover.ratio(gaodunYear()));
    }

    @Test
    void test_ratio_zeroSalesTurnNothing() {
        PeriodFigures none = PeriodFigures.builder().from(gaodunYear()).creditSales(usd("0")).build();
        assertEquals(dec("0.00"), ReceivablesTurnover.ratio(none));
    }

    // ---- days ----

    @Test
    void test_days_gaodunExampleOnBothBases() {
        // 365 x 335,000 / 6,205,000 = 19.7058.. -> 19.71 (the page: 365 / 18.52 = 19.71)
        assertEquals(dec("19.71"), ReceivablesTurnover.days(gaodunYear(), YearBasis.DAYS_365));
        // 360 x 335,000 / 6,205,000 = 19.4359.. -> 19.44 (hand computed)
        assertEquals(dec("19.44"), ReceivablesTurnover.days(gaodunYear(), YearBasis.DAYS_360));
    }

    /** Turnover of 10 (6,000,000 over an average of 600,000) is 36 days on a 360-day year, 36.5 on 365. */
    @Test
    void test_days_tenTurnsAYear() {
        PeriodFigures year = PeriodFigures.builder().from(gaodunYear())
                .creditSales(usd("6000000")).beginningReceivables(usd("550000")).endingReceivables(usd("650000"))
                .build();
        assertEquals(dec("10.00"), ReceivablesTurnover.ratio(year));
        assertEquals(dec("36.00"), ReceivablesTurnover.days(year, YearBasis.DAYS_360));
        assertEquals(dec("36.50"), ReceivablesTurnover.days(year, YearBasis.DAYS_365));
    }
}
