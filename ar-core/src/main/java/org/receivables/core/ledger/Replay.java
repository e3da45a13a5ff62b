package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.DisputeId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemKind;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.terms.Instalment;

/**
 * Replays accepted events in canonical order up to an as-of date and builds the view: one pass,
 * linear in the events replayed plus the sorting of the output. Not thread-safe; used once.
 *
 * <p>{@code org.receivables.core.bulk.LedgerScan} replays the same events into columns for
 * {@code OpenItemColumns.of(Portfolio, LocalDate)}, following what this class decides about open items
 * (amounts, order, disputes): a change to those rules here must be made there too, and
 * {@code OpenItemColumnsLedgersTest} compares the two.
 */
final class Replay {

    /** The order of {@link LedgerView#getOpenItems()}: due date, then issue date, then ref. */
    static final Comparator<OpenItem> ITEM_ORDER = Comparator.comparing(OpenItem::getDueDate)
            .thenComparing(OpenItem::getIssueDate).thenComparing(OpenItem::getRef);

    /** Running totals of one currency. */
    private static final class Totals {
        Money invoiced;
        Money charged;
        Money credited;
        Money received;
        Money reversed;
        Money refunded;
        Money appliedPayments;
        Money appliedCredits;
        Money discounts;
        Money allocationWriteOffs;
        Money writtenOff;
        Money recovered;
        Money balance;

        Totals(CurrencyUnit c) {
            Money z = Money.zero(c);
            invoiced = z;
            charged = z;
            credited = z;
            received = z;
            reversed = z;
            refunded = z;
            appliedPayments = z;
            appliedCredits = z;
            discounts = z;
            allocationWriteOffs = z;
            writtenOff = z;
            recovered = z;
            balance = z;
        }
    }

    /** The state of one payment or credit note. */
    private static final class SourceState {
        final CreditSource source;
        final LocalDate date;
        final Money amount;
        final List<String> references;
        Money applied;
        Money refunded;
        boolean reversed;
        final List<ItemTrack.Entry> entries = new ArrayList<>();
        /** The balance last built, reused by the next build while the state has not changed since. */
        SourceBalance built;

        SourceState(CreditSource source, LocalDate date, Money amount, List<String> references) {
            this.source = source;
            this.references = references;
            this.date = date;
            this.amount = amount;
            this.applied = Money.zero(amount.getCurrencyUnit());
            this.refunded = applied;
        }
    }

    private final CustomerId customerId;
    /** The date the state stands at: every event dated on or before it, and none after, is applied. */
    private LocalDate asOf;
    /** The position in the sorted events of the first event not yet applied. */
    private int next;
    private final Map<ItemRef, ItemTrack> items = new LinkedHashMap<>();
    private final Map<CreditSource, SourceState> sources = new LinkedHashMap<>();
    private final Map<CurrencyUnit, Totals> totals = new TreeMap<>();
    private final Map<DisputeId, DisputeOpened> openDisputes = new TreeMap<>();
    private final Map<InvoiceId, Integer> disputesPerInvoice = new HashMap<>();
    private final List<PromiseMade> promises = new ArrayList<>();
    private final List<ItemTrack.Entry> paymentEntries = new ArrayList<>();
    private final List<StatementLine> movements = new ArrayList<>();

    private Replay(CustomerId customerId, LocalDate asOf) {
        this.customerId = customerId;
        this.asOf = asOf;
    }

    /**
     * Builds the view of events already sorted in canonical order, taking those dated on or before asOf.
     */
    static LedgerView view(CustomerId customerId, List<LedgerEvent> sorted, LocalDate asOf) {
        return start(customerId).advance(sorted, asOf);
    }

    /** A replay that has applied nothing yet, to be moved forward with {@link #advance}. */
    static Replay start(CustomerId customerId) {
        return new Replay(customerId, LocalDate.MIN);
    }

    /** The date the replay stands at; {@link LocalDate#MIN} before the first {@link #advance}. */
    LocalDate asOf() {
        return asOf;
    }

