package org.receivables.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerId;
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
import org.receivables.core.item.OpenItem;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.Instalment;

/** Worked examples of the customer ledger, from public sources where cited. */
class LedgerExamplesTest {

    static final CustomerId C = CustomerId.of("C-1");
    static final CurrencyUnit USD = CurrencyUnit.USD;

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static Money usd(String s) {
        return Money.of(USD, new java.math.BigDecimal(s));
    }

    static InvoiceIssued invoice(String id, String date, String due, String amount) {
        return InvoiceIssued.builder().invoiceId(InvoiceId.of(id)).customerId(C).issueDate(d(date))
                .schedule(DueSchedule.of(List.of(Instalment.builder().number(1).dueDate(d(due)).amount(usd(amount)).build())))
                .build();
    }

    static PaymentReceived payment(String id, String date, String amount, PaymentMethod method) {
        return PaymentReceived.builder().paymentId(PaymentId.of(id)).customerId(C).receivedDate(d(date))
                .amount(usd(amount)).method(method).build();
    }

    static AllocationPosted allocation(String id, String date, String paymentId, String invoiceId, String amount) {
        return AllocationPosted.builder().eventId(EventId.of(id)).customerId(C).date(d(date))
                .source(CreditSource.ofPayment(PaymentId.of(paymentId)))
                .addApplications(ItemApplication.of(ItemRef.ofInstalment(InvoiceId.of(invoiceId), 1), usd(amount))).build();
    }

    // ---- statement ----

    /**
     * A balance-forward statement: opening balance brought forward, each charge and payment with its
     * running balance, closing balance = opening + charges - payments. The numbers follow the example
     * of "Statement of Account Builder" (https://geratools.com/statement-of-account-builder): opening
     * 0, a 1,200 charge, a 1,200 payment, then charges of 850 and 640 give a closing balance of 1,490;
     * the layout follows "Customer Transaction Statement", balance forward type
     * (https://knowledgebase.sbizzl.com/article/customer-transaction-statement). Here the first two
     * lines fall in January, so the February statement opens at 0 after them and a second
     * statement over both months opens at 0 before them.
     */
    @Test
    void test_statement_balanceForwardWithOpeningMovementsAndClosing() {
        CustomerLedger ledger = CustomerLedger.of(C, List.of(
                invoice("INV-1", "2024-01-05", "2024-02-04", "1200.00"),
                payment("PAY-1", "2024-01-25", "1200.00", PaymentMethod.BANK_TRANSFER),
                allocation("A-1", "2024-01-25", "PAY-1", "INV-1", "1200.00"),
                invoice("INV-2", "2024-02-03", "2024-03-04", "850.00"),
                invoice("INV-3", "2024-02-17", "2024-03-18", "640.00"),
                invoice("INV-4", "2024-03-01", "2024-03-31", "99.00")));

        Statement feb = ledger.statement(USD, d("2024-02-01"), d("2024-02-29"));
        assertEquals(usd("0.00"), feb.getOpeningBalance());
        assertEquals(List.of("INV-2", "INV-3"), feb.getLines().stream().map(StatementLine::getDocument).collect(Collectors.toList()));
        assertEquals(usd("850.00"), feb.getLines().get(0).getBalanceAfter());
        assertEquals(usd("1490.00"), feb.getClosingBalance());
        assertEquals(d("2024-02-01"), feb.getStartDate());
        assertEquals(d("2024-02-29"), feb.getEndDate());

        Statement both = ledger.statement(USD, d("2024-01-01"), d("2024-02-29"));
        assertEquals(usd("0.00"), both.getOpeningBalance());
        assertEquals(List.of(MovementKind.INVOICE, MovementKind.PAYMENT, MovementKind.INVOICE, MovementKind.INVOICE),
                both.getLines().stream().map(StatementLine::getKind).collect(Collectors.toList()));
        assertEquals(List.of(usd("1200.00"), usd("-1200.00"), usd("850.00"), usd("640.00")),
                both.getLines().stream().map(StatementLine::getAmount).collect(Collectors.toList()));
        assertEquals(usd("1490.00"), both.getClosingBalance());

        // bounds are inclusive: a statement of 2024-02-17 alone holds INV-3 and opens at 850
        Statement day = ledger.statement(USD, d("2024-02-17"), d("2024-02-17"));
        assertEquals(usd("850.00"), day.getOpeningBalance());
        assertEquals(1, day.getLines().size());
        assertEquals(usd("1490.00"), day.getClosingBalance());
        // March's invoice is invisible before its date
        assertEquals(usd("1490.00"), ledger.asOf(d("2024-02-29")).getBalance(USD));
        assertEquals(usd("1589.00"), ledger.asOf(d("2024-03-01")).getBalance(USD));
    }

