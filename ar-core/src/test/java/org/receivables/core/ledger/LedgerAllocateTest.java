package org.receivables.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.CreditNote;
import org.receivables.core.document.CreditNoteId;
import org.receivables.core.document.Invoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.Payment;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.item.ItemRef;
import org.receivables.core.terms.PaymentTerms;

/** Running the allocation engine from a ledger view, and the events made from documents. */
class LedgerAllocateTest {

    static final CustomerId C = CustomerId.of("C-1");
    static final CurrencyUnit EUR = CurrencyUnit.EUR;

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static Money eur(String s) {
        return Money.of(EUR, new java.math.BigDecimal(s));
    }

    static Invoice invoice(String id, String date, String amount, String terms) {
        return Invoice.builder().id(InvoiceId.of(id)).customerId(C).issueDate(d(date)).amount(eur(amount))
                .terms(PaymentTerms.parse(terms)).build();
    }

    static Payment payment(String id, String date, String amount, String... refs) {
        return Payment.builder().id(PaymentId.of(id)).customerId(C).receivedDate(d(date)).amount(eur(amount))
                .method(PaymentMethod.BANK_TRANSFER).addRemittanceReferences(refs).build();
    }

    static ItemRef item(String invoiceId) {
        return ItemRef.ofInstalment(InvoiceId.of(invoiceId), 1);
    }

    // ---- allocate ----

    @Test
    void test_allocate_oldestDueFirstThenOverpaymentStaysOnAccount() {
        CustomerLedger ledger = CustomerLedger.of(C, List.of(
                InvoiceIssued.of(invoice("INV-2", "2024-01-01", "250.00", "Net 45")),
                InvoiceIssued.of(invoice("INV-1", "2024-01-01", "100.00", "Net 30")),
                PaymentReceived.of(payment("PAY-1", "2024-02-01", "400.00"))));
        CreditSource pay = CreditSource.ofPayment(PaymentId.of("PAY-1"));
        AllocationPosted a = ledger.asOf(d("2024-02-01"))
                .allocate(EventId.of("A-1"), pay, AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults()).get();
        assertEquals(List.of(item("INV-1"), item("INV-2")),
                a.getApplications().stream().map(ItemApplication::getItem).collect(Collectors.toList()));
        assertEquals(eur("350.00"), a.getTotalAmount());
        assertEquals(d("2024-02-01"), a.getDate());
        CustomerLedger after = ledger.withEvent(a);
        LedgerView v = after.asOf(d("2024-02-01"));
        assertTrue(v.getOpenItems().isEmpty());
        assertEquals(eur("50.00"), v.getUnappliedCredit(EUR));
        assertEquals(eur("-50.00"), v.getBalance(EUR));
        // the rest, 50.00, has nothing left to settle
        assertFalse(v.allocate(EventId.of("A-2"), pay, AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults())
                .isPresent());
    }

    @Test
    void test_allocate_twoStrategiesSplitTheSamePaymentDifferently() {
        CustomerLedger ledger = CustomerLedger.of(C, List.of(
                InvoiceIssued.of(invoice("INV-1", "2024-01-01", "300.00", "Net 30")),
                InvoiceIssued.of(invoice("INV-2", "2024-01-10", "100.00", "Net 30")),
                PaymentReceived.of(payment("PAY-1", "2024-02-01", "200.00"))));
        LedgerView v = ledger.asOf(d("2024-02-01"));
        CreditSource pay = CreditSource.ofPayment(PaymentId.of("PAY-1"));
        AllocationPosted oldest = v.allocate(EventId.of("A"), pay, AllocationStrategies.OLDEST_DUE_FIRST,
                AllocationOptions.defaults()).get();
        AllocationPosted proportional = v.allocate(EventId.of("A"), PaymentId.of("PAY-1"), AllocationStrategies.PROPORTIONAL,
                AllocationOptions.defaults()).get();
        assertEquals(List.of(eur("200.00")), oldest.getApplications().stream().map(ItemApplication::getAmount).collect(Collectors.toList()));
        assertEquals(List.of(eur("150.00"), eur("50.00")),
                proportional.getApplications().stream().map(ItemApplication::getAmount).collect(Collectors.toList()));
        assertEquals(eur("200.00"), ledger.withEvent(proportional).asOf(d("2024-02-01")).getBalance(EUR));
    }

