package org.receivables.aging.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.aging.behaviour.BehaviourGen.date;
import static org.receivables.aging.behaviour.BehaviourGen.eur;
import static org.receivables.aging.behaviour.BehaviourGen.item;
import static org.receivables.aging.behaviour.BehaviourGen.paid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.aging.metrics.SettledInvoice;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerSegment;
import org.receivables.core.item.OpenItem;

class PaymentPredictorTest {

    static final LocalDate AS_OF = date("2024-06-01");

    static PaymentPrediction only(List<PaymentPrediction> predictions) {
        assertEquals(1, predictions.size(), predictions.toString());
        return predictions.get(0);
    }

    // ---- predict ----

    /**
     * "If your standard payment term is 30 days but your average DSO is 45 days, you must project the
     * realistic collection date for future invoices at 45 days": T. Patrick, "How to Accurately Forecast
     * Cash Flow When Late Payments are a Reality", ITK Magazine, 2025,
     * https://www.itkmagazine.com/post/how-to-accurately-forecast-cash-flow-when-late-payments-are-a-reality .
     * SAP Business One likewise shifts the value dates of a customer's debts in its cash-flow report
     * by the customer's average delay, https://help.sap.com/doc/089315d8d0f8475a9fc84fb919b501a3/10.0/en-US/SDKHelp/SAPbobsCOM~BusinessPartners~AvarageLate.html .
     * Here a customer on 30-day terms paid four invoices 45 days after issue (15 days late), so an
     * invoice issued 2024-03-01, due 2024-03-31, is expected 45 days after issue: 2024-04-15.
     */
    @Test
    void test_predict_thirtyDayTermsPaidInFortyFiveDays() {
        LocalDate issue = date("2023-11-01");
        List<CustomerSettlement> history = List.of(
                CustomerSettlement.of(CustomerId.of("C-1"), SettledInvoice.of(issue, issue.plusDays(30), issue.plusDays(45), eur("800.00"))),
                CustomerSettlement.of(CustomerId.of("C-1"), SettledInvoice.of(issue.plusDays(30), issue.plusDays(60), issue.plusDays(75), eur("120.00"))),
                CustomerSettlement.of(CustomerId.of("C-1"), SettledInvoice.of(issue.plusDays(60), issue.plusDays(90), issue.plusDays(105), eur("45.50"))),
                CustomerSettlement.of(CustomerId.of("C-1"), SettledInvoice.of(issue.plusDays(90), issue.plusDays(120), issue.plusDays(135), eur("3000.00"))));
        OpenItem open = item("INV-9", "C-1", date("2024-03-01"), date("2024-03-31"), eur("1000.00"));
        PaymentPrediction p = only(PaymentPredictor.of(3).predict(List.of(open), Map.of(), history, date("2024-03-15")));
        assertEquals(date("2024-04-15"), p.getPredictedDate());
        assertEquals(date("2024-03-01").plusDays(45), p.getPredictedDate());
        assertEquals(PredictionLevel.CUSTOMER, p.getLevel());
        assertEquals(4, p.getPaymentCount());
        assertEquals(15, p.getExpectedDaysLate());
        assertFalse(p.isMovedAfterAsOf());
        assertTrue(p.getAmount().isEqual(eur("1000.00")));
    }

