package org.receivables.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.allocation.AllocationStrategy;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.testing.LedgerGen;
import org.receivables.core.testing.LedgerGen.Scenario;
import org.receivables.core.testing.LedgerModel;

/** Properties of ledgers built from generated histories ({@link LedgerGen}). */
class LedgerPropertiesTest {

    private static final LocalDate FAR = LocalDate.of(2100, 1, 1);

    private static Portfolio portfolio(List<LedgerEvent> events) {
        return Portfolio.builder().applyAll(events).build();
    }

    /** Some dates to look at: the day before the start, every tenth event date, the end. */
    private static List<LocalDate> dates(Scenario s) {
        TreeSet<LocalDate> set = new TreeSet<>();
        set.add(s.start.minusDays(1));
        for (int i = 0; i < s.events.size(); i += 7) {
            set.add(s.events.get(i).getDate());
        }
        set.add(s.end);
        set.add(FAR);
        return new ArrayList<>(set);
    }

    private static TreeMap<ItemRef, Money> open(LedgerView v) {
        TreeMap<ItemRef, Money> m = new TreeMap<>();
        for (OpenItem i : v.getOpenItems()) {
            m.put(i.getRef(), i.getOpenAmount());
        }
        return m;
    }

    // ---- asOf: conservation ----

    /**
     * Per customer, currency and date: openItems = invoiced + charged - appliedPayments - appliedCredits
     * - discounts - allocationWriteOffs - writtenOff + recovered; unapplied = received - reversed -
     * appliedPayments + credited - appliedCredits - refunded; the open items listed sum to openItems;
     * every source not reversed has amount = applied + refunded + unapplied; a statement's opening balance
     * plus its lines is its closing balance, which is the view's balance.
     */
    @Test
    void conservation_holdsPerAccountCurrencyAndDate() {
        qt().withExamples(60).forAll(LedgerGen.scenarios()).checkAssert(s -> {
            Portfolio p = portfolio(s.events);
            for (CustomerLedger ledger : p.getLedgers()) {
                for (LocalDate d : dates(s)) {
                    LedgerView v = ledger.asOf(d);
                    for (AccountTotals t : v.getTotals()) {
                        CurrencyUnit c = t.getCurrency();
                        Money expectedOpen = t.getInvoiced().plus(t.getCharged()).minus(t.getAppliedPayments())
                                .minus(t.getAppliedCredits()).minus(t.getDiscounts()).minus(t.getAllocationWriteOffs())
                                .minus(t.getWrittenOff()).plus(t.getRecovered());
                        assertEquals(expectedOpen, t.getOpenItems(), "open identity " + c + " " + d);
                        Money expectedUnapplied = t.getReceived().minus(t.getReversed()).minus(t.getAppliedPayments())
                                .plus(t.getCredited()).minus(t.getAppliedCredits()).minus(t.getRefunded());
                        assertEquals(expectedUnapplied, t.getUnapplied(), "unapplied identity " + c + " " + d);
                        Money listed = Money.zero(c);
                        for (OpenItem i : v.getOpenItems(c)) {
                            listed = listed.plus(i.getOpenAmount());
                        }
                        assertEquals(t.getOpenItems(), listed);
                        Statement st = ledger.statement(c, s.start, d.isBefore(s.start) ? s.start : d);
                        Money sum = st.getOpeningBalance();
                        for (StatementLine l : st.getLines()) {
                            sum = sum.plus(l.getAmount());
                            assertEquals(sum, l.getBalanceAfter());
                        }
                        assertEquals(st.getClosingBalance(), sum, "statement " + c + " to " + d);
                    }
                    for (SourceBalance b : v.getSources()) {
                        if (b.isReversed()) {
                            assertTrue(b.getApplied().isZero());
                        } else {
                            assertEquals(b.getAmount(), b.getApplied().plus(b.getRefunded()).plus(b.getUnapplied()));
                        }
                    }
                }
            }
        });
    }

    // ---- asOf: nothing over-applied ----

