package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
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
        final List<String> references;
        Money consumed;
        final List<AllocationPosted> allocations = new ArrayList<>();
        final List<CreditRefunded> refunds = new ArrayList<>();
        PaymentReversed reversal;

        SourceDef(LocalDate date, Money amount, List<String> references) {
            this.date = date;
            this.amount = amount;
            this.references = references;
            this.consumed = Money.zero(amount.getCurrencyUnit());
        }
    }

    /**
     * What the index knows of one item: its definition, the date of the event that created it, the
     * events touching it, and its running state after all of them (replayed in canonical order).
     */
    static final class ItemDef {
        final ItemTrack template;
        final LocalDate created;
        /** The events touching the item, in arrival order; empty until the first one (saves memory). */
        List<LedgerEvent> touching = List.of();
        /** The ids of {@link #touching}, made once the list is long enough for a scan to cost. */
        private Set<EventId> touchingIds;
        /** The item after every touching event, in canonical order; null while untouched (the template then). */
        private ItemTrack running;
        /** The touching event last in canonical order, or null. */
        LedgerEvent last;

        ItemDef(ItemTrack template, LocalDate created) {
            this.template = template;
            this.created = created;
        }

        /** The item after every touching event; read only. */
        ItemTrack state() {
            return running != null ? running : template;
        }

        /** Adds a touching event; returns false if it was already held. */
        boolean add(LedgerEvent e) {
            EventId id = e.getEventId();
            if (touchingIds != null) {
                if (!touchingIds.add(id)) {
                    return false;
                }
            } else {
                for (LedgerEvent t : touching) {
                    if (t.getEventId().equals(id)) {
                        return false;
                    }
                }
            }
            if (touching.isEmpty()) {
                touching = new ArrayList<>(2);
            }
            touching.add(e);
            if (touchingIds == null && touching.size() > 8) {
                touchingIds = new HashSet<>();
                for (LedgerEvent t : touching) {
                    touchingIds.add(t.getEventId());
                }
            }
            return true;
        }

        /** The item as of the end of a date: its touching events dated on or before it, in canonical order. */
        ItemTrack replay(LocalDate asOf) {
            List<LedgerEvent> timeline = new ArrayList<>(touching.size());
            for (LedgerEvent e : touching) {
                if (asOf == null || !e.getDate().isAfter(asOf)) {
                    timeline.add(e);
                }
            }
            timeline.sort(LedgerEvent.CANONICAL_ORDER);
            ItemTrack track = template.fresh();
            for (LedgerEvent e : timeline) {
                step(track, e);
            }
            return track;
        }

        /** Applies one touching event to a track; the event was admitted, so it cannot over-apply. */
        static void step(ItemTrack track, LedgerEvent e) {
            if (e instanceof AllocationPosted) {
                AllocationPosted a = (AllocationPosted) e;
                for (ItemApplication app : a.getApplications()) {
                    if (app.getItem().equals(track.ref) && track.apply(a, app) == null) {
                        throw new IllegalStateException("admitted allocation " + a.getEventId() + " over-applies " + track.ref);
                    }
                }
            } else if (e instanceof WriteOffPosted) {
                if (!track.writeOff(((WriteOffPosted) e).getAmount())) {
                    throw new IllegalStateException("admitted write-off " + e.getEventId() + " over-applies " + track.ref);
                }
            } else if (e instanceof PaymentReversed) {
                track.undoSource(CreditSource.ofPayment(((PaymentReversed) e).getPaymentId()));
            }
        }
    }

    /** Items by creation date, then ref: the order in which {@link #openItems()} holds them. */
    private static final Comparator<ItemDef> CREATION_ORDER =
            Comparator.comparing((ItemDef d) -> d.created).thenComparing(d -> d.template.ref);

    private final CustomerId customerId;
    private final Map<EventId, LedgerEvent> byId = new HashMap<>();
    private final List<LedgerEvent> events = new ArrayList<>();
    private final Map<ItemRef, ItemDef> items = new HashMap<>();
    private final Map<InvoiceId, InvoiceIssued> invoices = new HashMap<>();
    private final Map<CreditSource, SourceDef> sources = new HashMap<>();
    private final Map<DisputeId, DisputeOpened> disputes = new HashMap<>();
    /** The invoices and payments seen by what makes them look alike: one event id, or a list of them. */
    private final Map<DupKey, Object> duplicateKeys = new HashMap<>();
    private final List<SuspectedDuplicate> duplicates = new ArrayList<>();
    private final TreeSet<ItemDef> openItems = new TreeSet<>(CREATION_ORDER);
    private final List<LedgerEvent> disputeEvents = new ArrayList<>();
    private LocalDate lastSettlement;

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

    /** Every item, by ref; live, not a copy. */
    Map<ItemRef, ItemDef> items() {
        return items;
    }

    /**
     * The items open after every event recorded so far (whatever their dates), by creation date then
     * ref; live, not a copy. Exactly the items open as of a date on or after {@link #lastSettlement()},
     * once those created after the date are left out.
     */
    NavigableSet<ItemDef> openItems() {
        return openItems;
    }

    /** The latest date of an allocation, write-off or reversal recorded so far, or null if none. */
    LocalDate lastSettlement() {
        return lastSettlement;
    }

    /** The disputes opened and resolved so far, in arrival order; live, not a copy. */
    List<LedgerEvent> disputeEvents() {
        return disputeEvents;
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
                track(new ItemDef(t, e.getDate()));
            }
            flagDuplicate(e, "invoice", inv.getTotal(), inv.getIssueDate(), inv.getReference().orElse(null));
        } else if (e instanceof ChargePosted) {
            track(new ItemDef(Replay.newCharge((ChargePosted) e), e.getDate()));
        } else if (e instanceof CreditNoteIssued) {
            CreditNoteIssued cn = (CreditNoteIssued) e;
            sources.put(cn.getSource(), new SourceDef(cn.getIssueDate(), cn.getAmount(),
                    cn.getInvoiceId().map(i -> List.of(i.getValue())).orElse(List.of())));
        } else if (e instanceof PaymentReceived) {
            PaymentReceived p = (PaymentReceived) e;
            sources.put(p.getSource(), new SourceDef(p.getReceivedDate(), p.getAmount(),
                    p.getRemittanceReferences()));
            flagDuplicate(e, "payment", p.getAmount(), p.getReceivedDate(), p.getReference().orElse(null));
        } else if (e instanceof AllocationPosted) {
            AllocationPosted a = (AllocationPosted) e;
            SourceDef s = sources.get(a.getSource());
            s.allocations.add(a);
            s.consumed = s.consumed.plus(a.getTotalAmount());
            settledOn(e.getDate());
            for (ItemApplication app : a.getApplications()) {
                ItemDef d = items.get(app.getItem());
                boolean added = d.add(a);
                if (s.reversal != null && d.add(s.reversal)) {
                    touched(d, null);    // two new events, the reversal after the allocation: replay
                } else if (added) {
                    touched(d, a);
                }
            }
        } else if (e instanceof WriteOffPosted) {
            settledOn(e.getDate());
            ItemDef d = items.get(((WriteOffPosted) e).getItem());
            if (d.add(e)) {
                touched(d, e);
            }
        } else if (e instanceof DisputeOpened) {
            DisputeOpened d = (DisputeOpened) e;
            disputes.put(d.getDisputeId(), d);
            disputeEvents.add(e);
        } else if (e instanceof DisputeResolved) {
            disputeEvents.add(e);
        } else if (e instanceof PaymentReversed) {
            PaymentReversed r = (PaymentReversed) e;
            SourceDef s = sources.get(CreditSource.ofPayment(r.getPaymentId()));
            s.reversal = r;
            settledOn(e.getDate());
            for (AllocationPosted a : s.allocations) {
                for (ItemApplication app : a.getApplications()) {
                    ItemDef d = items.get(app.getItem());
                    if (d.add(r)) {
                        touched(d, r);
                    }
                }
            }
        } else if (e instanceof CreditRefunded) {
            CreditRefunded r = (CreditRefunded) e;
            SourceDef s = sources.get(r.getSource());
            s.refunds.add(r);
            s.consumed = s.consumed.plus(r.getAmount());
        }
    }

    private void track(ItemDef d) {
        items.put(d.template.ref, d);
        if (d.state().open.isPositive()) {
            openItems.add(d);
        }
    }

    private void settledOn(LocalDate date) {
        if (lastSettlement == null || date.isAfter(lastSettlement)) {
            lastSettlement = date;
        }
    }

    /**
     * Brings an item's running state up to date after a new touching event: one step when the event
     * comes last in canonical order (the usual case of events applied in date order), otherwise (or
     * when e is null) a
     * replay of the item's own history. Then keeps {@link #openItems} in step.
     */
    private void touched(ItemDef d, LedgerEvent e) {
        if (e != null && (d.last == null || LedgerEvent.CANONICAL_ORDER.compare(e, d.last) > 0)) {
            if (d.running == null) {
                d.running = d.template.fresh();
            }
            ItemDef.step(d.running, e);
            d.last = e;
        } else {
            d.running = d.replay(null);
            d.last = null;
            for (LedgerEvent t : d.touching) {
                if (d.last == null || LedgerEvent.CANONICAL_ORDER.compare(t, d.last) > 0) {
                    d.last = t;
                }
            }
        }
        if (d.state().open.isPositive()) {
            openItems.add(d);
        } else {
            openItems.remove(d);
        }
    }

    /**
     * What makes two invoices or two payments look alike: kind, amount, date and reference. Holds the
     * event's own objects, so remembering every invoice and payment costs one small key each.
     */
    private static final class DupKey {
        final String kind;
        final Money amount;
        final LocalDate date;
        final String reference;

        DupKey(String kind, Money amount, LocalDate date, String reference) {
            this.kind = kind;
            this.amount = amount;
            this.date = date;
            this.reference = reference;
        }

        @Override
        public boolean equals(Object obj) {
            if (!(obj instanceof DupKey)) {
                return false;
            }
            DupKey o = (DupKey) obj;
            return kind.equals(o.kind) && amount.equals(o.amount) && date.equals(o.date)
                    && Objects.equals(reference, o.reference);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, amount, date, reference);
        }
    }

    @SuppressWarnings("unchecked")
    private void flagDuplicate(LedgerEvent e, String kind, Money amount, LocalDate date, String reference) {
        DupKey key = new DupKey(kind, amount, date, reference);
        Object held = duplicateKeys.get(key);
        if (held == null) {
            duplicateKeys.put(key, e.getEventId());
            return;
        }
        List<EventId> same;
        if (held instanceof EventId) {
            same = new ArrayList<>();
            same.add((EventId) held);
            duplicateKeys.put(key, same);
        } else {
            same = (List<EventId>) held;
        }
        String reason = "amount " + amount + ", date " + date + ", reference "
                + (reference == null ? "none" : "'" + reference + "'");
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