    /**
     * Moves the replay forward to the end of a date, applying the events after the current date up
     * to it, and builds the view there. Building reads the state and changes nothing, so the replay
     * can move on to a later date: a run of ascending dates costs one replay plus one build per date.
     *
     * @param sorted the same events in canonical order at every call
     * @param date the date, not before {@link #asOf()}
     */
    LedgerView advance(List<LedgerEvent> sorted, LocalDate date) {
        if (date.isBefore(asOf)) {
            throw new IllegalStateException("replay at " + asOf + " cannot go back to " + date);
        }
        while (next < sorted.size() && !sorted.get(next).getDate().isAfter(date)) {
            apply(sorted.get(next));
            next++;
        }
        asOf = date;
        return build();
    }

    private Totals totals(CurrencyUnit c) {
        return totals.computeIfAbsent(c, Totals::new);
    }

    private void line(LocalDate date, MovementKind kind, EventId id, String document, String description, Money amount) {
        if (amount.isZero()) {
            return;
        }
        Totals t = totals(amount.getCurrencyUnit());
        t.balance = t.balance.plus(amount);
        movements.add(ImmutableStatementLine.builder().date(date).kind(kind).eventId(id).document(document)
                .description(description).amount(amount).balanceAfter(t.balance).build());
    }

    private void apply(LedgerEvent e) {
        if (e instanceof InvoiceIssued) {
            InvoiceIssued inv = (InvoiceIssued) e;
            for (Instalment i : inv.getSchedule().getInstalments()) {
                ItemTrack t = newInstalment(inv, i);
                items.put(t.ref, t);
            }
            Totals t = totals(inv.getCurrency());
            t.invoiced = t.invoiced.plus(inv.getTotal());
            line(e.getDate(), MovementKind.INVOICE, e.getEventId(), inv.getInvoiceId().getValue(),
                    "Invoice " + inv.getInvoiceId(), inv.getTotal());
        } else if (e instanceof ChargePosted) {
            ChargePosted c = (ChargePosted) e;
            ItemTrack t = newCharge(c);
            items.put(t.ref, t);
            Totals tot = totals(c.getCurrency());
            tot.charged = tot.charged.plus(c.getAmount());
            line(e.getDate(), MovementKind.CHARGE, e.getEventId(), c.getChargeId().getValue(),
                    (c.getChargeKind() == ItemKind.FEE ? "Fee " : "Interest ") + c.getChargeId(), c.getAmount());
        } else if (e instanceof CreditNoteIssued) {
            CreditNoteIssued cn = (CreditNoteIssued) e;
            sources.put(cn.getSource(), new SourceState(cn.getSource(), cn.getIssueDate(), cn.getAmount(),
                    cn.getInvoiceId().map(i -> List.of(i.getValue())).orElse(List.of())));
            Totals t = totals(cn.getCurrency());
            t.credited = t.credited.plus(cn.getAmount());
            line(e.getDate(), MovementKind.CREDIT_NOTE, e.getEventId(), cn.getCreditNoteId().getValue(),
                    "Credit note " + cn.getCreditNoteId(), cn.getAmount().negated());
        } else if (e instanceof PaymentReceived) {
            PaymentReceived p = (PaymentReceived) e;
            sources.put(p.getSource(), new SourceState(p.getSource(), p.getReceivedDate(), p.getAmount(),
                    p.getRemittanceReferences()));
            Totals t = totals(p.getCurrency());
            t.received = t.received.plus(p.getAmount());
            line(e.getDate(), MovementKind.PAYMENT, e.getEventId(), p.getPaymentId().getValue(),
                    "Payment " + p.getPaymentId(), p.getAmount().negated());
        } else if (e instanceof AllocationPosted) {
            applyAllocation((AllocationPosted) e);
        } else if (e instanceof WriteOffPosted) {
            WriteOffPosted w = (WriteOffPosted) e;
            if (!items.get(w.getItem()).writeOff(w.getAmount())) {
                throw new IllegalStateException("accepted write-off " + w.getEventId() + " over-applies " + w.getItem());
            }
            Totals t = totals(w.getCurrency());
            t.writtenOff = t.writtenOff.plus(w.getAmount());
            line(e.getDate(), MovementKind.WRITE_OFF, e.getEventId(), w.getWriteOffId().getValue(),
                    "Write-off of " + w.getItem(), w.getAmount().negated());
        } else if (e instanceof DisputeOpened) {
            DisputeOpened d = (DisputeOpened) e;
            openDisputes.put(d.getDisputeId(), d);
            disputesPerInvoice.merge(d.getInvoiceId(), 1, Integer::sum);
        } else if (e instanceof DisputeResolved) {
            DisputeOpened d = openDisputes.remove(((DisputeResolved) e).getDisputeId());
            if (d != null) {
                disputesPerInvoice.merge(d.getInvoiceId(), -1, Integer::sum);
            }
        } else if (e instanceof PromiseMade) {
            promises.add((PromiseMade) e);
        } else if (e instanceof PaymentReversed) {
            applyReversal((PaymentReversed) e);
        } else if (e instanceof CreditRefunded) {
            CreditRefunded r = (CreditRefunded) e;
            SourceState s = sources.get(r.getSource());
            s.refunded = s.refunded.plus(r.getAmount());
            Totals t = totals(r.getCurrency());
            t.refunded = t.refunded.plus(r.getAmount());
            line(e.getDate(), MovementKind.REFUND, e.getEventId(), r.getSource().getDocumentId(),
                    "Refund of " + r.getSource().getDocumentId(), r.getAmount());
        }
    }

