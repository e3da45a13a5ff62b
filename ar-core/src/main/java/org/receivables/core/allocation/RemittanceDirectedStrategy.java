package org.receivables.core.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;

/** Settles the items the references name, in the order named, then hands what is left to a fallback. */
final class RemittanceDirectedStrategy extends BuiltInStrategy {

    private final AllocationStrategy fallback;

    RemittanceDirectedStrategy(AllocationStrategy fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    Allocation allocateValid(Remittance remittance, List<OpenItem> items, AllocationOptions options) {
        Map<String, List<OpenItem>> index = Engine.index(items, remittance.getReferences());
        Engine.Work work = new Engine.Work(remittance, options);
        for (String reference : remittance.getReferences()) {
            if (work.isExhausted()) {
                break;
            }
            List<OpenItem> named = index.get(Engine.normalise(reference));
            if (named == null) {
                Engine.LOG.debug("allocation of {}: reference #{} names no open item", remittance.getSourceId(),
                        remittance.getReferences().indexOf(reference) + 1);
                continue;
            }
            List<OpenItem> ordered = new ArrayList<>(named);
            ordered.sort(Engine.canonical(options.getChargeOrder()));
            work.settleInTurn(ordered);
        }
        if (work.isExhausted()) {
            return work.finish(toString());
        }
        Set<ItemRef> done = new HashSet<>(work.touched.keySet());
        List<OpenItem> rest = new ArrayList<>();
        for (OpenItem item : items) {
            if (!done.contains(item.getRef())) {
                rest.add(item);
            }
        }
        Remittance left = Remittance.builder().from(remittance).amount(work.remaining)
                .references(List.of()).build();
        Engine.LOG.debug("allocation of {}: {} left after named items goes to {}", remittance.getSourceId(),
                work.remaining, fallback);
        Allocation tail = fallback.allocate(left, rest, options);
        Allocation result = Allocation.builder().remittance(remittance)
                .addAllApplications(work.applications.values())
                .addAllApplications(tail.getApplications())
                .unapplied(tail.getUnapplied())
                .writeOff(tail.getWriteOff())
                .build();
        return result;
    }

    @Override
    public String toString() {
        return "remittanceDirected(" + fallback + ")";
    }
}