    // ---- PaymentReversed ----

    /**
     * A bounced cheque, after "Account for Bad Checks from Customers (NSF)", Sage 50 help
     * (http://help.sage50.na.sage.com/en-us/2017/sage50us/Content/AR02_HDI/Account_for_Bad_Checks_from_Customers_NSF.htm):
     * invoice 101 of $100.00 on January 1, cheque 201 of $100.00 received January 2 paying it, returned
     * by the bank on January 10 with a $15.00 NSF charge passed on to the customer. Sage 300's "About
     * Returning Customer Checks" (https://help.sage300.com/en-us/2022/web/Subsystems/AR/Content/Transactions/Receipts/ReturningCustomerCheck.htm)
     * reinstates the invoice. Here the invoice reopens with its original due date (net 30: January 31),
     * so it ages from that date, unlike a new receivable dated January 10.
     */
    @Test
    void test_paymentReversed_bouncedChequeReopensTheInvoiceWithItsOriginalDueDate() {
        CustomerLedger ledger = CustomerLedger.of(C, List.of(
                invoice("101", "2024-01-01", "2024-01-31", "100.00"),
                payment("201", "2024-01-02", "100.00", PaymentMethod.CHEQUE),
                allocation("A-201", "2024-01-02", "201", "101", "100.00"),
                PaymentReversed.builder().paymentId(PaymentId.of("201")).customerId(C).date(d("2024-01-10"))
                        .reason(ReversalReason.BOUNCED_CHEQUE).build(),
                ChargePosted.builder().chargeId(ChargeId.of("101NSF")).chargeKind(ItemKind.FEE).customerId(C)
                        .postedDate(d("2024-01-10")).dueDate(d("2024-01-10")).amount(usd("15.00"))
                        .invoiceId(InvoiceId.of("101")).description("returned cheque fee").build()));

        LedgerView paid = ledger.asOf(d("2024-01-09"));
        assertTrue(paid.getOpenItems().isEmpty());
        assertEquals(usd("0.00"), paid.getBalance(USD));

        LedgerView bounced = ledger.asOf(d("2024-01-10"));
        List<OpenItem> open = bounced.getOpenItems();
        assertEquals(2, open.size());
        OpenItem fee = open.get(0);
        OpenItem inv = open.get(1);
        assertEquals(ItemRef.parse("FEE:101NSF"), fee.getRef());
        assertEquals(ItemRef.ofInstalment(InvoiceId.of("101"), 1), inv.getRef());
        assertEquals(usd("100.00"), inv.getOpenAmount());
        assertEquals(d("2024-01-31"), inv.getDueDate());
        assertEquals(usd("115.00"), bounced.getBalance(USD));
        assertTrue(bounced.getSource(CreditSource.ofPayment(PaymentId.of("201"))).get().isReversed());

        Statement s = ledger.statement(USD, d("2024-01-01"), d("2024-01-31"));
        assertEquals(List.of(MovementKind.INVOICE, MovementKind.PAYMENT, MovementKind.CHARGE, MovementKind.PAYMENT_REVERSED),
                s.getLines().stream().map(StatementLine::getKind).collect(Collectors.toList()));
        assertEquals(usd("115.00"), s.getClosingBalance());
    }

