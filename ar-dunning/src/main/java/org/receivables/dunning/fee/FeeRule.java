package org.receivables.dunning.fee;

import org.joda.money.Money;
import org.receivables.core.money.Percentage;

/**
 * A rule that gives the fee for an overdue amount, such as a fixed EUR 5.00 per reminder or 1% of
 * the overdue amount with a minimum and a maximum.
 *
 * <pre>
 *   FeeRule.fixed(Money.parse("EUR 5.00")).feeFor(Money.parse("EUR 1234.56"));      // EUR 5.00
 *   PercentageFee.builder().rate(Percentage.of(1))
 *       .minimum(Money.parse("EUR 2.50")).maximum(Money.parse("EUR 50.00")).build()
 *       .feeFor(Money.parse("EUR 120.00"));                                         // EUR 2.50
 * </pre>
 *
 * <p>A rule computes an amount only. It does not know how often it has been applied: the dunning
 * engine charges each fee at most once per item (or per notice) and level, however often it runs,
 * and records fees in the ledger as charges.
 *
 * <p>Every implementation must guarantee that {@link #feeFor(Money)} returns an amount of zero or
 * more in the overdue amount's currency, rounded to that currency's decimal places; that it depends
 * on its argument only (no clock, locale or zone); that it throws the exceptions documented below;
 * and that it is immutable and thread-safe.
 */
public interface FeeRule {

    /**
     * Gets the fee for an overdue amount.
     *
     * @param overdueAmount the amount overdue, zero or more, not null
     * @return the fee, zero or more, in the overdue amount's currency, not null
     * @throws NullPointerException if overdueAmount is null
     * @throws IllegalArgumentException if overdueAmount is negative
     * @throws org.joda.money.CurrencyMismatchException if the rule holds amounts in another currency
     */
    Money feeFor(Money overdueAmount);

    /**
     * Obtains a rule that charges the same fee whatever the overdue amount.
     *
     * @param fee the fee, zero or more, not null
     * @return the rule, not null
     * @throws NullPointerException if fee is null
     * @throws IllegalArgumentException if fee is negative
     */
    static FixedFee fixed(Money fee) {
        return FixedFee.of(fee);
    }

    /**
     * Obtains a rule that charges a percentage of the overdue amount, rounded half-even to the
     * currency's decimal places, with no minimum or maximum.
     *
     * @param rate the rate, zero or more, not null
     * @return the rule, not null
     * @throws NullPointerException if rate is null
     * @throws IllegalArgumentException if rate is negative
     */
    static PercentageFee percentage(Percentage rate) {
        return PercentageFee.of(rate);
    }
}
