package org.receivables.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.CreditNoteId;
import org.receivables.core.document.DisputeId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.document.PromiseId;
import org.receivables.core.document.WriteOffId;
import org.receivables.core.document.WriteOffReason;
import org.receivables.core.item.ChargeId;
import org.receivables.core.item.ItemKind;
import org.receivables.core.item.ItemRef;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.Instalment;

/** The bad-input catalogue of the ledger's factories, events and builder: type and message (field and value). */
class LedgerBadInputTest {

    static final CustomerId C = CustomerId.of("C-1");
    static final CurrencyUnit EUR = CurrencyUnit.EUR;
    static final ItemRef I1 = ItemRef.ofInstalment(InvoiceId.of("I-1"), 1);
    static final CreditSource P1 = CreditSource.ofPayment(PaymentId.of("P-1"));

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static Money eur(String s) {
        return Money.of(EUR, new java.math.BigDecimal(s));
    }

    static InvoiceIssued invoice() {
        return InvoiceIssued.builder().invoiceId(InvoiceId.of("I-1")).customerId(C).issueDate(d("2024-01-10"))
                .schedule(DueSchedule.of(List.of(Instalment.builder().number(1).dueDate(d("2024-02-09")).amount(eur("100.00")).build())))
                .build();
    }

    static PaymentReceived payment() {
        return PaymentReceived.builder().paymentId(PaymentId.of("P-1")).customerId(C).receivedDate(d("2024-01-20"))
                .amount(eur("80.00")).method(PaymentMethod.CHEQUE).build();
    }

    static AllocationPosted allocation(String id, String date, String amount) {
        return AllocationPosted.builder().eventId(EventId.of(id)).customerId(C).date(d(date)).source(P1)
                .addApplications(ItemApplication.of(I1, eur(amount))).build();
    }

    static CustomerLedger.Builder base() {
        return CustomerLedger.builder(C).apply(invoice()).apply(payment());
    }

    static void message(Class<? extends RuntimeException> type, Executable call, String... parts) {
        RuntimeException ex = assertThrows(type, call);
        for (String p : parts) {
            assertTrue(ex.getMessage() != null && ex.getMessage().contains(p), "'" + ex.getMessage() + "' lacks '" + p + "'");
        }
    }

    /** Applies an event expected to be refused and checks the ledger is unchanged. */
    static void refused(CustomerLedger.Builder b, LedgerEvent e, Class<? extends RuntimeException> type, String... parts) {
        CustomerLedger before = b.build();
        message(type, () -> b.apply(e), parts);
        assertEquals(before, b.build());
        assertEquals(before.asOf(d("2030-01-01")), b.build().asOf(d("2030-01-01")));
    }

    // ---- EventId / CreditSource ----

    @Test
    void test_ids_refuseNullAndBlank() {
        assertEquals("eventId", assertThrows(NullPointerException.class, () -> EventId.of(null)).getMessage());
        message(IllegalArgumentException.class, () -> EventId.of(" "), "eventId", "' '");
        assertEquals("paymentId", assertThrows(NullPointerException.class, () -> CreditSource.ofPayment(null)).getMessage());
        assertEquals("creditNoteId", assertThrows(NullPointerException.class, () -> CreditSource.ofCreditNote(null)).getMessage());
        message(IllegalStateException.class, () -> P1.getCreditNoteId(), "PAY:P-1");
    }

    // ---- event values ----

