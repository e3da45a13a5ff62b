package org.receivables.aging.behaviour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.receivables.aging.metrics.MetricRounding;
import org.receivables.aging.metrics.PaymentTiming;
import org.receivables.aging.metrics.SettledInvoice;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerSegment;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Predicts when open items will be paid from how their customers paid before, and back-tests those
 * predictions on history.
 *
 * <p>The rule, for an open item as of a date:
 * <ol>
 *   <li>The history is every settlement paid on or before the as-of date, in the item's currency
 *       (amounts are weighted only within one currency).
 *   <li>The level is the customer's own settlements if it has at least {@link #getMinimumHistory()}
 *       of them; else those recorded with the customer's segment, if it has one and the segment has at
 *       least the minimum; else the whole portfolio, if it has at least one settlement; else
 *       {@link PredictionLevel#DUE_DATE} (zero settlements, zero days late).
 *   <li>Expected days late = the amount-weighted average days late of that level's settlements,
 *       computed exactly and rounded <b>half-even to whole days</b> ({@code 2.5} gives 2, {@code 3.5}
 *       gives 4, {@code -6.5} gives -6).
 *   <li>Predicted date = due date + expected days late; when that is on or before the as-of date it
 *       becomes as-of + 1 day: the item is still open at the end of the as-of date.
 * </ol>
 * This is the approach of SAP Business One's business-partner "average delay" (which shifts the value
 * dates of a customer's debts in its cash-flow report) refined with Oracle's amount weighting.
 *
 * <pre>
 *   // C-1 paid four invoices 15, 15, 15 and 15 days late; an item of C-1 is due 2024-03-31
 *   PaymentPredictor.of(3).predict(List.of(item), Map.of(), history, LocalDate.parse("2024-03-15"));
 *   // [item due 2024-03-31 predicted 2024-04-15, level CUSTOMER, 4 payments]
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaymentPredictor {

    /** The minimum history of {@link #ofDefaults()}: three settlements. */
    public static final int DEFAULT_MINIMUM_HISTORY = 3;

    private static final Logger LOG = LoggerFactory.getLogger(PaymentPredictor.class);

    private final int minimumHistory;

    private PaymentPredictor(int minimumHistory) {
        this.minimumHistory = minimumHistory;
    }

    /**
     * Obtains a predictor that trusts a customer's or segment's own history from a minimum number of settlements.
     *
     * @param minimumHistory the least number of settlements a customer or segment needs, one or more
     * @return the predictor
     * @throws IllegalArgumentException if minimumHistory is below 1
     */
    public static PaymentPredictor of(int minimumHistory) {
        if (minimumHistory < 1) {
            throw new IllegalArgumentException("minimumHistory " + minimumHistory + " must be at least 1");
        }
        return new PaymentPredictor(minimumHistory);
    }

    /**
     * Obtains a predictor with a minimum history of {@value #DEFAULT_MINIMUM_HISTORY} settlements.
     *
     * @return the predictor
     */
    public static PaymentPredictor ofDefaults() {
        return new PaymentPredictor(DEFAULT_MINIMUM_HISTORY);
    }

    /**
     * Gets the least number of settlements a customer or segment needs for its own history to be used.
     *
     * @return the minimum, one or more
     */
    public int getMinimumHistory() {
        return minimumHistory;
    }

    /**
     * Predicts the payment date of every open item as of a date.
     *
     * @param items the open items, with distinct refs, not null and holding no null; may be empty
     * @param segments each customer's segment; a customer absent has none; not null, holding no null key or value
     * @param history the settlements; those paid after asOf are ignored; not null and holding no null
     * @param asOf the date the forecast is made at the end of, not null
     * @return one prediction per item, ordered by predicted date, then item ref
     * @throws NullPointerException if an argument is null, or a list or the map holds null
     * @throws IllegalArgumentException if two items have the same ref
     */
    public List<PaymentPrediction> predict(List<OpenItem> items, Map<CustomerId, CustomerSegment> segments,
            List<CustomerSettlement> history, LocalDate asOf) {
        PaymentBehaviour.requireElements(items, "items");
        Objects.requireNonNull(segments, "segments");
        for (Map.Entry<CustomerId, CustomerSegment> e : segments.entrySet()) {
            Objects.requireNonNull(e.getKey(), "segments key");
            Objects.requireNonNull(e.getValue(), "segments value");
        }
        PaymentBehaviour.requireElements(history, "history");
        Objects.requireNonNull(asOf, "asOf");
        Set<ItemRef> refs = new HashSet<>();
        for (OpenItem item : items) {
            if (!refs.add(item.getRef())) {
                throw new IllegalArgumentException("items holds ref " + item.getRef() + " twice");
            }
        }
        Pools pools = new Pools(history, asOf);
        List<PaymentPrediction> result = new ArrayList<>(items.size());
        for (OpenItem item : items) {
            Estimate e = estimate(pools, item.getCustomerId(), Optional.ofNullable(segments.get(item.getCustomerId())),
                    item.getCurrency(), item.getDueDate(), asOf);
            result.add(PaymentPrediction.of(item, e.date, e.level, e.count, e.daysLate, e.moved));
        }
        result.sort(Comparator.comparing(PaymentPrediction::getPredictedDate)
                .thenComparing(p -> p.getItem().getRef()));
        return List.copyOf(result);
    }

    /**
     * Back-tests the predictions on history: as of the end of a cut-off date, predicts from the
     * settlements paid on or before it the paid date of every settlement paid after it whose invoice
     * was issued on or before it (so was open at the cut-off), and compares.
     *
     * <p>Each settlement is predicted as an open item of its own customer, segment, currency and due
     * date. The error of one is predicted date minus actual paid date, in days: positive when the
     * prediction was too late. The result gives their count, the mean absolute error and the mean
     * signed error (the bias), each rounded once, half-even, to {@link MetricRounding#SCALE} places.
     *
     * @param history the settlements, not null and holding no null
     * @param cutOff the last day of the known history, not null
     * @return the errors of the back-test
     * @throws NullPointerException if an argument is null or history holds null
     */
    public BackTestResult backTest(List<CustomerSettlement> history, LocalDate cutOff) {
        PaymentBehaviour.requireElements(history, "history");
        Objects.requireNonNull(cutOff, "cutOff");
        Pools pools = new Pools(history, cutOff);
        long count = 0;
        long sumAbsolute = 0;
        long sumSigned = 0;
        for (CustomerSettlement s : history) {
            SettledInvoice invoice = s.getSettlement();
            if (s.getPaidDate().isAfter(cutOff) && !invoice.getIssueDate().isAfter(cutOff)) {
                Estimate e = estimate(pools, s.getCustomerId(), s.getSegment(), s.getCurrency(),
                        invoice.getDueDate(), cutOff);
                long error = ChronoUnit.DAYS.between(s.getPaidDate(), e.date);
                count++;
                sumAbsolute += Math.abs(error);
                sumSigned += error;
            }
        }
        LOG.debug("back-test at cut-off {}: {} settlements predicted", cutOff, count);
        if (count == 0) {
            return BackTestResult.of(cutOff, 0, Optional.empty(), Optional.empty());
        }
        BigDecimal n = BigDecimal.valueOf(count);
        return BackTestResult.of(cutOff, count,
                Optional.of(BigDecimal.valueOf(sumAbsolute).divide(n, MetricRounding.SCALE, MetricRounding.ROUNDING)),
                Optional.of(BigDecimal.valueOf(sumSigned).divide(n, MetricRounding.SCALE, MetricRounding.ROUNDING)));
    }

    private Estimate estimate(Pools pools, CustomerId customer, Optional<CustomerSegment> segment,
            CurrencyUnit currency, LocalDate dueDate, LocalDate asOf) {
        PredictionLevel level;
        List<SettledInvoice> basis = pools.byCustomer.getOrDefault(new Key(currency, customer), List.of());
        if (basis.size() >= minimumHistory) {
            level = PredictionLevel.CUSTOMER;
        } else {
            int customerCount = basis.size();
            basis = segment.map(seg -> pools.bySegment.getOrDefault(new Key(currency, seg), List.<SettledInvoice>of()))
                    .orElse(List.of());
            if (segment.isPresent() && basis.size() >= minimumHistory) {
                level = PredictionLevel.SEGMENT;
            } else {
                basis = pools.byCurrency.getOrDefault(currency, List.of());
                level = basis.isEmpty() ? PredictionLevel.DUE_DATE : PredictionLevel.PORTFOLIO;
            }
            LOG.debug("customer {} has {} settlements in {}, below minimum {}: predicting from {}",
                    customer, customerCount, currency, minimumHistory, level);
        }
        long daysLate = basis.isEmpty() ? 0
                : PaymentTiming.weightedAverageDaysLate(basis, 0, MetricRounding.ROUNDING).longValueExact();
        LocalDate date = dueDate.plusDays(daysLate);
        boolean moved = !date.isAfter(asOf);
        if (moved) {
            date = asOf.plusDays(1);
        }
        return new Estimate(level, basis.size(), daysLate, date, moved);
    }

    /**
     * Checks if this predictor equals another: same minimum history.
     *
     * @param obj the other object, null allowed
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || (obj instanceof PaymentPredictor && ((PaymentPredictor) obj).minimumHistory == minimumHistory);
    }

    /**
     * Gets a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Integer.hashCode(minimumHistory);
    }

    /**
     * Describes the predictor, such as {@code PaymentPredictor[minimumHistory=3]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "PaymentPredictor[minimumHistory=" + minimumHistory + "]";
    }

    /** A pool key: a currency and a customer or segment. */
    private record Key(CurrencyUnit currency, Object who) {
    }

    /** One prediction before it is attached to an item. */
    private record Estimate(PredictionLevel level, int count, long daysLate, LocalDate date, boolean moved) {
    }

    /** The settlements paid on or before an as-of date, grouped by currency and customer, segment, or neither. */
    private static final class Pools {
        final Map<Key, List<SettledInvoice>> byCustomer = new HashMap<>();
        final Map<Key, List<SettledInvoice>> bySegment = new HashMap<>();
        final Map<CurrencyUnit, List<SettledInvoice>> byCurrency = new HashMap<>();

        Pools(List<CustomerSettlement> history, LocalDate asOf) {
            for (CustomerSettlement s : history) {
                if (!s.getPaidDate().isAfter(asOf)) {
                    CurrencyUnit c = s.getCurrency();
                    byCustomer.computeIfAbsent(new Key(c, s.getCustomerId()), k -> new ArrayList<>()).add(s.getSettlement());
                    s.getSegment().ifPresent(seg ->
                            bySegment.computeIfAbsent(new Key(c, seg), k -> new ArrayList<>()).add(s.getSettlement()));
                    byCurrency.computeIfAbsent(c, k -> new ArrayList<>()).add(s.getSettlement());
                }
            }
        }
    }
}
