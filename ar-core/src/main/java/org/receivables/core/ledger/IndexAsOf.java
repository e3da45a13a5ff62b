package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategy;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.LedgerIndex.ItemDef;
import org.receivables.core.ledger.LedgerIndex.SourceDef;

/**
 * Answers as-of questions from a {@link LedgerIndex} without replaying the whole history: the open
 * amount of an item and the allocation a {@link LedgerView} of the same date would propose.
 *
 * <p>Exactness: an item's state as of a date depends only on the events that touch it (allocations,
 * write-offs, reversals) dated on or before the date. When no such event of the customer is dated
 * after the date, the index's running state of each item is that state, and only the items still
 * open are looked at. Otherwise each item is replayed from its own history up to the date: still
 * exact, linear in the customer's items and their events, without sorting the whole history.
 * Not thread-safe (the index it reads is mutable).
 */
final class IndexAsOf {

    private IndexAsOf() {
    }

    /** The open amount of an item at the end of a date; empty if unknown or created after the date. */
    static Optional<Money> openAmount(LedgerIndex index, ItemRef ref, LocalDate asOf) {
        ItemDef d = index.item(ref);
        if (d == null || d.created.isAfter(asOf)) {
            return Optional.empty();
        }
        return Optional.of(settledUpTo(index, asOf) ? d.state().open : d.replay(asOf).open);
    }

    /** The same as {@code build().asOf(asOf).allocate(eventId, source, strategy, options)}. */
    static Optional<AllocationPosted> allocate(CustomerId customerId, LedgerIndex index, EventId eventId,
            CreditSource source, LocalDate asOf, AllocationStrategy strategy, AllocationOptions options) {
        SourceDef s = index.source(source);
        if (s == null || s.date.isAfter(asOf)) {
            throw new IllegalArgumentException("source " + source + " is unknown in the ledger of customer "
                    + customerId + " as of " + asOf);
        }
        if (s.reversal != null && !s.reversal.getDate().isAfter(asOf)) {
            throw new IllegalArgumentException("source " + source + " was reversed on or before " + asOf);
        }
        Money unapplied = s.amount;
        for (AllocationPosted a : s.allocations) {
            if (!a.getDate().isAfter(asOf)) {
                for (ItemApplication app : a.getApplications()) {
                    unapplied = unapplied.minus(app.getAmount());
                }
            }
        }
        for (CreditRefunded r : s.refunds) {
            if (!r.getDate().isAfter(asOf)) {
                unapplied = unapplied.minus(r.getAmount());
            }
        }
        if (!unapplied.isPositive()) {
            throw new IllegalArgumentException("source " + source + " has nothing unapplied as of " + asOf + ": " + unapplied);
        }
        List<OpenItem> items = openItems(customerId, index, unapplied.getCurrencyUnit(), asOf);
        return LedgerView.propose(customerId, asOf, eventId, source, unapplied, s.date, s.references, items,
                strategy, options);
    }

    /** The open items in one currency at the end of a date, in the order of {@link LedgerView#getOpenItems()}. */
    static List<OpenItem> openItems(CustomerId customerId, LedgerIndex index, CurrencyUnit currency, LocalDate asOf) {
        boolean running = settledUpTo(index, asOf);
        Collection<ItemDef> candidates = running ? index.openItems() : index.items().values();
        Set<InvoiceId> disputed = Replay.disputedInvoices(index.disputeEvents(), asOf);
        List<OpenItem> out = new ArrayList<>();
        for (ItemDef d : candidates) {
            if (d.created.isAfter(asOf)) {
                if (running) {
                    break;    // the open set is in creation order
                }
                continue;
            }
            if (!d.template.currency().equals(currency)) {
                continue;
            }
            ItemTrack t = running ? d.state() : d.replay(asOf);
            if (t.open.isPositive()) {
                out.add(Replay.openItem(customerId, t, t.invoiceId != null && disputed.contains(t.invoiceId)));
            }
        }
        out.sort(Replay.ITEM_ORDER);
        return out;
    }

    /** Whether every allocation, write-off and reversal recorded is dated on or before the date. */
    private static boolean settledUpTo(LedgerIndex index, LocalDate asOf) {
        return index.lastSettlement() == null || !index.lastSettlement().isAfter(asOf);
    }
}
