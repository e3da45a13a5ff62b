package org.receivables.aging.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.aging.behaviour.BehaviourGen.date;
import static org.receivables.aging.behaviour.BehaviourGen.eur;
import static org.receivables.aging.behaviour.BehaviourGen.item;
import static org.receivables.aging.behaviour.BehaviourGen.paid;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receivables.aging.metrics.MeasurementPeriod;
import org.receivables.aging.metrics.PaymentTiming;
import org.receivables.aging.metrics.SettledInvoice;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerSegment;
import org.receivables.core.item.OpenItem;

/** The bad-input catalogue of every public factory and method of the behaviour package. */
class BehaviourBadInputTest {

    static final LocalDate D = date("2024-06-01");
    static final CustomerId C1 = CustomerId.of("C-1");
    static final MeasurementPeriod WINDOW = MeasurementPeriod.of(date("2024-01-01"), date("2024-12-31"));
    static final SettledInvoice INVOICE = SettledInvoice.of(date("2024-01-01"), date("2024-01-31"), date("2024-02-05"), eur("10.00"));
    static final List<CustomerSettlement> HISTORY = List.of(paid("C-1", null, "2024-01-31", "2024-02-05", eur("10.00")));
    static final List<OpenItem> ITEMS = List.of(item("INV-1", "C-1", "2024-06-30", eur("10.00")));
    static final PaymentPredictor PREDICTOR = PaymentPredictor.ofDefaults();

    static void npe(String param, Executable call) {
        NullPointerException ex = assertThrows(NullPointerException.class, call);
        assertEquals(param, ex.getMessage());
    }

