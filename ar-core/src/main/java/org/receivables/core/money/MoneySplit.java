package org.receivables.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.internal.LargestRemainder;

/**
 * Splits an amount into parts that always sum exactly to the whole: equally, by ratios or by percentages.
 *
 * <p>Every split uses the <em>largest-remainder</em> (Hamilton) rule, computed in exact integer
 * arithmetic on the amount's minor units (cents, fils, yen); nothing is rounded on the way:
 * <ol>
 *   <li>each part's exact share is {@code minorUnits * weight / totalWeight}, a rational number;</li>
 *   <li>each part first gets the whole number of minor units of its share, rounded down;</li>
 *   <li>the minor units left over (fewer than the number of parts) go one each to the parts with the
 *       largest fractional remainders; equal remainders favour the <em>earliest</em> part.</li>
 * </ol>
 * So the parts sum exactly to the whole, each part is within one minor unit of its exact share, a part
 * whose weight is zero gets zero, and the result depends only on the proportions of the weights
 * (splitting by 1:2 and by 10:20 gives the same parts). The parts are returned in the order of the
 * weights, in the amount's currency, at its scale. Currencies with 0, 2 and 3 decimal places are all
 * split in their own minor units.
 *
 * <p><b>Zero and negative amounts.</b> A zero amount splits into zero parts. A negative amount splits
 * as the negation of splitting its absolute value: {@code -100.00} in three is {@code -33.34, -33.33,
 * -33.33}, so the parts still sum to the whole and the larger parts (by size) still come first.
 *
 * <pre>
 *   MoneySplit.equally(Money.parse("EUR 100.00"), 3);          // [EUR 33.34, EUR 33.33, EUR 33.33]
 *   MoneySplit.equally(Money.parse("JPY 100"), 3);             // [JPY 34, JPY 33, JPY 33]
 *   MoneySplit.byRatios(Money.parse("USD 0.05"), 70, 30);      // [USD 0.04, USD 0.01]
 *   MoneySplit.byPercentages(Money.parse("BHD 1.000"),
 *       List.of(Percentage.parse("33.3"), Percentage.parse("33.3"), Percentage.parse("33.4")));
 *                                                              // [BHD 0.333, BHD 0.333, BHD 0.334]
 * </pre>
 *
 * <p>The rule is the one Martin Fowler's {@code Money.allocate} illustrates in <i>Patterns of
 * Enterprise Application Architecture</i> (Addison-Wesley, 2002, the "Money" pattern,
 * <a href="https://martinfowler.com/eaaCatalog/money.html">martinfowler.com/eaaCatalog/money.html</a>)
 * and the largest remainder method of seat apportionment
 * (<a href="https://en.wikipedia.org/wiki/Largest_remainder_method">Wikipedia: Largest remainder method</a>),
 * with minor units in place of seats.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MoneySplit {

    private MoneySplit() {
    }

    /**
     * Splits an amount into a number of equal parts; the first parts are one minor unit larger (in
     * size) when the amount does not divide exactly.
     *
     * @param amount the amount to split, any sign, not null
     * @param parts the number of parts, 1 or more
     * @return the parts, {@code parts} of them, summing exactly to the amount, not null
     * @throws NullPointerException if amount is null
     * @throws IllegalArgumentException if parts is less than 1
     */
    public static List<Money> equally(Money amount, int parts) {
        Objects.requireNonNull(amount, "amount");
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be 1 or more: " + parts);
        }
        BigInteger[] weights = new BigInteger[parts];
        Arrays.fill(weights, BigInteger.ONE);
        return split(amount, weights);
    }

    /**
     * Splits an amount in proportion to whole-number ratios, such as {@code 70, 30} or {@code 1, 2, 1}.
     *
     * @param amount the amount to split, any sign, not null
     * @param ratios the weights of the parts, in order, each zero or more, at least one positive, not null
     * @return one part per ratio, in the same order, summing exactly to the amount, not null
     * @throws NullPointerException if amount or ratios is null
     * @throws IllegalArgumentException if ratios is empty, holds a negative value or holds only zeros
     */
    public static List<Money> byRatios(Money amount, long... ratios) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(ratios, "ratios");
        BigInteger[] weights = new BigInteger[ratios.length];
        for (int i = 0; i < ratios.length; i++) {
            weights[i] = BigInteger.valueOf(ratios[i]);
        }
        checkWeights(weights, "ratios", Arrays.toString(ratios));
        return split(amount, weights);
    }

    /**
     * Splits an amount in proportion to decimal ratios, such as {@code 0.7, 0.3} or {@code 1.5, 2.25}.
     * The ratios are used exactly, whatever their scale.
     *
     * @param amount the amount to split, any sign, not null
     * @param ratios the weights of the parts, in order, each zero or more, at least one positive, not null,
     *     no null elements
     * @return one part per ratio, in the same order, summing exactly to the amount, not null
     * @throws NullPointerException if amount or ratios is null, or ratios holds null
     * @throws IllegalArgumentException if ratios is empty, holds a negative value or holds only zeros
     */
    public static List<Money> byRatios(Money amount, List<BigDecimal> ratios) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(ratios, "ratios");
        BigDecimal[] values = new BigDecimal[ratios.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Objects.requireNonNull(ratios.get(i), "ratios");
        }
        BigInteger[] weights = toIntegers(values);
        checkWeights(weights, "ratios", plainList(values));
        return split(amount, weights);
    }

    /**
     * Splits an amount by percentages that sum to exactly 100%, such as {@code 30%, 70%} or
     * {@code 33.3%, 33.3%, 33.4%}. A 0% part gets zero.
     *
     * @param amount the amount to split, any sign, not null
     * @param percentages the shares of the parts, in order, each zero or more, summing to exactly 100%,
     *     not null, no null elements
     * @return one part per percentage, in the same order, summing exactly to the amount, not null
     * @throws NullPointerException if amount or percentages is null, or percentages holds null
     * @throws IllegalArgumentException if percentages is empty, holds a negative value or does not sum to 100%
     */
    public static List<Money> byPercentages(Money amount, List<Percentage> percentages) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(percentages, "percentages");
        BigDecimal[] values = new BigDecimal[percentages.size()];
        Percentage sum = Percentage.ZERO;
        for (int i = 0; i < values.length; i++) {
            Percentage p = Objects.requireNonNull(percentages.get(i), "percentages");
            values[i] = p.getValue();
            sum = sum.plus(p);
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("percentages must not be empty: []");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i].signum() < 0) {
                throw new IllegalArgumentException("percentages[" + i + "] must not be negative: "
                        + percentages.get(i) + " in " + percentages);
            }
        }
        if (!sum.equals(Percentage.ONE_HUNDRED)) {
            throw new IllegalArgumentException("percentages must sum to 100%: " + percentages + " sums to " + sum);
        }
        return split(amount, toIntegers(values));
    }

    /** Scales decimal weights to integers by one common power of ten, exactly. */
    private static BigInteger[] toIntegers(BigDecimal[] values) {
        int scale = 0;
        for (BigDecimal v : values) {
            scale = Math.max(scale, v.stripTrailingZeros().scale());
        }
        BigInteger[] weights = new BigInteger[values.length];
        for (int i = 0; i < values.length; i++) {
            // exact: the scale is at least every value's own significant scale
            weights[i] = values[i].setScale(scale).unscaledValue();
        }
        return weights;
    }

    private static String plainList(BigDecimal[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(values[i].toPlainString());
        }
        return sb.append(']').toString();
    }

    private static void checkWeights(BigInteger[] weights, String field, String shown) {
        if (weights.length == 0) {
            throw new IllegalArgumentException(field + " must not be empty: " + shown);
        }
        boolean anyPositive = false;
        for (int i = 0; i < weights.length; i++) {
            int sign = weights[i].signum();
            if (sign < 0) {
                throw new IllegalArgumentException(field + "[" + i + "] must not be negative: " + weights[i]
                        + " in " + shown);
            }
            anyPositive |= sign > 0;
        }
        if (!anyPositive) {
            throw new IllegalArgumentException(field + " must hold at least one positive value: " + shown);
        }
    }

    /** The largest-remainder rule on non-negative weights with a positive total. */
    private static List<Money> split(Money amount, BigInteger[] weights) {
        CurrencyUnit currency = amount.getCurrencyUnit();
        // Money holds exactly the currency's scale, so the minor units are a whole number
        BigInteger minor = amount.getAmount().unscaledValue();
        boolean negative = minor.signum() < 0;
        BigInteger whole = minor.abs();
        BigInteger total = BigInteger.ZERO;
        for (BigInteger w : weights) {
            total = total.add(w);
        }
        BigInteger[] parts = LargestRemainder.split(whole, weights);
        int n = parts.length;
        List<Money> result = new ArrayList<>(n);
        for (BigInteger part : parts) {
            result.add(Money.of(currency, new BigDecimal(negative ? part.negate() : part, amount.getScale())));
        }
        return Collections.unmodifiableList(result);
    }
}