    private void applyAllocation(AllocationPosted a) {
        SourceState s = sources.get(a.getSource());
        Totals t = totals(a.getCurrency());
        Money zero = Money.zero(a.getCurrency());
        Money discounts = zero;
        Money writeOffs = zero;
        Money recovered = zero;
        for (ItemApplication app : a.getApplications()) {
            ItemTrack item = items.get(app.getItem());
            ItemTrack.Entry entry = item.apply(a, app);
            if (entry == null) {
                throw new IllegalStateException("accepted allocation " + a.getEventId() + " over-applies " + app.getItem());
            }
            s.entries.add(entry);
            s.applied = s.applied.plus(app.getAmount());
            if (a.getSource().isPayment()) {
                t.appliedPayments = t.appliedPayments.plus(app.getAmount());
                paymentEntries.add(entry);
            } else {
                t.appliedCredits = t.appliedCredits.plus(app.getAmount());
            }
            discounts = discounts.plus(app.getDiscount());
            writeOffs = writeOffs.plus(app.getWriteOff());
            recovered = recovered.plus(entry.recovery);
        }
        t.discounts = t.discounts.plus(discounts);
        t.allocationWriteOffs = t.allocationWriteOffs.plus(writeOffs);
        t.recovered = t.recovered.plus(recovered);
        String doc = a.getSource().getDocumentId();
        line(a.getDate(), MovementKind.DISCOUNT, a.getEventId(), doc, "Discount taken with " + doc, discounts.negated());
        line(a.getDate(), MovementKind.ALLOCATION_WRITE_OFF, a.getEventId(), doc,
                "Difference written off with " + doc, writeOffs.negated());
        line(a.getDate(), MovementKind.RECOVERY, a.getEventId(), doc, "Written-off amount recovered by " + doc, recovered);
    }

    private void applyReversal(PaymentReversed r) {
        CreditSource src = CreditSource.ofPayment(r.getPaymentId());
        SourceState s = sources.get(src);
        s.reversed = true;
        Totals t = totals(s.amount.getCurrencyUnit());
        t.reversed = t.reversed.plus(s.amount);
        Money adjustment = Money.zero(s.amount.getCurrencyUnit());
        for (ItemTrack.Entry e : s.entries) {
            if (e.live) {
                e.item.undo(e);
                t.appliedPayments = t.appliedPayments.minus(e.cash);
                t.discounts = t.discounts.minus(e.discount);
                t.allocationWriteOffs = t.allocationWriteOffs.minus(e.writeOff);
                t.recovered = t.recovered.minus(e.recovery);
                adjustment = adjustment.plus(e.discount).plus(e.writeOff).minus(e.recovery);
            }
        }
        s.applied = Money.zero(s.amount.getCurrencyUnit());
        String doc = r.getPaymentId().getValue();
        line(r.getDate(), MovementKind.PAYMENT_REVERSED, r.getEventId(), doc,
                "Payment " + doc + " reversed (" + r.getReason() + ")", s.amount);
        line(r.getDate(), MovementKind.REVERSAL_ADJUSTMENT, r.getEventId(), doc,
                "Discounts, write-offs and recoveries with " + doc + " undone", adjustment);
    }

