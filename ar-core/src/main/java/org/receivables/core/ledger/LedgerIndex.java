package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.DisputeId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.terms.Instalment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@link CustomerLedger.Builder} has admitted so far: the events in arrival order, indexed by
 * id, invoice, item, payment or credit note and dispute, with each item's and source's history, and
 * the suspected duplicates found while recording. {@link EventAdmission} reads it to decide whether a
 * new event may be admitted; only {@link #record(LedgerEvent)} changes it. Mutable and not thread-safe.
 */
final class LedgerIndex {

    /** Logs under the ledger's name: the suspected-duplicate message is the ledger's own decision. */
    private static final Logger LOG = LoggerFactory.getLogger(CustomerLedger.class);

    /** What the index knows of one payment or credit note. */
    static final class SourceDef {
        final LocalDate date;
        final Money amount;
        Money consumed;
        final List<AllocationPosted> allocations = new ArrayList<>();
        final List<CreditRefunded> refunds = new ArrayList<>();
        PaymentReversed reversal;

        SourceDef(LocalDate date, Money amount) {
            this.date = date;
            this.amount = amount;
            this.consumed = Money.zero(amount.getCurrencyUnit());
        }
    }

    /** What the index knows of one item: its definition and the events touching it. */
    static final class ItemDef {
        final ItemTrack template;
        final List<LedgerEvent> touching = new ArrayList<>();
        final Set<EventId> touchingIds = new HashSet<>();

        ItemDef(ItemTrack template) {
            this.template = template;
        }

        void add(LedgerEvent e) {
            if (touchingIds.add(e.getEventId())) {
                touching.add(e);
            }
        }
    }

    private final CustomerId customerId;
    private final Map<EventId, LedgerEvent> byId = new HashMap<>();
    private final List<LedgerEvent> events = new ArrayList<>();
    private final Map<ItemRef, ItemDef> items = new HashMap<>();
    private final Map<InvoiceId, InvoiceIssued> invoices = new HashMap<>();
    private final Map<CreditSource, SourceDef> sources = new HashMap<>();
    private final Map<DisputeId, DisputeOpened> disputes = new HashMap<>();
    private final Map<String, List<EventId>> duplicateKeys = new HashMap<>();
    private final List<SuspectedDuplicate> duplicates = new ArrayList<>();

    LedgerIndex(CustomerId customerId) {
        this.customerId = customerId;
    }

    /** The events recorded so far, in arrival order; live, not a copy. */
    List<LedgerEvent> events() {
        return events;
    }

    /** The suspected duplicates found so far, in the order found; live, not a copy. */
    List<SuspectedDuplicate> duplicates() {
        return duplicates;
    }

    /** The event recorded under an id, or null. */
    LedgerEvent event(EventId id) {
        return byId.get(id);
    }

    /** The invoice recorded under an id, or null. */
    InvoiceIssued invoice(InvoiceId id) {
        return invoices.get(id);
    }

    /** What is known of a payment or credit note, or null. */
    SourceDef source(CreditSource source) {
        return sources.get(source);
    }

    /** What is known of an item, or null. */
    ItemDef item(ItemRef ref) {
        return items.get(ref);
    }

    /** The dispute opened under an id, or null. */
    DisputeOpened dispute(DisputeId id) {
        return disputes.get(id);
    }

    /** Adds a validated event to every index; cannot fail. */
    void record(LedgerEvent e) {
        byId.put(e.getEventId(), e);
        events.add(e);
        if (e instanceof InvoiceIssued) {
            InvoiceIssued inv = (InvoiceIssued) e;
            invoices.put(inv.getInvoiceId(), inv);
            for (Instalment i : inv.getSchedule().getInstalments()) {
                ItemTrack t = Replay.newInstalment(inv, i);
                items.put(t.ref, new ItemDef(t));
            }
            flagDuplicate(e, "invoice", inv.getTotal(), inv.getIssueDate(), inv.getReference().orElse(null));
        } else if (e instanceof ChargePosted) {
            ItemTrack t = Replay.newCharge((ChargePosted) e);
            items.put(t.ref, new ItemDef(t));
        } else if (e instanceof CreditNoteIssued) {
            CreditNoteIssued cn = (CreditNoteIssued) e;
            sources.put(cn.getSource(), new SourceDef(cn.getIssueDate(), cn.getAmount()));
        } else if (e instanceof PaymentReceived) {
            PaymentReceived p = (PaymentReceived) e;
            sources.put(p.getSource(), new SourceDef(p.getReceivedDate(), p.getAmount()));
            flagDuplicate(e, "payment", p.getAmount(), p.getReceivedDate(), p.getReference().orElse(null));
        } else if (e instanceof AllocationPosted) {
            AllocationPosted a = (AllocationPosted) e;
            SourceDef s = sources.get(a.getSource());
            s.allocations.add(a);
            s.consumed = s.consumed.plus(a.getTotalAmount());
            for (ItemApplication app : a.getApplications()) {
                ItemDef d = items.get(app.getItem());
                d.add(a);
                if (s.reversal != null) {
                    d.add(s.reversal);
                }
            }
        } else if (e instanceof WriteOffPosted) {
            items.get(((WriteOffPosted) e).getItem()).add(e);
        } else if (e instanceof DisputeOpened) {
            DisputeOpened d = (DisputeOpened) e;
            disputes.put(d.getDisputeId(), d);
        } else if (e instanceof PaymentReversed) {
            PaymentReversed r = (PaymentReversed) e;
            SourceDef s = sources.get(CreditSource.ofPayment(r.getPaymentId()));
            s.reversal = r;
            for (AllocationPosted a : s.allocations) {
                for (ItemApplication app : a.getApplications()) {
                    items.get(app.getItem()).add(r);
                }
            }
        } else if (e instanceof CreditRefunded) {
            CreditRefunded r = (CreditRefunded) e;
            SourceDef s = sources.get(r.getSource());
            s.refunds.add(r);
            s.consumed = s.consumed.plus(r.getAmount());
        }
    }

    private void flagDuplicate(LedgerEvent e, String kind, Money amount, LocalDate date, String reference) {
        String reason = "amount " + amount + ", date " + date + ", reference "
                + (reference == null ? "none" : "'" + reference + "'");
        List<EventId> same = duplicateKeys.computeIfAbsent(kind + "|" + reason, k -> new ArrayList<>());
        for (EventId other : same) {
            EventId first = other.compareTo(e.getEventId()) < 0 ? other : e.getEventId();
            EventId second = first.equals(other) ? e.getEventId() : other;
            duplicates.add(ImmutableSuspectedDuplicate.builder().first(first).second(second)
                    .reason("same customer, " + reason).build());
            LOG.debug("suspected duplicate {}s {} and {} of customer {}", kind, first, second, customerId);
        }
        same.add(e.getEventId());
    }
}