    @Test
    void nothingIsOverApplied_atAnyEventDate_andOverApplicationIsRefused() {
        qt().withExamples(40).forAll(LedgerGen.scenarios()).checkAssert(s -> {
            Portfolio p = portfolio(s.events);
            for (CustomerLedger ledger : p.getLedgers()) {
                for (LedgerEvent e : ledger.getEvents()) {
                    LedgerView v = ledger.asOf(e.getDate());
                    for (OpenItem i : v.getOpenItems()) {
                        assertTrue(i.getOpenAmount().isPositive() && !i.getOpenAmount().isGreaterThan(i.getOriginalAmount()));
                    }
                    for (SourceBalance b : v.getSources()) {
                        assertFalse(b.getUnapplied().isNegative(), b.toString());
                        assertFalse(b.getApplied().plus(b.getRefunded()).isGreaterThan(b.getAmount()), b.toString());
                    }
                }
                LedgerView end = ledger.asOf(s.end);
                for (OpenItem i : end.getOpenItems()) {
                    Money beyond = i.getOpenAmount().plusMinor(1);
                    PaymentReceived pay = PaymentReceived.builder().paymentId(PaymentId.of("X-" + i.getRef()))
                            .customerId(ledger.getCustomerId()).receivedDate(s.end).amount(beyond.multipliedBy(2))
                            .method(PaymentMethod.CASH).build();
                    CustomerLedger.Builder b = ledger.toBuilder().apply(pay);
                    CustomerLedger before = b.build();
                    AllocationPosted over = AllocationPosted.builder().eventId(EventId.of("X-ALLOC")).customerId(ledger.getCustomerId())
                            .date(s.end).source(pay.getSource()).addApplications(ItemApplication.of(i.getRef(), beyond)).build();
                    boolean writtenOff = hasWriteOff(ledger, i.getRef());
                    if (!writtenOff) {
                        assertThrows(IllegalArgumentException.class, () -> b.apply(over));
                        assertEquals(before, b.build());
                    }
                }
            }
        });
    }

    private static boolean hasWriteOff(CustomerLedger ledger, ItemRef ref) {
        for (LedgerEvent e : ledger.getEvents()) {
            if (e instanceof WriteOffPosted && ((WriteOffPosted) e).getItem().equals(ref)) {
                return true;
            }
        }
        return false;
    }

    // ---- asOf: only events on or before the date ----

    @Test
    void viewAsOfD_dependsOnlyOnEventsDatedOnOrBeforeD() {
        qt().withExamples(40).forAll(LedgerGen.scenarios()).checkAssert(s -> {
            Portfolio full = portfolio(s.events);
            for (LocalDate d : dates(s)) {
                List<LedgerEvent> early = new ArrayList<>();
                for (LedgerEvent e : s.events) {
                    if (!e.getDate().isAfter(d)) {
                        early.add(e);
                    }
                }
                Portfolio part = portfolio(early);
                for (CustomerId c : s.customers) {
                    LedgerView expected = part.getLedger(c).map(l -> l.asOf(d))
                            .orElse(CustomerLedger.empty(c).asOf(d));
                    LedgerView actual = full.getLedger(c).map(l -> l.asOf(d)).orElse(CustomerLedger.empty(c).asOf(d));
                    assertEquals(expected, actual, "as of " + d);
                }
            }
        });
    }

    // ---- Builder.apply: arrival order and replays ----

    @Test
    void shuffledEvents_giveTheSameLedgerAndViews() {
        qt().withExamples(60).forAll(LedgerGen.scenarios()).checkAssert(s -> {
            Portfolio ordered = portfolio(s.events);
            Random random = new Random(s.events.size() * 31L + s.end.toEpochDay());
            Portfolio shuffled = portfolio(s.shuffled(random));
            assertEquals(ordered, shuffled);
            for (LocalDate d : dates(s)) {
                assertEquals(ordered.asOf(d), shuffled.asOf(d));
            }
        });
    }

    @Test
    void replayingEveryEventTwice_givesTheSameLedger() {
        qt().withExamples(40).forAll(LedgerGen.scenarios()).checkAssert(s -> {
            Portfolio once = portfolio(s.events);
            Portfolio.Builder b = Portfolio.builder().applyAll(s.events);
            b.applyAll(s.shuffled(new Random(7)));
            Portfolio twice = b.build();
            assertEquals(once, twice);
            assertEquals(once.asOf(s.end), twice.asOf(s.end));
        });
    }

    // ---- PaymentReversed ----

