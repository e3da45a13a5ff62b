package org.receivables.core.ledger;

import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.ledger.LedgerIndex.ItemDef;
import org.receivables.core.ledger.LedgerIndex.SourceDef;

/**
 * Whether a new event may be admitted to a {@link CustomerLedger.Builder}, judged against what its
 * {@link LedgerIndex} has admitted so far: the customer, the id, the documents the event names, its
 * dates and currencies, and a replay of the history of each item it touches. Every check only reads
 * the index, so a refused event changes nothing. Not thread-safe (the index it reads is mutable).
 */
final class EventAdmission {

    private final CustomerId customerId;
    private final LedgerIndex index;

    EventAdmission(CustomerId customerId, LedgerIndex index) {
        this.customerId = customerId;
        this.index = index;
    }

    /** Returns false for a replay of a held event; throws if the event is refused; changes nothing. */
    boolean validate(LedgerEvent e) {
        if (!e.getCustomerId().equals(customerId)) {
            throw new IllegalArgumentException("customerId " + e.getCustomerId() + " of event " + e.getEventId()
                    + " is not the ledger's customer " + customerId);
        }
        LedgerEvent existing = index.event(e.getEventId());
        if (existing != null) {
            if (existing.equals(e)) {
                return false;
            }
            throw new DuplicateEventException(existing, e);
        }
        if (e instanceof AllocationPosted) {
            validateAllocation((AllocationPosted) e);
        } else if (e instanceof WriteOffPosted) {
            validateWriteOff((WriteOffPosted) e);
        } else if (e instanceof DisputeOpened) {
            DisputeOpened d = (DisputeOpened) e;
            InvoiceIssued inv = requireInvoice(d.getInvoiceId(), e);
            if (d.getOpenedDate().isBefore(inv.getIssueDate())) {
                throw new IllegalArgumentException("openedDate " + d.getOpenedDate() + " of dispute "
                        + d.getDisputeId() + " is before issueDate " + inv.getIssueDate() + " of invoice " + inv.getInvoiceId());
            }
            if (d.getDisputedAmount().isPresent()
                    && !d.getDisputedAmount().get().getCurrencyUnit().equals(inv.getCurrency())) {
                throw new CurrencyMismatchException(inv.getCurrency(), d.getDisputedAmount().get().getCurrencyUnit());
            }
        } else if (e instanceof DisputeResolved) {
            DisputeResolved r = (DisputeResolved) e;
            DisputeOpened d = index.dispute(r.getDisputeId());
            if (d == null) {
                throw new IllegalArgumentException("disputeId " + r.getDisputeId() + " of event " + e.getEventId()
                        + " is unknown; the dispute must be applied first");
            }
            if (r.getResolvedDate().isBefore(d.getOpenedDate())) {
                throw new IllegalArgumentException("resolvedDate " + r.getResolvedDate() + " is before openedDate "
                        + d.getOpenedDate() + " of dispute " + d.getDisputeId());
            }
        } else if (e instanceof PromiseMade) {
            PromiseMade p = (PromiseMade) e;
            for (InvoiceId id : p.getInvoiceIds()) {
                InvoiceIssued inv = requireInvoice(id, e);
                if (!inv.getCurrency().equals(p.getCurrency())) {
                    throw new CurrencyMismatchException(inv.getCurrency(), p.getCurrency());
                }
            }
        } else if (e instanceof PaymentReversed) {
            validateReversal((PaymentReversed) e);
        } else if (e instanceof CreditRefunded) {
            validateRefund((CreditRefunded) e);
        }
        return true;
    }

    private InvoiceIssued requireInvoice(InvoiceId id, LedgerEvent e) {
        InvoiceIssued inv = index.invoice(id);
        if (inv == null) {
            throw new IllegalArgumentException("invoiceId " + id + " of event " + e.getEventId()
                    + " is unknown; the invoice must be applied first");
        }
        return inv;
    }

    private SourceDef requireSource(CreditSource source, LedgerEvent e) {
        SourceDef s = index.source(source);
        if (s == null) {
            throw new IllegalArgumentException("source " + source + " of event " + e.getEventId()
                    + " is unknown; the payment or credit note must be applied first");
        }
        return s;
    }

    private ItemDef requireItem(ItemRef ref, LedgerEvent e) {
        ItemDef d = index.item(ref);
        if (d == null) {
            throw new IllegalArgumentException("item " + ref + " of event " + e.getEventId()
                    + " is unknown; its invoice or charge must be applied first");
        }
        return d;
    }

