package org.receivables.core.allocation;

import java.util.Objects;

/**
 * The built-in {@link AllocationStrategy allocation strategies}.
 *
 * <p>Rules every built-in strategy keeps:
 * <ul>
 *   <li><b>Order.</b> Items are taken in the {@linkplain ChargeOrder charge order} first (charges
 *       before or after principal), then by the strategy's own key, and ties always break by due
 *       date, then issue date, then {@link org.receivables.core.item.ItemRef} order: never by the
 *       order the items were given in.</li>
 *   <li><b>Partial and over payment.</b> Cash runs out part-way through an item: the rest of it stays
 *       open. Cash left after every item is settled is {@linkplain Allocation#getUnapplied() unapplied},
 *       an on-account credit.</li>
 *   <li><b>Discount.</b> An item earns its early-payment discount when discounts are allowed, the cash
 *       is a payment dated on or before a tier's last day, the item is not partly paid, and the cash
 *       still to apply covers the open amount less the discount; the payment plus the discount then
 *       settle the item exactly.</li>
 *   <li><b>Write-off.</b> Only when all the cash is applied and exactly one item it touched is left
 *       with an open residue (for the in-turn strategies, the last item touched), and that item is not
 *       disputed: the residue is written off if the {@link WriteOffTolerance} allows it against the
 *       item's open amount before this cash. Overpayments are never written off.</li>
 *   <li><b>Disputes.</b> A disputed item is settled only when a reference names it, unless
 *       {@link AllocationOptions#isDisputedIncluded()}.</li>
 *   <li><b>References.</b> A reference names every item one of whose remittance keys, or whose ref
 *       text (such as {@code INV-1#2}), equals it after stripping surrounding white space and
 *       upper-casing in the root locale. A reference naming no open item is refused with an
 *       {@link IllegalArgumentException} naming it, by every strategy (the default,
 *       {@link AllocationOptions#isStrictReferences()}), or ignored when the caller turns strictness
 *       off for payers who quote free text; only the remittance-directed strategy uses references to
 *       choose items.</li>
 * </ul>
 *
 * <pre>
 *   AllocationStrategy s = AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST);
 *   // a payment quoting "INV-2" settles INV-2's instalments by maturity first, then the oldest due items
 *   Allocation a = s.allocate(payment, openItems);
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AllocationStrategies {

    /** Settles items in turn, earliest due date first. */
    public static final AllocationStrategy OLDEST_DUE_FIRST = new SequentialStrategy("oldestDueFirst", false);

    /** Settles items in turn, earliest issue date first (FIFO by document date). */
    public static final AllocationStrategy OLDEST_ISSUED_FIRST = new SequentialStrategy("oldestIssuedFirst", true);

    /**
     * Settles each charge-order group in full while the cash covers it; the group the cash cannot
     * cover gets all the rest, split in proportion to the open amounts by the largest-remainder rule
     * in minor units (leftover units to the largest remainders, ties to the earlier item in the
     * canonical order). A split group earns no discount.
     */
    public static final AllocationStrategy PROPORTIONAL = new ProportionalStrategy();

    private AllocationStrategies() {
    }

    /**
     * Obtains the strategy that follows the payer's references: for each reference in the payer's
     * order, the items it names (in the canonical order) are settled in turn; an item named twice is
     * settled once. Cash left after the named items goes to the fallback, with the items not yet
     * touched.
     *
     * @param fallback the strategy for the cash the references leave, not null
     * @return the strategy
     * @throws NullPointerException if fallback is null
     */
    public static AllocationStrategy remittanceDirected(AllocationStrategy fallback) {
        return new RemittanceDirectedStrategy(Objects.requireNonNull(fallback, "fallback"));
    }

    /**
     * Obtains the strategy that first looks for one item the cash settles exactly: the first item, in
     * the canonical order, whose open amount equals the cash, or whose discounted amount does when it
     * earns the discount, is settled alone. Without such an item the fallback decides.
     *
     * @param fallback the strategy used when no item matches, not null
     * @return the strategy
     * @throws NullPointerException if fallback is null
     */
    public static AllocationStrategy exactAmountFirst(AllocationStrategy fallback) {
        return new ExactAmountStrategy(Objects.requireNonNull(fallback, "fallback"));
    }
}
