package org.receivables.aging.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.aging.metrics.MeasurementPeriod;
import org.receivables.aging.metrics.SettledInvoice;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.OpenItem;

class BehaviourPropertiesTest {

    static final MeasurementPeriod ALL = MeasurementPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));

    static int customerHistory(List<CustomerSettlement> history, OpenItem item, LocalDate asOf) {
        int n = 0;
        for (CustomerSettlement s : history) {
            if (s.getCustomerId().equals(item.getCustomerId()) && s.getCurrency().equals(item.getCurrency())
                    && !s.getPaidDate().isAfter(asOf)) {
                n++;
            }
        }
        return n;
    }

    // ---- ExpectedCollections ----

    @Test
    void expectedCollectionsSumExactlyToThePredictedOpenAmountsInEachCurrency() {
        qt().forAll(BehaviourGen.openItems(), BehaviourGen.histories(), BehaviourGen.dates(), integers().between(1, 5))
                .checkAssert((items, history, asOf, minimum) -> {
                    List<PaymentPrediction> predictions = PaymentPredictor.of(minimum)
                            .predict(items, BehaviourGen.segments(), history, asOf);
                    Map<CurrencyUnit, Money> open = new TreeMap<>();
                    Map<CurrencyUnit, Integer> count = new TreeMap<>();
                    for (OpenItem i : items) {
                        open.merge(i.getCurrency(), i.getOpenAmount(), Money::plus);
                        count.merge(i.getCurrency(), 1, Integer::sum);
                    }
                    for (CollectionPeriod period : CollectionPeriod.values()) {
                        Map<CurrencyUnit, List<ExpectedCollection>> buckets = ExpectedCollections.of(predictions, period);
                        assertEquals(open.keySet(), buckets.keySet());
                        for (Map.Entry<CurrencyUnit, List<ExpectedCollection>> e : buckets.entrySet()) {
                            Money total = Money.zero(e.getKey());
                            int n = 0;
                            LocalDate previousEnd = null;
                            for (ExpectedCollection c : e.getValue()) {
                                total = total.plus(c.getAmount());
                                n += c.getItemCount();
                                if (previousEnd != null) {
                                    assertEquals(previousEnd, c.getStart(), "buckets are consecutive, in date order");
                                }
                                previousEnd = c.getEndExclusive();
                            }
                            assertTrue(total.isEqual(open.get(e.getKey())), total + " vs " + open.get(e.getKey()));
                            assertEquals(count.get(e.getKey()), n);
                        }
                    }
                });
    }

    // ---- predict ----

    @Test
    void predictionsAreNeverOnOrBeforeTheAsOfDate() {
        qt().forAll(BehaviourGen.openItems(), BehaviourGen.histories(), BehaviourGen.dates(), integers().between(1, 5))
                .checkAssert((items, history, asOf, minimum) -> {
                    List<PaymentPrediction> predictions = PaymentPredictor.of(minimum)
                            .predict(items, BehaviourGen.segments(), history, asOf);
                    assertEquals(items.size(), predictions.size());
                    for (PaymentPrediction p : predictions) {
                        assertTrue(p.getPredictedDate().isAfter(asOf), p + " as of " + asOf);
                        LocalDate raw = p.getItem().getDueDate().plusDays(p.getExpectedDaysLate());
                        assertEquals(p.isMovedAfterAsOf() ? asOf.plusDays(1) : raw, p.getPredictedDate());
                    }
                });
    }

    @Test
    void theLevelIsCustomerExactlyWhenTheCustomerHasEnoughHistory() {
        qt().forAll(BehaviourGen.openItems(), BehaviourGen.histories(), BehaviourGen.dates(), integers().between(1, 5))
                .checkAssert((items, history, asOf, minimum) -> {
                    for (PaymentPrediction p : PaymentPredictor.of(minimum)
                            .predict(items, BehaviourGen.segments(), history, asOf)) {
                        int own = customerHistory(history, p.getItem(), asOf);
                        assertEquals(own >= minimum, p.getLevel() == PredictionLevel.CUSTOMER, p + " with " + own);
                        if (own >= minimum) {
                            assertEquals(own, p.getPaymentCount());
                        }
                    }
                });
    }

    @Test
    void theLevelFollowsTheLadderCountingKnownSettlementsInTheItemsCurrency() {
        qt().forAll(BehaviourGen.openItems(), BehaviourGen.histories(), BehaviourGen.dates(), integers().between(1, 5))
                .checkAssert((items, history, asOf, minimum) -> {
                    for (PaymentPrediction p : PaymentPredictor.of(minimum)
                            .predict(items, BehaviourGen.segments(), history, asOf)) {
                        OpenItem item = p.getItem();
                        int own = 0;
                        int segment = 0;
                        int all = 0;
                        for (CustomerSettlement s : history) {
                            if (s.getCurrency().equals(item.getCurrency()) && !s.getPaidDate().isAfter(asOf)) {
                                all++;
                                own += s.getCustomerId().equals(item.getCustomerId()) ? 1 : 0;
                                boolean sameSegment = s.getSegment().isPresent()
                                        && s.getSegment().equals(BehaviourGen.segmentOf(item.getCustomerId()));
                                segment += sameSegment ? 1 : 0;
                            }
                        }
                        String expected = own >= minimum ? "CUSTOMER " + own
                                : segment >= minimum ? "SEGMENT " + segment
                                : all > 0 ? "PORTFOLIO " + all
                                : "DUE_DATE 0";
                        assertEquals(expected, p.getLevel() + " " + p.getPaymentCount(), p.toString());
                    }
                });
    }

    // ---- backTest ----

    @Test
    void theBackTestCountsEverySettlementOpenAtTheCutOffAndPaidAfterIt() {
        qt().forAll(BehaviourGen.histories(), BehaviourGen.dates(), integers().between(1, 5))
                .checkAssert((history, cutOff, minimum) -> {
                    long expected = history.stream().filter(s -> s.getPaidDate().isAfter(cutOff)
                            && !s.getSettlement().getIssueDate().isAfter(cutOff)).count();
                    BackTestResult r = PaymentPredictor.of(minimum).backTest(history, cutOff);
                    assertEquals(expected, r.getCount());
                    assertEquals(expected > 0, r.getMeanAbsoluteErrorDays().isPresent());
                    r.getMeanAbsoluteErrorDays().ifPresent(mae ->
                            assertTrue(mae.compareTo(r.getMeanSignedErrorDays().orElseThrow().abs()) >= 0, r.toString()));
                });
    }

    @Test
    void aCustomerWhoAlwaysPaysNDaysLateIsPredictedAtDuePlusN() {
        qt().forAll(BehaviourGen.openItems(), lists().of(BehaviourGen.dates()).ofSizeBetween(1, 8),
                integers().between(-20, 90), longs().between(1, 1_000_000))
                .checkAssert((items, dueDates, n, minor) -> {
                    List<CustomerSettlement> history = new ArrayList<>();
                    for (int k = 0; k < dueDates.size(); k++) {
                        LocalDate due = dueDates.get(k);
                        LocalDate issue = due.minusDays(30);
                        for (int c = 1; c <= 5; c++) {
                            for (CurrencyUnit currency : BehaviourGen.CURRENCIES) {
                                Money amount = Money.ofMinor(currency, minor + 13L * k + c);
                                history.add(CustomerSettlement.of(CustomerId.of("C-" + c),
                                        SettledInvoice.of(issue, due, due.plusDays(n), amount)));
                            }
                        }
                    }
                    LocalDate asOf = history.stream().map(CustomerSettlement::getPaidDate)
                            .max(LocalDate::compareTo).orElseThrow();
                    for (PaymentPrediction p : PaymentPredictor.of(dueDates.size()).predict(items, Map.of(), history, asOf)) {
                        assertEquals(PredictionLevel.CUSTOMER, p.getLevel());
                        assertEquals(dueDates.size(), p.getPaymentCount());
                        assertEquals(n.longValue(), p.getExpectedDaysLate());
                        LocalDate duePlusN = p.getItem().getDueDate().plusDays(n);
                        assertEquals(duePlusN.isAfter(asOf) ? duePlusN : asOf.plusDays(1), p.getPredictedDate());
                    }
                    LocalDate beforeAll = LocalDate.of(2023, 1, 1);
                    for (PaymentPrediction p : PaymentPredictor.of(1).predict(items, Map.of(), history, beforeAll)) {
                        assertEquals(PredictionLevel.DUE_DATE, p.getLevel(), "no settlement was known on " + beforeAll);
                    }
                });
    }

    @Test
    void resultsDoNotDependOnInputOrder() {
        qt().forAll(BehaviourGen.openItems(), BehaviourGen.histories(), BehaviourGen.dates(), BehaviourGen.seeds())
                .checkAssert((items, history, asOf, seed) -> {
                    PaymentPredictor predictor = PaymentPredictor.of(2);
                    List<CustomerSettlement> otherHistory = BehaviourGen.shuffled(history, seed);
                    List<OpenItem> otherItems = BehaviourGen.shuffled(items, seed + 1);
                    List<PaymentPrediction> a = predictor.predict(items, BehaviourGen.segments(), history, asOf);
                    List<PaymentPrediction> b = predictor.predict(otherItems, BehaviourGen.segments(), otherHistory, asOf);
                    assertEquals(a, b);
                    assertEquals(ExpectedCollections.byWeek(a), ExpectedCollections.byWeek(b));
                    assertEquals(predictor.backTest(history, asOf), predictor.backTest(otherHistory, asOf));
                    assertEquals(PaymentBehaviour.byCustomer(history, ALL), PaymentBehaviour.byCustomer(otherHistory, ALL));
                });
    }

    // ---- PaymentBehaviour ----

    @Test
    void weightedDaysLateEqualPlainDaysLateWhenAllAmountsAreEqual() {
        qt().forAll(BehaviourGen.histories(), BehaviourGen.currencies(), longs().between(1, 1_000_000_000L))
                .checkAssert((history, currency, minor) -> {
                    List<CustomerSettlement> equal = new ArrayList<>();
                    for (CustomerSettlement s : history) {
                        SettledInvoice i = s.getSettlement();
                        SettledInvoice same = SettledInvoice.of(i.getIssueDate(), i.getDueDate(), i.getPaidDate(),
                                Money.ofMinor(currency, minor));
                        equal.add(s.getSegment().isPresent() ? CustomerSettlement.of(s.getCustomerId(), s.getSegment().get(), same)
                                : CustomerSettlement.of(s.getCustomerId(), same));
                    }
                    for (PaymentBehaviour b : PaymentBehaviour.byCustomer(equal, ALL)) {
                        assertEquals(b.getAverageDaysLate(), b.getWeightedAverageDaysLate(), b.toString());
                    }
                });
    }

    @Test
    void behaviourFiguresStayInTheirRanges() {
        qt().forAll(BehaviourGen.histories()).checkAssert(history -> {
            int counted = 0;
            for (PaymentBehaviour b : PaymentBehaviour.byCustomer(history, ALL)) {
                counted += b.getSettlementCount();
                assertTrue(b.getOnTimePercent().signum() >= 0 && b.getOnTimePercent().compareTo(BigDecimal.valueOf(100)) <= 0);
                assertEquals(2, b.getOnTimePercent().scale());
                assertEquals(2, b.getAverageDaysLate().scale());
                b.getDaysLateTrend().ifPresent(t -> assertEquals(2, t.scale()));
            }
            assertEquals(history.size(), counted, "every settlement in the window is counted once");
        });
    }
}