    /** A reversal undoes the discount taken with the payment too: the item reopens in full. */
    @Test
    void test_paymentReversed_reinstatesTheDiscountTakenWithThePayment() {
        AllocationPosted withDiscount = AllocationPosted.builder().eventId(EventId.of("A-1")).customerId(C).date(d("2024-01-05"))
                .source(CreditSource.ofPayment(PaymentId.of("P-1")))
                .addApplications(ItemApplication.of(ItemRef.ofInstalment(InvoiceId.of("I-1"), 1), usd("98.00"), usd("2.00"),
                        usd("0.00"))).build();
        CustomerLedger ledger = CustomerLedger.of(C, List.of(invoice("I-1", "2024-01-01", "2024-01-31", "100.00"),
                payment("P-1", "2024-01-05", "98.00", PaymentMethod.DIRECT_DEBIT), withDiscount,
                PaymentReversed.builder().paymentId(PaymentId.of("P-1")).customerId(C).date(d("2024-01-12"))
                        .reason(ReversalReason.RETURNED_DIRECT_DEBIT).build()));
        assertTrue(ledger.asOf(d("2024-01-11")).getOpenItems().isEmpty());
        assertEquals(usd("2.00"), ledger.asOf(d("2024-01-11")).getTotals(USD).getDiscounts());
        LedgerView after = ledger.asOf(d("2024-01-12"));
        assertEquals(usd("100.00"), after.getOpenItems().get(0).getOpenAmount());
        assertEquals(usd("0.00"), after.getTotals(USD).getDiscounts());
        assertEquals(usd("100.00"), after.getBalance(USD));
    }

    // ---- recovery ----

    /**
     * A recovery after a write-off, after "Partial Recovery of Previously Written-Off Bad Debt"
     * (https://yourbusiness.azcentral.com/partial-recovery-previously-written-off-bad-debt-9129.html):
     * a sale of $890 written off four months later, then recovered in two payments of $445. The
     * ledger reinstates each recovered amount (a RECOVERY movement) and applies the cash against it,
     * so the payments are not left as on-account credit.
     */
    @Test
    void test_allocation_paymentAgainstAWrittenOffItemIsARecovery() {
        ItemRef item = ItemRef.ofInstalment(InvoiceId.of("S-1"), 1);
        CustomerLedger ledger = CustomerLedger.of(C, List.of(
                invoice("S-1", "2024-01-10", "2024-02-09", "890.00"),
                WriteOffPosted.builder().writeOffId(WriteOffId.of("WO-1")).customerId(C).date(d("2024-05-10")).item(item)
                        .amount(usd("890.00")).reason(WriteOffReason.BAD_DEBT).build(),
                payment("R-1", "2024-09-10", "445.00", PaymentMethod.CHEQUE),
                allocation("A-R1", "2024-09-10", "R-1", "S-1", "445.00"),
                payment("R-2", "2024-10-10", "445.00", PaymentMethod.CHEQUE),
                allocation("A-R2", "2024-10-10", "R-2", "S-1", "445.00")));

        LedgerView afterWriteOff = ledger.asOf(d("2024-05-10"));
        assertTrue(afterWriteOff.getOpenItems().isEmpty());
        assertEquals(usd("0.00"), afterWriteOff.getBalance(USD));

        LedgerView first = ledger.asOf(d("2024-09-10"));
        assertEquals(usd("0.00"), first.getUnappliedCredit(USD));
        assertEquals(usd("0.00"), first.getBalance(USD));
        assertEquals(1, first.getRecoveries().size());
        assertEquals(usd("445.00"), first.getRecoveries().get(0).getAmount());
        assertEquals(item, first.getRecoveries().get(0).getItem());

        LedgerView both = ledger.asOf(d("2024-12-31"));
        assertEquals(usd("890.00"), both.getTotals(USD).getRecovered());
        assertEquals(usd("890.00"), both.getTotals(USD).getWrittenOff());
        assertEquals(usd("0.00"), both.getBalance(USD));
        Statement s = ledger.statement(USD, d("2024-09-01"), d("2024-10-31"));
        assertEquals(List.of(MovementKind.PAYMENT, MovementKind.RECOVERY, MovementKind.PAYMENT, MovementKind.RECOVERY),
                s.getLines().stream().map(StatementLine::getKind).collect(Collectors.toList()));
        assertEquals(usd("0.00"), s.getOpeningBalance());
        assertEquals(usd("0.00"), s.getClosingBalance());
    }

