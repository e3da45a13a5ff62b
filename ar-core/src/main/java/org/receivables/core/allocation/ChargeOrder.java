package org.receivables.core.allocation;

import java.util.List;
import java.util.Objects;
import org.receivables.core.item.ItemKind;

/**
 * Whether charges (fees and interest) are settled before or after principal, within whatever
 * strategy is chosen.
 *
 * <p>{@link #CHARGES_FIRST} is the order of German law (BGB section 367: costs, then interest, then
 * principal) and of many loan servicing systems; {@link #CHARGES_LAST} settles every instalment
 * first, then fees, then interest.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ChargeOrder {

    /** Fees, then interest, then principal. */
    CHARGES_FIRST(List.of(ItemKind.FEE, ItemKind.INTEREST, ItemKind.PRINCIPAL)),

    /** Principal, then fees, then interest. */
    CHARGES_LAST(List.of(ItemKind.PRINCIPAL, ItemKind.FEE, ItemKind.INTEREST));

    private final List<ItemKind> kinds;

    ChargeOrder(List<ItemKind> kinds) {
        this.kinds = kinds;
    }

    /**
     * Gets the kinds of item in the order they are settled.
     *
     * @return every kind once, first settled first, not null
     */
    public List<ItemKind> getKinds() {
        return kinds;
    }

    /**
     * Gets the position of a kind in this order, 0 for the kind settled first.
     *
     * @param kind the kind, not null
     * @return 0, 1 or 2
     * @throws NullPointerException if kind is null
     */
    public int rankOf(ItemKind kind) {
        return kinds.indexOf(Objects.requireNonNull(kind, "kind"));
    }
}
