package org.receivables.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.receivables.core.testing.CoreGen;

/**
 * The largest-remainder split: worked examples, classic cases, properties and bad input.
 *
 * <p>Worked examples come from two public sources, recomputed by hand here:
 * <ul>
 *   <li>Wikipedia, "Largest remainder method", the Hare-quota example (10 seats, votes 47,000 /
 *       16,000 / 15,800 / 12,000 / 6,100 / 3,100),
 *       <a href="https://en.wikipedia.org/wiki/Largest_remainder_method">https://en.wikipedia.org/wiki/Largest_remainder_method</a>;</li>
 *   <li>Martin Fowler, <i>Patterns of Enterprise Application Architecture</i> (Addison-Wesley, 2002),
 *       the "Money" pattern's allocation of 5 cents 70:30,
 *       <a href="https://martinfowler.com/eaaCatalog/money.html">https://martinfowler.com/eaaCatalog/money.html</a>.</li>
 * </ul>
 */
class MoneySplitTest {

    private static final CurrencyUnit JPY = CurrencyUnit.of("JPY");
    private static final CurrencyUnit BHD = CurrencyUnit.of("BHD");

    // ---- worked examples ----

    /**
     * Wikipedia's Hare-quota example with seats as yen: quota = 100,000 / 10 = 10,000 votes; the
     * quotients 4.70, 1.60, 1.58, 1.20, 0.61, 0.31 give 4+1+1+1+0+0 = 7 seats at once; the three left
     * go to the largest remainders 0.70, 0.61 and 0.60: 5, 2, 1, 1, 1, 0.
     */
    @Test
    void byRatios_wikipediaHareQuotaExample() {
        List<Money> parts = MoneySplit.byRatios(Money.ofMinor(JPY, 10), 47_000, 16_000, 15_800, 12_000, 6_100, 3_100);
        assertEquals(minors(JPY, 5, 2, 1, 1, 1, 0), parts);
    }

    /**
     * Fowler's allocation of 5 cents 70:30: exact shares 3.5 and 1.5 cents; both floors (3 and 1)
     * leave 1 cent; the remainders tie at 0.5, so the earlier part gets it: 4 and 1 cents.
     */
    @Test
    void byRatios_fowlerFiveCentsSeventyThirty() {
        assertEquals(minors(CurrencyUnit.USD, 4, 1), MoneySplit.byRatios(Money.parse("USD 0.05"), 70, 30));
        assertEquals(minors(CurrencyUnit.USD, 4, 1),
                MoneySplit.byRatios(Money.parse("USD 0.05"), List.of(new BigDecimal("0.7"), new BigDecimal("0.3"))));
    }

    // ---- equally ----

    @Test
    void equally_classicThirdsInZeroTwoAndThreeDecimalCurrencies() {
        assertEquals(List.of(Money.parse("EUR 33.34"), Money.parse("EUR 33.33"), Money.parse("EUR 33.33")),
                MoneySplit.equally(Money.parse("EUR 100.00"), 3));
        assertEquals(List.of(Money.parse("JPY 34"), Money.parse("JPY 33"), Money.parse("JPY 33")),
                MoneySplit.equally(Money.parse("JPY 100"), 3));
        assertEquals(List.of(Money.parse("BHD 0.334"), Money.parse("BHD 0.333"), Money.parse("BHD 0.333")),
                MoneySplit.equally(Money.parse("BHD 1.000"), 3));
    }

    @Test
    void equally_negativeAmountIsTheNegationOfTheSplitOfItsSize() {
        assertEquals(List.of(Money.parse("EUR -33.34"), Money.parse("EUR -33.33"), Money.parse("EUR -33.33")),
                MoneySplit.equally(Money.parse("EUR -100.00"), 3));
    }

    @Test
    void equally_zeroAndTooSmallAmounts() {
        assertEquals(minors(CurrencyUnit.EUR, 0, 0), MoneySplit.equally(Money.zero(CurrencyUnit.EUR), 2));
        assertEquals(minors(CurrencyUnit.EUR, 1, 1, 0, 0, 0), MoneySplit.equally(Money.parse("EUR 0.02"), 5));
        assertEquals(List.of(Money.parse("EUR 7.77")), MoneySplit.equally(Money.parse("EUR 7.77"), 1));
    }