    @Test
    void test_events_refuseBadValuesNamingFieldAndValue() {
        message(IllegalArgumentException.class, () -> InvoiceIssued.builder().from(invoice()).issueDate(d("2024-02-10")).build(),
                "dueDate 2024-02-09", "issueDate 2024-02-10");
        message(IllegalArgumentException.class, () -> InvoiceIssued.builder().from(invoice()).reference(" ").build(), "reference", "' '");
        message(IllegalArgumentException.class, () -> PaymentReceived.builder().from(payment()).amount(eur("0.00")).build(),
                "amount", "EUR 0.00");
        message(IllegalArgumentException.class, () -> PaymentReceived.builder().from(payment()).amount(eur("-1.00")).build(),
                "amount", "EUR -1.00");
        message(IllegalArgumentException.class, () -> PaymentReceived.builder().from(payment()).addRemittanceReferences("").build(),
                "remittanceReferences[0]");
        message(IllegalArgumentException.class, () -> CreditNoteIssued.builder().creditNoteId(CreditNoteId.of("CN-1")).customerId(C)
                .issueDate(d("2024-01-01")).amount(eur("-5.00")).build(), "amount", "EUR -5.00");
        message(IllegalArgumentException.class, () -> ChargePosted.builder().chargeId(ChargeId.of("CH-1")).chargeKind(ItemKind.PRINCIPAL)
                .customerId(C).postedDate(d("2024-01-01")).dueDate(d("2024-01-01")).amount(eur("5.00")).build(), "chargeKind", "PRINCIPAL");
        message(IllegalArgumentException.class, () -> ChargePosted.builder().chargeId(ChargeId.of("CH-1")).chargeKind(ItemKind.FEE)
                .customerId(C).postedDate(d("2024-01-02")).dueDate(d("2024-01-01")).amount(eur("5.00")).build(),
                "dueDate 2024-01-01", "postedDate 2024-01-02");
        message(IllegalArgumentException.class, () -> WriteOffPosted.builder().writeOffId(WriteOffId.of("W")).customerId(C)
                .date(d("2024-01-01")).item(I1).amount(eur("0.00")).reason(WriteOffReason.OTHER).build(), "amount", "EUR 0.00");
        message(IllegalArgumentException.class, () -> DisputeOpened.builder().disputeId(DisputeId.of("D")).customerId(C)
                .invoiceId(InvoiceId.of("I-1")).openedDate(d("2024-01-01")).reason("  ").build(), "reason", "'  '");
        message(IllegalArgumentException.class, () -> PromiseMade.builder().promiseId(PromiseId.of("PR")).customerId(C)
                .madeDate(d("2024-01-05")).promisedDate(d("2024-01-04")).amount(eur("1.00")).build(),
                "promisedDate 2024-01-04", "madeDate 2024-01-05");
        message(IllegalArgumentException.class, () -> PromiseMade.builder().promiseId(PromiseId.of("PR")).customerId(C)
                .madeDate(d("2024-01-05")).promisedDate(d("2024-01-05")).amount(eur("1.00"))
                .addInvoiceIds(InvoiceId.of("I-1"), InvoiceId.of("I-1")).build(), "invoiceIds", "I-1");
        message(IllegalArgumentException.class, () -> CreditRefunded.builder().eventId(EventId.of("R")).customerId(C).date(d("2024-01-05"))
                .source(P1).amount(eur("0.00")).build(), "amount", "EUR 0.00");
        assertEquals("invoiceId", assertThrows(NullPointerException.class, () -> InvoiceIssued.builder().invoiceId(null)).getMessage());
        assertEquals("amount", assertThrows(NullPointerException.class, () -> PaymentReceived.builder().amount(null)).getMessage());
        assertEquals("source", assertThrows(NullPointerException.class, () -> AllocationPosted.builder().source(null)).getMessage());
        assertEquals("item", assertThrows(NullPointerException.class, () -> WriteOffPosted.builder().item(null)).getMessage());
        assertEquals("creditNote", assertThrows(NullPointerException.class, () -> CreditNoteIssued.of(null)).getMessage());
        assertEquals("dispute", assertThrows(NullPointerException.class, () -> DisputeOpened.of(null)).getMessage());
        assertEquals("promise", assertThrows(NullPointerException.class, () -> PromiseMade.of(null)).getMessage());
        assertEquals("writeOff", assertThrows(NullPointerException.class, () -> WriteOffPosted.of(null, 1)).getMessage());
        assertThrows(IllegalStateException.class, () -> PaymentReceived.builder().paymentId(PaymentId.of("P")).build());
        assertThrows(IllegalStateException.class, () -> PaymentReversed.builder().paymentId(PaymentId.of("P")).customerId(C).build());
    }

