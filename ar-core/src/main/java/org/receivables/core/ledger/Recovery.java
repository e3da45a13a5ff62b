package org.receivables.core.ledger;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.receivables.core.item.ItemRef;

/**
 * A written-off amount recovered: part of an allocation applied to an item beyond its open amount,
 * within what had been written off on it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Recovery {

    Recovery() {
    }

    /**
     * Gets the allocation that recovered the amount.
     *
     * @return the event id, not null
     */
    public abstract EventId getAllocationId();

    /**
     * Gets the date of the allocation.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets the payment or credit note applied.
     *
     * @return the source, not null
     */
    public abstract CreditSource getSource();

    /**
     * Gets the written-off item.
     *
     * @return the item's ref, not null
     */
    public abstract ItemRef getItem();

    /**
     * Gets the amount recovered.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getAmount();
}
