package org.receivables.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.CreditNoteId;
import org.receivables.core.document.DisputeId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.item.ItemRef;
import org.receivables.core.ledger.AllocationPosted;
import org.receivables.core.ledger.CreditNoteIssued;
import org.receivables.core.ledger.CreditSource;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.DisputeOpened;
import org.receivables.core.ledger.EventId;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.ItemApplication;
import org.receivables.core.ledger.LedgerEvent;
import org.receivables.core.ledger.PaymentReceived;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.Instalment;

/** Aging customer ledgers directly: the as-of view decides what counts. */
class AgingLedgerTest {

    static final CustomerId C1 = CustomerId.of("C-1");
    static final CustomerId C2 = CustomerId.of("C-2");
    static final CurrencyUnit USD = CurrencyUnit.USD;

    static Money usd(String s) {
        return Money.of(USD, new BigDecimal(s));
    }

    static List<Money> usds(String... amounts) {
        List<Money> list = new ArrayList<>();
        for (String a : amounts) {
            list.add(usd(a));
        }
        return list;
    }

    static InvoiceIssued invoice(CustomerId c, String id, String date, String due, String amount) {
        return InvoiceIssued.builder().invoiceId(InvoiceId.of(id)).customerId(c).issueDate(LocalDate.parse(date))
                .schedule(DueSchedule.of(List.of(Instalment.builder().number(1).dueDate(LocalDate.parse(due))
                        .amount(usd(amount)).build())))
                .build();
    }

    /**
     * C-1: INV-1 USD 1,000.00 issued 2024-01-01, due 2024-01-31, USD 400.00 of it paid and applied on
     * 2024-03-10; INV-2 USD 200.00 issued 2024-03-20, due 2024-04-19, disputed from 2024-03-30; USD 50.00
     * received on account on 2024-03-25; a USD 30.00 credit note on 2024-03-28, not applied; INV-3 issued
     * 2024-04-05. C-2: INV-9 USD 80.00 issued 2024-02-01, due 2024-03-02.
     */
    static Portfolio portfolio() {
        List<LedgerEvent> events = List.of(
                invoice(C1, "INV-1", "2024-01-01", "2024-01-31", "1000.00"),
                PaymentReceived.builder().paymentId(PaymentId.of("P-1")).customerId(C1).receivedDate(LocalDate.parse("2024-03-10"))
                        .amount(usd("400.00")).method(PaymentMethod.BANK_TRANSFER).build(),
                AllocationPosted.builder().eventId(EventId.of("A-1")).customerId(C1).date(LocalDate.parse("2024-03-10"))
                        .source(CreditSource.ofPayment(PaymentId.of("P-1")))
                        .addApplications(ItemApplication.of(ItemRef.ofInstalment(InvoiceId.of("INV-1"), 1), usd("400.00")))
                        .build(),
                invoice(C1, "INV-2", "2024-03-20", "2024-04-19", "200.00"),
                PaymentReceived.builder().paymentId(PaymentId.of("P-2")).customerId(C1).receivedDate(LocalDate.parse("2024-03-25"))
                        .amount(usd("50.00")).method(PaymentMethod.CARD).build(),
                CreditNoteIssued.builder().creditNoteId(CreditNoteId.of("CN-1")).customerId(C1)
                        .issueDate(LocalDate.parse("2024-03-28")).amount(usd("30.00")).build(),
                DisputeOpened.builder().disputeId(DisputeId.of("D-1")).customerId(C1).invoiceId(InvoiceId.of("INV-2"))
                        .openedDate(LocalDate.parse("2024-03-30")).reason("short delivery").build(),
                invoice(C1, "INV-3", "2024-04-05", "2024-05-05", "70.00"),
                invoice(C2, "INV-9", "2024-02-01", "2024-03-02", "80.00"));
        return Portfolio.builder().applyAll(events).build();
    }

    // ---- of(Portfolio, LocalDate, AgingOptions) ----