    @Test
    void aPaymentFollowedByItsReversal_leavesEveryItemAsOpenAsBefore() {
        qt().withExamples(60).forAll(LedgerGen.scenarios()).checkAssert(s -> {
            Portfolio p = portfolio(s.events);
            for (CustomerLedger ledger : p.getLedgers()) {
                LocalDate payDay = s.end.plusDays(1);
                LedgerView before = ledger.asOf(payDay.plusDays(1));
                if (before.getOpenItems().isEmpty()) {
                    continue;
                }
                CurrencyUnit c = before.getOpenItems().get(0).getCurrency();
                Money total = Money.zero(c);
                List<ItemApplication> apps = new ArrayList<>();
                int n = 0;
                for (OpenItem i : before.getOpenItems(c)) {
                    Money part = (n++ % 2 == 0) ? i.getOpenAmount() : Money.ofMinor(c, (i.getOpenAmount().getAmountMinorLong() + 1) / 2);
                    Money discount = n == 1 && i.getOpenAmount().getAmountMinorLong() > 1 ? Money.ofMinor(c, 1) : Money.zero(c);
                    part = discount.isPositive() ? part.minus(discount) : part;
                    apps.add(ItemApplication.of(i.getRef(), part, discount, Money.zero(c)));
                    total = total.plus(part);
                }
                PaymentReceived pay = PaymentReceived.builder().paymentId(PaymentId.of("BOUNCE")).customerId(ledger.getCustomerId())
                        .receivedDate(payDay).amount(total.plusMinor(5)).method(PaymentMethod.CHEQUE).build();
                AllocationPosted alloc = AllocationPosted.builder().eventId(EventId.of("BOUNCE-ALLOC")).customerId(ledger.getCustomerId())
                        .date(payDay).source(pay.getSource()).applications(apps).build();
                PaymentReversed rev = PaymentReversed.builder().paymentId(pay.getPaymentId()).customerId(ledger.getCustomerId())
                        .date(payDay.plusDays(1)).reason(ReversalReason.BOUNCED_CHEQUE).build();
                CustomerLedger after = ledger.toBuilder().apply(pay).apply(alloc).apply(rev).build();
                assertTrue(after.asOf(payDay).getOpenItems(c).size() < before.getOpenItems(c).size()
                        || !open(after.asOf(payDay)).equals(open(before)));
                assertEquals(before.getOpenItems(), after.asOf(payDay.plusDays(1)).getOpenItems());
                assertEquals(before.getBalance(c), after.asOf(payDay.plusDays(1)).getBalance(c));
            }
        });
    }

    // ---- Builder.apply: model-based ----

    /** Each event applied to the ledger and to the naive {@link LedgerModel}: open items and unapplied credit agree after every step. */
    @Test
    void ledgerAgreesWithANaiveModel_afterEveryEvent() {
        qt().withExamples(40).forAll(LedgerGen.scenarios(40)).checkAssert(s -> {
            LedgerModel model = new LedgerModel();
            Portfolio.Builder b = Portfolio.builder();
            for (LedgerEvent e : s.events) {
                model.apply(e);
                b.apply(e);
                CustomerId c = e.getCustomerId();
                LedgerView v = b.build().getLedger(c).get().asOf(FAR);
                assertEquals(model.openItems(c), open(v), "after " + e.getEventId());
                for (var u : model.unapplied(c).entrySet()) {
                    assertEquals(u.getValue(), v.getUnappliedCredit(u.getKey()), "after " + e.getEventId());
                }
                for (CurrencyUnit cur : v.getCurrencies()) {
                    Money open = Money.zero(cur);
                    for (Money m : model.openItems(c).values()) {
                        if (m.getCurrencyUnit().equals(cur)) {
                            open = open.plus(m);
                        }
                    }
                    Money unapplied = model.unapplied(c).getOrDefault(cur, Money.zero(cur));
                    assertEquals(open.minus(unapplied), v.getBalance(cur), "balance after " + e.getEventId());
                }
            }
        });
    }

    // ---- LedgerView.allocate ----