    @Test
    void test_itemApplication_andAllocation_refuseBadValues() {
        assertEquals("item", assertThrows(NullPointerException.class, () -> ItemApplication.of(null, eur("1.00"))).getMessage());
        assertEquals("amount", assertThrows(NullPointerException.class, () -> ItemApplication.of(I1, null)).getMessage());
        assertEquals("discount", assertThrows(NullPointerException.class,
                () -> ItemApplication.of(I1, eur("1.00"), null, eur("0.00"))).getMessage());
        message(IllegalArgumentException.class, () -> ItemApplication.of(I1, eur("-1.00")), "amount", "EUR -1.00", "I-1#1");
        message(IllegalArgumentException.class, () -> ItemApplication.of(I1, eur("1.00"), eur("-0.01"), eur("0.00")), "discount", "EUR -0.01");
        message(IllegalArgumentException.class, () -> ItemApplication.of(I1, eur("0.00")), "must not all be zero", "EUR 0.00");
        assertThrows(CurrencyMismatchException.class, () -> ItemApplication.of(I1, eur("1.00"), Money.of(CurrencyUnit.USD, 1), eur("0.00")));
        message(IllegalArgumentException.class, () -> AllocationPosted.builder().eventId(EventId.of("A")).customerId(C)
                .date(d("2024-01-01")).source(P1).build(), "applications", "A");
        message(IllegalArgumentException.class, () -> AllocationPosted.builder().eventId(EventId.of("A")).customerId(C)
                .date(d("2024-01-01")).source(P1).addApplications(ItemApplication.of(I1, eur("1.00")), ItemApplication.of(I1, eur("2.00")))
                .build(), "distinct", "I-1#1");
        assertThrows(CurrencyMismatchException.class, () -> AllocationPosted.builder().eventId(EventId.of("A")).customerId(C)
                .date(d("2024-01-01")).source(P1).addApplications(ItemApplication.of(I1, eur("1.00")),
                        ItemApplication.of(ItemRef.ofInstalment(InvoiceId.of("I-2"), 1), Money.of(CurrencyUnit.USD, 1))).build());
    }

    // ---- Builder.apply ----

    @Test
    void test_apply_duplicateIdWithDifferentContentNamesBothEvents() {
        CustomerLedger.Builder b = base();
        PaymentReceived other = PaymentReceived.builder().from(payment()).amount(eur("81.00")).build();
        CustomerLedger before = b.build();
        DuplicateEventException ex = assertThrows(DuplicateEventException.class, () -> b.apply(other));
        assertTrue(ex.getMessage().contains("payment:P-1") && ex.getMessage().contains("EUR 80.00")
                && ex.getMessage().contains("EUR 81.00"), ex.getMessage());
        assertEquals(payment(), ex.getExisting());
        assertSame(other, ex.getRefused());
        assertEquals(before, b.build());
        // an identical replay is a no-op
        assertEquals(before, b.apply(payment()).apply(invoice()).build());
    }

    @Test
    void test_apply_refusesEventsThatReferenceUnknownThings() {
        refused(base(), AllocationPosted.builder().from(allocation("A", "2024-01-20", "10.00"))
                .addApplications(ItemApplication.of(ItemRef.ofInstalment(InvoiceId.of("I-9"), 1), eur("1.00"))).build(),
                IllegalArgumentException.class, "item I-9#1", "unknown");
        refused(base(), AllocationPosted.builder().from(allocation("A", "2024-01-20", "10.00"))
                .source(CreditSource.ofCreditNote(CreditNoteId.of("CN-9"))).build(), IllegalArgumentException.class, "CN:CN-9", "unknown");
        refused(base(), PaymentReversed.builder().paymentId(PaymentId.of("P-9")).customerId(C).date(d("2024-02-01"))
                .reason(ReversalReason.OTHER).build(), IllegalArgumentException.class, "PAY:P-9", "unknown");
        refused(base(), DisputeOpened.builder().disputeId(DisputeId.of("D")).customerId(C).invoiceId(InvoiceId.of("I-9"))
                .openedDate(d("2024-02-01")).reason("x").build(), IllegalArgumentException.class, "invoiceId I-9", "unknown");
        refused(base(), DisputeResolved.builder().disputeId(DisputeId.of("D-9")).customerId(C).resolvedDate(d("2024-02-01")).build(),
                IllegalArgumentException.class, "disputeId D-9", "unknown");
        refused(base(), PromiseMade.builder().promiseId(PromiseId.of("PR")).customerId(C).madeDate(d("2024-02-01"))
                .promisedDate(d("2024-02-01")).amount(eur("1.00")).addInvoiceIds(InvoiceId.of("I-9")).build(),
                IllegalArgumentException.class, "invoiceId I-9", "unknown");
        refused(base(), WriteOffPosted.builder().writeOffId(WriteOffId.of("W")).customerId(C).date(d("2024-02-01"))
                .item(ItemRef.ofInstalment(InvoiceId.of("I-9"), 1)).amount(eur("1.00")).reason(WriteOffReason.OTHER).build(),
                IllegalArgumentException.class, "item I-9#1", "unknown");
        refused(base(), CreditRefunded.builder().eventId(EventId.of("R")).customerId(C).date(d("2024-02-01"))
                .source(CreditSource.ofPayment(PaymentId.of("P-9"))).amount(eur("1.00")).build(),
                IllegalArgumentException.class, "PAY:P-9", "unknown");
        refused(base(), InvoiceIssued.builder().from(invoice()).invoiceId(InvoiceId.of("I-2")).customerId(CustomerId.of("C-2")).build(),
                IllegalArgumentException.class, "customerId C-2", "C-1");
    }

