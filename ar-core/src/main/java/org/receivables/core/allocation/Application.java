package org.receivables.core.allocation;

import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;
import org.receivables.core.item.ItemRef;

/**
 * One line of an allocation: the cash applied to one open item and the early-payment discount taken
 * on it. Together they are what the line {@linkplain #getSettled() settles}.
 *
 * <pre>
 *   Application a = Application.of(ItemRef.parse("INV-1#1"), Money.parse("EUR 980.00"), Money.parse("EUR 20.00"));
 *   a.getSettled();   // EUR 1000.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Application {

    Application() {
    }

    /**
     * Obtains an application.
     *
     * @param itemRef the item, not null
     * @param amount the cash applied, positive, not null
     * @param discount the discount taken, zero or more, in the amount's currency, not null
     * @return the application
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if amount is not positive or discount is negative
     * @throws CurrencyMismatchException if the currencies differ
     */
    public static Application of(ItemRef itemRef, Money amount, Money discount) {
        Objects.requireNonNull(itemRef, "itemRef");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(discount, "discount");
        return ImmutableApplication.of(itemRef, amount, discount);
    }

    /**
     * Gets the item the cash is applied to.
     *
     * @return the item's ref, not null
     */
    @Value.Parameter
    public abstract ItemRef getItemRef();

    /**
     * Gets the cash applied to the item.
     *
     * @return the amount, positive, not null
     */
    @Value.Parameter
    public abstract Money getAmount();

    /**
     * Gets the early-payment discount taken on the item.
     *
     * @return the discount, zero or more, not null
     */
    @Value.Parameter
    public abstract Money getDiscount();

    /**
     * Gets what this line settles of the item: the amount plus the discount.
     *
     * @return the settled amount, positive, not null
     */
    public Money getSettled() {
        return getAmount().plus(getDiscount());
    }

    @Value.Check
    void check() {
        if (!getAmount().isPositive()) {
            throw new IllegalArgumentException("amount must be positive: " + getAmount() + " for item " + getItemRef());
        }
        if (!getAmount().getCurrencyUnit().equals(getDiscount().getCurrencyUnit())) {
            throw new CurrencyMismatchException(getAmount().getCurrencyUnit(),
                    getDiscount().getCurrencyUnit());
        }
        if (getDiscount().isNegative()) {
            throw new IllegalArgumentException("discount must not be negative: " + getDiscount() + " for item "
                    + getItemRef());
        }
    }
}