    /**
     * The fallback ladder with a minimum history of 3, by hand. Daylit's cash-flow forecast likewise
     * falls back to the due date for an invoice without a prediction, https://help.daylit.com/dashboard/cash-flow .
     */
    @Test
    void test_predict_fallsBackFromCustomerToSegmentToPortfolioToDueDate() {
        List<CustomerSettlement> history = List.of(
                paid("C-1", "S-A", "2024-01-31", "2024-02-10", eur("100.00")),    // 10 late
                paid("C-1", "S-A", "2024-02-29", "2024-03-20", eur("100.00")),    // 20 late
                paid("C-2", "S-A", "2024-01-31", "2024-02-04", eur("200.00")),    // 4 late
                paid("C-2", "S-A", "2024-02-29", "2024-03-06", eur("200.00")),    // 6 late
                paid("C-3", "S-B", "2024-01-31", "2024-01-31", eur("1000.00")),   // 0 late, three times
                paid("C-3", "S-B", "2024-02-29", "2024-02-29", eur("1000.00")),
                paid("C-3", "S-B", "2024-03-31", "2024-03-31", eur("1000.00")),
                paid("C-5", null, "2024-03-31", "2024-04-30", eur("500.00")));    // 30 late, no segment
        Map<CustomerId, CustomerSegment> segments = Map.of(
                CustomerId.of("C-1"), CustomerSegment.of("S-A"),
                CustomerId.of("C-3"), CustomerSegment.of("S-B"),
                CustomerId.of("C-4"), CustomerSegment.of("S-B"));
        List<OpenItem> items = List.of(
                item("INV-1", "C-1", "2024-06-30", eur("10.00")),
                item("INV-3", "C-3", "2024-06-30", eur("10.00")),
                item("INV-4", "C-4", "2024-06-30", eur("10.00")),
                item("INV-5", "C-5", "2024-06-30", eur("10.00")),
                item("INV-6", "C-1", "2024-06-30", Money.parse("USD 10.00")));
        List<PaymentPrediction> p = PaymentPredictor.of(3).predict(items, segments, history, AS_OF);
        // C-3 has three of its own, all on time: due date + 0
        // C-4 has none but its segment S-B has C-3's three: + 0
        // USD: no USD history at all: the due date
        // C-1 has two: segment S-A (100 x 10 + 100 x 20 + 200 x 4 + 200 x 6) / 600 = 5,000 / 600 = 8.33 -> 8
        // C-5 has one and no segment: all EUR (5,000 + 0 + 500 x 30) / (600 + 3,000 + 500) = 20,000 / 4,100 = 4.88 -> 5
        assertEquals(List.of(
                "INV-3 2024-06-30 CUSTOMER 3 0",
                "INV-4 2024-06-30 SEGMENT 3 0",
                "INV-6 2024-06-30 DUE_DATE 0 0",
                "INV-5 2024-07-05 PORTFOLIO 8 5",
                "INV-1 2024-07-08 SEGMENT 4 8"),
                p.stream().map(PaymentPredictionTestSupport::describe).toList());
    }

    @Test
    void test_predict_wholeDaysRoundHalfEven() {
        List<CustomerSettlement> history = List.of(
                paid("C-1", null, "2024-01-31", "2024-02-02", eur("100.00")),   // 2 late
                paid("C-1", null, "2024-02-29", "2024-03-03", eur("100.00")),   // 3 late: 2.5 -> 2
                paid("C-2", null, "2024-01-31", "2024-02-03", eur("100.00")),   // 3 late
                paid("C-2", null, "2024-02-29", "2024-03-04", eur("100.00")),   // 4 late: 3.5 -> 4
                paid("C-3", null, "2024-01-31", "2024-01-25", eur("100.00")),   // 6 early
                paid("C-3", null, "2024-02-29", "2024-02-22", eur("100.00")));  // 7 early: -6.5 -> -6
        List<OpenItem> items = List.of(
                item("INV-1", "C-1", "2024-07-31", eur("1.00")),
                item("INV-2", "C-2", "2024-07-31", eur("1.00")),
                item("INV-3", "C-3", "2024-07-31", eur("1.00")));
        List<PaymentPrediction> p = PaymentPredictor.of(2).predict(items, Map.of(), history, AS_OF);
        assertEquals(List.of(
                "INV-3 2024-07-25 CUSTOMER 2 -6",
                "INV-1 2024-08-02 CUSTOMER 2 2",
                "INV-2 2024-08-04 CUSTOMER 2 4"),
                p.stream().map(PaymentPredictionTestSupport::describe).toList());
    }

    @Test
    void test_predict_neverOnOrBeforeAsOf() {
        List<CustomerSettlement> history = List.of(paid("C-1", null, "2024-01-31", "2024-02-10", eur("100.00")));
        List<OpenItem> items = List.of(
                item("INV-1", "C-1", "2024-05-01", eur("1.00")),   // 05-11: long past, moved to 06-02
                item("INV-2", "C-1", "2024-05-22", eur("1.00")),   // 06-01 = as-of: moved to 06-02
                item("INV-3", "C-1", "2024-05-23", eur("1.00")));  // 06-02: stays
        List<PaymentPrediction> p = PaymentPredictor.of(1).predict(items, Map.of(), history, AS_OF);
        assertEquals(List.of(true, true, false), p.stream().map(PaymentPrediction::isMovedAfterAsOf).toList());
        for (PaymentPrediction each : p) {
            assertEquals(date("2024-06-02"), each.getPredictedDate());
            assertEquals(10, each.getExpectedDaysLate());
        }
    }

