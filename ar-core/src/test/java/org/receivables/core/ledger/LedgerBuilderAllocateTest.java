package org.receivables.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.receivables.core.testing.BadInput.assertNullRefused;
import static org.receivables.core.testing.BadInput.assertRefused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.allocation.AllocationStrategy;
import org.receivables.core.allocation.WriteOffTolerance;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.Invoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.Payment;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.money.Percentage;
import org.receivables.core.terms.PaymentTerms;
import org.receivables.core.testing.LedgerGen;

/**
 * The builder's incremental allocation and open-amount query against the replay route
 * ({@code build().asOf(date)}): equal results, equal refusals, for every strategy and arrival order.
 */
class LedgerBuilderAllocateTest {

    static final CustomerId C = CustomerId.of("C-1");
    static final CurrencyUnit EUR = CurrencyUnit.EUR;

    static final List<AllocationStrategy> STRATEGIES = List.of(AllocationStrategies.OLDEST_DUE_FIRST,
            AllocationStrategies.OLDEST_ISSUED_FIRST, AllocationStrategies.PROPORTIONAL,
            AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST),
            AllocationStrategies.exactAmountFirst(AllocationStrategies.OLDEST_ISSUED_FIRST));

    static final List<AllocationOptions> OPTIONS = List.of(AllocationOptions.defaults(),
            AllocationOptions.builder().strictReferences(false).disputedIncluded(true)
                    .tolerance(WriteOffTolerance.ofPercentage(Percentage.of(5))).build());

    /** What a call gave: its result, or the type and message of what it threw. */
    static String outcome(Supplier<?> call) {
        try {
            return "ok " + call.get();
        } catch (RuntimeException ex) {
            return ex.getClass().getSimpleName() + ": " + ex.getMessage();
        }
    }

    static List<CreditSource> sources(List<LedgerEvent> events) {
        List<CreditSource> out = new ArrayList<>();
        for (LedgerEvent e : events) {
            if (e instanceof PaymentReceived) {
                out.add(((PaymentReceived) e).getSource());
            } else if (e instanceof CreditNoteIssued) {
                out.add(((CreditNoteIssued) e).getSource());
            }
        }
        return out;
    }

    static List<ItemRef> items(List<LedgerEvent> events) {
        List<ItemRef> out = new ArrayList<>();
        for (LedgerEvent e : events) {
            if (e instanceof InvoiceIssued) {
                InvoiceIssued inv = (InvoiceIssued) e;
                inv.getSchedule().getInstalments().forEach(i -> out.add(ItemRef.ofInstalment(inv.getInvoiceId(), i.getNumber())));
            } else if (e instanceof ChargePosted) {
                out.add(((ChargePosted) e).getItemRef());
            }
        }
        return out;
    }

    /** Asserts that both routes agree for one source and date, every strategy and option set. */
    static void assertSameAllocation(CustomerLedger.Builder b, CreditSource source, LocalDate date) {
        LedgerView view = b.build().asOf(date);
        EventId id = EventId.of("ALLOC-CHECK");
        for (AllocationStrategy strategy : STRATEGIES) {
            for (AllocationOptions options : OPTIONS) {
                String replay = outcome(() -> view.allocate(id, source, strategy, options));
                String incremental = outcome(() -> b.allocate(id, source, date, strategy, options));
                assertEquals(replay, incremental, () -> source + " as of " + date + " by " + strategy);
            }
        }
    }

    /** Asserts that the builder's open amount of every item equals the replay route's. */
    static void assertSameOpenAmounts(CustomerLedger.Builder b, List<ItemRef> refs, LocalDate date) {
        LedgerView view = b.build().asOf(date);
        for (ItemRef ref : refs) {
            Optional<Money> expected = view.getOpenItems().stream().filter(i -> i.getRef().equals(ref))
                    .map(OpenItem::getOpenAmount).findFirst();
            Optional<Money> actual = b.getOpenAmount(ref, date);
            if (expected.isPresent()) {
                assertEquals(expected, actual, () -> ref + " as of " + date);
            } else {
                assertTrue(actual.isEmpty() || actual.get().isZero(), () -> ref + " as of " + date + ": " + actual);
            }
        }
    }

    // ---- allocate ----

    @Test
    void test_allocate_equalsTheReplayRouteOnHistoriesAppliedInDateOrder() {
        qt().withExamples(50).forAll(LedgerGen.scenarios()).checkAssert(s -> {
            Random random = new Random(s.end.toEpochDay() * 7 + s.events.size());
            for (CustomerId customer : s.customers) {
                List<LedgerEvent> events = s.eventsOf(customer);
                CustomerLedger.Builder b = CustomerLedger.builder(customer);
                List<LedgerEvent> applied = new ArrayList<>();
                for (LedgerEvent e : events) {
                    b.apply(e);
                    applied.add(e);
                    List<CreditSource> known = sources(applied);
                    if (!known.isEmpty() && random.nextInt(3) == 0) {
                        CreditSource source = known.get(random.nextInt(known.size()));
                        assertSameAllocation(b, source, e.getDate().plusDays(random.nextInt(3)));
                    }
                }
            }
        });
    }

    @Test
    void test_allocate_equalsTheReplayRouteInAnyArrivalOrderAndAtEarlierDates() {
        qt().withExamples(40).forAll(LedgerGen.scenarios()).checkAssert(s -> {
            Random random = new Random(s.start.toEpochDay() * 13 + s.events.size());
            List<LedgerEvent> shuffled = s.shuffled(random);
            long span = s.end.toEpochDay() - s.start.toEpochDay() + 2;
            for (CustomerId customer : s.customers) {
                CustomerLedger.Builder b = CustomerLedger.builder(customer);
                List<LedgerEvent> applied = new ArrayList<>();
                for (LedgerEvent e : shuffled) {
                    if (!e.getCustomerId().equals(customer)) {
                        continue;
                    }
                    b.apply(e);
                    applied.add(e);
                    List<CreditSource> known = sources(applied);
                    if (!known.isEmpty() && random.nextInt(3) == 0) {
                        LocalDate date = s.start.plusDays(random.nextInt((int) span));
                        assertSameAllocation(b, known.get(random.nextInt(known.size())), date);
                    }
                }
            }
        });
    }

    @Test
    void test_allocate_isWhatTheLedgerViewProposesOnAWorkedExample() {
        CustomerLedger.Builder b = CustomerLedger.builder(C)
                .apply(InvoiceIssued.of(invoice("INV-1", "2024-01-01", "100.00")))
                .apply(InvoiceIssued.of(invoice("INV-2", "2024-01-10", "250.00")))
                .apply(InvoiceIssued.of(invoice("INV-3", "2024-03-01", "80.00")))
                .apply(PaymentReceived.of(payment("PAY-1", "2024-02-15", "300.00")));
        CreditSource pay = CreditSource.ofPayment(PaymentId.of("PAY-1"));
        AllocationPosted a = b.allocate(EventId.of("A-1"), pay, LocalDate.parse("2024-02-15"),
                AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults()).orElseThrow();
        // oldest due first: INV-1 (due 2024-01-31) in full, then 200.00 of INV-2; INV-3 is not issued yet
        assertEquals(List.of(ItemApplication.of(item("INV-1"), eur("100.00"), eur("0.00"), eur("0.00")),
                ItemApplication.of(item("INV-2"), eur("200.00"), eur("0.00"), eur("0.00"))), a.getApplications());
        assertEquals(LocalDate.parse("2024-02-15"), a.getDate());
    }

    @Test
    void test_allocate_refusesUnknownReversedOrSpentSourcesLikeTheView() {
        CustomerLedger.Builder b = CustomerLedger.builder(C)
                .apply(InvoiceIssued.of(invoice("INV-1", "2024-01-01", "100.00")))
                .apply(PaymentReceived.of(payment("PAY-1", "2024-01-02", "100.00")))
                .apply(PaymentReceived.of(payment("PAY-2", "2024-01-02", "40.00")))
                .apply(PaymentReversed.builder().paymentId(PaymentId.of("PAY-1")).customerId(C)
                        .date(LocalDate.parse("2024-01-03")).reason(ReversalReason.CHARGEBACK).build());
        CreditSource pay1 = CreditSource.ofPayment(PaymentId.of("PAY-1"));
        CreditSource pay2 = CreditSource.ofPayment(PaymentId.of("PAY-2"));
        AllocationStrategy s = AllocationStrategies.OLDEST_DUE_FIRST;
        AllocationOptions o = AllocationOptions.defaults();
        assertRefused("source", "PAY:PAY-1 is unknown in the ledger of customer C-1 as of 2024-01-01",
                () -> b.allocate(EventId.of("A"), pay1, LocalDate.parse("2024-01-01"), s, o));
        assertRefused("source", "PAY:PAY-9 is unknown",
                () -> b.allocate(EventId.of("A"), CreditSource.ofPayment(PaymentId.of("PAY-9")), LocalDate.parse("2024-01-05"), s, o));
        assertRefused("source", "PAY:PAY-1 was reversed on or before 2024-01-03",
                () -> b.allocate(EventId.of("A"), pay1, LocalDate.parse("2024-01-03"), s, o));
        b.applyAllocation(EventId.of("A-2"), pay2, LocalDate.parse("2024-01-02"), s, o).orElseThrow();
        assertRefused("source", "PAY:PAY-2 has nothing unapplied as of 2024-01-04: EUR 0.00",
                () -> b.allocate(EventId.of("A"), pay2, LocalDate.parse("2024-01-04"), s, o));
    }

    @Test
    void test_allocate_refusesNullArguments() {
        CustomerLedger.Builder b = CustomerLedger.builder(C);
        EventId id = EventId.of("A");
        CreditSource src = CreditSource.ofPayment(PaymentId.of("PAY-1"));
        LocalDate date = LocalDate.parse("2024-01-01");
        AllocationStrategy s = AllocationStrategies.OLDEST_DUE_FIRST;
        AllocationOptions o = AllocationOptions.defaults();
        assertNullRefused("eventId", () -> b.allocate(null, src, date, s, o));
        assertNullRefused("source", () -> b.allocate(id, null, date, s, o));
        assertNullRefused("asOf", () -> b.allocate(id, src, null, s, o));
        assertNullRefused("strategy", () -> b.allocate(id, src, date, null, o));
        assertNullRefused("options", () -> b.allocate(id, src, date, s, null));
        assertNullRefused("eventId", () -> b.applyAllocation(null, src, date, s, o));
        assertNullRefused("source", () -> b.applyAllocation(id, null, date, s, o));
        assertNullRefused("asOf", () -> b.applyAllocation(id, src, null, s, o));
        assertNullRefused("strategy", () -> b.applyAllocation(id, src, date, null, o));
        assertNullRefused("options", () -> b.applyAllocation(id, src, date, s, null));
    }

    // ---- applyAllocation ----

    @Test
    void test_applyAllocation_appliesTheProposedEventAndIsRefusedUnderAUsedId() {
        CustomerLedger.Builder b = CustomerLedger.builder(C)
                .apply(InvoiceIssued.of(invoice("INV-1", "2024-01-01", "100.00")))
                .apply(PaymentReceived.of(payment("PAY-1", "2024-01-05", "60.00")))
                .apply(PaymentReceived.of(payment("PAY-2", "2024-01-06", "10.00")));
        LocalDate date = LocalDate.parse("2024-01-05");
        CreditSource pay = CreditSource.ofPayment(PaymentId.of("PAY-1"));
        CustomerLedger before = b.build();
        AllocationPosted expected = before.asOf(date).allocate(EventId.of("A-1"), pay,
                AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults()).orElseThrow();
        Optional<AllocationPosted> applied = b.applyAllocation(EventId.of("A-1"), pay, date,
                AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults());
        assertEquals(Optional.of(expected), applied);
        assertEquals(before.withEvent(expected), b.build());
        assertEquals(Optional.of(eur("40.00")), b.getOpenAmount(item("INV-1"), date));
        assertTrue(b.build().asOf(date).getSource(pay).orElseThrow().getUnapplied().isZero());
        CustomerLedger held = b.build();
        assertRefused("eventId", "A-1", () -> b.applyAllocation(EventId.of("A-1"),
                CreditSource.ofPayment(PaymentId.of("PAY-2")), LocalDate.parse("2024-01-06"),
                AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults()));
        assertEquals(held, b.build());
    }

    // ---- getOpenAmount ----

    @Test
    void test_getOpenAmount_equalsTheReplayRoute() {
        qt().withExamples(40).forAll(LedgerGen.scenarios()).checkAssert(s -> {
            Random random = new Random(s.end.toEpochDay() * 3 + s.events.size());
            List<LedgerEvent> shuffled = random.nextBoolean() ? s.events : s.shuffled(random);
            long span = s.end.toEpochDay() - s.start.toEpochDay() + 2;
            for (CustomerId customer : s.customers) {
                CustomerLedger.Builder b = CustomerLedger.builder(customer);
                List<LedgerEvent> applied = new ArrayList<>();
                for (LedgerEvent e : shuffled) {
                    if (e.getCustomerId().equals(customer)) {
                        b.apply(e);
                        applied.add(e);
                        if (random.nextInt(4) == 0) {
                            assertSameOpenAmounts(b, items(applied), s.start.plusDays(random.nextInt((int) span)));
                        }
                    }
                }
            }
        });
    }

    @Test
    void test_getOpenAmount_emptyForUnknownOrNotYetIssuedItemsAndZeroWhenSettled() {
        CustomerLedger.Builder b = CustomerLedger.builder(C)
                .apply(InvoiceIssued.of(invoice("INV-1", "2024-01-10", "100.00")))
                .apply(PaymentReceived.of(payment("PAY-1", "2024-01-20", "100.00")));
        b.applyAllocation(EventId.of("A-1"), CreditSource.ofPayment(PaymentId.of("PAY-1")), LocalDate.parse("2024-01-20"),
                AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults());
        assertEquals(Optional.empty(), b.getOpenAmount(item("INV-1"), LocalDate.parse("2024-01-09")));
        assertEquals(Optional.of(eur("100.00")), b.getOpenAmount(item("INV-1"), LocalDate.parse("2024-01-19")));
        assertEquals(Optional.of(eur("0.00")), b.getOpenAmount(item("INV-1"), LocalDate.parse("2024-01-20")));
        assertEquals(Optional.empty(), b.getOpenAmount(item("INV-9"), LocalDate.parse("2024-01-20")));
        assertNullRefused("item", () -> b.getOpenAmount(null, LocalDate.parse("2024-01-20")));
        assertNullRefused("asOf", () -> b.getOpenAmount(item("INV-1"), null));
        assertFalse(b.build().asOf(LocalDate.parse("2024-01-20")).getOpenItems().stream()
                .anyMatch(i -> i.getRef().equals(item("INV-1"))));
    }

    static Invoice invoice(String id, String date, String amount) {
        return Invoice.builder().id(InvoiceId.of(id)).customerId(C).issueDate(LocalDate.parse(date)).amount(eur(amount))
                .terms(PaymentTerms.parse("Net 30")).build();
    }

    static Payment payment(String id, String date, String amount) {
        return Payment.builder().id(PaymentId.of(id)).customerId(C).receivedDate(LocalDate.parse(date)).amount(eur(amount))
                .method(PaymentMethod.BANK_TRANSFER).build();
    }

    static Money eur(String s) {
        return Money.of(EUR, new java.math.BigDecimal(s));
    }

    static ItemRef item(String invoiceId) {
        return ItemRef.ofInstalment(InvoiceId.of(invoiceId), 1);
    }
}
