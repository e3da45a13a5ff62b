package org.receivables.core.allocation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;

/**
 * The result of applying cash to open items: the applications in the order they were made, the
 * amount left unapplied (an on-account credit later allocations can use), and an optional small
 * difference written off.
 *
 * <p>Facts true of every allocation: applied plus unapplied equals the remittance amount; every
 * amount is in the remittance's currency; nothing is negative; each item appears in at most one
 * application; a write-off names an item that has an application.
 *
 * <pre>
 *   // EUR 400.00 over INV-1 (EUR 100.00, due first) and INV-2 (EUR 250.00), oldest due first
 *   Allocation a = AllocationStrategies.OLDEST_DUE_FIRST.allocate(payment, List.of(inv2, inv1));
 *   a.getApplications();   // [INV-1#1: EUR 100.00 + discount EUR 0.00, INV-2#1: EUR 250.00 + discount EUR 0.00]
 *   a.getApplied();        // EUR 350.00
 *   a.getUnapplied();      // EUR 50.00, an on-account credit
 *   a.remainingOf(inv2);   // EUR 0.00
 *   a.getWriteOff();       // Optional.empty
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Allocation {

    Allocation() {
    }

    /**
     * Creates a builder; {@code remittance} and {@code unapplied} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the cash that was applied.
     *
     * @return the remittance, not null
     */
    public abstract Remittance getRemittance();

    /**
     * Gets the applications, in the order the strategy made them.
     *
     * @return the applications, possibly empty, not null
     */
    public abstract List<Application> getApplications();

    /**
     * Gets the part of the cash applied to no item: an on-account credit.
     *
     * @return the unapplied amount, zero or more, not null
     */
    public abstract Money getUnapplied();

    /**
     * Gets the small difference written off, if any.
     *
     * @return the write-off, or empty
     */
    public abstract Optional<ToleranceWriteOff> getWriteOff();

    /**
     * Gets the total cash applied to items, discounts excluded.
     *
     * @return the applied total, zero or more, not null
     */
    public Money getApplied() {
        Money total = Money.zero(getRemittance().getCurrency());
        for (Application a : getApplications()) {
            total = total.plus(a.getAmount());
        }
        return total;
    }

    /**
     * Gets the total early-payment discount taken.
     *
     * @return the discount total, zero or more, not null
     */
    public Money getDiscountTotal() {
        Money total = Money.zero(getRemittance().getCurrency());
        for (Application a : getApplications()) {
            total = total.plus(a.getDiscount());
        }
        return total;
    }

    /**
     * Gets the application to an item, if the cash touched it.
     *
     * @param itemRef the item, not null
     * @return the application, or empty
     * @throws NullPointerException if itemRef is null
     */
    public Optional<Application> applicationTo(ItemRef itemRef) {
        Objects.requireNonNull(itemRef, "itemRef");
        return Optional.ofNullable(applicationsByRef().get(itemRef));
    }

    /** The applications by item, built once on first use so that lookups stay constant-time. */
    @Value.Lazy
    Map<ItemRef, Application> applicationsByRef() {
        Map<ItemRef, Application> map = new HashMap<>();
        for (Application a : getApplications()) {
            map.put(a.getItemRef(), a);
        }
        return map;
    }

    /**
     * Gets what the allocation settles of an item: cash applied, discount taken and any amount written off.
     *
     * @param itemRef the item, not null
     * @return the settled amount, zero if the cash did not touch the item, not null
     * @throws NullPointerException if itemRef is null
     */
    public Money settledOf(ItemRef itemRef) {
        Money settled = applicationTo(itemRef).map(Application::getSettled)
                .orElse(Money.zero(getRemittance().getCurrency()));
        if (getWriteOff().isPresent() && getWriteOff().get().getItemRef().equals(itemRef)) {
            settled = settled.plus(getWriteOff().get().getAmount());
        }
        return settled;
    }

    /**
     * Gets what stays open of an item after this allocation: its open amount less what the allocation
     * settles of it (cash, discount and write-off).
     *
     * @param item the item as it was given to the strategy, not null
     * @return the amount still open, zero or more, not null
     * @throws NullPointerException if item is null
     * @throws CurrencyMismatchException if the item is in another currency than the remittance
     */
    public Money remainingOf(OpenItem item) {
        Objects.requireNonNull(item, "item");
        return item.getOpenAmount().minus(settledOf(item.getRef()));
    }

    @Value.Check
    void check() {
        CurrencyUnit currency = getRemittance().getCurrency();
        requireCurrency(getUnapplied(), currency);
        if (getUnapplied().isNegative()) {
            throw new IllegalArgumentException("unapplied must not be negative: " + getUnapplied());
        }
        Set<ItemRef> seen = new HashSet<>();
        for (Application a : getApplications()) {
            requireCurrency(a.getAmount(), currency);
            if (!seen.add(a.getItemRef())) {
                throw new IllegalArgumentException("applications name item " + a.getItemRef() + " more than once");
            }
        }
        Money total = getApplied().plus(getUnapplied());
        if (!total.isEqual(getRemittance().getAmount())) {
            throw new IllegalArgumentException("applied " + getApplied() + " plus unapplied " + getUnapplied()
                    + " must equal the remittance amount " + getRemittance().getAmount());
        }
        if (getWriteOff().isPresent()) {
            ToleranceWriteOff w = getWriteOff().get();
            requireCurrency(w.getAmount(), currency);
            if (!seen.contains(w.getItemRef())) {
                throw new IllegalArgumentException("writeOff names item " + w.getItemRef() + " that has no application");
            }
        }
    }

    private static void requireCurrency(Money money, CurrencyUnit currency) {
        if (!money.getCurrencyUnit().equals(currency)) {
            throw new CurrencyMismatchException(currency, money.getCurrencyUnit());
        }
    }

    /** Builds an {@link Allocation}; see {@link Allocation#builder()} for the required attributes. */
    public static final class Builder extends ImmutableAllocation.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
