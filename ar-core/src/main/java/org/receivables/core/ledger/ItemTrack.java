package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.terms.DiscountTier;

/**
 * The mutable state of one open item during a replay: its open amount, the unrecovered amount written
 * off, and the applications in force. Used both to validate an event against one item's history and
 * to compute views. Not thread-safe.
 */
final class ItemTrack {

    /** One application in force (or undone) against this item. */
    static final class Entry {
        final EventId allocationId;
        final LocalDate date;
        final CreditSource source;
        final ItemTrack item;
        final Money cash;
        final Money discount;
        final Money writeOff;
        final Money recovery;
        boolean live = true;

        Entry(EventId allocationId, LocalDate date, CreditSource source, ItemTrack item, ItemApplication app, Money recovery) {
            this.allocationId = allocationId;
            this.date = date;
            this.source = source;
            this.item = item;
            this.cash = app.getAmount();
            this.discount = app.getDiscount();
            this.writeOff = app.getWriteOff();
            this.recovery = recovery;
        }
    }

    final ItemRef ref;
    final InvoiceId invoiceId;
    final LocalDate issueDate;
    final LocalDate dueDate;
    final Money original;
    final List<DiscountTier> tiers;
    final List<String> keys;
    Money open;
    Money writtenOff;
    final List<Entry> entries = new ArrayList<>();
    /** The open item a view last built of this track, for reuse while nothing changed (views only). */
    OpenItem built;

    ItemTrack(ItemRef ref, InvoiceId invoiceId, LocalDate issueDate, LocalDate dueDate, Money original,
            List<DiscountTier> tiers, List<String> keys) {
        this.ref = ref;
        this.invoiceId = invoiceId;
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.original = original;
        this.tiers = tiers;
        this.keys = keys;
        this.open = original;
        this.writtenOff = Money.zero(original.getCurrencyUnit());
    }

    ItemTrack fresh() {
        return new ItemTrack(ref, invoiceId, issueDate, dueDate, original, tiers, keys);
    }

    CurrencyUnit currency() {
        return original.getCurrencyUnit();
    }

    /**
     * Applies one application; returns the entry, or null when it would over-apply the item.
     * What is settled beyond the open amount is a recovery, allowed up to the cash applied and the
     * unrecovered amount written off.
     */
    Entry apply(AllocationPosted allocation, ItemApplication app) {
        Money settled = app.getSettled();
        Money recovery = Money.zero(currency());
        if (settled.isGreaterThan(open)) {
            recovery = settled.minus(open);
            if (recovery.isGreaterThan(app.getAmount()) || recovery.isGreaterThan(writtenOff)) {
                return null;
            }
        }
        Entry e = new Entry(allocation.getEventId(), allocation.getDate(), allocation.getSource(), this, app, recovery);
        open = open.minus(settled.minus(recovery));
        writtenOff = writtenOff.minus(recovery);
        entries.add(e);
        return e;
    }

    /** Writes off an amount; returns false when it exceeds the open amount. */
    boolean writeOff(Money amount) {
        if (amount.isGreaterThan(open)) {
            return false;
        }
        open = open.minus(amount);
        writtenOff = writtenOff.plus(amount);
        return true;
    }

    /** Undoes an entry in force. */
    void undo(Entry e) {
        if (e.live) {
            e.live = false;
            open = open.plus(e.cash).plus(e.discount).plus(e.writeOff).minus(e.recovery);
            writtenOff = writtenOff.plus(e.recovery);
        }
    }

    /** Undoes every entry in force of a source. */
    void undoSource(CreditSource source) {
        for (Entry e : entries) {
            if (e.source.equals(source)) {
                undo(e);
            }
        }
    }
}
