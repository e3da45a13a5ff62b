package org.receivables.core.allocation;

import org.immutables.value.Value;

/**
 * How an allocation treats the details every strategy shares: the write-off tolerance, whether
 * charges come before or after principal, whether discounts may be taken, whether unknown
 * references are errors, and whether disputed items are settled without being named.
 *
 * <pre>
 *   AllocationOptions o = AllocationOptions.builder()
 *       .tolerance(WriteOffTolerance.ofAmount(Money.parse("EUR 1.00")))
 *       .chargeOrder(ChargeOrder.CHARGES_LAST)
 *       .build();
 *   o.isDiscountsAllowed();   // true, the default
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AllocationOptions {

    private static final AllocationOptions DEFAULTS = new Builder().build();

    AllocationOptions() {
    }

    /**
     * Gets the default options: no write-off tolerance, charges first, discounts allowed, strict
     * references (an unknown one is an error), disputed items settled only when named.
     *
     * @return the defaults
     */
    public static AllocationOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Creates a builder whose every attribute starts at its default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the tolerance within which a small difference left by a short payment is written off.
     *
     * @return the tolerance; {@link WriteOffTolerance#none()} by default
     */
    @Value.Default
    public WriteOffTolerance getTolerance() {
        return WriteOffTolerance.none();
    }

    /**
     * Gets whether charges are settled before or after principal.
     *
     * @return the order; {@link ChargeOrder#CHARGES_FIRST} by default
     */
    @Value.Default
    public ChargeOrder getChargeOrder() {
        return ChargeOrder.CHARGES_FIRST;
    }

    /**
     * Checks whether early-payment discounts may be taken.
     *
     * @return true by default
     */
    @Value.Default
    public boolean isDiscountsAllowed() {
        return true;
    }

    /**
     * Checks whether a remittance reference that names no open item is an error.
     *
     * <p>Strict by default: a reference to an item the customer does not have open (a typo, an item
     * already settled, another customer's invoice) is an {@link IllegalArgumentException} naming the
     * reference, so cash is never applied on a misunderstanding. Callers whose payers quote free text
     * (bank statement lines such as "see attached") set this to false, and unknown references are then
     * ignored and logged at DEBUG by position.
     *
     * @return true by default
     */
    @Value.Default
    public boolean isStrictReferences() {
        return true;
    }

    /**
     * Checks whether disputed items are settled by strategies that choose items themselves. A
     * disputed item named by a remittance reference is settled either way.
     *
     * @return false by default: disputed items are left alone unless named
     */
    @Value.Default
    public boolean isDisputedIncluded() {
        return false;
    }

    /** Builds {@link AllocationOptions}; every attribute is optional. */
    public static final class Builder extends ImmutableAllocationOptions.Builder {
        /** Creates a builder holding the defaults. */
        public Builder() {
        }
    }
}
