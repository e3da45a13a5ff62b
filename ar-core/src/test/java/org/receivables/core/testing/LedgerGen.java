package org.receivables.core.testing;

import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.CreditNoteId;
import org.receivables.core.document.DisputeId;
import org.receivables.core.document.Invoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.document.PromiseId;
import org.receivables.core.document.WriteOffId;
import org.receivables.core.document.WriteOffReason;
import org.receivables.core.item.ChargeId;
import org.receivables.core.item.ItemKind;
import org.receivables.core.item.ItemRef;
import org.receivables.core.ledger.AllocationPosted;
import org.receivables.core.ledger.ItemApplication;
import org.receivables.core.ledger.ChargePosted;
import org.receivables.core.ledger.CreditNoteIssued;
import org.receivables.core.ledger.CreditRefunded;
import org.receivables.core.ledger.CreditSource;
import org.receivables.core.ledger.DisputeOpened;
import org.receivables.core.ledger.DisputeResolved;
import org.receivables.core.ledger.EventId;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.LedgerEvent;
import org.receivables.core.ledger.PaymentReceived;
import org.receivables.core.ledger.PaymentReversed;
import org.receivables.core.ledger.PromiseMade;
import org.receivables.core.ledger.ReversalReason;
import org.receivables.core.ledger.WriteOffPosted;
import org.receivables.core.money.Percentage;
import org.receivables.core.terms.DiscountTier;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.Instalment;
import org.receivables.core.terms.PaymentTerms;

/**
 * A constructive generator of whole ledgers: several customers, each with one or two currencies from
 * {@link CoreGen#CURRENCIES}, and a valid history built in date order against a {@link LedgerModel}:
 * invoices with random instalment terms and discount tiers, fees and interest, credit notes, partial
 * and over payments, allocations (with discounts, small write-offs and recoveries), write-offs,
 * disputes and their resolutions, promises, payment reversals and refunds. Likely duplicates appear on
 * purpose. Every event records the events it relies on, so {@link Scenario#shuffled(Random)} gives
 * any arrival order the ledger must accept.
 *
 * <p>A reversal is always generated on a day after everything before it, so the generation order and
 * the ledger's canonical same-day order (reversals and write-offs before allocations) give the same state.
 */
public final class LedgerGen {

    /** Payment terms notations the generator draws from. */
    static final List<String> TERMS = List.of("Net 30", "2/10 Net 30", "Due on receipt", "EOM", "Net 30 EOM",
            "3/14 2/20 Net 30", "30% Due on receipt; 70% 2/10 Net 60");

    private LedgerGen() {
    }

    /** A generated history. */
    public static final class Scenario {
        /** The events in generation (date) order. */
        public final List<LedgerEvent> events;
        /** For each event, the events that must arrive before it. */
        public final Map<EventId, Set<EventId>> dependencies;
        /** The customers, sorted. */
        public final List<CustomerId> customers;
        /** The first and last event dates. */
        public final LocalDate start;
        public final LocalDate end;
        final long seed;

        Scenario(List<LedgerEvent> events, Map<EventId, Set<EventId>> dependencies, List<CustomerId> customers,
                LocalDate start, LocalDate end, long seed) {
            this.events = Collections.unmodifiableList(events);
            this.dependencies = dependencies;
            this.customers = customers;
            this.start = start;
            this.end = end;
            this.seed = seed;
        }

        /** @return the events in a random order that respects the dependencies */
        public List<LedgerEvent> shuffled(Random random) {
            Map<EventId, LedgerEvent> byId = new LinkedHashMap<>();
            for (LedgerEvent e : events) {
                byId.put(e.getEventId(), e);
            }
            Set<EventId> done = new HashSet<>();
            List<LedgerEvent> ready = new ArrayList<>();
            List<LedgerEvent> out = new ArrayList<>();
            List<LedgerEvent> waiting = new ArrayList<>(events);
            while (!waiting.isEmpty() || !ready.isEmpty()) {
                for (int i = waiting.size() - 1; i >= 0; i--) {
                    if (done.containsAll(dependencies.getOrDefault(waiting.get(i).getEventId(), Set.of()))) {
                        ready.add(waiting.remove(i));
                    }
                }
                LedgerEvent next = ready.remove(random.nextInt(ready.size()));
                out.add(next);
                done.add(next.getEventId());
            }
            return out;
        }