    @Test
    void equally_partsDifferByAtMostOneMinorUnitLargerFirst() {
        qt().forAll(amounts(), integers().between(1, 40)).check((amount, n) -> {
            List<Money> parts = MoneySplit.equally(amount, n);
            if (parts.size() != n || !sum(parts, amount.getCurrencyUnit()).isEqual(amount)) {
                return false;
            }
            for (int i = 1; i < n; i++) {
                long before = parts.get(i - 1).abs().getAmountMinorLong();
                long after = parts.get(i).abs().getAmountMinorLong();
                if (before < after || before - after > 1) {
                    return false;
                }
            }
            return true;
        });
    }

    // ---- byRatios ----

    @Test
    void byRatios_zeroRatioGetsZeroAndOrderIsKept() {
        assertEquals(minors(CurrencyUnit.EUR, 0, 25, 0, 75), MoneySplit.byRatios(Money.parse("EUR 1.00"), 0, 1, 0, 3));
        assertEquals(minors(CurrencyUnit.EUR, 75, 25), MoneySplit.byRatios(Money.parse("EUR 1.00"), 3, 1));
    }

    @Test
    void byRatios_tieGoesToTheEarliestPart() {
        // 1 cent by 1:1:1 - all remainders equal, the first part gets it
        assertEquals(minors(CurrencyUnit.EUR, 1, 0, 0), MoneySplit.byRatios(Money.parse("EUR 0.01"), 1, 1, 1));
        // 2 cents by 1:2:1:2 (total 6): shares 1/3, 2/3, 1/3, 2/3 - the two larger remainders win, in order
        assertEquals(minors(CurrencyUnit.EUR, 0, 1, 0, 1), MoneySplit.byRatios(Money.parse("EUR 0.02"), 1, 2, 1, 2));
    }

    @Test
    void byRatios_hugeAmountsAndRatiosDoNotOverflow() {
        Money whole = Money.ofMinor(JPY, Long.MAX_VALUE);
        List<Money> parts = MoneySplit.byRatios(whole, Long.MAX_VALUE, Long.MAX_VALUE - 1, 1);
        assertTrue(sum(parts, JPY).isEqual(whole));
        assertTrue(checkLargestRemainder(whole, List.of(BigInteger.valueOf(Long.MAX_VALUE),
                BigInteger.valueOf(Long.MAX_VALUE - 1), BigInteger.ONE), parts));
        Money negative = Money.ofMinor(JPY, Long.MIN_VALUE);
        assertTrue(sum(MoneySplit.byRatios(negative, 3, 7), JPY).isEqual(negative));
    }

    @Test
    void byRatios_partsSumToTheWholeAndFollowTheLargestRemainderRule() {
        qt().forAll(amounts(), ratios()).check((amount, ratios) -> {
            List<Money> parts = MoneySplit.byRatios(amount, toArray(ratios));
            return parts.size() == ratios.size()
                    && sum(parts, amount.getCurrencyUnit()).isEqual(amount)
                    && checkLargestRemainder(amount, toBig(ratios), parts);
        });
    }

    @Test
    void byRatios_scalingTheRatiosChangesNothing() {
        qt().forAll(amounts(), ratios(), longs().between(1, 1_000_000), integers().between(0, 8)).check((amount, r, k, s) -> {
            List<Money> plain = MoneySplit.byRatios(amount, toArray(r));
            List<Long> scaled = new ArrayList<>();
            List<BigDecimal> decimals = new ArrayList<>();
            for (long x : r) {
                scaled.add(x * k);
                decimals.add(BigDecimal.valueOf(x, s)); // x / 10^s
            }
            return plain.equals(MoneySplit.byRatios(amount, toArray(scaled)))
                    && plain.equals(MoneySplit.byRatios(amount, decimals));
        });
    }