    /** As of 2024-02-29, before the payment: the whole of INV-1 is 29 days past due; nothing else exists yet. */
    @Test
    void of_portfolio_asOfBeforeThePayment() {
        AgingReport feb = AgingReport.of(portfolio(), LocalDate.of(2024, 2, 29), AgingOptions.defaults());
        AgingAmounts c1 = feb.getLine(C1, USD).orElseThrow().getAmounts();
        assertEquals(usds("0.00", "1000.00", "0.00", "0.00", "0.00", "0.00"), c1.getAmounts());
        assertTrue(c1.getCredits().isZero());
        assertEquals(usds("80.00", "0.00", "0.00", "0.00", "0.00", "0.00"),
                feb.getLine(C2, USD).orElseThrow().getAmounts().getAmounts(), "INV-9 not yet due");
    }

    /**
     * As of 2024-03-31: INV-1 has USD 600.00 open, 60 days past due by its own due date; INV-2 is current
     * and disputed; credits USD 80.00 (the payment on account and the credit note); INV-3, issued
     * later, does not count. The net balance equals the ledger's own balance on that date.
     */
    @Test
    void of_portfolio_asOfAfterThePayment() {
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        Portfolio portfolio = portfolio();
        AgingReport mar = AgingReport.of(portfolio, asOf, AgingOptions.defaults());
        AgingAmounts c1 = mar.getLine(C1, USD).orElseThrow().getAmounts();
        assertEquals(usds("200.00", "0.00", "600.00", "0.00", "0.00", "0.00"), c1.getAmounts());
        assertEquals(usd("200.00"), c1.getDisputedAmount());
        assertEquals(usd("80.00"), c1.getCredits());
        assertEquals(2, c1.getCreditCount());
        assertEquals(usd("720.00"), c1.getNetBalance());
        assertEquals(portfolio.getLedger(C1).orElseThrow().asOf(asOf).getBalance(USD), c1.getNetBalance());
        assertEquals(usds("0.00", "80.00", "0.00", "0.00", "0.00", "0.00"),
                mar.getLine(C2, USD).orElseThrow().getAmounts().getAmounts(), "INV-9 29 days past due");
        // portfolio: open items 880.00 (200 + 600 + 80), less 80.00 credits: net 800.00
        assertEquals(usd("880.00"), mar.getTotals(USD).getOpenItemTotal());
        assertEquals(usd("800.00"), mar.getTotals(USD).getNetBalance());
    }

    /** The portfolio's report is the merge of its customers' view reports. */
    @Test
    void of_portfolio_isTheMergeOfTheViews() {
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        Portfolio portfolio = portfolio();
        AgingOptions netted = AgingOptions.builder().creditPresentation(CreditPresentation.NET_INTO_CURRENT).build();
        AgingReport merged = AgingReport.empty(asOf, netted);
        for (CustomerLedger ledger : portfolio.getLedgers()) {
            merged = merged.merge(AgingReport.of(ledger.asOf(asOf), netted));
        }
        assertEquals(AgingReport.of(portfolio, asOf, netted), merged);
        assertEquals(usds("120.00", "80.00", "600.00", "0.00", "0.00", "0.00"), merged.getTotals(USD).getAmounts());
    }

    // ---- Builder.addView ----

    @Test
    void addView_badInput() {
        CustomerLedger ledger = portfolio().getLedger(C1).orElseThrow();
        AgingReport.Builder b = AgingReport.builder(LocalDate.of(2024, 3, 31), AgingOptions.defaults());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> b.addView(ledger.asOf(LocalDate.of(2024, 3, 30))));
        assertTrue(ex.getMessage().contains("asOf 2024-03-30") && ex.getMessage().contains("asOf 2024-03-31")
                && ex.getMessage().contains("C-1"), ex.getMessage());
        NullPointerException npe = assertThrows(NullPointerException.class, () -> b.addView(null));
        assertEquals("view", npe.getMessage());
        assertEquals("portfolio", assertThrows(NullPointerException.class,
                () -> AgingReport.of((org.receivables.core.ledger.Portfolio) null, LocalDate.of(2024, 3, 31), AgingOptions.defaults()))
                .getMessage());
        assertEquals("view", assertThrows(NullPointerException.class,
                () -> AgingReport.of((org.receivables.core.ledger.LedgerView) null, AgingOptions.defaults())).getMessage());
    }
}
