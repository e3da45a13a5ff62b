package org.receivables.core.allocation;

import java.util.Comparator;
import java.util.List;
import org.receivables.core.item.OpenItem;

/** Settles items one after another in an order: oldest due first, or oldest issued first. */
final class SequentialStrategy extends BuiltInStrategy {

    private final String name;
    private final boolean byIssueDate;

    SequentialStrategy(String name, boolean byIssueDate) {
        this.name = name;
        this.byIssueDate = byIssueDate;
    }

    @Override
    Allocation allocateValid(Remittance remittance, List<OpenItem> items, AllocationOptions options) {
        ChargeOrder chargeOrder = options.getChargeOrder();
        Comparator<OpenItem> order = Engine.canonical(chargeOrder);
        if (byIssueDate) {
            order = Comparator.<OpenItem>comparingInt(i -> chargeOrder.rankOf(i.getKind()))
                    .thenComparing(OpenItem::getIssueDate)
                    .thenComparing(order);
        }
        Engine.Work work = new Engine.Work(remittance, options);
        work.settleInTurn(Engine.candidates(items, options, order));
        return work.finish(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