    private void validateAllocation(AllocationPosted a) {
        SourceDef s = requireSource(a.getSource(), a);
        if (!s.amount.getCurrencyUnit().equals(a.getCurrency())) {
            throw new CurrencyMismatchException(s.amount.getCurrencyUnit(), a.getCurrency());
        }
        if (a.getDate().isBefore(s.date)) {
            throw new IllegalArgumentException("date " + a.getDate() + " of allocation " + a.getEventId()
                    + " is before the date " + s.date + " of its source " + a.getSource());
        }
        if (s.reversal != null && !a.getDate().isBefore(s.reversal.getDate())) {
            throw new IllegalArgumentException("date " + a.getDate() + " of allocation " + a.getEventId()
                    + " is not before source " + a.getSource() + " was reversed on " + s.reversal.getDate());
        }
        Money total = a.getTotalAmount();
        Money left = s.amount.minus(s.consumed);
        if (total.isGreaterThan(left)) {
            throw new IllegalArgumentException("allocation " + a.getEventId() + " applies " + total + " of source "
                    + a.getSource() + " beyond its unapplied amount " + left);
        }
        for (ItemApplication app : a.getApplications()) {
            ItemDef d = requireItem(app.getItem(), a);
            if (!d.template.currency().equals(a.getCurrency())) {
                throw new CurrencyMismatchException(d.template.currency(), a.getCurrency());
            }
            if (a.getDate().isBefore(d.template.issueDate)) {
                throw new IllegalArgumentException("date " + a.getDate() + " of allocation " + a.getEventId()
                        + " is before issueDate " + d.template.issueDate + " of item " + app.getItem());
            }
            List<LedgerEvent> timeline = new ArrayList<>(d.touching);
            timeline.add(a);
            if (s.reversal != null) {
                timeline.add(s.reversal);
            }
            checkTimeline(d, timeline, a);
        }
    }

    private void validateWriteOff(WriteOffPosted w) {
        ItemDef d = requireItem(w.getItem(), w);
        if (!d.template.currency().equals(w.getCurrency())) {
            throw new CurrencyMismatchException(d.template.currency(), w.getCurrency());
        }
        if (w.getDate().isBefore(d.template.issueDate)) {
            throw new IllegalArgumentException("date " + w.getDate() + " of write-off " + w.getWriteOffId()
                    + " is before issueDate " + d.template.issueDate + " of item " + w.getItem());
        }
        List<LedgerEvent> timeline = new ArrayList<>(d.touching);
        timeline.add(w);
        checkTimeline(d, timeline, w);
    }

    private void validateReversal(PaymentReversed r) {
        SourceDef s = requireSource(CreditSource.ofPayment(r.getPaymentId()), r);
        if (r.getDate().isBefore(s.date)) {
            throw new IllegalArgumentException("date " + r.getDate() + " of reversal " + r.getEventId()
                    + " is before receivedDate " + s.date + " of payment " + r.getPaymentId());
        }
        for (AllocationPosted a : s.allocations) {
            if (!a.getDate().isBefore(r.getDate())) {
                throw new IllegalArgumentException("date " + r.getDate() + " of reversal " + r.getEventId()
                        + " is not after allocation " + a.getEventId() + " of the payment on " + a.getDate());
            }
        }
        if (!s.refunds.isEmpty()) {
            throw new IllegalArgumentException("payment " + r.getPaymentId() + " cannot be reversed by "
                    + r.getEventId() + ": refund " + s.refunds.get(0).getEventId() + " paid part of it back");
        }
    }

    private void validateRefund(CreditRefunded r) {
        SourceDef s = requireSource(r.getSource(), r);
        if (!s.amount.getCurrencyUnit().equals(r.getCurrency())) {
            throw new CurrencyMismatchException(s.amount.getCurrencyUnit(), r.getCurrency());
        }
        if (r.getDate().isBefore(s.date)) {
            throw new IllegalArgumentException("date " + r.getDate() + " of refund " + r.getEventId()
                    + " is before the date " + s.date + " of its source " + r.getSource());
        }
        if (s.reversal != null) {
            throw new IllegalArgumentException("source " + r.getSource() + " of refund " + r.getEventId()
                    + " was reversed by " + s.reversal.getEventId());
        }
        Money left = s.amount.minus(s.consumed);
        if (r.getAmount().isGreaterThan(left)) {
            throw new IllegalArgumentException("amount " + r.getAmount() + " of refund " + r.getEventId()
                    + " is beyond the unapplied amount " + left + " of source " + r.getSource());
        }
    }

    /** Replays one item's history with a new event and refuses it if the item goes below zero at any point. */
    private static void checkTimeline(ItemDef d, List<LedgerEvent> timeline, LedgerEvent added) {
        timeline.sort(LedgerEvent.CANONICAL_ORDER);
        ItemTrack track = d.template.fresh();
        for (LedgerEvent e : timeline) {
            if (e instanceof AllocationPosted) {
                AllocationPosted a = (AllocationPosted) e;
                for (ItemApplication app : a.getApplications()) {
                    if (app.getItem().equals(track.ref) && track.apply(a, app) == null) {
                        throw overApplied(added, track, e, app.getSettled());
                    }
                }
            } else if (e instanceof WriteOffPosted) {
                WriteOffPosted w = (WriteOffPosted) e;
                Money open = track.open;
                if (!track.writeOff(w.getAmount())) {
                    throw new IllegalArgumentException(added.getKind() + " " + added.getEventId()
                            + " refused: item " + track.ref + " would be over-applied on " + w.getDate() + " by "
                            + w.getEventId() + " writing off " + w.getAmount() + " against open amount " + open);
                }
            } else if (e instanceof PaymentReversed) {
                track.undoSource(CreditSource.ofPayment(((PaymentReversed) e).getPaymentId()));
            }
        }
    }

    private static IllegalArgumentException overApplied(LedgerEvent added, ItemTrack track, LedgerEvent at, Money settled) {
        return new IllegalArgumentException(added.getKind() + " " + added.getEventId() + " refused: item "
                + track.ref + " would be over-applied on " + at.getDate() + " by " + at.getEventId() + " settling "
                + settled + " against open amount " + track.open + " (written off " + track.writtenOff + ")");
    }
}
