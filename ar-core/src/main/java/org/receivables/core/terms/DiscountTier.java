package org.receivables.core.terms;

import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.receivables.core.money.Percentage;

/**
 * One early-payment discount window of an instalment, resolved to dates and money: pay on or before
 * {@linkplain #getLastDay() the last day} and {@linkplain #getDiscount() the discount} may be deducted.
 *
 * <p>The last day is inclusive: a payment received on it earns the discount, one received the day
 * after does not. The discount is the {@linkplain #getRate() rate} of the instalment's amount,
 * rounded to the currency's decimal places by the terms' rounding mode.
 *
 * <pre>
 *   // 2/10 Net 30 on an invoice of EUR 1000.00 dated 2024-02-20
 *   DiscountTier tier = DiscountTier.of(Percentage.of(2), LocalDate.parse("2024-03-01"), Money.parse("EUR 20.00"));
 *   tier.isAvailableOn(LocalDate.parse("2024-03-01"));   // true
 *   tier.isAvailableOn(LocalDate.parse("2024-03-02"));   // false
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DiscountTier {

    DiscountTier() {
    }

    /**
     * Obtains a discount tier.
     *
     * @param rate the discount rate, above 0% and below 100%, not null
     * @param lastDay the last day a payment earns the discount, inclusive, not null
     * @param discount the discount amount, zero or more, not null
     * @return the tier
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the rate is not above 0% and below 100%, or the discount is negative
     */
    public static DiscountTier of(Percentage rate, LocalDate lastDay, Money discount) {
        return ImmutableDiscountTier.of(rate, lastDay, discount);
    }

    /**
     * Gets the discount rate, above 0% and below 100%.
     *
     * @return the rate, not null
     */
    @Value.Parameter
    public abstract Percentage getRate();

    /**
     * Gets the last day on which a payment earns this discount, inclusive.
     *
     * @return the last day, not null
     */
    @Value.Parameter
    public abstract LocalDate getLastDay();

    /**
     * Gets the discount amount: the rate of the instalment's amount, rounded to the currency's scale.
     *
     * @return the discount, zero or more, not null
     */
    @Value.Parameter
    public abstract Money getDiscount();

    /**
     * Checks whether a payment received on a date earns this discount (the last day counts).
     *
     * @param paymentDate the date the payment was received, not null
     * @return true if paymentDate is on or before the last day
     * @throws NullPointerException if paymentDate is null
     */
    public boolean isAvailableOn(LocalDate paymentDate) {
        Objects.requireNonNull(paymentDate, "paymentDate");
        return !paymentDate.isAfter(getLastDay());
    }

    @Value.Check
    void check() {
        if (getRate().compareTo(Percentage.ZERO) <= 0 || getRate().compareTo(Percentage.ONE_HUNDRED) >= 0) {
            throw new IllegalArgumentException("discount rate must be above 0% and below 100%: " + getRate());
        }
        if (getDiscount().isNegative()) {
            throw new IllegalArgumentException("discount must not be negative: " + getDiscount());
        }
    }
}
