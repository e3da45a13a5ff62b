package org.receivables.core.allocation;

import java.util.Collection;
import org.receivables.core.item.OpenItem;

/**
 * A rule that applies cash to a customer's open items: a pure function from a remittance, the open
 * items and the options to an {@link Allocation}.
 *
 * <p>The built-in strategies are in {@link AllocationStrategies}. Every implementation must
 * guarantee, for valid input:
 * <ul>
 *   <li>applied plus unapplied equals the remittance amount (the {@link Allocation} checks this);</li>
 *   <li>for each item, applied plus discount plus write-off is at most its open amount, and nothing is negative;</li>
 *   <li>the result does not depend on the order or the kind of collection the items come in;</li>
 *   <li>the same input gives an equal result, whatever the thread, locale or time zone;</li>
 *   <li>invalid input is refused before anything is computed: null arguments with a
 *       {@code NullPointerException} naming the parameter, items in another currency than the cash
 *       with a {@code CurrencyMismatchException}, items of several customers or a repeated item
 *       ref with an {@code IllegalArgumentException} naming the value.</li>
 * </ul>
 * Implementations must be immutable and thread-safe.
 *
 * <pre>
 *   AllocationStrategy s = AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST);
 *   Allocation a = s.allocate(payment, openItems, AllocationOptions.defaults());
 * </pre>
 */
public interface AllocationStrategy {

    /**
     * Applies cash to open items.
     *
     * @param remittance the cash to apply, not null
     * @param openItems the customer's open items, in any order, not null, no null element
     * @param options the shared options, not null
     * @return the allocation, not null
     * @throws NullPointerException if any argument is null or openItems holds null
     * @throws org.joda.money.CurrencyMismatchException if an item or the tolerance's fixed amount is in another currency than the cash
     * @throws IllegalArgumentException if the items belong to more than one customer, an item ref is repeated,
     *         or, with strict references, a reference names no open item
     */
    Allocation allocate(Remittance remittance, Collection<OpenItem> openItems, AllocationOptions options);

    /**
     * Applies cash to open items with {@linkplain AllocationOptions#defaults() the default options}.
     *
     * @param remittance the cash to apply, not null
     * @param openItems the customer's open items, in any order, not null, no null element
     * @return the allocation, not null
     * @throws NullPointerException if any argument is null or openItems holds null
     * @throws org.joda.money.CurrencyMismatchException if an item is in another currency than the cash
     * @throws IllegalArgumentException if the items belong to more than one customer or an item ref is repeated
     */
    default Allocation allocate(Remittance remittance, Collection<OpenItem> openItems) {
        return allocate(remittance, openItems, AllocationOptions.defaults());
    }
}
