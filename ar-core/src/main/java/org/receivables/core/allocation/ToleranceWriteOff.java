package org.receivables.core.allocation;

import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.receivables.core.item.ItemRef;

/**
 * A small difference written off within a {@link WriteOffTolerance}: what a short payment left open
 * on one item, closed instead of left open.
 *
 * <pre>
 *   ToleranceWriteOff w = ToleranceWriteOff.of(ItemRef.parse("INV-1#1"), Money.parse("GBP 1.00"));
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ToleranceWriteOff {

    ToleranceWriteOff() {
    }

    /**
     * Obtains a write-off.
     *
     * @param itemRef the item written off, not null
     * @param amount the amount written off, positive, not null
     * @return the write-off
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if amount is not positive
     */
    public static ToleranceWriteOff of(ItemRef itemRef, Money amount) {
        Objects.requireNonNull(itemRef, "itemRef");
        Objects.requireNonNull(amount, "amount");
        return ImmutableToleranceWriteOff.of(itemRef, amount);
    }

    /**
     * Gets the item whose remaining open amount is written off.
     *
     * @return the item's ref, not null
     */
    @Value.Parameter
    public abstract ItemRef getItemRef();

    /**
     * Gets the amount written off.
     *
     * @return the amount, positive, not null
     */
    @Value.Parameter
    public abstract Money getAmount();

    @Value.Check
    void check() {
        if (!getAmount().isPositive()) {
            throw new IllegalArgumentException("amount must be positive: " + getAmount() + " for item " + getItemRef());
        }
    }
}