    @Test
    void test_predict_ignoresSettlementsPaidAfterAsOf() {
        List<CustomerSettlement> history = List.of(
                paid("C-1", null, "2024-03-31", "2024-04-10", eur("100.00")),    // 10 late
                paid("C-1", null, "2024-04-30", "2024-05-10", eur("100.00")),    // 10 late
                paid("C-1", null, "2024-05-31", "2024-06-01", eur("100.00")),    // 1 late, paid on the as-of date: known
                paid("C-1", null, "2024-05-31", "2024-06-30", eur("9000.00")));  // paid after as-of: unknown
        OpenItem open = item("INV-1", "C-1", "2024-07-31", eur("1.00"));
        PaymentPrediction p = only(PaymentPredictor.of(3).predict(List.of(open), Map.of(), history, AS_OF));
        // (10 + 10 + 1) x 100 / 300 = 7
        assertEquals("INV-1 2024-08-07 CUSTOMER 3 7", PaymentPredictionTestSupport.describe(p));
        PaymentPrediction fewer = only(PaymentPredictor.of(4).predict(List.of(open), Map.of(), history, AS_OF));
        assertEquals(PredictionLevel.PORTFOLIO, fewer.getLevel());
        assertEquals(3, fewer.getPaymentCount());
    }

    @Test
    void test_predict_noItemsGiveNoPredictions() {
        assertEquals(List.of(), PaymentPredictor.ofDefaults().predict(List.of(), Map.of(), List.of(), AS_OF));
        assertEquals(PaymentPredictor.DEFAULT_MINIMUM_HISTORY, PaymentPredictor.ofDefaults().getMinimumHistory());
        assertEquals(PaymentPredictor.of(3), PaymentPredictor.ofDefaults());
    }

    // ---- backTest ----

    @Test
    void test_backTest_errorsByHand() {
        LocalDate cutOff = date("2024-03-31");
        List<CustomerSettlement> history = List.of(
                paid("C-1", null, "2024-01-21", "2024-01-31", eur("100.00")),   // known: 10 late
                paid("C-1", null, "2024-02-19", "2024-02-29", eur("100.00")),   // known: 10 late
                paid("C-1", null, "2024-03-21", "2024-03-31", eur("100.00")),   // known: paid on the cut-off, 10 late
                paid("C-1", null, "2024-04-10", "2024-04-23", eur("100.00")),   // predicted 04-20: error -3
                paid("C-1", null, "2024-04-20", "2024-04-29", eur("100.00")),   // predicted 04-30: error +1
                paid("C-1", null, "2024-03-15", "2024-04-01", eur("100.00")),   // 03-25 moved to 04-01: error 0
                paid("C-1", null, "2024-05-05", "2024-05-20", eur("100.00")));  // issued 04-05, after cut-off: not tested
        BackTestResult r = PaymentPredictor.of(3).backTest(history, cutOff);
        assertEquals(3, r.getCount());
        assertEquals(cutOff, r.getCutOff());
        // (3 + 1 + 0) / 3 = 1.333.. -> 1.33; (-3 + 1 + 0) / 3 = -0.666.. -> -0.67
        assertEquals(Optional.of(new BigDecimal("1.33")), r.getMeanAbsoluteErrorDays());
        assertEquals(Optional.of(new BigDecimal("-0.67")), r.getMeanSignedErrorDays());
    }

    @Test
    void test_backTest_nothingAfterTheCutOff() {
        List<CustomerSettlement> history = List.of(paid("C-1", null, "2024-01-21", "2024-01-31", eur("100.00")));
        BackTestResult r = PaymentPredictor.of(1).backTest(history, date("2024-01-31"));
        assertEquals(0, r.getCount());
        assertEquals(Optional.empty(), r.getMeanAbsoluteErrorDays());
        assertEquals(Optional.empty(), r.getMeanSignedErrorDays());
    }
}
