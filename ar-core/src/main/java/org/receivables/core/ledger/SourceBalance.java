package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What became of a payment or credit note as of a date: its amount, how much was applied to items,
 * how much refunded, whether it was reversed, and the unapplied rest (on-account credit).
 *
 * <p>For a source not reversed, {@code amount = applied + refunded + unapplied}; a reversed payment has
 * nothing applied and nothing unapplied.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SourceBalance {

    SourceBalance() {
    }

    /**
     * Gets the payment or credit note.
     *
     * @return the source, not null
     */
    public abstract CreditSource getSource();

    /**
     * Gets the date it was received or issued.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets its amount.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the amount applied to items by allocations in force.
     *
     * @return the applied amount, not null
     */
    public abstract Money getApplied();

    /**
     * Gets the amount refunded.
     *
     * @return the refunded amount, not null
     */
    public abstract Money getRefunded();

    /**
     * Gets the references the source carries for cash application: a payment's remittance
     * references, or the invoice a credit note names.
     *
     * @return the references, not null
     */
    public abstract List<String> getReferences();

    /**
     * Checks whether the payment was reversed on or before the as-of date.
     *
     * @return true if reversed
     */
    public abstract boolean isReversed();

    /**
     * Gets the unapplied rest, on-account credit: zero for a reversed payment.
     *
     * @return the unapplied amount, zero or more, not null
     */
    public Money getUnapplied() {
        return isReversed() ? getAmount().withAmount(0) : getAmount().minus(getApplied()).minus(getRefunded());
    }
}
