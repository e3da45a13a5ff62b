package org.receivables.core.internal;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The largest-remainder (Hamilton) split of a whole number of units over weights, exact in integers:
 * the one implementation behind {@code MoneySplit} and the proportional allocation strategy.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * Splits a whole into parts proportional to the weights: each part is the floor of its exact
     * share, and the units left over go one each to the largest remainders, ties to the earlier index.
     * The parts sum to the whole and each is within one unit of its exact share.
     *
     * @param whole the units to split, zero or more
     * @param weights the weights, zero or more, summing to more than zero
     * @return the parts, in the order of the weights
     */
    public static BigInteger[] split(BigInteger whole, BigInteger[] weights) {
        BigInteger total = BigInteger.ZERO;
        for (BigInteger w : weights) {
            total = total.add(w);
        }
        int n = weights.length;
        BigInteger[] parts = new BigInteger[n];
        BigInteger[] remainders = new BigInteger[n];
        BigInteger given = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = whole.multiply(weights[i]).divideAndRemainder(total);
            parts[i] = qr[0];
            remainders[i] = qr[1];
            given = given.add(qr[0]);
        }
        // fewer than n units are left: the remainders sum to left * total, each below total
        int left = whole.subtract(given).intValueExact();
        if (left > 0) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            // largest remainder first; the sort is stable, so equal remainders keep the earlier index first
            Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
            for (int k = 0; k < left; k++) {
                parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
            }
        }
        return parts;
    }
}