    /** 2/10 Net 30 on EUR 1,000.00 issued 2024-03-01: EUR 980.00 received on the tenth day settles it with EUR 20.00 discount. */
    @Test
    void test_allocate_takesTheEarnedDiscountAndTheLedgerRecordsIt() {
        CustomerLedger ledger = CustomerLedger.of(C, List.of(
                InvoiceIssued.of(invoice("INV-1", "2024-03-01", "1000.00", "2/10 Net 30")),
                PaymentReceived.of(payment("PAY-1", "2024-03-11", "980.00", "INV-1"))));
        AllocationPosted a = ledger.asOf(d("2024-03-11")).allocate(EventId.of("A-1"), CreditSource.ofPayment(PaymentId.of("PAY-1")),
                AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST), AllocationOptions.defaults()).get();
        assertEquals(eur("20.00"), a.getApplications().get(0).getDiscount());
        LedgerView v = ledger.withEvent(a).asOf(d("2024-03-11"));
        assertTrue(v.getOpenItems().isEmpty());
        assertEquals(eur("20.00"), v.getTotals(EUR).getDiscounts());
        assertEquals(eur("0.00"), v.getBalance(EUR));
    }

    @Test
    void test_allocate_appliesACreditNote() {
        CustomerLedger ledger = CustomerLedger.of(C, List.of(
                InvoiceIssued.of(invoice("INV-1", "2024-01-01", "100.00", "Net 30")),
                CreditNoteIssued.of(CreditNote.builder().id(CreditNoteId.of("CN-1")).customerId(C).issueDate(d("2024-01-05"))
                        .amount(eur("40.00")).invoiceId(InvoiceId.of("INV-1")).build())));
        AllocationPosted a = ledger.asOf(d("2024-01-05")).allocate(EventId.of("A-CN"), CreditSource.ofCreditNote(CreditNoteId.of("CN-1")),
                AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST), AllocationOptions.defaults()).get();
        LedgerView v = ledger.withEvent(a).asOf(d("2024-01-05"));
        assertEquals(eur("60.00"), v.getOpenItems().get(0).getOpenAmount());
        assertEquals(eur("40.00"), v.getTotals(EUR).getAppliedCredits());
    }

    @Test
    void test_allocate_refusesUnknownReversedOrSpentSources() {
        CustomerLedger ledger = CustomerLedger.of(C, List.of(
                InvoiceIssued.of(invoice("INV-1", "2024-01-01", "100.00", "Net 30")),
                PaymentReceived.of(payment("PAY-1", "2024-01-02", "100.00")),
                PaymentReversed.builder().paymentId(PaymentId.of("PAY-1")).customerId(C).date(d("2024-01-03"))
                        .reason(ReversalReason.CHARGEBACK).build()));
        CreditSource pay = CreditSource.ofPayment(PaymentId.of("PAY-1"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ledger.asOf(d("2024-01-01"))
                .allocate(EventId.of("A"), pay, AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults()));
        assertTrue(unknown.getMessage().contains("source PAY:PAY-1 is unknown"), unknown.getMessage());
        IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class, () -> ledger.asOf(d("2024-01-03"))
                .allocate(EventId.of("A"), pay, AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults()));
        assertTrue(reversed.getMessage().contains("source PAY:PAY-1 was reversed"), reversed.getMessage());
        assertEquals("strategy", assertThrows(NullPointerException.class, () -> ledger.asOf(d("2024-01-02"))
                .allocate(EventId.of("A"), pay, null, AllocationOptions.defaults())).getMessage());
    }

    // ---- of(document) ----

    @Test
    void test_of_documentsBecomeEventsWithTheirIdsAndReferences() {
        Invoice inv = Invoice.builder().from(invoice("INV-1", "2024-01-01", "100.00", "Net 30")).purchaseOrderNumber("PO-1").build();
        InvoiceIssued e = InvoiceIssued.of(inv);
        assertEquals(EventId.of("invoice:INV-1"), e.getEventId());
        assertEquals(d("2024-01-31"), e.getSchedule().getInstalments().get(0).getDueDate());
        assertEquals("PO-1", e.getReference().get());
        Payment p = Payment.builder().from(payment("PAY-1", "2024-01-02", "100.00", "INV-1")).payerReference("payer").bankReference("bank").build();
        PaymentReceived pe = PaymentReceived.of(p);
        assertEquals("bank", pe.getReference().get());
        assertEquals(List.of("INV-1"), pe.getRemittanceReferences());
        assertEquals("invoice", assertThrows(NullPointerException.class, () -> InvoiceIssued.of(null)).getMessage());
        assertEquals("payment", assertThrows(NullPointerException.class, () -> PaymentReceived.of(null)).getMessage());
    }
}
