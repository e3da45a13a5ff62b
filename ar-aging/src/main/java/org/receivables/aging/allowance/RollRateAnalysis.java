package org.receivables.aging.allowance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.AgingBuckets;
import org.receivables.core.money.Percentage;

/**
 * A roll-rate (migration) analysis: from consecutive month-end aging snapshots, the share of each
 * bucket's balance that rolls into the next bucket a month later, averaged over a look-back window
 * and chained into loss rates for a {@link ProvisionMatrix}.
 *
 * <p><b>Formulas.</b> With {@code B(k, m)} the balance of bucket k at the end of month m and the
 * window the last {@code L} month-to-month transitions of the series:
 * <pre>
 *   monthly roll rate   r(k, m) = B(k+1, m+1) / B(k, m)                  for k = 0 .. n-2
 *   averaged roll rate  R(k)    = mean of r(k, m) over the window          (SIMPLE_AVERAGE)
 *                               = sum B(k+1, m+1) / sum B(k, m)            (BALANCE_WEIGHTED)
 *   loss rate           L(k)    = min(R(k),1) x min(R(k+1),1) x ... x min(R(n-2),1)   for k &lt; n-1
 *                       L(n-1)  = 100%  (the last bucket is treated as loss, written off)
 * </pre>
 * Zero denominators: under {@link RollRateAveraging#SIMPLE_AVERAGE} a month whose bucket k balance is
 * zero has no rate and is skipped, and a bucket with no balance in any month of the window has rate 0;
 * under {@link RollRateAveraging#BALANCE_WEIGHTED} a zero sum of denominators gives rate 0. An averaged
 * roll rate above 100% (balances can enter a bucket from elsewhere than the one before it, such as a
 * reversed payment) is reported as it is, but capped at 100% when chained, so every loss rate is
 * between 0% and 100%. Rates are computed in exact rational arithmetic and rounded once, half-even,
 * to {@value #RATE_SCALE} decimal places of percent.
 *
 * <pre>
 *   RollRateAnalysis a = RollRateAnalysis.of(snapshots, 6, RollRateAveraging.BALANCE_WEIGHTED);
 *   a.getRollRates();       // [40%, 50%, 60%, 80%, 90%]: current to 1-30, 1-30 to 31-60, ...
 *   a.getLossRates();       // [8.64%, 21.6%, 43.2%, 72%, 90%, 100%]
 *   a.toProvisionMatrix();  // the loss rates as a matrix over the snapshots' buckets
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RollRateAnalysis {

    /** The decimal places of percent every rate is rounded to: 4, so {@code 12.3457%}. */
    public static final int RATE_SCALE = 4;

    private final AgingBuckets buckets;
    private final CurrencyUnit currency;
    private final YearMonth windowStart;
    private final YearMonth windowEnd;
    private final RollRateAveraging averaging;
    private final List<Percentage> rollRates;
    private final List<Percentage> lossRates;

    private RollRateAnalysis(AgingBuckets buckets, CurrencyUnit currency, YearMonth windowStart, YearMonth windowEnd,
            RollRateAveraging averaging, List<Percentage> rollRates, List<Percentage> lossRates) {
        this.buckets = buckets;
        this.currency = currency;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
        this.averaging = averaging;
        this.rollRates = rollRates;
        this.lossRates = lossRates;
    }

    /**
     * Analyses a series of month-end snapshots over the last {@code lookBackMonths} transitions.
     *
     * @param series the snapshots of consecutive months, earliest first, with the same buckets and
     *        currency; at least two; not null and holding no null
     * @param lookBackMonths the number of month-to-month transitions to average over, ending with the
     *        last snapshot, from 1 to {@code series.size() - 1}
     * @param averaging how the monthly rates are averaged, not null
     * @return the analysis
     * @throws NullPointerException if series or averaging is null, or series holds null
     * @throws IllegalArgumentException if the series has fewer than two snapshots, months out of order,
     *         repeated or missing (the message names them), different buckets, or lookBackMonths is outside
     *         its range
     * @throws CurrencyMismatchException if the snapshots are in more than one currency
     */
    public static RollRateAnalysis of(List<MonthEndBalances> series, int lookBackMonths, RollRateAveraging averaging) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(averaging, "averaging");
        List<MonthEndBalances> list = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            list.add(Objects.requireNonNull(series.get(i), "series[" + i + "]"));
        }
        if (list.size() < 2) {
            throw new IllegalArgumentException("series has " + list.size() + " snapshots " + list
                    + "; a roll-rate analysis needs at least two consecutive month ends");
        }
        MonthEndBalances first = list.get(0);   // AgingBuckets always has two or more buckets
        for (int i = 1; i < list.size(); i++) {
            MonthEndBalances prev = list.get(i - 1);
            MonthEndBalances cur = list.get(i);
            if (!cur.getMonth().isAfter(prev.getMonth())) {
                throw new IllegalArgumentException("series is not in ascending month order: " + cur.getMonth()
                        + " follows " + prev.getMonth());
            }
            if (!cur.getMonth().equals(prev.getMonth().plusMonths(1))) {
                throw new IllegalArgumentException("series has a gap: " + prev.getMonth() + " is followed by "
                        + cur.getMonth() + " (missing " + prev.getMonth().plusMonths(1) + ")");
            }
            if (!cur.getBuckets().equals(first.getBuckets())) {
                throw new IllegalArgumentException("buckets " + cur.getBuckets() + " of " + cur.getMonth()
                        + " differ from buckets " + first.getBuckets() + " of " + first.getMonth());
            }
            if (!cur.getCurrency().equals(first.getCurrency())) {
                throw new CurrencyMismatchException(first.getCurrency(), cur.getCurrency());
            }
        }
        int transitions = list.size() - 1;
        if (lookBackMonths < 1 || lookBackMonths > transitions) {
            throw new IllegalArgumentException("lookBackMonths " + lookBackMonths + " is not between 1 and the "
                    + transitions + " month-to-month transitions of the series " + first.getMonth() + ".."
                    + list.get(transitions).getMonth());
        }
        int n = first.getBuckets().size();
        int from = transitions - lookBackMonths;   // index of the first snapshot of the window
        List<BigInteger[]> minors = new ArrayList<>(list.size());
        for (MonthEndBalances s : list) {
            BigInteger[] m = new BigInteger[n];
            for (int k = 0; k < n; k++) {
                m[k] = minor(s.getBalances().get(k));
            }
            minors.add(m);
        }
        List<Percentage> roll = new ArrayList<>(n - 1);
        Fraction[] capped = new Fraction[n - 1];
        for (int k = 0; k < n - 1; k++) {
            Fraction rate = averaging == RollRateAveraging.SIMPLE_AVERAGE
                    ? simpleAverage(minors, from, transitions, k)
                    : weighted(minors, from, transitions, k);
            roll.add(rate.toPercentage());
            capped[k] = rate.min(Fraction.ONE);
        }
        Percentage[] loss = new Percentage[n];
        loss[n - 1] = Percentage.ONE_HUNDRED;
        Fraction product = Fraction.ONE;
        for (int k = n - 2; k >= 0; k--) {
            product = product.times(capped[k]);
            loss[k] = product.toPercentage();
        }
        return new RollRateAnalysis(first.getBuckets(), first.getCurrency(), list.get(from).getMonth(),
                list.get(transitions).getMonth(), averaging, Collections.unmodifiableList(roll),
                Collections.unmodifiableList(java.util.Arrays.asList(loss)));
    }

    private static Fraction simpleAverage(List<BigInteger[]> minors, int from, int to, int k) {
        Fraction sum = Fraction.ZERO;
        int months = 0;
        for (int m = from; m < to; m++) {
            BigInteger den = minors.get(m)[k];
            if (den.signum() == 0) {
                continue;
            }
            sum = sum.plus(new Fraction(minors.get(m + 1)[k + 1], den));
            months++;
        }
        return months == 0 ? Fraction.ZERO : sum.times(new Fraction(BigInteger.ONE, BigInteger.valueOf(months)));
    }

    private static Fraction weighted(List<BigInteger[]> minors, int from, int to, int k) {
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ZERO;
        for (int m = from; m < to; m++) {
            den = den.add(minors.get(m)[k]);
            num = num.add(minors.get(m + 1)[k + 1]);
        }
        return den.signum() == 0 ? Fraction.ZERO : new Fraction(num, den);
    }

    private static BigInteger minor(Money m) {
        return m.getAmount().movePointRight(m.getCurrencyUnit().getDecimalPlaces()).toBigIntegerExact();
    }

    /**
     * Gets the buckets of the snapshots.
     *
     * @return the buckets, not null
     */
    public AgingBuckets getBuckets() {
        return buckets;
    }

    /**
     * Gets the currency of the snapshots.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return currency;
    }

    /**
     * Gets the first month-end of the look-back window (the start of its first transition).
     *
     * @return the month, not null
     */
    public YearMonth getWindowStart() {
        return windowStart;
    }

    /**
     * Gets the last month-end of the look-back window: the last snapshot.
     *
     * @return the month, not null
     */
    public YearMonth getWindowEnd() {
        return windowEnd;
    }

    /**
     * Gets how the monthly rates were averaged.
     *
     * @return the averaging, not null
     */
    public RollRateAveraging getAveraging() {
        return averaging;
    }

    /**
     * Gets the averaged roll rate of each bucket but the last into the next one, uncapped.
     *
     * @return {@code buckets - 1} rates, zero or more, at {@value #RATE_SCALE} decimal places, unmodifiable, not null
     */
    public List<Percentage> getRollRates() {
        return rollRates;
    }

    /**
     * Gets the loss rate of each bucket: the chained, capped roll rates to the last bucket; 100% for the last.
     *
     * @return one rate per bucket, 0% to 100%, at {@value #RATE_SCALE} decimal places, unmodifiable, not null
     */
    public List<Percentage> getLossRates() {
        return lossRates;
    }

    /**
     * Gets the loss rates as a provision matrix over the snapshots' buckets.
     *
     * @return the matrix, not null
     */
    public ProvisionMatrix toProvisionMatrix() {
        return ProvisionMatrix.of(buckets, lossRates);
    }

    /**
     * Returns the window and rates, such as {@code "RollRateAnalysis[2024-01..2024-06 BALANCE_WEIGHTED, roll [...], loss [...]]"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "RollRateAnalysis[" + windowStart + ".." + windowEnd + " " + averaging + ", roll " + rollRates
                + ", loss " + lossRates + "]";
    }

    /** An exact non-negative rational number, for rates that are rounded only once. */
    private static final class Fraction {
        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
        static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

        private final BigInteger num;
        private final BigInteger den;

        Fraction(BigInteger num, BigInteger den) {
            BigInteger g = num.gcd(den);
            if (g.signum() == 0 || g.equals(BigInteger.ONE)) {
                this.num = num;
                this.den = den;
            } else {
                this.num = num.divide(g);
                this.den = den.divide(g);
            }
        }

        Fraction plus(Fraction o) {
            return new Fraction(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Fraction times(Fraction o) {
            return new Fraction(num.multiply(o.num), den.multiply(o.den));
        }

        Fraction min(Fraction o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den)) <= 0 ? this : o;
        }

        Percentage toPercentage() {
            return Percentage.of(new BigDecimal(num.multiply(BigInteger.valueOf(100)))
                    .divide(new BigDecimal(den), RATE_SCALE, RoundingMode.HALF_EVEN));
        }
    }
}
