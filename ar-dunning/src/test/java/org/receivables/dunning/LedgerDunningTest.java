package org.receivables.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.dunning.testing.Fixtures.ref;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.Contact;
import org.receivables.core.customer.ContactChannel;
import org.receivables.core.customer.Customer;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.customer.CustomerSegment;
import org.receivables.core.customer.EmailAddress;
import org.receivables.core.document.DisputeId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.document.PromiseId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.ledger.AllocationPosted;
import org.receivables.core.ledger.CreditSource;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.DisputeOpened;
import org.receivables.core.ledger.EventId;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.ItemApplication;
import org.receivables.core.ledger.PaymentReceived;
import org.receivables.core.ledger.PromiseMade;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.Instalment;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;

/** The engine fed from real customer ledgers through {@link DunningAccount#from}. */
class LedgerDunningTest {

    private static final CustomerId C = CustomerId.of("C-1");
    private static final Customer CUSTOMER = Customer.builder().id(C).name("Muster GmbH").kind(CustomerKind.BUSINESS)
            .segment(CustomerSegment.of("SMB"))
            .billingContact(Contact.builder().name("AP").addEmailAddresses(EmailAddress.of("ap@muster.example")).build())
            .preferredLanguage(Locale.GERMANY).preferredChannel(ContactChannel.EMAIL).build();
    private static final DunningEngine ENGINE = DunningEngine.builder().policy(LeveledPolicy.builder().name("standard")
            .addLevels(DunningLevel.of(1, ActionKind.REMINDER_EMAIL), DunningLevel.of(15, ActionKind.LETTER)).build())
            .build();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static Money eur(String s) {
        return Money.parse("EUR " + s);
    }

    private static InvoiceIssued invoice(String id, String date, String due, String amount) {
        return InvoiceIssued.builder().invoiceId(InvoiceId.of(id)).customerId(C).issueDate(d(date))
                .schedule(DueSchedule.of(List.of(Instalment.builder().number(1).dueDate(d(due)).amount(eur(amount)).build())))
                .build();
    }

    private static final CustomerLedger LEDGER = CustomerLedger.of(C, List.of(
            invoice("I-1", "2024-04-01", "2024-05-01", "100.00"),
            invoice("I-2", "2024-04-01", "2024-05-01", "50.00"),
            invoice("I-3", "2024-04-10", "2024-05-10", "70.00"),
            DisputeOpened.builder().disputeId(DisputeId.of("D-1")).customerId(C).invoiceId(InvoiceId.of("I-2"))
                    .openedDate(d("2024-05-03")).reason("short delivery").build(),
            PromiseMade.builder().promiseId(PromiseId.of("PR-1")).customerId(C).madeDate(d("2024-05-20"))
                    .promisedDate(d("2024-05-25")).amount(eur("70.00")).addInvoiceIds(InvoiceId.of("I-3")).build(),
            PaymentReceived.builder().paymentId(PaymentId.of("P-1")).customerId(C).receivedDate(d("2024-05-12"))
                    .amount(eur("100.00")).method(PaymentMethod.BANK_TRANSFER).build(),
            AllocationPosted.builder().eventId(EventId.of("A-1")).customerId(C).date(d("2024-05-12"))
                    .source(CreditSource.ofPayment(PaymentId.of("P-1")))
                    .addApplications(ItemApplication.of(ItemRef.ofInstalment(InvoiceId.of("I-1"), 1), eur("100.00")))
                    .build()));

    private static DunningProposal runOn(String date, DunningHistory history) {
        LocalDate asOf = d(date);
        return ENGINE.propose(List.of(DunningAccount.from(CUSTOMER, LEDGER.asOf(asOf))), history, List.of(), asOf);
    }

    // ---- DunningAccount.from ----

    /** Disputed items stay out, paid items drop out, a pending promise pauses, a broken one resumes. */
    @Test
    void ledger_views_drive_the_engine_through_a_month() {
        DunningAccount may2 = DunningAccount.from(CUSTOMER, LEDGER.asOf(d("2024-05-02")));
        assertEquals(CustomerKind.BUSINESS, may2.getKind());
        assertEquals(CustomerSegment.of("SMB"), may2.getSegment().get());

        DunningProposal first = runOn("2024-05-02", DunningHistory.empty());
        assertEquals(List.of(ref("I-1"), ref("I-2")), first.getNotices().get(0).getLines().stream().map(NoticeLine::getRef).toList());
        DunningHistory h = DunningHistory.empty().plus(first.toRecords());

        DunningProposal disputed = runOn("2024-05-05", h);
        assertTrue(disputed.getNotices().isEmpty());
        assertTrue(disputed.getExclusions().stream().anyMatch(e -> e.getGate() == Gate.ON_HOLD
                && e.getRef().equals(java.util.Optional.of(ref("I-2")))), disputed.getExclusions().toString());

        DunningProposal afterPayment = runOn("2024-05-16", h);
        DunningNotice notice = afterPayment.getNotices().get(0);
        assertEquals(List.of(ref("I-3")), notice.getLines().stream().map(NoticeLine::getRef).toList(),
                "I-1 was paid on May 12th, I-2 is disputed");
        assertEquals(1, notice.getLevel());
        h = h.plus(afterPayment.toRecords());

        DunningProposal promised = runOn("2024-05-25", h);
        assertTrue(promised.getNotices().isEmpty());
        assertEquals(Gate.ON_HOLD, promised.getExclusions().get(0).getGate());
        assertEquals(d("2024-05-26"), promised.getNextChange(C).get().getDate());

        DunningProposal broken = runOn("2024-05-26", h);
        assertEquals(2, broken.getNotices().get(0).getLevel(), "the promise was broken: I-3 is 16 days late");
    }

    @Test
    void from_refuses_a_view_of_another_customer() {
        CustomerLedger other = CustomerLedger.empty(CustomerId.of("C-2"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DunningAccount.from(CUSTOMER, other.asOf(d("2024-05-01"))));
        assertTrue(e.getMessage().contains("C-2") && e.getMessage().contains("C-1"), e.getMessage());
        NullPointerException npe = assertThrows(NullPointerException.class, () -> DunningAccount.from(null, LEDGER.asOf(d("2024-05-01"))));
        assertEquals("customer", npe.getMessage());
    }
}
