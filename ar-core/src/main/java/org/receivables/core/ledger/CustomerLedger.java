package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.DisputeId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.terms.Instalment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A customer's account: the immutable set of dated {@link LedgerEvent}s accepted for one customer,
 * with views of it as of any date.
 *
 * <p><b>Arrival order.</b> Events may arrive in any order; the ledger keeps them in the canonical order
 * (date, then {@link EventKind}, then event id) and every view equals the one built from the same
 * events applied in date order. Validity is checked against the events already accepted, so an event
 * must arrive after the events it relies on: an allocation after its payment or credit note and the
 * invoices or charges it names, a write-off after its item, a reversal after its payment, a dispute
 * after its invoice, a resolution after its dispute, a refund after its source, and an allocation or
 * write-off that needs an amount reopened by a reversal or recovers a written-off amount after that
 * reversal or write-off. Apart from that, arrival order does not matter.
 *
 * <p><b>Idempotence and refusals.</b> Applying an event equal to one already held is a no-op; a
 * different event under a used id is refused with {@link DuplicateEventException}. Every check runs
 * before anything changes, so a refused event leaves the ledger exactly as it was.
 *
 * <p><b>What is refused.</b> Besides missing references and bad dates: an item's open amount going
 * below zero, or a payment or credit note applied or refunded beyond its amount, at any as-of date;
 * allocations dated before their source or an item's issue date; amounts in another currency than the
 * item or source ({@link CurrencyMismatchException}). Cash applied to an item beyond its open amount,
 * within what was written off on it, is a recovery rather than an over-application.
 *
 * <p><b>Cost.</b> Applying an event through a {@link Builder} checks only the history of the items
 * and source it touches, so building a ledger is linear in the number of events (for items touched a
 * bounded number of times). {@link #withEvent(LedgerEvent)} copies the ledger and costs O(n).
 * {@link #asOf(LocalDate)} and {@link #statement} replay the events once: O(n log n) at worst.
 *
 * <pre>
 *   CustomerLedger ledger = CustomerLedger.builder(CustomerId.of("C-1"))
 *       .apply(invoiceIssued).apply(paymentReceived).apply(allocation)
 *       .build();
 *   ledger.asOf(LocalDate.parse("2024-02-29")).getBalance(CurrencyUnit.EUR);   // EUR 200.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CustomerLedger {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerLedger.class);

    private final CustomerId customerId;
    private final List<LedgerEvent> events;
    private final List<SuspectedDuplicate> duplicates;

    private CustomerLedger(CustomerId customerId, List<LedgerEvent> events, List<SuspectedDuplicate> duplicates) {
        this.customerId = customerId;
        this.events = events;
        this.duplicates = duplicates;
    }

    /**
     * Obtains an empty ledger.
     *
     * @param customerId the customer, not null
     * @return the ledger, with no events
     * @throws NullPointerException if customerId is null
     */
    public static CustomerLedger empty(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return new CustomerLedger(customerId, List.of(), List.of());
    }

    /**
     * Obtains a ledger of the given events, applied in the given order.
     *
     * @param customerId the customer, not null
     * @param events the events, not null, no null element
     * @return the ledger
     * @throws NullPointerException if an argument or event is null
     * @throws IllegalArgumentException if an event is refused (see the class description)
     */
    public static CustomerLedger of(CustomerId customerId, Iterable<? extends LedgerEvent> events) {
        Objects.requireNonNull(events, "events");
        Builder b = builder(customerId);
        for (LedgerEvent e : events) {
            b.apply(e);
        }
        return b.build();
    }

    /**
     * Creates an empty builder.
     *
     * @param customerId the customer, not null
     * @return the builder
     * @throws NullPointerException if customerId is null
     */
    public static Builder builder(CustomerId customerId) {
        return new Builder(Objects.requireNonNull(customerId, "customerId"));
    }

    /**
     * Creates a builder holding this ledger's events; O(n).
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(customerId);
        for (LedgerEvent e : events) {
            b.apply(e);
        }
        return b;
    }

    /**
     * Returns a ledger with one more event; O(n). Applying an event already held returns an equal ledger.
     *
     * @param event the event, not null
     * @return the new ledger
     * @throws NullPointerException if event is null
     * @throws IllegalArgumentException if the event is refused (see the class description)
     */
    public CustomerLedger withEvent(LedgerEvent event) {
        return toBuilder().apply(event).build();
    }

    /**
     * Gets the customer.
     *
     * @return the customer id, not null
     */
    public CustomerId getCustomerId() {
        return customerId;
    }

    /**
     * Gets the events in canonical order: date, then kind, then event id.
     *
     * @return the events, not null
     */
    public List<LedgerEvent> getEvents() {
        return events;
    }

    /**
     * Gets the pairs of invoices or payments that look entered twice, by first then second id.
     *
     * @return the suspected duplicates, not null
     */
    public List<SuspectedDuplicate> getSuspectedDuplicates() {
        return duplicates;
    }

    /**
     * Gets the account as of the end of a date: only events dated on or before it count.
     *
     * @param asOf the date, not null
     * @return the view, not null
     * @throws NullPointerException if asOf is null
     */
    public LedgerView asOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return Replay.view(customerId, events, asOf);
    }

    /**
     * Gets the statement in one currency from a start date to an end date, both inclusive.
     *
     * @param currency the currency, not null
     * @param startInclusive the first day, not null
     * @param endInclusive the last day, not before the first, not null
     * @return the statement, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if endInclusive is before startInclusive
     */
    public Statement statement(CurrencyUnit currency, LocalDate startInclusive, LocalDate endInclusive) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(startInclusive)) {
            throw new IllegalArgumentException("endInclusive " + endInclusive + " is before startInclusive " + startInclusive);
        }
        LedgerView view = asOf(endInclusive);
        Money opening = Money.zero(currency);
        List<StatementLine> lines = new ArrayList<>();
        for (StatementLine l : view.getMovements()) {
            if (l.getAmount().getCurrencyUnit().equals(currency)) {
                if (l.getDate().isBefore(startInclusive)) {
                    opening = l.getBalanceAfter();
                } else {
                    lines.add(l);
                }
            }
        }
        return ImmutableStatement.builder().customerId(customerId).currency(currency).startDate(startInclusive)
                .endDate(endInclusive).openingBalance(opening).lines(lines)
                .closingBalance(view.getBalance(currency)).build();
    }

    /**
     * Checks whether another object is a ledger of the same customer with the same events.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof CustomerLedger)) {
            return false;
        }
        CustomerLedger o = (CustomerLedger) obj;
        return customerId.equals(o.customerId) && events.equals(o.events) && duplicates.equals(o.duplicates);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return customerId.hashCode() * 31 + events.hashCode();
    }

    /**
     * Returns a short description: the customer and the number of events.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "CustomerLedger[" + customerId + ", " + events.size() + " events]";
    }

    /** What the builder knows of one payment or credit note. */
    private static final class SourceDef {
        final LedgerEvent event;
        final LocalDate date;
        final Money amount;
        Money consumed;
        final List<AllocationPosted> allocations = new ArrayList<>();
        final List<CreditRefunded> refunds = new ArrayList<>();
        PaymentReversed reversal;

        SourceDef(LedgerEvent event, LocalDate date, Money amount) {
            this.event = event;
            this.date = date;
            this.amount = amount;
            this.consumed = Money.zero(amount.getCurrencyUnit());
        }
    }

    /** What the builder knows of one item: its definition and the events touching it. */
    private static final class ItemDef {
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

    /**
     * A mutable builder of a {@link CustomerLedger}: applies events one at a time, checking each against
     * the history of what it touches only, so that building is linear in the number of events.
     *
     * <p>This class is mutable and not thread-safe; the ledgers it builds are immutable.
     */
    public static final class Builder {

        private final CustomerId customerId;
        private final Map<EventId, LedgerEvent> byId = new HashMap<>();
        private final List<LedgerEvent> events = new ArrayList<>();
        private final Map<ItemRef, ItemDef> items = new HashMap<>();
        private final Map<InvoiceId, InvoiceIssued> invoices = new HashMap<>();
        private final Map<CreditSource, SourceDef> sources = new HashMap<>();
        private final Map<DisputeId, DisputeOpened> disputes = new HashMap<>();
        private final Map<String, List<EventId>> duplicateKeys = new HashMap<>();
        private final List<SuspectedDuplicate> duplicates = new ArrayList<>();

        private Builder(CustomerId customerId) {
            this.customerId = customerId;
        }

        /**
         * Applies an event: a no-op if an equal event is already held, otherwise checked and added.
         *
         * @param event the event, not null
         * @return this builder
         * @throws NullPointerException if event is null
         * @throws DuplicateEventException if a different event holds the same id
         * @throws CurrencyMismatchException if an amount is in another currency than its item or source
         * @throws IllegalArgumentException if the event is refused for another reason (see {@link CustomerLedger})
         */
        public Builder apply(LedgerEvent event) {
            Objects.requireNonNull(event, "event");
            try {
                if (!validate(event)) {
                    return this;
                }
            } catch (IllegalArgumentException ex) {
                LOG.debug("refused event {} of customer {}: {}", event.getEventId(), customerId, ex.getMessage());
                throw ex;
            }
            record(event);
            return this;
        }

        /**
         * Builds the ledger of the events applied so far; O(n log n).
         *
         * @return the ledger, not null
         */
        public CustomerLedger build() {
            List<LedgerEvent> sorted = new ArrayList<>(events);
            sorted.sort(LedgerEvent.CANONICAL_ORDER);
            List<SuspectedDuplicate> dups = new ArrayList<>(duplicates);
            dups.sort((a, b) -> {
                int c = a.getFirst().compareTo(b.getFirst());
                return c != 0 ? c : a.getSecond().compareTo(b.getSecond());
            });
            return new CustomerLedger(customerId, Collections.unmodifiableList(sorted), Collections.unmodifiableList(dups));
        }

        /** Returns false for a replay of a held event; throws if the event is refused; changes nothing. */
        private boolean validate(LedgerEvent e) {
            if (!e.getCustomerId().equals(customerId)) {
                throw new IllegalArgumentException("customerId " + e.getCustomerId() + " of event " + e.getEventId()
                        + " is not the ledger's customer " + customerId);
            }
            LedgerEvent existing = byId.get(e.getEventId());
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
                DisputeOpened d = disputes.get(r.getDisputeId());
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
            InvoiceIssued inv = invoices.get(id);
            if (inv == null) {
                throw new IllegalArgumentException("invoiceId " + id + " of event " + e.getEventId()
                        + " is unknown; the invoice must be applied first");
            }
            return inv;
        }

        private SourceDef requireSource(CreditSource source, LedgerEvent e) {
            SourceDef s = sources.get(source);
            if (s == null) {
                throw new IllegalArgumentException("source " + source + " of event " + e.getEventId()
                        + " is unknown; the payment or credit note must be applied first");
            }
            return s;
        }

        private ItemDef requireItem(ItemRef ref, LedgerEvent e) {
            ItemDef d = items.get(ref);
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

        /** Adds a validated event to every index; cannot fail. */
        private void record(LedgerEvent e) {
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
                sources.put(cn.getSource(), new SourceDef(cn, cn.getIssueDate(), cn.getAmount()));
            } else if (e instanceof PaymentReceived) {
                PaymentReceived p = (PaymentReceived) e;
                sources.put(p.getSource(), new SourceDef(p, p.getReceivedDate(), p.getAmount()));
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
}
