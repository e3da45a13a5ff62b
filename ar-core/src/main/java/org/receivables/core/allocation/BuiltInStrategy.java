package org.receivables.core.allocation;

import java.util.Collection;
import java.util.List;
import org.receivables.core.item.OpenItem;

/** The base of the built-in strategies: validate first, then allocate the validated items. */
abstract class BuiltInStrategy implements AllocationStrategy {

    @Override
    public final Allocation allocate(Remittance remittance, Collection<OpenItem> openItems, AllocationOptions options) {
        List<OpenItem> items = Engine.validate(remittance, openItems, options);
        return allocateValid(remittance, items, options);
    }

    /** Allocates validated input; the items are in input order. */
    abstract Allocation allocateValid(Remittance remittance, List<OpenItem> items, AllocationOptions options);
}