        /** @return the events of one customer, in generation order */
        public List<LedgerEvent> eventsOf(CustomerId customer) {
            List<LedgerEvent> out = new ArrayList<>();
            for (LedgerEvent e : events) {
                if (e.getCustomerId().equals(customer)) {
                    out.add(e);
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return "Scenario[seed " + seed + ", " + events.size() + " events " + start + ".." + end + ": " + events + "]";
        }
    }

    /** @return scenarios of up to 60 events */
    public static Gen<Scenario> scenarios() {
        return scenarios(60);
    }

    /**
     * @param steps the number of generation steps (about one event each)
     * @return scenarios
     */
    public static Gen<Scenario> scenarios(int steps) {
        return longs().all().map(seed -> generate(seed, steps));
    }

    /**
     * @param seed the seed
     * @param steps the number of generation steps
     * @return a scenario
     */
    public static Scenario generate(long seed, int steps) {
        return generate(seed, steps, "C-");
    }

    /**
     * @param seed the seed
     * @param steps the number of generation steps
     * @param customerPrefix the prefix of the customer ids (followed by 1, 2, ...), so that scenarios
     *        with different prefixes can share one portfolio
     * @return a scenario
     */
    public static Scenario generate(long seed, int steps, String customerPrefix) {
        return new Builder(new Random(seed), seed, customerPrefix).run(steps);
    }

    private static final class Builder {
        final Random r;
        final long seed;
        final LedgerModel model = new LedgerModel();
        final List<LedgerEvent> events = new ArrayList<>();
        final Map<EventId, Set<EventId>> deps = new HashMap<>();
        final Map<ItemRef, EventId> itemDoc = new HashMap<>();
        final Map<ItemRef, List<EventId>> itemTouchers = new HashMap<>();
        final Map<CreditSource, EventId> sourceDoc = new HashMap<>();
        final Map<CreditSource, Set<ItemRef>> sourceItems = new HashMap<>();
        final Map<InvoiceId, InvoiceIssued> invoices = new LinkedHashMap<>();
        final Map<DisputeId, DisputeOpened> openDisputes = new LinkedHashMap<>();
        final Map<CustomerId, List<CurrencyUnit>> currencies = new LinkedHashMap<>();
        int counter;
        LocalDate date;

        final String customerPrefix;

        Builder(Random r, long seed, String customerPrefix) {
            this.r = r;
            this.seed = seed;
            this.customerPrefix = customerPrefix;
        }

        Scenario run(int steps) {
            int customers = 1 + r.nextInt(3);
            for (int i = 1; i <= customers; i++) {
                List<CurrencyUnit> list = new ArrayList<>();
                list.add(CoreGen.CURRENCIES.get(r.nextInt(CoreGen.CURRENCIES.size())));
                if (r.nextBoolean()) {
                    CurrencyUnit second = CoreGen.CURRENCIES.get(r.nextInt(CoreGen.CURRENCIES.size()));
                    if (!list.contains(second)) {
                        list.add(second);
                    }
                }
                currencies.put(CustomerId.of(customerPrefix + i), list);
            }
            date = CoreGen.WINDOW_START.plusDays(r.nextInt(3000));
            LocalDate start = date;
            for (int s = 0; s < steps; s++) {
                date = date.plusDays(r.nextInt(4));
                List<CustomerId> ids = new ArrayList<>(currencies.keySet());
                CustomerId c = ids.get(r.nextInt(ids.size()));
                int roll = r.nextInt(100);
                boolean made;
                if (roll < 22) {
                    made = invoice(c);
                } else if (roll < 27) {
                    made = charge(c);
                } else if (roll < 33) {
                    made = creditNote(c);
                } else if (roll < 50) {
                    made = payment(c);
                } else if (roll < 72) {
                    made = allocation(c);
                } else if (roll < 77) {
                    made = writeOff(c);
                } else if (roll < 80) {
                    made = recovery(c);
                } else if (roll < 85) {
                    made = dispute(c);
                } else if (roll < 88) {
                    made = resolve(c);
                } else if (roll < 91) {
                    made = promise(c);
                } else if (roll < 96) {
                    made = reversal(c);
                } else {
                    made = refund(c);
                }
                if (!made) {
                    invoice(c);
                }
            }
            return new Scenario(events, deps, List.copyOf(currencies.keySet()), start, date, seed);
        }

        CurrencyUnit currency(CustomerId c) {
            List<CurrencyUnit> list = currencies.get(c);
            return list.get(r.nextInt(list.size()));
        }

        long minorBetween(long lo, long hi) {
            return hi <= lo ? lo : lo + (long) (r.nextDouble() * (hi - lo + 1));
        }

        void add(LedgerEvent e, Set<EventId> dependsOn) {
            events.add(e);
            deps.put(e.getEventId(), dependsOn);
            model.apply(e);
        }

        <T> T pick(List<T> list) {
            return list.get(r.nextInt(list.size()));
        }

        boolean invoice(CustomerId c) {
            InvoiceId id = InvoiceId.of("INV-" + (++counter));
            InvoiceIssued last = null;
            for (InvoiceIssued inv : invoices.values()) {
                last = inv;
            }
            InvoiceIssued.Builder b = InvoiceIssued.builder().invoiceId(id).customerId(c).issueDate(date);
            if (last != null && last.getCustomerId().equals(c) && last.getIssueDate().equals(date) && r.nextInt(3) == 0) {
                b.schedule(last.getSchedule()).reference(last.getReference()); // a likely duplicate, on purpose
            } else if (r.nextInt(3) == 0) {
                // real payment terms: the schedule comes from the notation, as for a caller's invoice
                Invoice doc = Invoice.builder().id(id).customerId(c).issueDate(date)
                        .amount(Money.ofMinor(currency(c), minorBetween(100, 200_000)))
                        .terms(PaymentTerms.parse(pick(TERMS))).build();
                b.from(InvoiceIssued.of(doc));
            } else {
                CurrencyUnit cur = currency(c);
                int n = 1 + r.nextInt(3);
                long total = minorBetween(n, 200_000);
                long[] parts = new long[n];
                long left = total;
                for (int i = 0; i < n - 1; i++) {
                    parts[i] = minorBetween(1, left - (n - 1 - i));
                    left -= parts[i];
                }
                parts[n - 1] = left;
                List<Instalment> list = new ArrayList<>();
                LocalDate due = date;
                for (int i = 0; i < n; i++) {
                    due = due.plusDays(r.nextInt(45));
                    Instalment.Builder ib = Instalment.builder().number(i + 1).dueDate(due).amount(Money.ofMinor(cur, parts[i]));
                    if (i == 0 && parts[0] >= 100 && r.nextInt(3) == 0) {
                        ib.addDiscountTiers(DiscountTier.of(Percentage.of(2), date.plusDays(10), Money.ofMinor(cur, parts[0] * 2 / 100)));
                    }
                    list.add(ib.build());
                }
                b.schedule(DueSchedule.of(list));
                if (r.nextInt(3) == 0) {
                    b.reference("PO-" + r.nextInt(3));
                }
            }
            InvoiceIssued inv = b.build();
            invoices.put(id, inv);
            for (Instalment i : inv.getSchedule().getInstalments()) {
                ItemRef ref = ItemRef.ofInstalment(id, i.getNumber());
                itemDoc.put(ref, inv.getEventId());
                itemTouchers.put(ref, new ArrayList<>());
            }
            add(inv, Set.of());
            return true;
        }

        boolean charge(CustomerId c) {
            ChargePosted.Builder b = ChargePosted.builder().chargeId(ChargeId.of("CH-" + (++counter)))
                    .chargeKind(r.nextBoolean() ? ItemKind.FEE : ItemKind.INTEREST).customerId(c).postedDate(date)
                    .dueDate(date.plusDays(r.nextInt(30))).amount(Money.ofMinor(currency(c), minorBetween(1, 5_000)));
            ChargePosted ch = b.build();
            itemDoc.put(ch.getItemRef(), ch.getEventId());
            itemTouchers.put(ch.getItemRef(), new ArrayList<>());
            add(ch, Set.of());
            return true;
        }

        boolean creditNote(CustomerId c) {
            CreditNoteIssued cn = CreditNoteIssued.builder().creditNoteId(CreditNoteId.of("CN-" + (++counter)))
                    .customerId(c).issueDate(date).amount(Money.ofMinor(currency(c), minorBetween(1, 50_000))).build();
            sourceDoc.put(cn.getSource(), cn.getEventId());
            sourceItems.put(cn.getSource(), new HashSet<>());
            add(cn, Set.of());
            return true;
        }

        boolean payment(CustomerId c) {
            CurrencyUnit cur = currency(c);
            long open = 0;
            for (LedgerModel.Item i : model.items.values()) {
                if (i.customer.equals(c) && i.open.getCurrencyUnit().equals(cur)) {
                    open += i.open.getAmountMinorLong();
                }
            }
            PaymentReceived.Builder b = PaymentReceived.builder().paymentId(PaymentId.of("PAY-" + (++counter)))
                    .customerId(c).receivedDate(date).amount(Money.ofMinor(cur, minorBetween(1, open + open / 5 + 1_000)))
                    .method(pick(List.of(PaymentMethod.values())));
            if (r.nextInt(3) == 0) {
                b.reference("REF-" + r.nextInt(2));
            }
            PaymentReceived p = b.build();
            sourceDoc.put(p.getSource(), p.getEventId());
            sourceItems.put(p.getSource(), new HashSet<>());
            add(p, Set.of());
            return true;
        }

        List<LedgerModel.Source> sources(CustomerId c, boolean paymentsOnly) {
            List<LedgerModel.Source> list = new ArrayList<>();
            for (LedgerModel.Source s : model.sources.values()) {
                if (s.customer.equals(c) && !s.reversed && s.unapplied.isPositive() && (!paymentsOnly || s.source.isPayment())) {
                    list.add(s);
                }
            }
            list.sort((a, b) -> a.source.compareTo(b.source));
            return list;
        }

        List<LedgerModel.Item> items(CustomerId c, CurrencyUnit cur, boolean open) {
            List<LedgerModel.Item> list = new ArrayList<>();
            for (LedgerModel.Item i : model.items.values()) {
                if (i.customer.equals(c) && i.original.getCurrencyUnit().equals(cur)
                        && (open ? i.open.isPositive() : i.open.isZero() && i.writtenOff.isPositive())) {
                    list.add(i);
                }
            }
            list.sort((a, b) -> a.ref.compareTo(b.ref));
            return list;
        }

        Set<EventId> itemDeps(ItemRef ref) {
            Set<EventId> d = new LinkedHashSet<>();
            d.add(itemDoc.get(ref));
            d.addAll(itemTouchers.get(ref));
            return d;
        }

        boolean allocation(CustomerId c) {
            List<LedgerModel.Source> srcs = sources(c, false);
            if (srcs.isEmpty()) {
                return false;
            }
            LedgerModel.Source s = pick(srcs);
            List<LedgerModel.Item> open = items(c, s.amount.getCurrencyUnit(), true);
            if (open.isEmpty()) {
                return false;
            }
            Collections.shuffle(open, r);
            long left = s.unapplied.getAmountMinorLong();
            AllocationPosted.Builder b = AllocationPosted.builder().eventId(EventId.of("ALLOC-" + (++counter))).customerId(c)
                    .date(date).source(s.source);
            Set<EventId> d = new LinkedHashSet<>();
            d.add(sourceDoc.get(s.source));
            CurrencyUnit cur = s.amount.getCurrencyUnit();
            for (int k = 0; k < Math.min(open.size(), 1 + r.nextInt(3)) && left > 0; k++) {
                LedgerModel.Item item = open.get(k);
                long o = item.open.getAmountMinorLong();
                long amount = r.nextBoolean() ? Math.min(o, left) : minorBetween(1, Math.min(o, left));
                long discount = o - amount > 0 && r.nextInt(5) == 0 ? minorBetween(0, Math.min(o - amount, 500)) : 0;
                long writeOff = o - amount - discount > 0 && r.nextInt(8) == 0 ? minorBetween(1, Math.min(o - amount - discount, 100)) : 0;
                b.addApplications(ItemApplication.of(item.ref, Money.ofMinor(cur, amount), Money.ofMinor(cur, discount),
                        Money.ofMinor(cur, writeOff)));
                left -= amount;
                d.addAll(itemDeps(item.ref));
                sourceItems.get(s.source).add(item.ref);
            }
            add(b.build(), d);
            return true;
        }

        boolean recovery(CustomerId c) {
            List<LedgerModel.Source> srcs = sources(c, true);
            if (srcs.isEmpty()) {
                return false;
            }
            LedgerModel.Source s = pick(srcs);
            List<LedgerModel.Item> written = items(c, s.amount.getCurrencyUnit(), false);
            if (written.isEmpty()) {
                return false;
            }
            LedgerModel.Item item = pick(written);
            long amount = minorBetween(1, Math.min(item.writtenOff.getAmountMinorLong(), s.unapplied.getAmountMinorLong()));
            AllocationPosted a = AllocationPosted.builder().eventId(EventId.of("ALLOC-" + (++counter))).customerId(c).date(date)
                    .source(s.source).addApplications(ItemApplication.of(item.ref, Money.ofMinor(s.amount.getCurrencyUnit(), amount)))
                    .build();
            Set<EventId> d = itemDeps(item.ref);
            d.add(sourceDoc.get(s.source));
            sourceItems.get(s.source).add(item.ref);
            add(a, d);
            return true;
        }

        boolean writeOff(CustomerId c) {
            List<LedgerModel.Item> open = items(c, currency(c), true);
            if (open.isEmpty()) {
                return false;
            }
            LedgerModel.Item item = pick(open);
            WriteOffPosted w = WriteOffPosted.builder().writeOffId(WriteOffId.of("WO-" + (++counter))).customerId(c)
                    .date(date).item(item.ref).amount(Money.ofMinor(item.original.getCurrencyUnit(),
                            minorBetween(1, item.open.getAmountMinorLong())))
                    .reason(pick(List.of(WriteOffReason.values()))).build();
            Set<EventId> d = itemDeps(item.ref);
            itemTouchers.get(item.ref).add(w.getEventId());
            add(w, d);
            return true;
        }

        List<InvoiceIssued> invoicesOf(CustomerId c) {
            List<InvoiceIssued> list = new ArrayList<>();
            for (InvoiceIssued inv : invoices.values()) {
                if (inv.getCustomerId().equals(c)) {
                    list.add(inv);
                }
            }
            return list;
        }

        boolean dispute(CustomerId c) {
            List<InvoiceIssued> list = invoicesOf(c);
            if (list.isEmpty()) {
                return false;
            }
            InvoiceIssued inv = pick(list);
            DisputeOpened.Builder b = DisputeOpened.builder().disputeId(DisputeId.of("D-" + (++counter))).customerId(c)
                    .invoiceId(inv.getInvoiceId()).openedDate(date).reason("goods damaged");
            if (r.nextBoolean()) {
                b.disputedAmount(Money.ofMinor(inv.getCurrency(), minorBetween(1, inv.getTotal().getAmountMinorLong())));
            }
            DisputeOpened d = b.build();
            openDisputes.put(d.getDisputeId(), d);
            add(d, Set.of(inv.getEventId()));
            return true;
        }

        boolean resolve(CustomerId c) {
            for (DisputeOpened d : openDisputes.values()) {
                if (d.getCustomerId().equals(c)) {
                    openDisputes.remove(d.getDisputeId());
                    add(DisputeResolved.builder().disputeId(d.getDisputeId()).customerId(c).resolvedDate(date).build(),
                            Set.of(d.getEventId()));
                    return true;
                }
            }
            return false;
        }

        boolean promise(CustomerId c) {
            List<InvoiceIssued> list = invoicesOf(c);
            if (list.isEmpty()) {
                return false;
            }
            InvoiceIssued inv = pick(list);
            PromiseMade.Builder b = PromiseMade.builder().promiseId(PromiseId.of("P-" + (++counter))).customerId(c)
                    .madeDate(date).promisedDate(date.plusDays(r.nextInt(20)))
                    .amount(Money.ofMinor(inv.getCurrency(), minorBetween(1, 20_000)));
            Set<EventId> d = new HashSet<>();
            if (r.nextBoolean()) {
                b.addInvoiceIds(inv.getInvoiceId());
                d.add(inv.getEventId());
            }
            add(b.build(), d);
            return true;
        }

        boolean reversal(CustomerId c) {
            List<LedgerModel.Source> list = new ArrayList<>();
            for (LedgerModel.Source s : model.sources.values()) {
                if (s.customer.equals(c) && s.source.isPayment() && !s.reversed && !s.refunded) {
                    list.add(s);
                }
            }
            if (list.isEmpty()) {
                return false;
            }
            list.sort((a, b) -> a.source.compareTo(b.source));
            LedgerModel.Source s = pick(list);
            date = date.plusDays(1); // after every allocation of the payment: reversals sort before allocations on a day
            PaymentReversed rev = PaymentReversed.builder().paymentId(s.source.getPaymentId()).customerId(c).date(date)
                    .reason(pick(List.of(ReversalReason.values()))).build();
            for (ItemRef ref : sourceItems.get(s.source)) {
                itemTouchers.get(ref).add(rev.getEventId());
            }
            add(rev, Set.of(sourceDoc.get(s.source)));
            return true;
        }

        boolean refund(CustomerId c) {
            List<LedgerModel.Source> srcs = sources(c, false);
            if (srcs.isEmpty()) {
                return false;
            }
            LedgerModel.Source s = pick(srcs);
            CreditRefunded ref = CreditRefunded.builder().eventId(EventId.of("REF-" + (++counter))).customerId(c).date(date)
                    .source(s.source).amount(Money.ofMinor(s.amount.getCurrencyUnit(),
                            minorBetween(1, s.unapplied.getAmountMinorLong()))).build();
            add(ref, Set.of(sourceDoc.get(s.source)));
            return true;
        }
    }
}
