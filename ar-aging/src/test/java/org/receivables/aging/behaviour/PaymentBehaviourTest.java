package org.receivables.aging.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.receivables.aging.behaviour.BehaviourGen.date;
import static org.receivables.aging.behaviour.BehaviourGen.eur;
import static org.receivables.aging.behaviour.BehaviourGen.paid;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.aging.metrics.MeasurementPeriod;
import org.receivables.core.customer.CustomerId;

class PaymentBehaviourTest {

    static final MeasurementPeriod YEAR_2024 = MeasurementPeriod.of(date("2024-01-01"), date("2024-12-31"));

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    // ---- of ----

    /**
     * Average delay and the share of invoices paid after their due date, as SAP Business One keeps
     * the business partner's average delay in days ("AvarageLate": the average delay in days of the
     * customer's payments), https://help.sap.com/doc/089315d8d0f8475a9fc84fb919b501a3/10.0/en-US/SDKHelp/SAPbobsCOM~BusinessPartners~AvarageLate.html ,
     * and Hyperline's late-payment behaviour counts "invoices paid after due date" among paid invoices,
     * https://docs.hyperline.co/docs/customer-intelligence/late-payment-behavior.md . The trend is the
     * least-squares slope b = (n Sxy - Sx Sy) / (n Sxx - Sx Sx) of "Regression Formulas", MatheAss,
     * https://matheass.eu/help/en/E511-Regression_-_Formulas.html . Numbers by hand below.
     */
    @Test
    void test_of_averagesTrendAndOnTimeShareByHand() {
        List<CustomerSettlement> s = List.of(
                paid("C-1", null, "2024-01-31", "2024-01-31", eur("100.00")),   // 0 days late, on time
                paid("C-1", null, "2024-02-29", "2024-03-02", eur("100.00")),   // 2 days late (leap February)
                paid("C-1", null, "2024-03-31", "2024-04-05", eur("200.00")),   // 5 days late
                paid("C-2", null, "2024-03-31", "2024-06-30", eur("999.00")));  // another customer: ignored
        PaymentBehaviour b = PaymentBehaviour.of(CustomerId.of("C-1"), s, YEAR_2024);
        assertEquals(3, b.getSettlementCount());
        assertEquals(CurrencyUnit.EUR, b.getCurrency());
        // plain (0 + 2 + 5) / 3 = 2.333.. -> 2.33
        assertEquals(dec("2.33"), b.getAverageDaysLate());
        // weighted (100 x 0 + 100 x 2 + 200 x 5) / 400 = 1,200 / 400 = 3.00
        assertEquals(dec("3.00"), b.getWeightedAverageDaysLate());
        // 1 of 3 on time: 33.333.. -> 33.33
        assertEquals(dec("33.33"), b.getOnTimePercent());
        // paid dates as days after 2024-01-31: x = 0, 31, 65; y = 0, 2, 5
        // Sx = 96, Sy = 7, Sxy = 62 + 325 = 387, Sxx = 961 + 4,225 = 5,186
        // n Sxy - Sx Sy = 1,161 - 672 = 489; n Sxx - Sx Sx = 15,558 - 9,216 = 6,342
        // per 30 days: 30 x 489 / 6,342 = 14,670 / 6,342 = 2.3131.. -> 2.31
        assertEquals(Optional.of(dec("2.31")), b.getDaysLateTrend());
    }

    @Test
    void test_of_trendOfAnImprovingPayerIsNegative() {
        // 20, then 10, then 0 days late, paid 30 days apart: slope -10 days per 30 days exactly
        List<CustomerSettlement> s = List.of(
                paid("C-1", null, "2024-01-11", "2024-01-31", eur("50.00")),
                paid("C-1", null, "2024-02-20", "2024-03-01", eur("50.00")),
                paid("C-1", null, "2024-03-31", "2024-03-31", eur("50.00")));
        PaymentBehaviour b = PaymentBehaviour.of(CustomerId.of("C-1"), s, YEAR_2024);
        assertEquals(Optional.of(dec("-10.00")), b.getDaysLateTrend());
        assertEquals(dec("10.00"), b.getAverageDaysLate());
        assertEquals(dec("33.33"), b.getOnTimePercent());
    }

