package org.receivables.dunning.fee;

import java.io.Serializable;
import org.joda.money.Money;

/**
 * A fee rule that charges the same amount whatever the overdue amount, such as EUR 5.00 per reminder
 * or the EUR 40 compensation of the EU Late Payment Directive.
 *
 * <pre>
 *   FixedFee fee = FixedFee.of(Money.parse("EUR 40.00"));
 *   fee.feeFor(Money.parse("EUR 12.00"));       // EUR 40.00
 *   fee.feeFor(Money.parse("USD 12.00"));       // CurrencyMismatchException
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FixedFee implements FeeRule, Serializable {

    private static final long serialVersionUID = 1L;

    private final Money fee;

    private FixedFee(Money fee) {
        this.fee = fee;
    }

    /**
     * Obtains a rule that charges a fixed fee.
     *
     * @param fee the fee, zero or more, not null
     * @return the rule, not null
     * @throws NullPointerException if fee is null
     * @throws IllegalArgumentException if fee is negative
     */
    public static FixedFee of(Money fee) {
        return new FixedFee(Fees.checkNotNegative("fee", fee));
    }

    /**
     * Gets the fee this rule charges.
     *
     * @return the fee, zero or more, not null
     */
    public Money getFee() {
        return fee;
    }

    /**
     * Gets the fixed fee, whatever the overdue amount.
     *
     * @param overdueAmount the amount overdue, zero or more, in the fee's currency, not null
     * @return the fixed fee, not null
     * @throws NullPointerException if overdueAmount is null
     * @throws IllegalArgumentException if overdueAmount is negative
     * @throws org.joda.money.CurrencyMismatchException if overdueAmount is not in the fee's currency
     */
    @Override
    public Money feeFor(Money overdueAmount) {
        Fees.checkOverdue(overdueAmount);
        Fees.checkSameCurrency(fee, overdueAmount);
        return fee;
    }

    /**
     * Checks whether another object is a fixed fee of an equal amount.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || (obj instanceof FixedFee && fee.equals(((FixedFee) obj).fee));
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return fee.hashCode();
    }

    /**
     * Returns a description such as {@code "FixedFee[EUR 40.00]"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "FixedFee[" + fee + "]";
    }
}