    @Test
    void test_apply_refusesOverApplicationAndBadDates() {
        refused(base(), allocation("A", "2024-01-20", "80.01"), IllegalArgumentException.class, "EUR 80.01", "PAY:P-1", "EUR 80.00");
        CustomerLedger.Builder b = base().apply(PaymentReceived.builder().from(payment()).paymentId(PaymentId.of("P-2"))
                .amount(eur("500.00")).build());
        refused(b, AllocationPosted.builder().from(allocation("A", "2024-01-20", "100.01"))
                .source(CreditSource.ofPayment(PaymentId.of("P-2"))).build(), IllegalArgumentException.class, "I-1#1",
                "over-applied", "EUR 100.01", "EUR 100.00");
        refused(base(), allocation("A", "2024-01-19", "10.00"), IllegalArgumentException.class, "date 2024-01-19",
                "PAY:P-1", "2024-01-20");
        CustomerLedger.Builder early = CustomerLedger.builder(C).apply(invoice())
                .apply(PaymentReceived.builder().from(payment()).receivedDate(d("2024-01-05")).build());
        refused(early, allocation("A", "2024-01-09", "10.00"), IllegalArgumentException.class, "date 2024-01-09", "issueDate 2024-01-10");
        refused(base(), AllocationPosted.builder().eventId(EventId.of("A")).customerId(C).date(d("2024-01-20")).source(P1)
                .addApplications(ItemApplication.of(I1, Money.of(CurrencyUnit.USD, 1))).build(), CurrencyMismatchException.class);
        // an earlier-dated allocation that would make a later one over-apply is refused too
        CustomerLedger.Builder two = base().apply(PaymentReceived.builder().from(payment()).paymentId(PaymentId.of("P-2"))
                .receivedDate(d("2024-01-15")).amount(eur("500.00")).build()).apply(allocation("A-late", "2024-01-25", "80.00"));
        refused(two, AllocationPosted.builder().from(allocation("A-early", "2024-01-16", "30.00"))
                .source(CreditSource.ofPayment(PaymentId.of("P-2"))).build(), IllegalArgumentException.class, "A-early",
                "over-applied", "A-late");
        refused(base(), WriteOffPosted.builder().writeOffId(WriteOffId.of("W")).customerId(C).date(d("2024-02-01")).item(I1)
                .amount(eur("100.01")).reason(WriteOffReason.BAD_DEBT).build(), IllegalArgumentException.class, "write-off:W",
                "EUR 100.01", "EUR 100.00");
        refused(base(), WriteOffPosted.builder().writeOffId(WriteOffId.of("W")).customerId(C).date(d("2024-01-09")).item(I1)
                .amount(eur("1.00")).reason(WriteOffReason.BAD_DEBT).build(), IllegalArgumentException.class, "date 2024-01-09",
                "issueDate 2024-01-10");
        refused(base(), WriteOffPosted.builder().writeOffId(WriteOffId.of("W")).customerId(C).date(d("2024-02-01")).item(I1)
                .amount(Money.of(CurrencyUnit.USD, 1)).reason(WriteOffReason.BAD_DEBT).build(), CurrencyMismatchException.class);
    }