    /** The open item of a track; disputed counts only for an invoice's instalments. */
    static OpenItem openItem(CustomerId customerId, ItemTrack t, boolean invoiceDisputed) {
        boolean disputed = t.invoiceId != null && t.ref.isInstalment() && invoiceDisputed;
        return OpenItem.builder().ref(t.ref).customerId(customerId).issueDate(t.issueDate)
                .dueDate(t.dueDate).originalAmount(t.original).openAmount(t.open)
                .discountTiers(t.tiers).remittanceKeys(t.keys).disputed(disputed).build();
    }

    /**
     * The invoices with a dispute open at the end of a date: the dispute events dated on or before it,
     * replayed in canonical order exactly as {@link #apply} does.
     */
    static java.util.Set<InvoiceId> disputedInvoices(List<LedgerEvent> disputeEvents, LocalDate asOf) {
        List<LedgerEvent> timeline = new ArrayList<>();
        for (LedgerEvent e : disputeEvents) {
            if (!e.getDate().isAfter(asOf)) {
                timeline.add(e);
            }
        }
        if (timeline.isEmpty()) {
            return java.util.Set.of();
        }
        timeline.sort(LedgerEvent.CANONICAL_ORDER);
        Map<DisputeId, DisputeOpened> open = new HashMap<>();
        Map<InvoiceId, Integer> perInvoice = new HashMap<>();
        for (LedgerEvent e : timeline) {
            if (e instanceof DisputeOpened) {
                DisputeOpened d = (DisputeOpened) e;
                open.put(d.getDisputeId(), d);
                perInvoice.merge(d.getInvoiceId(), 1, Integer::sum);
            } else {
                DisputeOpened d = open.remove(((DisputeResolved) e).getDisputeId());
                if (d != null) {
                    perInvoice.merge(d.getInvoiceId(), -1, Integer::sum);
                }
            }
        }
        java.util.Set<InvoiceId> out = new java.util.HashSet<>();
        for (Map.Entry<InvoiceId, Integer> me : perInvoice.entrySet()) {
            if (me.getValue() > 0) {
                out.add(me.getKey());
            }
        }
        return out;
    }

    static ItemTrack newInstalment(InvoiceIssued inv, Instalment i) {
        List<String> keys = new ArrayList<>();
        keys.add(inv.getInvoiceId().getValue());
        inv.getReference().ifPresent(keys::add);
        return new ItemTrack(ItemRef.ofInstalment(inv.getInvoiceId(), i.getNumber()), inv.getInvoiceId(),
                inv.getIssueDate(), i.getDueDate(), i.getAmount(), i.getDiscountTiers(), List.copyOf(keys));
    }

    static ItemTrack newCharge(ChargePosted c) {
        List<String> keys = new ArrayList<>();
        keys.add(c.getChargeId().getValue());
        return new ItemTrack(c.getItemRef(), c.getInvoiceId().orElse(null), c.getPostedDate(), c.getDueDate(),
                c.getAmount(), List.of(), List.copyOf(keys));
    }

