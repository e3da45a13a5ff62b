package org.receivables.aging.behaviour;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.receivables.aging.metrics.MeasurementPeriod;
import org.receivables.aging.metrics.MetricRounding;
import org.receivables.aging.metrics.PaymentTiming;
import org.receivables.aging.metrics.SettledInvoice;
import org.receivables.core.customer.CustomerId;

/**
 * How one customer paid in one currency over a window: the average and amount-weighted days late,
 * the trend of the days late, and the share of settlements paid on time.
 *
 * <p>The window is a {@link MeasurementPeriod}, first and last day both inclusive; a settlement
 * belongs to it when its <em>paid date</em> lies in it. Days late are the paid date minus the due
 * date, negative when paid early; the averages are those of {@link PaymentTiming} (plain, and
 * weighted by the amount settled). Amounts are only ever weighted within one currency, so a customer
 * who pays in two currencies has one behaviour per currency ({@link #byCustomer(List, MeasurementPeriod)}).
 *
 * <p>The <b>days-late trend</b> is the ordinary least-squares slope of days late against the paid
 * date, each settlement one point of equal weight, expressed in days per 30 calendar days:
 * <pre>
 *   x = paid date as a day number, y = days late, n = number of settlements
 *   trend = 30 x (n x sum(x y) - sum(x) x sum(y)) / (n x sum(x x) - sum(x) x sum(x))
 * </pre>
 * A positive trend means the customer pays later and later; it is empty when all settlements were
 * paid on the same day (fewer than two distinct paid dates give no slope). The <b>on-time
 * percentage</b> is 100 x (settlements paid on or before their due date) / n. Every figure is one
 * exact fraction rounded once, half-even, to {@link MetricRounding#SCALE} decimal places.
 *
 * <pre>
 *   // EUR 100 due 01-31 paid 01-31 (0 late); EUR 100 due 02-29 paid 03-02 (2 late);
 *   // EUR 200 due 03-31 paid 04-05 (5 late)
 *   PaymentBehaviour b = PaymentBehaviour.of(CustomerId.of("C-1"), settlements,
 *       MeasurementPeriod.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31")));
 *   b.getAverageDaysLate();           // 2.33   (7 / 3)
 *   b.getWeightedAverageDaysLate();   // 3.00   (1,200 / 400)
 *   b.getOnTimePercent();             // 33.33
 *   b.getDaysLateTrend();             // Optional[2.31]  (x = 0, 31, 65: 30 x 489 / 6,342)
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PaymentBehaviour {

    private static final BigInteger DAYS_PER_TREND_UNIT = BigInteger.valueOf(30);

    PaymentBehaviour() {
    }

    /**
     * Computes the behaviour of one customer from its settlements paid in a window; settlements of
     * other customers or paid outside the window are ignored.
     *
     * @param customerId the customer, not null
     * @param settlements the settlements of any customers, not null and holding no null
     * @param window the window of paid dates, both ends inclusive, not null
     * @return the customer's behaviour
     * @throws NullPointerException if an argument is null or settlements holds null
     * @throws IllegalArgumentException if the customer has no settlement paid in the window
     * @throws org.joda.money.CurrencyMismatchException if the customer's settlements in the window are
     *     in more than one currency (use {@link #byCustomer(List, MeasurementPeriod)})
     */
    public static PaymentBehaviour of(CustomerId customerId, List<CustomerSettlement> settlements,
            MeasurementPeriod window) {
        Objects.requireNonNull(customerId, "customerId");
        requireElements(settlements, "settlements");
        Objects.requireNonNull(window, "window");
        List<CustomerSettlement> mine = new ArrayList<>();
        for (CustomerSettlement s : settlements) {
            if (s.getCustomerId().equals(customerId) && contains(window, s.getPaidDate())) {
                mine.add(s);
            }
        }
        if (mine.isEmpty()) {
            throw new IllegalArgumentException("customerId " + customerId + " has no settlement paid in window " + window);
        }
        return compute(customerId, mine, window);
    }

    /**
     * Computes the behaviour of every customer and currency with at least one settlement paid in a
     * window, ordered by customer id, then currency code.
     *
     * @param settlements the settlements, not null and holding no null; may be empty
     * @param window the window of paid dates, both ends inclusive, not null
     * @return the behaviours, one per customer and currency, in that order; empty when nothing was paid in the window
     * @throws NullPointerException if an argument is null or settlements holds null
     */
    public static List<PaymentBehaviour> byCustomer(List<CustomerSettlement> settlements, MeasurementPeriod window) {
        requireElements(settlements, "settlements");
        Objects.requireNonNull(window, "window");
        Map<CustomerId, Map<CurrencyUnit, List<CustomerSettlement>>> groups = new TreeMap<>();
        for (CustomerSettlement s : settlements) {
            if (contains(window, s.getPaidDate())) {
                groups.computeIfAbsent(s.getCustomerId(), k -> new TreeMap<>())
                        .computeIfAbsent(s.getCurrency(), k -> new ArrayList<>())
                        .add(s);
            }
        }
        List<PaymentBehaviour> result = new ArrayList<>();
        groups.forEach((customer, byCurrency) -> byCurrency.values()
                .forEach(group -> result.add(compute(customer, group, window))));
        return List.copyOf(result);
    }

    /**
     * Gets the customer.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the currency of the settlements measured.
     *
     * @return the currency, not null
     */
    public abstract CurrencyUnit getCurrency();

    /**
     * Gets the window of paid dates measured, both ends inclusive.
     *
     * @return the window, not null
     */
    public abstract MeasurementPeriod getWindow();

    /**
     * Gets the number of settlements paid in the window.
     *
     * @return the count, one or more
     */
    public abstract int getSettlementCount();

    /**
     * Gets the plain average days late, negative when the customer pays early on average.
     *
     * @return the average, at {@link MetricRounding#SCALE} places, not null
     */
    public abstract BigDecimal getAverageDaysLate();

    /**
     * Gets the days late weighted by the amount settled.
     *
     * @return the weighted average, at {@link MetricRounding#SCALE} places, not null
     */
    public abstract BigDecimal getWeightedAverageDaysLate();

    /**
     * Gets the least-squares slope of days late against the paid date, in days per 30 days; positive
     * when the customer pays later over time.
     *
     * @return the trend at {@link MetricRounding#SCALE} places, empty when every settlement was paid on one day
     */
    public abstract Optional<BigDecimal> getDaysLateTrend();

    /**
     * Gets the percentage of settlements paid on or before their due date.
     *
     * @return the percentage, 0 to 100, at {@link MetricRounding#SCALE} places, not null
     */
    public abstract BigDecimal getOnTimePercent();

    @Value.Check
    void check() {
        if (getSettlementCount() < 1) {
            throw new IllegalArgumentException("settlementCount " + getSettlementCount() + " must be at least 1");
        }
    }

    static void requireElements(List<?> list, String name) {
        Objects.requireNonNull(list, name);
        for (Object o : list) {
            Objects.requireNonNull(o, name + " element");
        }
    }

    private static boolean contains(MeasurementPeriod window, LocalDate date) {
        return !date.isBefore(window.getStart()) && !date.isAfter(window.getEndInclusive());
    }

    private static PaymentBehaviour compute(CustomerId customerId, List<CustomerSettlement> group,
            MeasurementPeriod window) {
        List<SettledInvoice> invoices = new ArrayList<>(group.size());
        int onTime = 0;
        for (CustomerSettlement s : group) {
            invoices.add(s.getSettlement());
            if (s.isOnTime()) {
                onTime++;
            }
        }
        BigDecimal onTimePercent = BigDecimal.valueOf(100L * onTime)
                .divide(BigDecimal.valueOf(group.size()), MetricRounding.SCALE, MetricRounding.ROUNDING);
        return ImmutablePaymentBehaviour.builder()
                .customerId(customerId)
                .currency(group.get(0).getCurrency())
                .window(window)
                .settlementCount(group.size())
                .averageDaysLate(PaymentTiming.averageDaysLate(invoices))
                .weightedAverageDaysLate(PaymentTiming.weightedAverageDaysLate(invoices))
                .daysLateTrend(trend(invoices, window.getStart()))
                .onTimePercent(onTimePercent)
                .build();
    }

    /** The least-squares slope in days per 30 days, from exact integer sums; x counted from the window start. */
    private static Optional<BigDecimal> trend(List<SettledInvoice> invoices, LocalDate origin) {
        BigInteger n = BigInteger.valueOf(invoices.size());
        BigInteger sumX = BigInteger.ZERO;
        BigInteger sumY = BigInteger.ZERO;
        BigInteger sumXy = BigInteger.ZERO;
        BigInteger sumXx = BigInteger.ZERO;
        for (SettledInvoice i : invoices) {
            BigInteger x = BigInteger.valueOf(i.getPaidDate().toEpochDay() - origin.toEpochDay());
            BigInteger y = BigInteger.valueOf(i.getDaysLate());
            sumX = sumX.add(x);
            sumY = sumY.add(y);
            sumXy = sumXy.add(x.multiply(y));
            sumXx = sumXx.add(x.multiply(x));
        }
        BigInteger sxx = n.multiply(sumXx).subtract(sumX.multiply(sumX));
        if (sxx.signum() == 0) {
            return Optional.empty();
        }
        BigInteger sxy = n.multiply(sumXy).subtract(sumX.multiply(sumY));
        return Optional.of(new BigDecimal(sxy.multiply(DAYS_PER_TREND_UNIT))
                .divide(new BigDecimal(sxx), MetricRounding.SCALE, MetricRounding.ROUNDING));
    }
}
