package org.receivables.core.ledger;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The running totals of a customer's account in one currency as of a date, and the identities that
 * tie them together (the conservation of the ledger):
 *
 * <pre>
 *   openItems  = invoiced + charged
 *                - appliedPayments - appliedCredits - discounts - allocationWriteOffs - writtenOff
 *                + recovered
 *   unapplied  = received - reversed - appliedPayments + credited - appliedCredits - refunded
 *   balance    = openItems - unapplied
 * </pre>
 *
 * <p>Applied amounts, discounts, allocation write-offs and recoveries count only allocations that are
 * still in force (not undone by a payment reversal); {@code received} counts every payment received,
 * {@code reversed} the full amounts of reversed payments. Applied amounts include recoveries: the cash
 * that recovered a written-off amount is applied, and the recovery puts that amount back on the item
 * before it is settled again.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AccountTotals {

    AccountTotals() {
    }

    /**
     * Gets the as-of date.
     *
     * @return the date, not null
     */
    public abstract LocalDate getAsOf();

    /**
     * Gets the currency.
     *
     * @return the currency, not null
     */
    public abstract CurrencyUnit getCurrency();

    /**
     * Gets the total of invoices issued.
     *
     * @return the total, not null
     */
    public abstract Money getInvoiced();

    /**
     * Gets the total of fees and interest charged.
     *
     * @return the total, not null
     */
    public abstract Money getCharged();

    /**
     * Gets the total of credit notes issued.
     *
     * @return the total, not null
     */
    public abstract Money getCredited();

    /**
     * Gets the total of payments received, reversed or not.
     *
     * @return the total, not null
     */
    public abstract Money getReceived();

    /**
     * Gets the total of payments reversed.
     *
     * @return the total, not null
     */
    public abstract Money getReversed();

    /**
     * Gets the total refunded.
     *
     * @return the total, not null
     */
    public abstract Money getRefunded();

    /**
     * Gets the payments applied to items, recoveries included.
     *
     * @return the total, not null
     */
    public abstract Money getAppliedPayments();

    /**
     * Gets the credit notes applied to items.
     *
     * @return the total, not null
     */
    public abstract Money getAppliedCredits();

    /**
     * Gets the early-payment discounts taken.
     *
     * @return the total, not null
     */
    public abstract Money getDiscounts();

    /**
     * Gets the small differences written off in allocations.
     *
     * @return the total, not null
     */
    public abstract Money getAllocationWriteOffs();

    /**
     * Gets the amounts written off by write-off events.
     *
     * @return the total, not null
     */
    public abstract Money getWrittenOff();

    /**
     * Gets the written-off amounts recovered by payments.
     *
     * @return the total, not null
     */
    public abstract Money getRecovered();

    /**
     * Gets the sum of the open amounts of the open items.
     *
     * @return the total, zero or more, not null
     */
    public abstract Money getOpenItems();

    /**
     * Gets the unapplied on-account credit of payments and credit notes.
     *
     * @return the total, zero or more, not null
     */
    public abstract Money getUnapplied();

    /**
     * Gets the balance: open items minus unapplied credit. Negative when the customer is in credit.
     *
     * @return the balance, not null
     */
    public Money getBalance() {
        return getOpenItems().minus(getUnapplied());
    }
}