    @Test
    void byRatios_negativeAmountSplitsAsTheNegationOfItsSize() {
        qt().forAll(amounts(), ratios()).check((amount, r) -> {
            List<Money> direct = MoneySplit.byRatios(amount.negated(), toArray(r));
            List<Money> viaSize = MoneySplit.byRatios(amount, toArray(r));
            for (int i = 0; i < r.size(); i++) {
                if (!direct.get(i).isEqual(viaSize.get(i).negated())) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void byRatios_isDeterministic() {
        qt().forAll(amounts(), ratios()).check((amount, r) ->
                MoneySplit.byRatios(amount, toArray(r)).equals(MoneySplit.byRatios(amount, toArray(r))));
    }

    // ---- byPercentages ----

    @Test
    void byPercentages_examples() {
        assertEquals(List.of(Money.parse("BHD 0.333"), Money.parse("BHD 0.333"), Money.parse("BHD 0.334")),
                MoneySplit.byPercentages(Money.parse("BHD 1.000"),
                        List.of(Percentage.parse("33.3"), Percentage.parse("33.3"), Percentage.parse("33.4"))));
        // JPY 1001 by 50/50: 500.5 each; tie, the first gets the extra yen
        assertEquals(minors(JPY, 501, 500),
                MoneySplit.byPercentages(Money.parse("JPY 1001"), List.of(Percentage.of(50), Percentage.of(50))));
        assertEquals(minors(CurrencyUnit.EUR, 0, 1000),
                MoneySplit.byPercentages(Money.parse("EUR 10.00"), List.of(Percentage.ZERO, Percentage.ONE_HUNDRED)));
    }

    @Test
    void byPercentages_givesTheSameAsTheEquivalentRatios() {
        qt().forAll(amounts(), percentages()).check((amount, pcts) -> {
            List<BigDecimal> ratios = new ArrayList<>();
            for (Percentage p : pcts) {
                ratios.add(p.getValue());
            }
            List<Money> parts = MoneySplit.byPercentages(amount, pcts);
            return sum(parts, amount.getCurrencyUnit()).isEqual(amount)
                    && parts.equals(MoneySplit.byRatios(amount, ratios));
        });
    }

    // ---- bad input ----

    @Test
    void badInputIsRefusedNamingFieldAndValue() {
        Money m = Money.parse("EUR 10.00");
        assertEquals("amount", assertThrows(NullPointerException.class, () -> MoneySplit.equally(null, 2)).getMessage());
        assertEquals("amount", assertThrows(NullPointerException.class, () -> MoneySplit.byRatios(null, 1, 2)).getMessage());
        assertEquals("ratios", assertThrows(NullPointerException.class, () -> MoneySplit.byRatios(m, (long[]) null)).getMessage());
        assertEquals("ratios", assertThrows(NullPointerException.class,
                () -> MoneySplit.byRatios(m, (List<BigDecimal>) null)).getMessage());
        assertEquals("ratios", assertThrows(NullPointerException.class,
                () -> MoneySplit.byRatios(m, Arrays.asList(BigDecimal.ONE, null))).getMessage());
        assertEquals("percentages", assertThrows(NullPointerException.class,
                () -> MoneySplit.byPercentages(m, null)).getMessage());
        assertEquals("percentages", assertThrows(NullPointerException.class,
                () -> MoneySplit.byPercentages(m, Arrays.asList(Percentage.ONE_HUNDRED, null))).getMessage());

        assertRefused(() -> MoneySplit.equally(m, 0), "parts", "0");
        assertRefused(() -> MoneySplit.equally(m, -3), "parts", "-3");
        assertRefused(() -> MoneySplit.byRatios(m), "ratios", "[]");
        assertRefused(() -> MoneySplit.byRatios(m, List.of()), "ratios", "[]");
        assertRefused(() -> MoneySplit.byRatios(m, 1, -2), "ratios[1]", "-2");
        assertRefused(() -> MoneySplit.byRatios(m, List.of(new BigDecimal("0.5"), new BigDecimal("-0.25"))),
                "ratios[1]", "-0.25");
        assertRefused(() -> MoneySplit.byRatios(m, 0, 0), "ratios", "[0, 0]");
        assertRefused(() -> MoneySplit.byRatios(m, List.of(new BigDecimal("0.00"))), "ratios", "[0.00]");
        assertRefused(() -> MoneySplit.byPercentages(m, List.of()), "percentages", "[]");
        assertRefused(() -> MoneySplit.byPercentages(m, List.of(Percentage.of(50), Percentage.of(40))),
                "percentages", "sums to 90%");
        assertRefused(() -> MoneySplit.byPercentages(m, List.of(Percentage.parse("60"), Percentage.parse("40.01"))),
                "percentages", "sums to 100.01%");
        assertRefused(() -> MoneySplit.byPercentages(m, List.of(Percentage.of(110), Percentage.of(-10))),
                "percentages[1]", "-10%");
    }

    @Test
    void resultsCannotBeModified() {
        List<Money> parts = MoneySplit.equally(Money.parse("EUR 1.00"), 2);
        assertThrows(UnsupportedOperationException.class, () -> parts.set(0, Money.parse("EUR 1.00")));
    }

    // ---- helpers ----

    private static void assertRefused(org.junit.jupiter.api.function.Executable call, String field, String value) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, call);
        assertTrue(ex.getMessage().startsWith(field), ex.getMessage());
        assertTrue(ex.getMessage().contains(value), ex.getMessage());
    }

    /**
     * Checks the defining facts of the largest-remainder rule with exact integers: each part is the
     * floor or the floor plus one of its exact share (in size), and every part that got the extra
     * unit has a larger remainder than every part that did not, or an equal one and an earlier place.
     */
    private static boolean checkLargestRemainder(Money amount, List<BigInteger> weights, List<Money> parts) {
        BigInteger whole = amount.getAmountMinor().toBigIntegerExact().abs();
        int sign = amount.getAmount().signum();
        BigInteger total = weights.stream().reduce(BigInteger.ZERO, BigInteger::add);
        int n = weights.size();
        BigInteger[] remainder = new BigInteger[n];
        boolean[] extra = new boolean[n];
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = whole.multiply(weights.get(i)).divideAndRemainder(total);
            BigInteger part = parts.get(i).getAmountMinor().toBigIntegerExact();
            BigInteger size = sign < 0 ? part.negate() : part;
            if (size.signum() < 0 && whole.signum() != 0) {
                return false;
            }
            remainder[i] = qr[1];
            if (size.equals(qr[0].add(BigInteger.ONE))) {
                extra[i] = true;
                if (qr[1].signum() == 0) {
                    return false; // an exact share never gets an extra unit
                }
            } else if (!size.equals(qr[0])) {
                return false; // more than one minor unit from the exact share
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (extra[i] && !extra[j]) {
                    int c = remainder[i].compareTo(remainder[j]);
                    if (c < 0 || (c == 0 && i > j)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Amounts in 0-, 2- and 3-decimal currencies: mostly small (so remainders matter), some huge, any sign. */
    private static Gen<Money> amounts() {
        return CoreGen.currencies().flatMap(c -> longs().between(-2_000, 2_000)
                .mix(longs().between(-1_000_000_000_000L, 1_000_000_000_000L))
                .mix(longs().all(), 10)
                .map(minor -> Money.ofMinor(c, minor)));
    }

    /** Non-negative whole ratios, 1 to 12 of them, at least one positive (set constructively). */
    private static Gen<List<Long>> ratios() {
        Gen<List<Long>> small = lists().of(longs().between(0, 6)).ofSizeBetween(1, 12);
        Gen<List<Long>> wide = lists().of(longs().between(0, 1_000_000_000L)).ofSizeBetween(1, 12);
        return small.mix(wide).zip(integers().between(0, 11), longs().between(1, 6), (list, at, positive) -> {
            List<Long> r = new ArrayList<>(list);
            r.set(at % r.size(), positive);
            return r;
        });
    }

    /** Percentages with up to 2 decimals summing to exactly 100: cuts of 100.00 at random points. */
    private static Gen<List<Percentage>> percentages() {
        return lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 9).map(cuts -> {
            List<Integer> sorted = new ArrayList<>(cuts);
            Collections.sort(sorted);
            sorted.add(10_000);
            List<Percentage> result = new ArrayList<>();
            int previous = 0;
            for (int cut : sorted) {
                result.add(Percentage.of(BigDecimal.valueOf(cut - previous, 2)));
                previous = cut;
            }
            return result;
        });
    }

    private static long[] toArray(List<Long> list) {
        return list.stream().mapToLong(Long::longValue).toArray();
    }

    private static List<BigInteger> toBig(List<Long> list) {
        List<BigInteger> result = new ArrayList<>();
        for (long x : list) {
            result.add(BigInteger.valueOf(x));
        }
        return result;
    }

    private static List<Money> minors(CurrencyUnit currency, long... minors) {
        List<Money> result = new ArrayList<>();
        for (long m : minors) {
            result.add(Money.ofMinor(currency, m));
        }
        return result;
    }

    private static Money sum(List<Money> parts, CurrencyUnit currency) {
        Money total = Money.zero(currency);
        for (Money p : parts) {
            total = total.plus(p);
        }
        return total;
    }
}