    @Test
    void test_of_earlyPaymentsAreNegativeAndOnTime() {
        List<CustomerSettlement> s = List.of(
                paid("C-1", null, "2024-05-31", "2024-05-21", eur("300.00")),   // 10 early
                paid("C-1", null, "2024-05-31", "2024-05-31", eur("100.00")));  // on the due date: on time
        PaymentBehaviour b = PaymentBehaviour.of(CustomerId.of("C-1"), s, YEAR_2024);
        assertEquals(dec("-5.00"), b.getAverageDaysLate());
        // (300 x -10 + 100 x 0) / 400 = -7.50
        assertEquals(dec("-7.50"), b.getWeightedAverageDaysLate());
        assertEquals(dec("100.00"), b.getOnTimePercent());
    }

    @Test
    void test_of_oneSettlementOrOnePaidDateHasNoTrend() {
        List<CustomerSettlement> s = List.of(
                paid("C-1", null, "2024-05-01", "2024-05-31", eur("10.00")),
                paid("C-1", null, "2024-05-21", "2024-05-31", eur("10.00")));
        assertEquals(Optional.empty(), PaymentBehaviour.of(CustomerId.of("C-1"), s, YEAR_2024).getDaysLateTrend());
        assertEquals(Optional.empty(), PaymentBehaviour.of(CustomerId.of("C-1"), s.subList(0, 1), YEAR_2024)
                .getDaysLateTrend());
    }

    @Test
    void test_of_windowIncludesBothEndsByPaidDate() {
        List<CustomerSettlement> s = List.of(
                paid("C-1", null, "2023-12-01", "2023-12-31", eur("10.00")),   // day before: out
                paid("C-1", null, "2023-12-22", "2024-01-01", eur("10.00")),   // first day: in, 10 late
                paid("C-1", null, "2024-12-01", "2024-12-31", eur("10.00")),   // last day: in, 30 late
                paid("C-1", null, "2024-12-31", "2025-01-01", eur("10.00")));  // day after: out
        PaymentBehaviour b = PaymentBehaviour.of(CustomerId.of("C-1"), s, YEAR_2024);
        assertEquals(2, b.getSettlementCount());
        assertEquals(dec("20.00"), b.getAverageDaysLate());
        assertEquals(dec("0.00"), b.getOnTimePercent());
        assertEquals(YEAR_2024, b.getWindow());
    }

    // ---- byCustomer ----

    @Test
    void test_byCustomer_onePerCustomerAndCurrencyInOrder() {
        List<CustomerSettlement> s = List.of(
                paid("C-2", null, "2024-03-01", "2024-03-04", eur("10.00")),
                paid("C-1", null, "2024-03-01", "2024-03-11", Money.parse("USD 10.00")),
                paid("C-1", null, "2024-03-01", "2024-03-02", eur("10.00")),
                paid("C-3", null, "2023-03-01", "2023-03-02", eur("10.00")));   // outside the window: no behaviour
        List<PaymentBehaviour> all = PaymentBehaviour.byCustomer(s, YEAR_2024);
        assertEquals(3, all.size());
        assertEquals("C-1 EUR 1.00", all.get(0).getCustomerId() + " " + all.get(0).getCurrency() + " "
                + all.get(0).getAverageDaysLate());
        assertEquals("C-1 USD 10.00", all.get(1).getCustomerId() + " " + all.get(1).getCurrency() + " "
                + all.get(1).getAverageDaysLate());
        assertEquals("C-2 EUR 3.00", all.get(2).getCustomerId() + " " + all.get(2).getCurrency() + " "
                + all.get(2).getAverageDaysLate());
    }
}