    /**
     * Whatever strategy the caller picks, the allocation engine's proposal for any source with unapplied
     * credit is accepted by the ledger, settles exactly what it says, and keeps the conservation identities.
     */
    @Test
    void engineAllocations_areAlwaysAcceptedAndConserveMoney() {
        List<AllocationStrategy> strategies = List.of(AllocationStrategies.OLDEST_DUE_FIRST, AllocationStrategies.OLDEST_ISSUED_FIRST,
                AllocationStrategies.PROPORTIONAL, AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST),
                AllocationStrategies.exactAmountFirst(AllocationStrategies.PROPORTIONAL));
        qt().withExamples(40).forAll(LedgerGen.scenarios(), integers().between(0, strategies.size() - 1)).checkAssert((s, k) -> {
            Portfolio p = portfolio(s.events);
            for (CustomerLedger ledger : p.getLedgers()) {
                LedgerView v = ledger.asOf(s.end);
                CustomerLedger.Builder b = ledger.toBuilder();
                int n = 0;
                for (SourceBalance src : v.getSources()) {
                    if (src.isReversed() || !src.getUnapplied().isPositive()) {
                        continue;
                    }
                    LedgerView now = b.build().asOf(s.end);
                    Optional<AllocationPosted> a = now.allocate(EventId.of("ENGINE-" + (n++)), src.getSource(),
                            strategies.get(k), AllocationOptions.defaults());
                    if (a.isPresent()) {
                        Money before = now.getTotals(src.getAmount().getCurrencyUnit()).getOpenItems();
                        b.apply(a.get());
                        LedgerView after = b.build().asOf(s.end);
                        Money settled = Money.zero(before.getCurrencyUnit());
                        for (ItemApplication app : a.get().getApplications()) {
                            settled = settled.plus(app.getSettled());
                        }
                        assertEquals(before.minus(settled), after.getTotals(before.getCurrencyUnit()).getOpenItems());
                        AccountTotals t = after.getTotals(before.getCurrencyUnit());
                        assertEquals(t.getInvoiced().plus(t.getCharged()).minus(t.getAppliedPayments()).minus(t.getAppliedCredits())
                                .minus(t.getDiscounts()).minus(t.getAllocationWriteOffs()).minus(t.getWrittenOff())
                                .plus(t.getRecovered()), t.getOpenItems());
                    }
                }
            }
        });
    }

    // ---- Builder.apply: cost ----

    /**
     * Applying events is linear: 20,000 invoices, each paid by its own payment and allocation (60,000
     * events), build in seconds; a rescan of the history per event would take minutes.
     */
    @Test
    void building_isLinearInTheNumberOfEvents() {
        CustomerId c = CustomerId.of("C-BIG");
        List<LedgerEvent> events = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 20_000; i++) {
            LocalDate date = day.plusDays(i % 700);
            InvoiceIssued inv = InvoiceIssued.builder().invoiceId(org.receivables.core.document.InvoiceId.of("I-" + i))
                    .customerId(c).issueDate(date).schedule(org.receivables.core.terms.DueSchedule.of(List.of(
                            org.receivables.core.terms.Instalment.builder().number(1).dueDate(date.plusDays(30))
                                    .amount(Money.ofMinor(CurrencyUnit.EUR, 10_000 + i)).build()))).build();
            PaymentReceived pay = PaymentReceived.builder().paymentId(PaymentId.of("P-" + i)).customerId(c)
                    .receivedDate(date.plusDays(5)).amount(Money.ofMinor(CurrencyUnit.EUR, 5_000 + i)).method(PaymentMethod.CARD).build();
            events.add(inv);
            events.add(pay);
            events.add(AllocationPosted.builder().eventId(EventId.of("A-" + i)).customerId(c).date(date.plusDays(5))
                    .source(pay.getSource()).addApplications(ItemApplication.of(ItemRef.ofInstalment(inv.getInvoiceId(), 1),
                            pay.getAmount())).build());
        }
        long start = System.nanoTime();
        CustomerLedger ledger = CustomerLedger.of(c, events);
        LedgerView v = ledger.asOf(day.plusYears(3));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(20_000, v.getOpenItems().size());
        assertEquals(Money.ofMinor(CurrencyUnit.EUR, 5_000L * 20_000), v.getBalance(CurrencyUnit.EUR));
        assertTrue(seconds < 30, "building 60,000 events took " + seconds + " s");
    }
}
