package org.receivables.core.ledger;

import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.item.ItemRef;

/**
 * One line of an {@link AllocationPosted}: the amount of a payment or credit note applied to one open item,
 * with the early-payment discount taken and the small difference written off on that item.
 *
 * <p>The item's open amount falls by {@code amount + discount + writeOff}. The amounts are zero or
 * more, in one currency, and at least one is positive. The ledger does not judge whether a discount
 * was earned; the allocation engine does.
 *
 * <pre>
 *   ItemApplication a = ItemApplication.of(ItemRef.ofInstalment(InvoiceId.of("INV-1"), 1),
 *       Money.parse("EUR 980.00"), Money.parse("EUR 20.00"), Money.parse("EUR 0.00"));
 *   a.getSettled();   // EUR 1000.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ItemApplication {

    ItemApplication() {
    }

    /**
     * Obtains an application of an amount without discount or write-off.
     *
     * @param item the item, not null
     * @param amount the amount applied, positive, not null
     * @return the application
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if amount is not positive
     */
    public static ItemApplication of(ItemRef item, Money amount) {
        Objects.requireNonNull(amount, "amount");
        return of(item, amount, Money.zero(amount.getCurrencyUnit()), Money.zero(amount.getCurrencyUnit()));
    }

    /**
     * Obtains an application with a discount and a write-off.
     *
     * @param item the item, not null
     * @param amount the amount of the payment or credit note applied, zero or more, not null
     * @param discount the early-payment discount taken, zero or more, not null
     * @param writeOff the small difference written off, zero or more, not null
     * @return the application
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an amount is negative, or all are zero
     * @throws org.joda.money.CurrencyMismatchException if the amounts are in different currencies
     */
    public static ItemApplication of(ItemRef item, Money amount, Money discount, Money writeOff) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(writeOff, "writeOff");
        return ImmutableItemApplication.builder().item(item).amount(amount).discount(discount).writeOff(writeOff).build();
    }

    /**
     * Gets the item applied to.
     *
     * @return the item's ref, not null
     */
    public abstract ItemRef getItem();

    /**
     * Gets the amount of the payment or credit note applied.
     *
     * @return the amount, zero or more, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the early-payment discount taken.
     *
     * @return the discount, zero or more, not null
     */
    public abstract Money getDiscount();

    /**
     * Gets the small difference written off on the item.
     *
     * @return the write-off, zero or more, not null
     */
    public abstract Money getWriteOff();

    /**
     * Gets how much of the item this application settles: amount plus discount plus write-off.
     *
     * @return the settled amount, positive, not null
     */
    public Money getSettled() {
        return getAmount().plus(getDiscount()).plus(getWriteOff());
    }

    /**
     * Gets the currency.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    @Value.Check
    void check() {
        String owner = "application to " + getItem();
        LedgerChecks.notNegative(getAmount(), "amount", owner);
        LedgerChecks.notNegative(getDiscount(), "discount", owner);
        LedgerChecks.notNegative(getWriteOff(), "writeOff", owner);
        // Money.plus throws CurrencyMismatchException for a discount or write-off in another currency
        if (!getSettled().isPositive()) {
            throw new IllegalArgumentException("amount, discount and writeOff must not all be zero: " + getAmount()
                    + " in " + owner);
        }
    }
}