    // ---- asOf: unapplied credit, disputes, promises ----

    @Test
    void test_asOf_overpaymentBecomesUnappliedCreditAndCanBeRefunded() {
        CustomerLedger ledger = CustomerLedger.of(C, List.of(invoice("I-1", "2024-01-01", "2024-01-31", "100.00"),
                payment("P-1", "2024-01-20", "130.00", PaymentMethod.BANK_TRANSFER),
                allocation("A-1", "2024-01-20", "P-1", "I-1", "100.00"),
                CreditRefunded.builder().eventId(EventId.of("RF-1")).customerId(C).date(d("2024-02-01"))
                        .source(CreditSource.ofPayment(PaymentId.of("P-1"))).amount(usd("30.00")).build()));
        LedgerView jan = ledger.asOf(d("2024-01-31"));
        assertEquals(usd("30.00"), jan.getUnappliedCredit(USD));
        assertEquals(usd("-30.00"), jan.getBalance(USD));
        LedgerView feb = ledger.asOf(d("2024-02-01"));
        assertEquals(usd("0.00"), feb.getUnappliedCredit(USD));
        assertEquals(usd("0.00"), feb.getBalance(USD));
    }

    @Test
    void test_asOf_disputedItemsAndPromisesJudgedOnTheDate() {
        CustomerLedger ledger = CustomerLedger.of(C, List.of(invoice("I-1", "2024-01-01", "2024-01-31", "100.00"),
                invoice("I-2", "2024-01-01", "2024-01-31", "50.00"),
                DisputeOpened.builder().disputeId(DisputeId.of("D-1")).customerId(C).invoiceId(InvoiceId.of("I-2"))
                        .openedDate(d("2024-02-02")).reason("short delivery").build(),
                DisputeResolved.builder().disputeId(DisputeId.of("D-1")).customerId(C).resolvedDate(d("2024-02-20")).build(),
                PromiseMade.builder().promiseId(PromiseId.of("PR-1")).customerId(C).madeDate(d("2024-02-05"))
                        .promisedDate(d("2024-02-15")).amount(usd("100.00")).addInvoiceIds(InvoiceId.of("I-1")).build(),
                PromiseMade.builder().promiseId(PromiseId.of("PR-2")).customerId(C).madeDate(d("2024-02-05"))
                        .promisedDate(d("2024-02-10")).amount(usd("50.00")).addInvoiceIds(InvoiceId.of("I-2")).build(),
                payment("P-1", "2024-02-15", "100.00", PaymentMethod.BANK_TRANSFER),
                allocation("A-1", "2024-02-15", "P-1", "I-1", "100.00")));
        assertTrue(ledger.asOf(d("2024-02-01")).getDisputedItems().isEmpty());
        LedgerView feb10 = ledger.asOf(d("2024-02-10"));
        assertEquals(List.of(ItemRef.ofInstalment(InvoiceId.of("I-2"), 1)),
                feb10.getDisputedItems().stream().map(OpenItem::getRef).collect(Collectors.toList()));
        assertEquals(List.of(PromiseStatus.PENDING, PromiseStatus.PENDING),
                feb10.getPromises().stream().map(PromiseState::getStatus).collect(Collectors.toList()));
        LedgerView feb15 = ledger.asOf(d("2024-02-15"));
        assertEquals(List.of(PromiseStatus.KEPT, PromiseStatus.BROKEN),
                feb15.getPromises().stream().map(PromiseState::getStatus).collect(Collectors.toList()));
        assertEquals(usd("100.00"), feb15.getPromises().get(0).getPaid());
        assertTrue(ledger.asOf(d("2024-02-20")).getDisputedItems().isEmpty());
        assertFalse(ledger.asOf(d("2024-02-20")).getOpenItems().get(0).isDisputed());
    }

