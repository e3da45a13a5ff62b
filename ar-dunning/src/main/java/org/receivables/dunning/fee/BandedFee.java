package org.receivables.dunning.fee;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;

/**
 * A fee rule that charges a fixed sum chosen by the size of the overdue amount: a base fee for small
 * debts and a higher fee from each threshold upwards (thresholds inclusive).
 *
 * <p>The fixed sums of the UK Late Payment of Commercial Debts (Interest) Act 1998, section 5A, are:
 * <pre>
 *   BandedFee uk = BandedFee.of(Money.parse("GBP 40.00"))
 *       .withBand(Money.parse("GBP 1000.00"), Money.parse("GBP 70.00"))
 *       .withBand(Money.parse("GBP 10000.00"), Money.parse("GBP 100.00"));
 *   uk.feeFor(Money.parse("GBP 999.99"));     // GBP 40.00
 *   uk.feeFor(Money.parse("GBP 1000.00"));    // GBP 70.00
 *   uk.feeFor(Money.parse("GBP 9999.99"));    // GBP 70.00
 *   uk.feeFor(Money.parse("GBP 10000.00"));   // GBP 100.00
 * </pre>
 *
 * <p>Thresholds are positive, strictly increasing, and every amount is in one currency.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BandedFee implements FeeRule, Serializable {

    private static final long serialVersionUID = 1L;

    /** The thresholds, strictly increasing; the first band has none and starts at zero. */
    private final List<Money> thresholds;
    /** The fee of each band: one more than the thresholds. */
    private final List<Money> fees;

    private BandedFee(List<Money> thresholds, List<Money> fees) {
        this.thresholds = Collections.unmodifiableList(thresholds);
        this.fees = Collections.unmodifiableList(fees);
    }

    /**
     * Obtains a rule with a single band: the base fee, charged on every overdue amount.
     *
     * @param baseFee the fee for amounts below the first threshold, zero or more, not null
     * @return the rule, not null
     * @throws NullPointerException if baseFee is null
     * @throws IllegalArgumentException if baseFee is negative
     */
    public static BandedFee of(Money baseFee) {
        Fees.checkNotNegative("baseFee", baseFee);
        List<Money> fees = new ArrayList<>();
        fees.add(baseFee);
        return new BandedFee(new ArrayList<>(), fees);
    }

    /**
     * Returns a copy with one more band: the fee charged from a threshold (inclusive) upwards.
     *
     * @param fromInclusive the least overdue amount of the band, above the previous threshold, not null
     * @param fee the fee of the band, zero or more, not null
     * @return the extended rule, not null
     * @throws NullPointerException if fromInclusive or fee is null
     * @throws IllegalArgumentException if fee is negative, or fromInclusive is not positive or not
     *     above the previous threshold
     * @throws CurrencyMismatchException if an amount is not in the rule's currency
     */
    public BandedFee withBand(Money fromInclusive, Money fee) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Fees.checkNotNegative("fee", fee);
        Money base = fees.get(0);
        Fees.checkSameCurrency(base, fromInclusive);
        Fees.checkSameCurrency(base, fee);
        if (!fromInclusive.isPositive()) {
            throw new IllegalArgumentException("fromInclusive " + fromInclusive + " is not positive");
        }
        if (!thresholds.isEmpty() && !fromInclusive.isGreaterThan(thresholds.get(thresholds.size() - 1))) {
            throw new IllegalArgumentException("fromInclusive " + fromInclusive
                    + " is not above the previous threshold " + thresholds.get(thresholds.size() - 1));
        }
        List<Money> newThresholds = new ArrayList<>(thresholds);
        newThresholds.add(fromInclusive);
        List<Money> newFees = new ArrayList<>(fees);
        newFees.add(fee);
        return new BandedFee(newThresholds, newFees);
    }

    /**
     * Gets the thresholds, lowest first; empty when the rule has only its base fee.
     *
     * @return the thresholds, unmodifiable, not null
     */
    public List<Money> getThresholds() {
        return thresholds;
    }

    /**
     * Gets the fee of each band, the base fee first; one more than the thresholds.
     *
     * @return the fees, unmodifiable, not null
     */
    public List<Money> getFees() {
        return fees;
    }

    /**
     * Gets the fee of the band the overdue amount falls in: the band of the greatest threshold at or
     * below it, or the base fee.
     *
     * @param overdueAmount the amount overdue, zero or more, in the rule's currency, not null
     * @return the fee, not null
     * @throws NullPointerException if overdueAmount is null
     * @throws IllegalArgumentException if overdueAmount is negative
     * @throws CurrencyMismatchException if overdueAmount is not in the rule's currency
     */
    @Override
    public Money feeFor(Money overdueAmount) {
        Fees.checkOverdue(overdueAmount);
        Fees.checkSameCurrency(fees.get(0), overdueAmount);
        int band = 0;
        while (band < thresholds.size() && !overdueAmount.isLessThan(thresholds.get(band))) {
            band++;
        }
        return fees.get(band);
    }

    /**
     * Checks whether another object is a banded fee with equal thresholds and fees.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof BandedFee)) {
            return false;
        }
        BandedFee other = (BandedFee) obj;
        return thresholds.equals(other.thresholds) && fees.equals(other.fees);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return thresholds.hashCode() * 31 + fees.hashCode();
    }

    /**
     * Returns a description such as {@code "BandedFee[GBP 40.00, from GBP 1000.00: GBP 70.00]"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("BandedFee[").append(fees.get(0));
        for (int i = 0; i < thresholds.size(); i++) {
            b.append(", from ").append(thresholds.get(i)).append(": ").append(fees.get(i + 1));
        }
        return b.append(']').toString();
    }
}
