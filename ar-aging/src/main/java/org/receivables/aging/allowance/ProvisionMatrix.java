package org.receivables.aging.allowance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.AgingAmounts;
import org.receivables.aging.AgingBuckets;
import org.receivables.aging.AgingLine;
import org.receivables.aging.AgingReport;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerSegment;
import org.receivables.core.money.Percentage;

/**
 * A provision matrix: an expected-loss rate for each aging bucket, optionally a different set of
 * rates for some customer segments, which applied to an aging report gives the allowance for
 * doubtful debts (the simplified approach of IFRS 9 paragraph 5.5.15 and B5.5.35, and the aging
 * method under ASC 326).
 *
 * <p>Rates are between 0% and 100%, one per bucket. A customer whose segment has its own rates uses
 * them; every other customer (no segment, or a segment without rates) uses the default rates.
 *
 * <p><b>Computation.</b> The base is the <em>gross</em> open amount of the items in each bucket
 * ({@link AgingAmounts#getOpenItemAmounts()}): credits are not deducted, whichever way the report
 * presents them, and disputed items are included. Per currency and bucket the matrix sums, exactly,
 * each segment's unrounded bucket total times its rate; each bucket's allowance and the total are
 * then rounded once, {@link RoundingMode#HALF_EVEN}, to the currency's decimal places.
 *
 * <pre>
 *   ProvisionMatrix m = ProvisionMatrix.of(AgingBuckets.standard(), List.of(
 *       Percentage.parse("0.3"), Percentage.parse("1.6"), Percentage.parse("3.6"),
 *       Percentage.parse("6.6"), Percentage.parse("10.6"), Percentage.parse("50")))
 *     .withSegmentRates(CustomerSegment.of("GOVERNMENT"), List.of(Percentage.ZERO, ...));
 *   Allowance a = m.allowanceFor(report, segmentsByCustomer);
 *   a.getTotal(CurrencyUnit.EUR);   // the allowance for EUR receivables
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProvisionMatrix {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AgingBuckets buckets;
    private final List<Percentage> defaultRates;
    private final SortedMap<CustomerSegment, List<Percentage>> segmentRates;

    private ProvisionMatrix(AgingBuckets buckets, List<Percentage> defaultRates,
            SortedMap<CustomerSegment, List<Percentage>> segmentRates) {
        this.buckets = buckets;
        this.defaultRates = defaultRates;
        this.segmentRates = Collections.unmodifiableSortedMap(segmentRates);
    }

    /**
     * Obtains a matrix with one set of rates for every customer.
     *
     * @param buckets the buckets the rates belong to, not null
     * @param rates one loss rate per bucket, each 0% to 100%, not null and holding no null
     * @return the matrix
     * @throws NullPointerException if an argument is null or rates holds null
     * @throws IllegalArgumentException if the number of rates differs from the number of buckets, or a
     *         rate is below 0% or above 100% (the message names its position and value)
     */
    public static ProvisionMatrix of(AgingBuckets buckets, List<Percentage> rates) {
        Objects.requireNonNull(buckets, "buckets");
        return new ProvisionMatrix(buckets, checkRates(buckets, rates, "rates"), new TreeMap<>());
    }

    /**
     * Returns a copy with rates for one customer segment, replacing any it had.
     *
     * @param segment the segment, not null
     * @param rates one loss rate per bucket, each 0% to 100%, not null and holding no null
     * @return the new matrix
     * @throws NullPointerException if an argument is null or rates holds null
     * @throws IllegalArgumentException if the number of rates differs from the number of buckets, or a
     *         rate is below 0% or above 100% (the message names the segment, position and value)
     */
    public ProvisionMatrix withSegmentRates(CustomerSegment segment, List<Percentage> rates) {
        Objects.requireNonNull(segment, "segment");
        List<Percentage> checked = checkRates(buckets, rates, "rates of segment " + segment);
        SortedMap<CustomerSegment, List<Percentage>> copy = new TreeMap<>(segmentRates);
        copy.put(segment, checked);
        return new ProvisionMatrix(buckets, defaultRates, copy);
    }

    private static List<Percentage> checkRates(AgingBuckets buckets, List<Percentage> rates, String name) {
        Objects.requireNonNull(rates, "rates");
        List<Percentage> copy = new ArrayList<>(rates.size());
        for (int i = 0; i < rates.size(); i++) {
            copy.add(Objects.requireNonNull(rates.get(i), "rates[" + i + "]"));
        }
        if (copy.size() != buckets.size()) {
            throw new IllegalArgumentException(name + " has " + copy.size() + " rates " + copy + " but there are "
                    + buckets.size() + " buckets " + buckets);
        }
        for (int i = 0; i < copy.size(); i++) {
            Percentage r = copy.get(i);
            if (r.isNegative()) {
                throw new IllegalArgumentException(name + "[" + i + "] " + r + " for bucket " + buckets.get(i) + " is below 0%");
            }
            if (r.compareTo(Percentage.ONE_HUNDRED) > 0) {
                throw new IllegalArgumentException(name + "[" + i + "] " + r + " for bucket " + buckets.get(i) + " is above 100%");
            }
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * Gets the buckets the rates belong to.
     *
     * @return the buckets, not null
     */
    public AgingBuckets getBuckets() {
        return buckets;
    }

    /**
     * Gets the rates for customers without segment-specific rates.
     *
     * @return one rate per bucket, unmodifiable, not null
     */
    public List<Percentage> getDefaultRates() {
        return defaultRates;
    }

    /**
     * Gets the segment-specific rates, by segment.
     *
     * @return the rates, unmodifiable, not null
     */
    public SortedMap<CustomerSegment, List<Percentage>> getSegmentRates() {
        return segmentRates;
    }

    /**
     * Gets the rates that apply to a segment: its own, or the default rates.
     *
     * @param segment the segment, not null
     * @return one rate per bucket, unmodifiable, not null
     * @throws NullPointerException if segment is null
     */
    public List<Percentage> getRates(CustomerSegment segment) {
        Objects.requireNonNull(segment, "segment");
        return segmentRates.getOrDefault(segment, defaultRates);
    }

    /**
     * Computes the allowance for a report with the default rates for every customer.
     *
     * @param report the aging report, with this matrix's buckets, not null
     * @return the allowance, not null
     * @throws NullPointerException if report is null
     * @throws IllegalArgumentException if the report's buckets differ from the matrix's
     */
    public Allowance allowanceFor(AgingReport report) {
        return allowanceFor(report, Map.of());
    }

    /**
     * Computes the allowance for a report, each customer at the rates of its segment.
     *
     * @param report the aging report, with this matrix's buckets, not null
     * @param segments the segment of each customer that has one; customers not in the map use the
     *        default rates; not null, holding no null key or value
     * @return the allowance, not null
     * @throws NullPointerException if an argument is null or segments holds a null key or value
     * @throws IllegalArgumentException if the report's buckets differ from the matrix's
     */
    public Allowance allowanceFor(AgingReport report, Map<CustomerId, CustomerSegment> segments) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(segments, "segments");
        for (Map.Entry<CustomerId, CustomerSegment> e : segments.entrySet()) {
            Objects.requireNonNull(e.getKey(), "segments key");
            Objects.requireNonNull(e.getValue(), "segments[" + e.getKey() + "]");
        }
        if (!report.getBuckets().equals(buckets)) {
            throw new IllegalArgumentException("buckets " + report.getBuckets() + " of the report differ from buckets "
                    + buckets + " of the matrix");
        }
        int n = buckets.size();
        // per currency, per rate set (null = default), per bucket: gross minor units, summed exactly
        SortedMap<CurrencyUnit, Map<List<Percentage>, BigDecimal[]>> sums = new TreeMap<>();
        SortedMap<CurrencyUnit, BigDecimal[]> gross = new TreeMap<>();
        for (AgingLine line : report.getLines()) {
            CustomerSegment segment = segments.get(line.getCustomerId());
            List<Percentage> rates = segment == null ? defaultRates : getRates(segment);
            BigDecimal[] acc = sums.computeIfAbsent(line.getCurrency(), c -> new java.util.LinkedHashMap<>())
                    .computeIfAbsent(rates, r -> zeros(n));
            BigDecimal[] g = gross.computeIfAbsent(line.getCurrency(), c -> zeros(n));
            List<Money> amounts = line.getAmounts().getOpenItemAmounts();
            for (int i = 0; i < n; i++) {
                acc[i] = acc[i].add(amounts.get(i).getAmount());
                g[i] = g[i].add(amounts.get(i).getAmount());
            }
        }
        SortedMap<CurrencyUnit, List<Money>> grossOut = new TreeMap<>();
        SortedMap<CurrencyUnit, List<Money>> amountsOut = new TreeMap<>();
        SortedMap<CurrencyUnit, Money> totalsOut = new TreeMap<>();
        for (Map.Entry<CurrencyUnit, Map<List<Percentage>, BigDecimal[]>> e : sums.entrySet()) {
            CurrencyUnit currency = e.getKey();
            BigDecimal[] exact = zeros(n);
            for (Map.Entry<List<Percentage>, BigDecimal[]> s : e.getValue().entrySet()) {
                for (int i = 0; i < n; i++) {
                    exact[i] = exact[i].add(s.getValue()[i].multiply(s.getKey().get(i).getValue()));
                }
            }
            List<Money> perBucket = new ArrayList<>(n);
            List<Money> grossList = new ArrayList<>(n);
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                BigDecimal value = exact[i].divide(HUNDRED);
                total = total.add(value);
                perBucket.add(round(currency, value));
                grossList.add(Money.of(currency, gross.get(currency)[i]));
            }
            grossOut.put(currency, Collections.unmodifiableList(grossList));
            amountsOut.put(currency, Collections.unmodifiableList(perBucket));
            totalsOut.put(currency, round(currency, total));
        }
        return new Allowance(buckets, grossOut, amountsOut, totalsOut);
    }

    private static Money round(CurrencyUnit currency, BigDecimal exact) {
        return Money.of(currency, exact.setScale(currency.getDecimalPlaces(), RoundingMode.HALF_EVEN));
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        java.util.Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    /**
     * Checks whether another object is a matrix with the same buckets and rates.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof ProvisionMatrix)) {
            return false;
        }
        ProvisionMatrix o = (ProvisionMatrix) obj;
        return buckets.equals(o.buckets) && defaultRates.equals(o.defaultRates) && segmentRates.equals(o.segmentRates);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(buckets, defaultRates, segmentRates);
    }

    /**
     * Returns the rates, such as {@code "ProvisionMatrix[default [0.3%, 1.6%, ...], segments {}]"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ProvisionMatrix[default " + defaultRates + ", segments " + segmentRates + "]";
    }
}