    // ---- getSuspectedDuplicates ----

    @Test
    void test_getSuspectedDuplicates_flagsSameAmountDateAndReferenceButKeepsBoth() {
        InvoiceIssued a = InvoiceIssued.builder().from(invoice("I-1", "2024-01-01", "2024-01-31", "100.00")).reference("PO-7").build();
        InvoiceIssued b = InvoiceIssued.builder().from(a).invoiceId(InvoiceId.of("I-2")).build();
        InvoiceIssued other = InvoiceIssued.builder().from(a).invoiceId(InvoiceId.of("I-3")).reference("PO-8").build();
        PaymentReceived p1 = PaymentReceived.builder().from(payment("P-1", "2024-01-05", "40.00", PaymentMethod.CARD)).reference("X1").build();
        PaymentReceived p2 = PaymentReceived.builder().from(p1).paymentId(PaymentId.of("P-2")).build();
        CustomerLedger ledger = CustomerLedger.of(C, List.of(b, other, p2, a, p1));
        assertEquals(2, ledger.getSuspectedDuplicates().size());
        SuspectedDuplicate inv = ledger.getSuspectedDuplicates().get(0);
        assertEquals(EventId.of("invoice:I-1"), inv.getFirst());
        assertEquals(EventId.of("invoice:I-2"), inv.getSecond());
        assertTrue(inv.getReason().contains("PO-7"), inv.getReason());
        assertEquals(EventId.of("payment:P-1"), ledger.getSuspectedDuplicates().get(1).getFirst());
        assertEquals(usd("300.00"), ledger.asOf(d("2024-01-31")).getTotals(USD).getInvoiced());
    }

    // ---- Portfolio ----

    @Test
    void test_portfolio_looksUpByCustomerAndIteratesSorted() {
        CustomerId c2 = CustomerId.of("C-0");
        InvoiceIssued other = InvoiceIssued.builder().from(invoice("I-9", "2024-01-01", "2024-01-31", "5.00")).customerId(c2).build();
        Portfolio p = Portfolio.builder().apply(invoice("I-1", "2024-01-01", "2024-01-31", "100.00")).apply(other).build();
        assertEquals(List.of(c2, C), p.getCustomerIds());
        assertEquals(usd("5.00"), p.getLedger(c2).get().asOf(d("2024-01-01")).getBalance(USD));
        assertFalse(p.getLedger(CustomerId.of("nobody")).isPresent());
        assertEquals(2, p.size());
    }

    // ---- withEvent / toBuilder ----

    @Test
    void test_withEvent_equalsTheBuilderPathAndLeavesTheOriginalAlone() {
        CustomerLedger one = CustomerLedger.of(C, List.of(invoice("I-1", "2024-01-01", "2024-01-31", "100.00")));
        PaymentReceived p = payment("P-1", "2024-01-05", "60.00", PaymentMethod.CASH);
        CustomerLedger two = one.withEvent(p);
        assertEquals(1, one.getEvents().size());
        assertEquals(CustomerLedger.builder(C).apply(invoice("I-1", "2024-01-01", "2024-01-31", "100.00")).apply(p).build(), two);
        assertEquals(two, two.withEvent(p));
        assertEquals(two, two.toBuilder().build());
        assertEquals(List.of(EventId.of("invoice:I-1"), EventId.of("payment:P-1")),
                two.getEvents().stream().map(LedgerEvent::getEventId).collect(Collectors.toList()));
        assertEquals(usd("40.00"), two.asOf(d("2024-01-05")).getBalance(USD));
        assertEquals(usd("100.00"), two.asOf(d("2024-01-04")).getBalance(USD));
    }
}
