package org.receivables.core.item;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.terms.DiscountTier;

/**
 * An item a customer still owes, as cash application sees it: an invoice instalment or a charge,
 * with its dates, its original and open amounts, its early-payment discount tiers and the texts a
 * payer may quote to name it.
 *
 * <p>Facts true of every item: the due date is not before the issue date; the original and open
 * amounts are positive, in one currency, and the open amount is not above the original; a charge
 * has no discount tiers; discount tiers are in the item's currency, below the original amount, with
 * later last days and lower rates in turn; remittance keys are not blank.
 *
 * <p>An item is {@linkplain #isPartlyPaid() partly paid} when its open amount is below its original
 * amount: some earlier payment, credit note or write-off has been applied to it, and it no longer
 * earns an early-payment discount.
 *
 * <pre>
 *   OpenItem item = OpenItem.builder()
 *       .ref(ItemRef.ofInstalment(InvoiceId.of("INV-1"), 1))
 *       .customerId(CustomerId.of("C-1"))
 *       .issueDate(LocalDate.parse("2024-02-20")).dueDate(LocalDate.parse("2024-03-21"))
 *       .originalAmount(Money.parse("EUR 1000.00")).openAmount(Money.parse("EUR 1000.00"))
 *       .addDiscountTiers(DiscountTier.of(Percentage.of(2), LocalDate.parse("2024-03-01"), Money.parse("EUR 20.00")))
 *       .addRemittanceKeys("INV-1", "PO-4711")
 *       .build();
 *   item.discountOn(LocalDate.parse("2024-03-01"));   // EUR 20.00
 *   item.daysPastDue(LocalDate.parse("2024-03-31"));  // 10
 *   item.isOverdueOn(LocalDate.parse("2024-03-21"));  // false, the due date itself is not overdue
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpenItem {

    OpenItem() {
    }

    /**
     * Creates a builder; {@code ref}, {@code customerId}, {@code issueDate}, {@code dueDate},
     * {@code originalAmount} and {@code openAmount} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the identity of the item.
     *
     * @return the ref, not null
     */
    public abstract ItemRef getRef();

    /**
     * Gets the customer who owes the item.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the date the item was issued: the invoice date of an instalment, the posting date of a charge.
     *
     * @return the issue date, not null
     */
    public abstract LocalDate getIssueDate();

    /**
     * Gets the date by which the item is due; it is overdue from the day after.
     *
     * @return the due date, not before the issue date, not null
     */
    public abstract LocalDate getDueDate();

    /**
     * Gets the amount originally owed, before any payment, credit or discount.
     *
     * @return the original amount, positive, not null
     */
    public abstract Money getOriginalAmount();

    /**
     * Gets the amount still owed.
     *
     * @return the open amount, positive, not above the original amount, in its currency, not null
     */
    public abstract Money getOpenAmount();

    /**
     * Gets the early-payment discount tiers, earliest last day first; empty for charges and for
     * items without a discount.
     *
     * @return the tiers, not null
     */
    public abstract List<DiscountTier> getDiscountTiers();

    /**
     * Gets the texts a payer may quote to name this item, such as the invoice number and the
     * purchase order number, in the caller's order. Matching is described by the allocation engine.
     *
     * @return the keys, none blank, not null
     */
    public abstract List<String> getRemittanceKeys();

    /**
     * Checks whether the customer disputes the item.
     *
     * @return true if disputed; false by default
     */
    @Value.Default
    public boolean isDisputed() {
        return false;
    }

    /**
     * Gets the kind of the item, from its ref.
     *
     * @return the kind, not null
     */
    public ItemKind getKind() {
        return getRef().getKind();
    }

    /**
     * Gets the item's currency.
     *
     * @return the currency of the amounts, not null
     */
    public CurrencyUnit getCurrency() {
        return getOpenAmount().getCurrencyUnit();
    }

    /**
     * Checks whether something was already applied to the item: its open amount is below its
     * original amount. A partly paid item earns no early-payment discount.
     *
     * @return true if the open amount is below the original amount
     */
    public boolean isPartlyPaid() {
        return getOpenAmount().isLessThan(getOriginalAmount());
    }

    /**
     * Checks whether the item is overdue on a date: the date is after the due date.
     *
     * @param asOf the date to judge on, not null
     * @return true if asOf is after the due date
     * @throws NullPointerException if asOf is null
     */
    public boolean isOverdueOn(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return asOf.isAfter(getDueDate());
    }

    /**
     * Gets the days past due on a date: the as-of date minus the due date, in days. Zero or less
     * means not yet overdue (zero on the due date itself).
     *
     * @param asOf the date to count to, not null
     * @return the days past due, negative before the due date
     * @throws NullPointerException if asOf is null
     */
    public long daysPastDue(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return ChronoUnit.DAYS.between(getDueDate(), asOf);
    }

    /**
     * Gets the early-payment discount a payment received on a date would earn on the whole open
     * amount: the first tier whose last day is on or after the date, or zero when no tier is open,
     * or when the item is {@linkplain #isPartlyPaid() partly paid}.
     *
     * @param paymentDate the date the payment was received, not null
     * @return the discount, zero or more, below the open amount, in the item's currency
     * @throws NullPointerException if paymentDate is null
     */
    public Money discountOn(LocalDate paymentDate) {
        Objects.requireNonNull(paymentDate, "paymentDate");
        if (!isPartlyPaid()) {
            for (DiscountTier tier : getDiscountTiers()) {
                if (tier.isAvailableOn(paymentDate)) {
                    return tier.getDiscount();
                }
            }
        }
        return Money.zero(getCurrency());
    }

    /**
     * Returns a copy of this item with another open amount, as it stands after cash was applied.
     * Every other attribute is kept; a lower open amount makes the item {@linkplain #isPartlyPaid() partly paid}.
     *
     * @param openAmount the new open amount, positive, not above the original amount, not null
     * @return the copy
     * @throws NullPointerException if openAmount is null
     * @throws IllegalArgumentException if openAmount is not positive, is above the original amount or in another currency
     */
    public OpenItem withOpenAmount(Money openAmount) {
        Objects.requireNonNull(openAmount, "openAmount");
        return OpenItem.builder().from(this).openAmount(openAmount).build();
    }

    @Value.Check
    void check() {
        if (getDueDate().isBefore(getIssueDate())) {
            throw new IllegalArgumentException("dueDate " + getDueDate() + " is before issueDate " + getIssueDate()
                    + " of item " + getRef());
        }
        if (!getOriginalAmount().isPositive()) {
            throw new IllegalArgumentException("originalAmount must be positive: " + getOriginalAmount()
                    + " of item " + getRef());
        }
        if (!getOpenAmount().isPositive()) {
            throw new IllegalArgumentException("openAmount must be positive: " + getOpenAmount() + " of item " + getRef());
        }
        if (!getOpenAmount().getCurrencyUnit().equals(getOriginalAmount().getCurrencyUnit())) {
            throw new IllegalArgumentException("openAmount " + getOpenAmount() + " is not in the currency of originalAmount "
                    + getOriginalAmount() + " of item " + getRef());
        }
        if (getOpenAmount().isGreaterThan(getOriginalAmount())) {
            throw new IllegalArgumentException("openAmount " + getOpenAmount() + " is above originalAmount "
                    + getOriginalAmount() + " of item " + getRef());
        }
        if (getKind().isCharge() && !getDiscountTiers().isEmpty()) {
            throw new IllegalArgumentException("discountTiers must be empty for charge " + getRef()
                    + ": " + getDiscountTiers());
        }
        DiscountTier previous = null;
        for (DiscountTier tier : getDiscountTiers()) {
            if (!tier.getDiscount().getCurrencyUnit().equals(getCurrency())) {
                throw new IllegalArgumentException("discount " + tier.getDiscount()
                        + " is not in the item's currency " + getCurrency() + " of item " + getRef());
            }
            if (!tier.getDiscount().isLessThan(getOriginalAmount())) {
                throw new IllegalArgumentException("discount " + tier.getDiscount()
                        + " must be below originalAmount " + getOriginalAmount() + " of item " + getRef());
            }
            if (previous != null && (!tier.getLastDay().isAfter(previous.getLastDay())
                    || tier.getRate().compareTo(previous.getRate()) >= 0)) {
                throw new IllegalArgumentException("discountTiers must have later last days and lower rates in turn: "
                        + previous + " then " + tier + " of item " + getRef());
            }
            previous = tier;
        }
        List<String> keys = getRemittanceKeys();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).isBlank()) {
                throw new IllegalArgumentException("remittanceKeys[" + i + "] must not be blank: '" + keys.get(i)
                        + "' of item " + getRef());
            }
        }
    }

    /** Builds an {@link OpenItem}; see {@link OpenItem#builder()} for the required attributes. */
    public static final class Builder extends ImmutableOpenItem.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
