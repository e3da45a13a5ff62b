package org.receivables.core.allocation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;
import org.receivables.core.money.Percentage;

/**
 * How small a difference left open by a short payment may be written off: a fixed amount, a
 * percentage of the item's open amount, or both.
 *
 * <p>A difference is {@linkplain #allows(Money, Money) allowed} when it is at most the fixed amount
 * and at most the percentage of the open amount; so when both limits are given the lower one
 * applies. The boundary is inclusive, and the percentage limit is compared in exact decimals, never
 * rounded: 2% of EUR 10.01 is EUR 0.2002, so EUR 0.20 is allowed and EUR 0.21 is not.
 * {@link #none()} allows nothing.
 *
 * <pre>
 *   WriteOffTolerance t = WriteOffTolerance.of(Money.parse("EUR 5.00"), Percentage.of(1));
 *   t.allows(Money.parse("EUR 1.00"), Money.parse("EUR 100.00"));     // true: limit is min(5.00, 1.00)
 *   t.allows(Money.parse("EUR 1.01"), Money.parse("EUR 100.00"));     // false
 *   t.allows(Money.parse("EUR 5.00"), Money.parse("EUR 10000.00"));   // true: limit is min(5.00, 100.00)
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WriteOffTolerance {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final WriteOffTolerance NONE = ImmutableWriteOffTolerance.builder().build();

    WriteOffTolerance() {
    }

    /**
     * Gets the tolerance that allows no write-off at all.
     *
     * @return the empty tolerance
     */
    public static WriteOffTolerance none() {
        return NONE;
    }

    /**
     * Obtains a tolerance of a fixed amount.
     *
     * @param amount the greatest difference written off, zero or more, not null
     * @return the tolerance
     * @throws NullPointerException if amount is null
     * @throws IllegalArgumentException if amount is negative
     */
    public static WriteOffTolerance ofAmount(Money amount) {
        Objects.requireNonNull(amount, "amount");
        return ImmutableWriteOffTolerance.builder().amount(amount).build();
    }

    /**
     * Obtains a tolerance of a percentage of the item's open amount.
     *
     * @param percentage the greatest difference as a percentage of the open amount, 0% to 100%, not null
     * @return the tolerance
     * @throws NullPointerException if percentage is null
     * @throws IllegalArgumentException if percentage is below 0% or above 100%
     */
    public static WriteOffTolerance ofPercentage(Percentage percentage) {
        Objects.requireNonNull(percentage, "percentage");
        return ImmutableWriteOffTolerance.builder().percentage(percentage).build();
    }

    /**
     * Obtains a tolerance of a fixed amount and a percentage; the lower limit applies.
     *
     * @param amount the greatest difference written off, zero or more, not null
     * @param percentage the greatest difference as a percentage of the open amount, 0% to 100%, not null
     * @return the tolerance
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if amount is negative or percentage is below 0% or above 100%
     */
    public static WriteOffTolerance of(Money amount, Percentage percentage) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(percentage, "percentage");
        return ImmutableWriteOffTolerance.builder().amount(amount).percentage(percentage).build();
    }

    /**
     * Gets the fixed limit, if any.
     *
     * @return the greatest amount written off, or empty for no fixed limit
     */
    public abstract Optional<Money> getAmount();

    /**
     * Gets the percentage limit, if any.
     *
     * @return the greatest percentage of the open amount written off, or empty for no percentage limit
     */
    public abstract Optional<Percentage> getPercentage();

    /**
     * Checks whether this tolerance allows nothing, having neither limit.
     *
     * @return true for {@link #none()}
     */
    public boolean isNone() {
        return getAmount().isEmpty() && getPercentage().isEmpty();
    }

    /**
     * Checks whether a difference left open on an item may be written off: it is positive, at most
     * the fixed amount (if given) and at most the percentage of the open amount (if given), compared
     * exactly; {@link #none()} allows nothing.
     *
     * @param difference the amount the cash left open on the item, not null
     * @param openAmount the item's open amount before the cash was applied, not null
     * @return true if the difference may be written off
     * @throws NullPointerException if any argument is null
     * @throws CurrencyMismatchException if the difference, the open amount and the fixed limit are not in one currency
     */
    public boolean allows(Money difference, Money openAmount) {
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(openAmount, "openAmount");
        if (!difference.getCurrencyUnit().equals(openAmount.getCurrencyUnit())) {
            throw new CurrencyMismatchException(difference.getCurrencyUnit(), openAmount.getCurrencyUnit());
        }
        if (getAmount().isPresent() && !getAmount().get().getCurrencyUnit().equals(difference.getCurrencyUnit())) {
            throw new CurrencyMismatchException(difference.getCurrencyUnit(), getAmount().get().getCurrencyUnit());
        }
        if (isNone() || !difference.isPositive()) {
            return false;
        }
        if (getAmount().isPresent() && difference.isGreaterThan(getAmount().get())) {
            return false;
        }
        if (getPercentage().isPresent()) {
            BigDecimal limitTimesHundred = getPercentage().get().getValue().multiply(openAmount.getAmount());
            return difference.getAmount().multiply(HUNDRED).compareTo(limitTimesHundred) <= 0;
        }
        return true;
    }

    @Value.Check
    void check() {
        if (getAmount().isPresent() && getAmount().get().isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + getAmount().get());
        }
        if (getPercentage().isPresent() && (getPercentage().get().isNegative()
                || getPercentage().get().compareTo(Percentage.ONE_HUNDRED) > 0)) {
            throw new IllegalArgumentException("percentage must be between 0% and 100%: " + getPercentage().get());
        }
    }

    /**
     * Returns a description such as {@code "WriteOffTolerance{amount=EUR 5.00, percentage=1%}"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "WriteOffTolerance{amount=" + getAmount().map(Money::toString).orElse("none")
                + ", percentage=" + getPercentage().map(Percentage::toString).orElse("none") + "}";
    }
}
