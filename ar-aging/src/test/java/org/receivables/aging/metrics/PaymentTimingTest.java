package org.receivables.aging.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.receivables.aging.metrics.DaysSalesOutstandingTest.dec;
import static org.receivables.aging.metrics.DaysSalesOutstandingTest.usd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PaymentTimingTest {

    static Money eur(String amount) {
        return Money.parse("EUR " + amount);
    }

    /**
     * A 10 invoice paid in 5 days and a 100 invoice paid in 10 days: plain average 7.5 days, weighted
     * ((10 / 110) x 5) + ((100 / 110) x 10) = 9.55 days. Source: Microsoft Dynamics 365 ideas portal,
     * "average days to pay ... weighted average payment days",
     * https://scshubfrpdev.powerappsportals.com/ideas/idea/?ideaid=4191bf6f-f5ab-ea11-8b71-0003ff68c1c4 ;
     * the weighting follows Oracle, "How You Calculate Weighted Average Metrics",
     * https://docs.oracle.com/en/cloud/saas/financials/24c/faofc/how-you-calculate-weighted-average-metrics.html .
     */
    @Test
    void test_weightedAverageDaysToPay_dynamicsExample() {
        LocalDate issued = LocalDate.of(2024, 3, 1);
        List<SettledInvoice> invoices = List.of(
                SettledInvoice.of(issued, issued.plusDays(30), issued.plusDays(5), usd("10")),
                SettledInvoice.of(issued, issued.plusDays(30), issued.plusDays(10), usd("100")));
        // (5 + 10) / 2 = 7.50
        assertEquals(dec("7.50"), PaymentTiming.averageDaysToPay(invoices));
        // (10 x 5 + 100 x 10) / 110 = 1,050 / 110 = 9.5454.. -> 9.55
        assertEquals(dec("9.55"), PaymentTiming.weightedAverageDaysToPay(invoices));
    }

    /**
     * One receivable of 1,000 due 2008-10-01, settled as 2 paid 3 days late and 998 paid 30 days late.
     * Source: Datalab, "Late payments report",
     * https://usersite.datalab.eu/wiki/tabid/377/language/mk-mk/topic/late-payments-report/htmlid/8322/default.aspx
     * (weighted delay (3 x 2 + 30 x 998) / 1000 = 29.95). The page's mirror case (998 after 3 days,
     * 2 after 30) prints 3.5; by hand (3 x 998 + 30 x 2) / 1000 = 3,054 / 1,000 = 3.05.
     */
    @Test
    void test_weightedAverageDaysLate_datalabExample() {
        LocalDate issued = LocalDate.of(2008, 9, 1);
        LocalDate due = LocalDate.of(2008, 10, 1);
        List<SettledInvoice> parts = List.of(
                SettledInvoice.of(issued, due, due.plusDays(3), eur("2")),
                SettledInvoice.of(issued, due, due.plusDays(30), eur("998")));
        // (3 x 2 + 30 x 998) / 1,000 = 29,946 / 1,000 = 29.946 -> 29.95
        assertEquals(dec("29.95"), PaymentTiming.weightedAverageDaysLate(parts));
        // plain: (3 + 30) / 2 = 16.50
        assertEquals(dec("16.50"), PaymentTiming.averageDaysLate(parts));
        List<SettledInvoice> mirror = List.of(
                SettledInvoice.of(issued, due, due.plusDays(3), eur("998")),
                SettledInvoice.of(issued, due, due.plusDays(30), eur("2")));
        assertEquals(dec("3.05"), PaymentTiming.weightedAverageDaysLate(mirror));
    }

    @Test
    void test_averageDaysLate_earlyPaymentsCountNegative() {
        LocalDate issued = LocalDate.of(2024, 1, 1);
        LocalDate due = LocalDate.of(2024, 1, 31);
        List<SettledInvoice> invoices = List.of(
                SettledInvoice.of(issued, due, LocalDate.of(2024, 1, 21), eur("300")),   // 10 days early: -10
                SettledInvoice.of(issued, due, LocalDate.of(2024, 2, 4), eur("100")));   // 4 days late: +4
        // plain (-10 + 4) / 2 = -3.00; weighted (300 x -10 + 100 x 4) / 400 = -2,600 / 400 = -6.50
        assertEquals(dec("-3.00"), PaymentTiming.averageDaysLate(invoices));
        assertEquals(dec("-6.50"), PaymentTiming.weightedAverageDaysLate(invoices));
        // days to pay: 20 and 34 (Jan 1 to Feb 4); plain 27.00, weighted (300 x 20 + 100 x 34) / 400 = 23.50
        assertEquals(dec("27.00"), PaymentTiming.averageDaysToPay(invoices));
        assertEquals(dec("23.50"), PaymentTiming.weightedAverageDaysToPay(invoices));
    }

    @Test
    void test_averageDaysToPay_paidOnTheIssueDayIsZero() {
        LocalDate d = LocalDate.of(2024, 2, 29);
        List<SettledInvoice> cash = List.of(SettledInvoice.of(d, d, d, eur("5")));
        assertEquals(dec("0.00"), PaymentTiming.averageDaysToPay(cash));
        assertEquals(dec("0.00"), PaymentTiming.weightedAverageDaysLate(cash));
    }

    // ---- weightedAverageDaysLate(invoices, scale, rounding) ----

    @Test
    void test_weightedAverageDaysLate_toWholeDaysRoundedOnce() {
        LocalDate issued = LocalDate.of(2024, 1, 1);
        LocalDate due = LocalDate.of(2024, 1, 31);
        List<SettledInvoice> invoices = List.of(
                SettledInvoice.of(issued, due, LocalDate.of(2024, 1, 21), eur("300")),   // -10
                SettledInvoice.of(issued, due, LocalDate.of(2024, 2, 4), eur("100")));   // +4
        // -2,600 / 400 = -6.5 exactly: half-even -6, half-up -7, at scale 1 -6.5
        assertEquals(new BigDecimal("-6"), PaymentTiming.weightedAverageDaysLate(invoices, 0, RoundingMode.HALF_EVEN));
        assertEquals(new BigDecimal("-7"), PaymentTiming.weightedAverageDaysLate(invoices, 0, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("-6.5"), PaymentTiming.weightedAverageDaysLate(invoices, 1, RoundingMode.UNNECESSARY));
        // rounded once from the exact fraction, never from the 2-place metric (2.50 would give 2)
        List<SettledInvoice> parts = List.of(
                SettledInvoice.of(issued, due, due.plusDays(2), eur("495")),
                SettledInvoice.of(issued, due, due.plusDays(3), eur("505")));
        // (2 x 495 + 3 x 505) / 1,000 = 2,505 / 1,000 = 2.505: half-even to 2 places gives 2.50, to 0 places 3
        assertEquals(dec("2.50"), PaymentTiming.weightedAverageDaysLate(parts));
        assertEquals(new BigDecimal("3"), PaymentTiming.weightedAverageDaysLate(parts, 0, RoundingMode.HALF_EVEN));
    }
}