    private LedgerView build() {
        Map<CurrencyUnit, Money> open = new HashMap<>();
        List<OpenItem> openItems = new ArrayList<>();
        for (ItemTrack t : items.values()) {
            open.merge(t.currency(), t.open, Money::plus);
            if (t.open.isPositive()) {
                boolean disputed = t.invoiceId != null && t.ref.isInstalment()
                        && disputesPerInvoice.getOrDefault(t.invoiceId, 0) > 0;
                OpenItem item = t.built;
                if (item == null || item.isDisputed() != disputed || !item.getOpenAmount().equals(t.open)) {
                    item = openItem(customerId, t, disputed);
                    t.built = item;
                }
                openItems.add(item);
            }
        }
        openItems.sort(ITEM_ORDER);
        Map<CurrencyUnit, Money> unapplied = new HashMap<>();
        List<SourceBalance> sourceList = new ArrayList<>();
        for (SourceState s : sources.values()) {
            SourceBalance b = s.built;
            if (b == null || b.isReversed() != s.reversed || !b.getApplied().equals(s.applied)
                    || !b.getRefunded().equals(s.refunded)) {
                b = ImmutableSourceBalance.builder().source(s.source).date(s.date).amount(s.amount)
                        .references(s.references).applied(s.applied).refunded(s.refunded).reversed(s.reversed).build();
                s.built = b;
            }
            sourceList.add(b);
            unapplied.merge(s.amount.getCurrencyUnit(), b.getUnapplied(), Money::plus);
        }
        sourceList.sort(Comparator.comparing(SourceBalance::getDate).thenComparing(SourceBalance::getSource));
        List<AccountTotals> totalList = new ArrayList<>();
        for (Map.Entry<CurrencyUnit, Totals> me : totals.entrySet()) {
            CurrencyUnit c = me.getKey();
            Totals t = me.getValue();
            Money z = Money.zero(c);
            totalList.add(ImmutableAccountTotals.builder().asOf(asOf).currency(c).invoiced(t.invoiced)
                    .charged(t.charged).credited(t.credited).received(t.received).reversed(t.reversed)
                    .refunded(t.refunded).appliedPayments(t.appliedPayments).appliedCredits(t.appliedCredits)
                    .discounts(t.discounts).allocationWriteOffs(t.allocationWriteOffs).writtenOff(t.writtenOff)
                    .recovered(t.recovered).openItems(open.getOrDefault(c, z))
                    .unapplied(unapplied.getOrDefault(c, z)).build());
        }
        List<Recovery> recoveries = new ArrayList<>();
        for (SourceState s : sources.values()) {
            for (ItemTrack.Entry e : s.entries) {
                if (e.live && e.recovery.isPositive()) {
                    recoveries.add(ImmutableRecovery.builder().allocationId(e.allocationId).date(e.date)
                            .source(e.source).item(e.item.ref).amount(e.recovery).build());
                }
            }
        }
        recoveries.sort(Comparator.comparing(Recovery::getDate).thenComparing(Recovery::getAllocationId)
                .thenComparing(Recovery::getItem));
        return ImmutableLedgerView.builder().customerId(customerId).asOf(asOf).openItems(openItems)
                .totals(totalList).sources(sourceList).openDisputes(openDisputes.values())
                .promises(judgePromises()).recoveries(recoveries).movements(movements).build();
    }

    private List<PromiseState> judgePromises() {
        Map<InvoiceId, List<ItemTrack.Entry>> byInvoice = new HashMap<>();
        for (ItemTrack.Entry e : paymentEntries) {
            if (e.item.invoiceId != null && e.item.ref.isInstalment()) {
                byInvoice.computeIfAbsent(e.item.invoiceId, k -> new ArrayList<>()).add(e);
            }
        }
        List<PromiseState> out = new ArrayList<>();
        for (PromiseMade p : promises) {
            Money paid = Money.zero(p.getCurrency());
            if (p.getInvoiceIds().isEmpty()) {
                for (ItemTrack.Entry e : paymentEntries) {
                    paid = paid.plus(counted(p, e));
                }
            } else {
                for (InvoiceId id : p.getInvoiceIds()) {
                    for (ItemTrack.Entry e : byInvoice.getOrDefault(id, List.of())) {
                        paid = paid.plus(counted(p, e));
                    }
                }
            }
            PromiseStatus status = !paid.isLessThan(p.getAmount()) ? PromiseStatus.KEPT
                    : asOf.isAfter(p.getPromisedDate()) ? PromiseStatus.BROKEN : PromiseStatus.PENDING;
            out.add(ImmutablePromiseState.builder().promise(p).paid(paid).status(status).build());
        }
        out.sort(Comparator.comparing((PromiseState s) -> s.getPromise().getMadeDate())
                .thenComparing(s -> s.getPromise().getPromiseId()));
        return out;
    }

    private static Money counted(PromiseMade p, ItemTrack.Entry e) {
        boolean inWindow = !e.date.isBefore(p.getMadeDate()) && !e.date.isAfter(p.getPromisedDate());
        if (e.live && inWindow && e.cash.getCurrencyUnit().equals(p.getCurrency())) {
            return e.cash;
        }
        return Money.zero(p.getCurrency());
    }
}