    @Test
    void test_apply_refusesReversalsAndRefundsThatDoNotFit() {
        Supplier<PaymentReversed.Builder> rev = () -> PaymentReversed.builder().paymentId(PaymentId.of("P-1")).customerId(C)
                .reason(ReversalReason.BOUNCED_CHEQUE);
        refused(base(), rev.get().date(d("2024-01-19")).build(), IllegalArgumentException.class, "date 2024-01-19", "2024-01-20");
        refused(base().apply(allocation("A", "2024-01-25", "10.00")), rev.get().date(d("2024-01-24")).build(),
                IllegalArgumentException.class, "date 2024-01-24", "allocation A", "2024-01-25");
        refused(base().apply(rev.get().date(d("2024-01-24")).build()), allocation("A", "2024-01-25", "10.00"),
                IllegalArgumentException.class, "date 2024-01-25", "reversed on 2024-01-24");
        // reversals come before allocations on one day: a payment cannot be allocated on the day it bounces
        refused(base().apply(rev.get().date(d("2024-01-24")).build()), allocation("A", "2024-01-24", "10.00"),
                IllegalArgumentException.class, "date 2024-01-24", "reversed on 2024-01-24");
        refused(base().apply(allocation("A", "2024-01-24", "10.00")), rev.get().date(d("2024-01-24")).build(),
                IllegalArgumentException.class, "date 2024-01-24", "allocation A", "2024-01-24");
        CreditRefunded refund = CreditRefunded.builder().eventId(EventId.of("R")).customerId(C).date(d("2024-01-22"))
                .source(P1).amount(eur("5.00")).build();
        refused(base().apply(refund), rev.get().date(d("2024-01-24")).build(), IllegalArgumentException.class,
                "P-1", "refund R");
        refused(base().apply(rev.get().date(d("2024-01-21")).build()), refund, IllegalArgumentException.class, "PAY:P-1", "reversed");
        refused(base(), CreditRefunded.builder().from(refund).amount(eur("80.01")).build(), IllegalArgumentException.class,
                "amount EUR 80.01", "EUR 80.00");
        refused(base(), CreditRefunded.builder().from(refund).date(d("2024-01-19")).build(), IllegalArgumentException.class,
                "date 2024-01-19", "2024-01-20");
        refused(base(), CreditRefunded.builder().from(refund).amount(Money.of(CurrencyUnit.USD, 1)).build(), CurrencyMismatchException.class);
        refused(base(), DisputeOpened.builder().disputeId(DisputeId.of("D")).customerId(C).invoiceId(InvoiceId.of("I-1"))
                .openedDate(d("2024-01-09")).reason("x").build(), IllegalArgumentException.class, "openedDate 2024-01-09", "issueDate 2024-01-10");
        CustomerLedger.Builder disputed = base().apply(DisputeOpened.builder().disputeId(DisputeId.of("D")).customerId(C)
                .invoiceId(InvoiceId.of("I-1")).openedDate(d("2024-01-15")).reason("x").build());
        refused(disputed, DisputeResolved.builder().disputeId(DisputeId.of("D")).customerId(C).resolvedDate(d("2024-01-14")).build(),
                IllegalArgumentException.class, "resolvedDate 2024-01-14", "openedDate 2024-01-15");
    }

    // ---- nulls of the ledger API ----

    @Test
    void test_ledgerApi_refusesNullsNamingTheParameter() {
        CustomerLedger ledger = base().build();
        assertEquals("customerId", assertThrows(NullPointerException.class, () -> CustomerLedger.builder(null)).getMessage());
        assertEquals("customerId", assertThrows(NullPointerException.class, () -> CustomerLedger.empty(null)).getMessage());
        assertEquals("events", assertThrows(NullPointerException.class, () -> CustomerLedger.of(C, null)).getMessage());
        assertEquals("event", assertThrows(NullPointerException.class, () -> ledger.withEvent(null)).getMessage());
        assertEquals("event", assertThrows(NullPointerException.class, () -> CustomerLedger.builder(C).apply(null)).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class, () -> ledger.asOf(null)).getMessage());
        assertEquals("currency", assertThrows(NullPointerException.class, () -> ledger.statement(null, d("2024-01-01"), d("2024-01-02"))).getMessage());
        assertEquals("startInclusive", assertThrows(NullPointerException.class, () -> ledger.statement(EUR, null, d("2024-01-02"))).getMessage());
        assertEquals("endInclusive", assertThrows(NullPointerException.class, () -> ledger.statement(EUR, d("2024-01-01"), null)).getMessage());
        message(IllegalArgumentException.class, () -> ledger.statement(EUR, d("2024-01-02"), d("2024-01-01")),
                "endInclusive 2024-01-01", "startInclusive 2024-01-02");
        assertEquals("currency", assertThrows(NullPointerException.class, () -> ledger.asOf(d("2024-01-01")).getBalance(null)).getMessage());
        assertEquals("source", assertThrows(NullPointerException.class, () -> ledger.asOf(d("2024-01-01")).getSource(null)).getMessage());
        assertEquals("event", assertThrows(NullPointerException.class, () -> Portfolio.builder().apply(null)).getMessage());
        assertEquals("customerId", assertThrows(NullPointerException.class, () -> Portfolio.builder().build().getLedger(null)).getMessage());
        message(IllegalArgumentException.class, () -> Portfolio.of(List.of(ledger, ledger)), "customerId C-1");
    }
}
