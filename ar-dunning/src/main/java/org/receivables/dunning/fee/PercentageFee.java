package org.receivables.dunning.fee;

import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;
import org.receivables.core.money.Percentage;

/**
 * A fee rule that charges a percentage of the overdue amount, rounded once to the currency's decimal
 * places, then raised to an optional minimum and lowered to an optional maximum.
 *
 * <pre>
 *   PercentageFee fee = PercentageFee.builder()
 *       .rate(Percentage.parse("1.5"))
 *       .minimum(Money.parse("EUR 5.00"))
 *       .maximum(Money.parse("EUR 100.00"))
 *       .build();                                   // rounding HALF_EVEN unless set
 *   fee.feeFor(Money.parse("EUR 200.00"));          // EUR 5.00   (3.00 is below the minimum)
 *   fee.feeFor(Money.parse("EUR 1234.50"));         // EUR 18.52  (18.5175 rounded half-even)
 *   fee.feeFor(Money.parse("EUR 10000.00"));        // EUR 100.00 (150.00 is above the maximum)
 * </pre>
 *
 * <p>The rate, minimum and maximum are zero or more, the minimum is not above the maximum, and both
 * are in one currency. A rule without a minimum or maximum works in any currency; a rule with one
 * refuses overdue amounts in another currency.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PercentageFee implements FeeRule {

    PercentageFee() {
    }

    /**
     * Creates a builder; {@code rate} is required.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a rule that charges a percentage with no minimum or maximum, rounded half-even.
     *
     * @param rate the rate, zero or more, not null
     * @return the rule, not null
     * @throws NullPointerException if rate is null
     * @throws IllegalArgumentException if rate is negative
     */
    public static PercentageFee of(Percentage rate) {
        Objects.requireNonNull(rate, "rate");
        return builder().rate(rate).build();
    }

    /**
     * Gets the percentage of the overdue amount charged.
     *
     * @return the rate, zero or more, not null
     */
    public abstract Percentage getRate();

    /**
     * Gets the least fee charged, if any.
     *
     * @return the minimum, zero or more, not null
     */
    public abstract Optional<Money> getMinimum();

    /**
     * Gets the greatest fee charged, if any.
     *
     * @return the maximum, zero or more, not null
     */
    public abstract Optional<Money> getMaximum();

    /**
     * Gets how the percentage is rounded to the currency's decimal places: {@code HALF_EVEN} unless set.
     *
     * @return the rounding mode, not null
     */
    @Value.Default
    public RoundingMode getRounding() {
        return Percentage.DEFAULT_ROUNDING;
    }

    /**
     * Gets the fee for an overdue amount: the rate applied to it, rounded once, then kept within the
     * minimum and maximum.
     *
     * @param overdueAmount the amount overdue, zero or more, not null
     * @return the fee, zero or more, in the overdue amount's currency, not null
     * @throws NullPointerException if overdueAmount is null
     * @throws IllegalArgumentException if overdueAmount is negative, or the rounding is
     *     {@code UNNECESSARY} and the fee is not exact
     * @throws CurrencyMismatchException if a minimum or maximum is set in another currency
     */
    @Override
    public Money feeFor(Money overdueAmount) {
        Fees.checkOverdue(overdueAmount);
        getMinimum().ifPresent(min -> Fees.checkSameCurrency(min, overdueAmount));
        getMaximum().ifPresent(max -> Fees.checkSameCurrency(max, overdueAmount));
        Money fee = getRate().applyTo(overdueAmount, getRounding());
        if (getMinimum().isPresent() && fee.isLessThan(getMinimum().get())) {
            fee = getMinimum().get();
        }
        if (getMaximum().isPresent() && fee.isGreaterThan(getMaximum().get())) {
            fee = getMaximum().get();
        }
        return fee;
    }

    @Value.Check
    void check() {
        if (getRate().isNegative()) {
            throw new IllegalArgumentException("rate " + getRate() + " is negative");
        }
        getMinimum().ifPresent(min -> Fees.checkNotNegative("minimum", min));
        getMaximum().ifPresent(max -> Fees.checkNotNegative("maximum", max));
        if (getMinimum().isPresent() && getMaximum().isPresent()) {
            Money min = getMinimum().get();
            Money max = getMaximum().get();
            if (!min.getCurrencyUnit().equals(max.getCurrencyUnit())) {
                throw new CurrencyMismatchException(min.getCurrencyUnit(), max.getCurrencyUnit());
            }
            if (min.isGreaterThan(max)) {
                throw new IllegalArgumentException("minimum " + min + " is above maximum " + max);
            }
        }
    }

    /** Builds a {@link PercentageFee}; {@code rate} is required, the rest optional. */
    public static final class Builder extends ImmutablePercentageFee.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
