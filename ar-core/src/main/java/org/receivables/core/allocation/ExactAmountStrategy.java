package org.receivables.core.allocation;

import java.util.List;
import java.util.Objects;
import org.joda.money.Money;
import org.receivables.core.item.OpenItem;

/** Settles alone the first item whose open or discounted amount equals the cash; otherwise hands over to a fallback. */
final class ExactAmountStrategy extends BuiltInStrategy {

    private final AllocationStrategy fallback;

    ExactAmountStrategy(AllocationStrategy fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    Allocation allocateValid(Remittance remittance, List<OpenItem> items, AllocationOptions options) {
        Engine.Work work = new Engine.Work(remittance, options);
        Money cash = remittance.getAmount();
        for (OpenItem item : Engine.candidates(items, options, Engine.canonical(options.getChargeOrder()))) {
            Money discount = work.discountFor(item);
            boolean discounted = discount.isPositive() && item.getOpenAmount().minus(discount).isEqual(cash);
            if (discounted || item.getOpenAmount().isEqual(cash)) {
                Engine.LOG.debug("allocation of {}: exact match {}", remittance.getSourceId(), item.getRef());
                work.add(item, cash, discounted ? discount : Money.zero(cash.getCurrencyUnit()));
                return work.finish(toString());
            }
        }
        Engine.LOG.debug("allocation of {}: no exact match, falling back to {}", remittance.getSourceId(), fallback);
        return fallback.allocate(remittance, items, options);
    }

    @Override
    public String toString() {
        return "exactAmountFirst(" + fallback + ")";
    }
}