    static void iae(Executable call, String... mustContain) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, call);
        assertTrue(!(ex instanceof CurrencyMismatchException), "unexpected currency mismatch: " + ex);
        for (String s : mustContain) {
            assertTrue(ex.getMessage().contains(s), "'" + ex.getMessage() + "' should contain '" + s + "'");
        }
    }

    static void mismatch(Executable call, String first, String second) {
        CurrencyMismatchException ex = assertThrows(CurrencyMismatchException.class, call);
        assertEquals(CurrencyUnit.of(first), ex.getFirstCurrency());
        assertEquals(CurrencyUnit.of(second), ex.getSecondCurrency());
    }

    // ---- CustomerSettlement.of ----

    @Test
    void customerSettlement_nulls() {
        npe("customerId", () -> CustomerSettlement.of(null, INVOICE));
        npe("settlement", () -> CustomerSettlement.of(C1, null));
        npe("customerId", () -> CustomerSettlement.of(null, CustomerSegment.of("S"), INVOICE));
        npe("segment", () -> CustomerSettlement.of(C1, null, INVOICE));
        npe("settlement", () -> CustomerSettlement.of(C1, CustomerSegment.of("S"), null));
    }

    // ---- PaymentBehaviour.of / byCustomer ----

    @Test
    void paymentBehaviour_nulls() {
        npe("customerId", () -> PaymentBehaviour.of(null, HISTORY, WINDOW));
        npe("settlements", () -> PaymentBehaviour.of(C1, null, WINDOW));
        npe("settlements element", () -> PaymentBehaviour.of(C1, Arrays.asList(HISTORY.get(0), null), WINDOW));
        npe("window", () -> PaymentBehaviour.of(C1, HISTORY, null));
        npe("settlements", () -> PaymentBehaviour.byCustomer(null, WINDOW));
        npe("settlements element", () -> PaymentBehaviour.byCustomer(Arrays.asList((CustomerSettlement) null), WINDOW));
        npe("window", () -> PaymentBehaviour.byCustomer(HISTORY, null));
    }

    @Test
    void paymentBehaviour_windowEndBeforeStart() {
        iae(() -> MeasurementPeriod.of(date("2024-12-31"), date("2024-01-01")),
                "endInclusive 2024-01-01", "start 2024-12-31");
    }

    @Test
    void paymentBehaviour_noSettlementInTheWindow() {
        iae(() -> PaymentBehaviour.of(CustomerId.of("C-9"), HISTORY, WINDOW), "customerId C-9", "window " + WINDOW);
        MeasurementPeriod later = MeasurementPeriod.of(date("2025-01-01"), date("2025-12-31"));
        iae(() -> PaymentBehaviour.of(C1, HISTORY, later), "customerId C-1", "window 2025-01-01..2025-12-31");
    }

    @Test
    void paymentBehaviour_mixedCurrenciesOfOneCustomer() {
        List<CustomerSettlement> mixed = List.of(
                paid("C-1", null, "2024-01-31", "2024-02-05", eur("10.00")),
                paid("C-1", null, "2024-02-29", "2024-03-05", Money.parse("USD 10.00")));
        mismatch(() -> PaymentBehaviour.of(C1, mixed, WINDOW), "EUR", "USD");
        // byCustomer keeps currencies apart instead
        assertEquals(2, PaymentBehaviour.byCustomer(mixed, WINDOW).size());
    }

    // ---- PaymentPredictor.of / predict / backTest ----

    @Test
    void paymentPredictor_minimumHistoryBelowOne() {
        iae(() -> PaymentPredictor.of(0), "minimumHistory 0");
        iae(() -> PaymentPredictor.of(-3), "minimumHistory -3");
    }

    @Test
    void paymentPredictor_predictNulls() {
        Map<CustomerId, CustomerSegment> none = Map.of();
        npe("items", () -> PREDICTOR.predict(null, none, HISTORY, D));
        npe("items element", () -> PREDICTOR.predict(Arrays.asList((OpenItem) null), none, HISTORY, D));
        npe("segments", () -> PREDICTOR.predict(ITEMS, null, HISTORY, D));
        Map<CustomerId, CustomerSegment> nullKey = new HashMap<>();
        nullKey.put(null, CustomerSegment.of("S"));
        npe("segments key", () -> PREDICTOR.predict(ITEMS, nullKey, HISTORY, D));
        Map<CustomerId, CustomerSegment> nullValue = new HashMap<>();
        nullValue.put(C1, null);
        npe("segments value", () -> PREDICTOR.predict(ITEMS, nullValue, HISTORY, D));
        npe("history", () -> PREDICTOR.predict(ITEMS, none, null, D));
        npe("history element", () -> PREDICTOR.predict(ITEMS, none, Arrays.asList((CustomerSettlement) null), D));
        npe("asOf", () -> PREDICTOR.predict(ITEMS, none, HISTORY, null));
    }

    @Test
    void paymentPredictor_duplicateItemRefs() {
        OpenItem again = item("INV-1", "C-2", "2024-07-31", eur("20.00"));
        iae(() -> PREDICTOR.predict(List.of(ITEMS.get(0), again), Map.of(), HISTORY, D), "items", "INV-1");
    }

    @Test
    void paymentPredictor_backTestNulls() {
        npe("history", () -> PREDICTOR.backTest(null, D));
        npe("history element", () -> PREDICTOR.backTest(Arrays.asList((CustomerSettlement) null), D));
        npe("cutOff", () -> PREDICTOR.backTest(HISTORY, null));
    }

    // ---- ExpectedCollections / CollectionPeriod ----

    @Test
    void expectedCollections_nulls() {
        npe("predictions", () -> ExpectedCollections.byWeek(null));
        npe("predictions", () -> ExpectedCollections.byMonth(null));
        npe("predictions", () -> ExpectedCollections.of(null, CollectionPeriod.WEEK));
        npe("predictions element", () -> ExpectedCollections.of(Arrays.asList((PaymentPrediction) null), CollectionPeriod.WEEK));
        npe("period", () -> ExpectedCollections.of(List.of(), null));
        npe("date", () -> CollectionPeriod.WEEK.startOf(null));
        npe("start", () -> CollectionPeriod.MONTH.next(null));
        npe("date", () -> CollectionPeriod.WEEK.label(null));
    }

    // ---- PaymentTiming.weightedAverageDaysLate(list, scale, rounding) ----

    @Test
    void paymentTiming_scaledWeightedAverage() {
        List<SettledInvoice> one = List.of(INVOICE);
        npe("rounding", () -> PaymentTiming.weightedAverageDaysLate(one, 0, null));
        npe("invoices", () -> PaymentTiming.weightedAverageDaysLate(null, 0, RoundingMode.HALF_EVEN));
        iae(() -> PaymentTiming.weightedAverageDaysLate(one, -1, RoundingMode.HALF_EVEN), "scale -1");
        iae(() -> PaymentTiming.weightedAverageDaysLate(List.of(), 0, RoundingMode.HALF_EVEN), "invoices");
        List<SettledInvoice> mixed = List.of(INVOICE,
                SettledInvoice.of(date("2024-01-01"), date("2024-01-31"), date("2024-02-05"), Money.parse("USD 1.00")));
        mismatch(() -> PaymentTiming.weightedAverageDaysLate(mixed, 0, RoundingMode.HALF_EVEN), "EUR", "USD");
    }
}
