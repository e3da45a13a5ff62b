package org.receivables.core.terms;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One instalment of a due schedule: its number, due date, amount and early-payment discount tiers.
 *
 * <p>Discount tiers are ordered by last day, earliest first, and their rates fall strictly from one
 * tier to the next (3% within 14 days, then 2% within 20 days). Every discount is in the
 * instalment's currency and below its amount.
 *
 * <pre>
 *   Instalment i = Instalment.builder()
 *       .number(1).dueDate(LocalDate.parse("2024-03-21")).amount(Money.parse("EUR 1000.00"))
 *       .addDiscountTiers(DiscountTier.of(Percentage.of(2), LocalDate.parse("2024-03-01"), Money.parse("EUR 20.00")))
 *       .build();
 *   i.discountOn(LocalDate.parse("2024-02-25"));   // EUR 20.00
 *   i.discountOn(LocalDate.parse("2024-03-02"));   // EUR 0.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Instalment {

    Instalment() {
    }

    /**
     * Creates a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the instalment's number within its schedule, starting at 1.
     *
     * @return the number, 1 or more
     */
    public abstract int getNumber();

    /**
     * Gets the date by which the instalment is due; it is overdue from the day after.
     *
     * @return the due date, not null
     */
    public abstract LocalDate getDueDate();

    /**
     * Gets the amount due, before any discount.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the early-payment discount tiers, earliest last day first; empty if none.
     *
     * @return the tiers, not null
     */
    public abstract List<DiscountTier> getDiscountTiers();

    /**
     * Gets the currency of the amount.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    /**
     * Gets the discount a payment received on a date earns: the first tier whose last day is on or
     * after that date, or zero when no tier is open any more.
     *
     * @param paymentDate the date the payment was received, not null
     * @return the discount, zero or more, in the instalment's currency
     * @throws NullPointerException if paymentDate is null
     */
    public Money discountOn(LocalDate paymentDate) {
        Objects.requireNonNull(paymentDate, "paymentDate");
        for (DiscountTier tier : getDiscountTiers()) {
            if (tier.isAvailableOn(paymentDate)) {
                return tier.getDiscount();
            }
        }
        return Money.zero(getCurrency());
    }

    @Value.Check
    void check() {
        if (getNumber() < 1) {
            throw new IllegalArgumentException("number must be 1 or more: " + getNumber());
        }
        if (!getAmount().isPositive()) {
            throw new IllegalArgumentException("amount must be positive: " + getAmount());
        }
        DiscountTier previous = null;
        for (DiscountTier tier : getDiscountTiers()) {
            if (!tier.getDiscount().getCurrencyUnit().equals(getCurrency())) {
                throw new IllegalArgumentException("discount " + tier.getDiscount()
                        + " is not in the instalment's currency " + getCurrency());
            }
            if (!tier.getDiscount().isLessThan(getAmount())) {
                throw new IllegalArgumentException("discount " + tier.getDiscount()
                        + " must be below the instalment amount " + getAmount());
            }
            if (previous != null && (!tier.getLastDay().isAfter(previous.getLastDay())
                    || tier.getRate().compareTo(previous.getRate()) >= 0)) {
                throw new IllegalArgumentException("discountTiers must have later last days and lower rates in turn: "
                        + previous + " then " + tier);
            }
            previous = tier;
        }
    }

    /** Builds an {@link Instalment}; {@code number}, {@code dueDate} and {@code amount} are required. */
    public static final class Builder extends ImmutableInstalment.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
