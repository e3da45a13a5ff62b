package org.receivables.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ChargeId;
import org.receivables.core.item.ItemKind;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.money.Percentage;
import org.receivables.core.terms.DiscountTier;

/** Worked cash-application examples, most of them from public ERP documentation (cited on each test). */
class AllocationExamplesTest {

    private static final CustomerId CUSTOMER = CustomerId.of("2050");

    static Money eur(String amount) {
        return Money.parse("EUR " + amount);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static ItemRef inv(String id, int number) {
        return ItemRef.ofInstalment(InvoiceId.of(id), number);
    }

    static OpenItem.Builder item(ItemRef ref, String issue, String due, Money original) {
        return OpenItem.builder().ref(ref).customerId(CUSTOMER).issueDate(date(issue)).dueDate(date(due))
                .originalAmount(original).openAmount(original)
                .addRemittanceKeys(ref.isInstalment() ? ref.getInvoiceId().getValue() : ref.getChargeId().getValue());
    }

    /** An invoice on "2%14, Net 30" terms: 2% discount up to 14 days after the invoice date, due after 30. */
    static OpenItem twoTenNet30(String id, String issue, Money amount) {
        LocalDate d = date(issue);
        return item(inv(id, 1), issue, d.plusDays(30).toString(), amount)
                .addDiscountTiers(DiscountTier.of(Percentage.of(2), d.plusDays(14), Percentage.of(2).applyTo(amount)))
                .build();
    }

    static Remittance pay(String id, Money amount, String date, String... refs) {
        return Remittance.ofPayment(id, amount, date(date), List.of(refs));
    }

    static void assertApplications(Allocation a, Object... refAmountDiscount) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < refAmountDiscount.length; i += 3) {
            expected.add(refAmountDiscount[i] + " " + refAmountDiscount[i + 1] + " " + refAmountDiscount[i + 2]);
        }
        List<String> actual = new ArrayList<>();
        for (Application app : a.getApplications()) {
            actual.add(app.getItemRef() + " " + app.getAmount().getAmount().toPlainString() + " "
                    + app.getDiscount().getAmount().toPlainString());
        }
        assertEquals(expected, actual);
    }

    // The open items of "Automatic settlement and prioritization", Microsoft Dynamics 365 Finance,
    // https://learn.microsoft.com/en-us/dynamics365/finance/accounts-receivable/automatic-settlement-prioritization
    // (customer 2050; the page gives no year, 2024 is used here).
    static List<OpenItem> dynamicsItems() {
        return List.of(
                twoTenNet30("Invoice 1", "2024-08-15", eur("100.00")),
                twoTenNet30("Invoice 2", "2024-09-01", eur("250.00")),
                twoTenNet30("Invoice 3", "2024-10-15", eur("500.00")),
                item(ItemRef.ofCharge(ChargeId.of("Interest note"), ItemKind.INTEREST), "2024-10-15", "2024-10-15",
                        eur("7.00")).build());
    }

    // ---- OLDEST_DUE_FIRST ----

    /**
     * Several payments over several invoices, oldest due first. Items: the four transactions of
     * customer 2050 in "Automatic settlement and prioritization" (Microsoft Dynamics 365 Finance,
     * https://learn.microsoft.com/en-us/dynamics365/finance/accounts-receivable/automatic-settlement-prioritization):
     * invoices of 100.00 (Aug 15), 250.00 (Sep 1) and 500.00 (Oct 15) on 2%14 Net 30, and an interest
     * note of 7.00 (Oct 15). Default automatic settlement there selects by due date; with charges after
     * principal a payment of 300.00 on Oct 20 settles invoice 1 (100.00), then 200.00 of invoice 2.
     * A second payment of 540.00 on Oct 25 settles the rest of invoice 2 (50.00), then invoice 3 within
     * its discount window (Oct 29): 490.00 plus a 10.00 discount. The interest note stays open.
     */
    @Test
    void severalPaymentsOverSeveralInvoicesOldestDueFirst() {
        AllocationOptions chargesLast = AllocationOptions.builder().chargeOrder(ChargeOrder.CHARGES_LAST).build();
        List<OpenItem> items = dynamicsItems();

        Allocation first = AllocationStrategies.OLDEST_DUE_FIRST.allocate(
                pay("PAY-1", eur("300.00"), "2024-10-20"), items, chargesLast);
        assertApplications(first, "Invoice 1#1", "100.00", "0.00", "Invoice 2#1", "200.00", "0.00");
        assertTrue(first.getUnapplied().isZero());

        assertEquals(eur("50.00"), first.remainingOf(items.get(1)));
        assertEquals(eur("0.00"), first.remainingOf(items.get(0)));
        List<OpenItem> after = List.of(items.get(1).withOpenAmount(first.remainingOf(items.get(1))), items.get(2), items.get(3));
        Allocation second = AllocationStrategies.OLDEST_DUE_FIRST.allocate(
                pay("PAY-2", eur("540.00"), "2024-10-25"), after, chargesLast);
        assertApplications(second, "Invoice 2#1", "50.00", "0.00", "Invoice 3#1", "490.00", "10.00");
        assertTrue(second.getUnapplied().isZero());
        assertEquals(eur("10.00"), second.getDiscountTotal());
    }

    /**
     * The same transactions with charges first (German Civil Code, BGB section 367(1): costs, then
     * interest, then principal; https://www.gesetze-im-internet.de/bgb/__367.html): the 7.00 interest
     * note takes the first 7.00 of a 300.00 payment, then invoice 1 and 193.00 of invoice 2.
     */
    @Test
    void chargesFirstSettlesTheInterestNoteBeforePrincipal() {
        Allocation a = AllocationStrategies.OLDEST_DUE_FIRST.allocate(
                pay("PAY-1", eur("300.00"), "2024-10-20"), dynamicsItems());
        assertApplications(a, "INTEREST:Interest note", "7.00", "0.00", "Invoice 1#1", "100.00", "0.00",
                "Invoice 2#1", "193.00", "0.00");
    }

    /**
     * BGB section 367(1) (https://www.gesetze-im-internet.de/bgb/__367.html): a payment that does not
     * cover everything goes first to costs, then to interest, then to principal. Fee 5.00, interest
     * 7.00, principal 100.00, payment 10.00: fee 5.00, interest 5.00, principal untouched.
     */
    @Test
    void costsThenInterestThenPrincipal() {
        List<OpenItem> items = List.of(
                item(inv("INV-1", 1), "2024-01-01", "2024-01-31", eur("100.00")).build(),
                item(ItemRef.ofCharge(ChargeId.of("I-1"), ItemKind.INTEREST), "2024-03-01", "2024-03-01", eur("7.00")).build(),
                item(ItemRef.ofCharge(ChargeId.of("F-1"), ItemKind.FEE), "2024-03-02", "2024-03-02", eur("5.00")).build());
        Allocation a = AllocationStrategies.OLDEST_ISSUED_FIRST.allocate(pay("P", eur("10.00"), "2024-03-10"), items);
        assertApplications(a, "FEE:F-1", "5.00", "0.00", "INTEREST:I-1", "5.00", "0.00");
    }

    /**
     * Instalments of one invoice are settled by maturity. ERPNext, "Payment Terms"
     * (https://docs.erpnext.com/docs/user/manual/en/payment-terms), allocates a payment against the
     * payment schedule of an invoice ("Allocate Payment Based On Payment Terms"), earliest due date
     * first. An invoice of 1000.00 in three instalments of 300.00, 300.00 and 400.00 due 30, 60 and
     * 90 days after 2024-01-10; a payment of 500.00 settles instalment 1 and 200.00 of instalment 2,
     * whether it quotes the invoice (remittance-directed) or not (oldest due first); the instalments
     * are given out of order on purpose.
     */
    @Test
    void instalmentsOfOneInvoiceByMaturity() {
        InvoiceId id = InvoiceId.of("ACC-SINV-2024-00001");
        List<OpenItem> items = List.of(
                item(ItemRef.ofInstalment(id, 3), "2024-01-10", "2024-04-09", eur("400.00")).build(),
                item(ItemRef.ofInstalment(id, 1), "2024-01-10", "2024-02-09", eur("300.00")).build(),
                item(ItemRef.ofInstalment(id, 2), "2024-01-10", "2024-03-10", eur("300.00")).build());
        Remittance r = pay("ACC-PAY-2024-00001", eur("500.00"), "2024-02-20", "acc-sinv-2024-00001");
        for (AllocationStrategy s : List.of(AllocationStrategies.OLDEST_DUE_FIRST,
                AllocationStrategies.remittanceDirected(AllocationStrategies.PROPORTIONAL))) {
            Allocation a = s.allocate(r, items);
            assertApplications(a, "ACC-SINV-2024-00001#1", "300.00", "0.00", "ACC-SINV-2024-00001#2", "200.00", "0.00");
        }
    }

    /**
     * Overpayment becomes an on-account credit. Odoo, "Payments"
     * (https://www.odoo.com/documentation/17.0/applications/finance/accounting/payments.html): a payment
     * not linked to an invoice leaves the customer with an outstanding credit that can reduce later
     * invoices. Invoice of 1000.00, payment of 1200.00: 1000.00 applied, 200.00 unapplied.
     */
    @Test
    void overpaymentBecomesOnAccountCredit() {
        List<OpenItem> items = List.of(item(inv("INV/2024/0001", 1), "2024-05-01", "2024-05-31", eur("1000.00")).build());
        Allocation a = AllocationStrategies.OLDEST_DUE_FIRST.allocate(pay("PBNK1/2024/0001", eur("1200.00"), "2024-05-20"), items);
        assertApplications(a, "INV/2024/0001#1", "1000.00", "0.00");
        assertEquals(eur("200.00"), a.getUnapplied());
        assertFalse(a.getWriteOff().isPresent());
    }

    // ---- WriteOffTolerance ----

    /**
     * Tolerance at and just past its boundary. Dynamics 365 Business Central, "Work with Payment
     * Tolerances and Payment Discount Tolerances"
     * (https://learn.microsoft.com/en-us/dynamics365/business-central/finance-payment-tolerance-and-payment-discount-tolerance):
     * an underpayment within the maximum payment tolerance closes the invoice, the difference posted as
     * a tolerance entry. The Dynamics Explorer, "Use Payment Tolerance to Write Off Amounts"
     * (https://thedynamicsexplorer.com/tag/write-off/): invoice GBP 101.00, payment GBP 100.00, maximum
     * tolerance GBP 1.00, the invoice is closed with a GBP 1.00 tolerance. One penny less is past the
     * boundary: GBP 99.99 leaves GBP 1.01 open.
     */
    @Test
    void toleranceAtAndJustPastItsBoundary() {
        List<OpenItem> items = List.of(OpenItem.builder().ref(inv("103001", 1)).customerId(CUSTOMER)
                .issueDate(date("2024-01-15")).dueDate(date("2024-02-14"))
                .originalAmount(Money.parse("GBP 101.00")).openAmount(Money.parse("GBP 101.00")).build());
        AllocationOptions o = AllocationOptions.builder().tolerance(WriteOffTolerance.ofAmount(Money.parse("GBP 1.00"))).build();

        Allocation at = AllocationStrategies.OLDEST_DUE_FIRST.allocate(
                Remittance.ofPayment("PAY-1", Money.parse("GBP 100.00"), date("2024-02-01"), List.of()), items, o);
        assertEquals(ToleranceWriteOff.of(inv("103001", 1), Money.parse("GBP 1.00")), at.getWriteOff().orElseThrow());
        assertEquals(Money.parse("GBP 101.00"), at.settledOf(inv("103001", 1)));

        Allocation past = AllocationStrategies.OLDEST_DUE_FIRST.allocate(
                Remittance.ofPayment("PAY-1", Money.parse("GBP 99.99"), date("2024-02-01"), List.of()), items, o);
        assertFalse(past.getWriteOff().isPresent());
        assertEquals(Money.parse("GBP 99.99"), past.settledOf(inv("103001", 1)));
    }

    /**
     * Business Central's tolerance has a percentage and a maximum amount, and the lower limit wins
     * (same page as above: "Payment Tolerance %" and "Max. Pmt. Tolerance Amount"). With 5% and
     * EUR 1.00: on an invoice of EUR 10.00 the limit is EUR 0.50 (5%), so 9.50 paid writes off 0.50
     * and 9.49 paid writes off nothing; on EUR 100.00 the limit is EUR 1.00, so 99.00 writes off 1.00
     * and 98.99 nothing.
     */
    @Test
    void toleranceTakesTheLowerOfPercentageAndAmount() {
        AllocationOptions o = AllocationOptions.builder()
                .tolerance(WriteOffTolerance.of(eur("1.00"), Percentage.of(5))).build();
        List<OpenItem> small = List.of(item(inv("S", 1), "2024-01-01", "2024-01-31", eur("10.00")).build());
        List<OpenItem> large = List.of(item(inv("L", 1), "2024-01-01", "2024-01-31", eur("100.00")).build());
        AllocationStrategy s = AllocationStrategies.OLDEST_DUE_FIRST;
        assertEquals(eur("0.50"), s.allocate(pay("P", eur("9.50"), "2024-01-20"), small, o).getWriteOff().orElseThrow().getAmount());
        assertFalse(s.allocate(pay("P", eur("9.49"), "2024-01-20"), small, o).getWriteOff().isPresent());
        assertEquals(eur("1.00"), s.allocate(pay("P", eur("99.00"), "2024-01-20"), large, o).getWriteOff().orElseThrow().getAmount());
        assertFalse(s.allocate(pay("P", eur("98.99"), "2024-01-20"), large, o).getWriteOff().isPresent());
    }

    /** Only the last item the cash touched is written off, and only when the cash is used up; an overpayment never is. */
    @Test
    void writeOffOnlyOnTheLastItemTouchedWhenTheCashIsUsedUp() {
        AllocationOptions o = AllocationOptions.builder().tolerance(WriteOffTolerance.ofAmount(eur("5.00"))).build();
        List<OpenItem> items = List.of(
                item(inv("A", 1), "2024-01-01", "2024-01-31", eur("100.00")).build(),
                item(inv("B", 1), "2024-01-02", "2024-02-01", eur("100.00")).build());
        Allocation a = AllocationStrategies.OLDEST_DUE_FIRST.allocate(pay("P", eur("197.00"), "2024-02-10"), items, o);
        assertEquals(ToleranceWriteOff.of(inv("B", 1), eur("3.00")), a.getWriteOff().orElseThrow());
        Allocation over = AllocationStrategies.OLDEST_DUE_FIRST.allocate(pay("P", eur("203.00"), "2024-02-10"), items, o);
        assertFalse(over.getWriteOff().isPresent());
        assertEquals(eur("3.00"), over.getUnapplied());
        // two items left partly settled by a proportional split: no single last item, no write-off
        Allocation split = AllocationStrategies.PROPORTIONAL.allocate(pay("P", eur("198.00"), "2024-02-10"), items, o);
        assertFalse(split.getWriteOff().isPresent());
    }

    // ---- discounts ----

    /**
     * Discount on the last window day and the day after. Invoice 1 of "Automatic settlement and
     * prioritization" (Microsoft Dynamics 365 Finance,
     * https://learn.microsoft.com/en-us/dynamics365/finance/accounts-receivable/automatic-settlement-prioritization):
     * 100.00 on 2%14 Net 30 dated August 15, cash discount date August 29. A payment of 98.00 on
     * August 29 settles it with a 2.00 discount; the same payment on August 30 leaves 2.00 open.
     */
    @Test
    void discountOnTheLastWindowDayAndTheDayAfter() {
        List<OpenItem> items = List.of(dynamicsItems().get(0));
        ItemRef ref = items.get(0).getRef();
        Allocation onTime = AllocationStrategies.OLDEST_DUE_FIRST.allocate(pay("P", eur("98.00"), "2024-08-29"), items);
        assertApplications(onTime, "Invoice 1#1", "98.00", "2.00");
        assertEquals(eur("100.00"), onTime.settledOf(ref));
        Allocation late = AllocationStrategies.OLDEST_DUE_FIRST.allocate(pay("P", eur("98.00"), "2024-08-30"), items);
        assertApplications(late, "Invoice 1#1", "98.00", "0.00");
        assertEquals(eur("98.00"), late.settledOf(ref));
    }

    /** No discount on a partly paid item, for a credit note, or when the options disable discounts. */
    @Test
    void discountIsNotTakenWhenNotEarned() {
        OpenItem fresh = dynamicsItems().get(0);
        Remittance r = pay("P", eur("98.00"), "2024-08-20");
        assertTrue(AllocationStrategies.OLDEST_DUE_FIRST.allocate(r, List.of(fresh.withOpenAmount(eur("99.00"))))
                .getDiscountTotal().isZero());
        assertTrue(AllocationStrategies.OLDEST_DUE_FIRST.allocate(
                Remittance.ofCreditNote("CN-1", eur("98.00"), date("2024-08-20"), List.of()), List.of(fresh))
                .getDiscountTotal().isZero());
        assertTrue(AllocationStrategies.OLDEST_DUE_FIRST.allocate(r, List.of(fresh),
                AllocationOptions.builder().discountsAllowed(false).build()).getDiscountTotal().isZero());
        assertEquals(eur("2.00"), AllocationStrategies.OLDEST_DUE_FIRST.allocate(r, List.of(fresh)).getDiscountTotal());
        // the cash must cover the discounted amount: 97.99 earns nothing
        assertTrue(AllocationStrategies.OLDEST_DUE_FIRST.allocate(pay("P", eur("97.99"), "2024-08-20"), List.of(fresh))
                .getDiscountTotal().isZero());
    }

    // ---- remittanceDirected ----

    /** References are settled in the payer's order, then the fallback takes the rest of the cash. */
    @Test
    void remittanceDirectedSettlesNamedItemsInTheOrderNamedThenFallsBack() {
        List<OpenItem> items = List.of(
                item(inv("A", 1), "2024-01-01", "2024-01-31", eur("100.00")).build(),
                item(inv("B", 1), "2024-02-01", "2024-03-02", eur("100.00")).build(),
                item(inv("C", 1), "2024-03-01", "2024-03-31", eur("100.00")).addRemittanceKeys("PO-77").build());
        Remittance r = pay("P", eur("250.00"), "2024-04-10", "po-77 ", "no such invoice", "B");
        Allocation a = AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST).allocate(r, items,
                AllocationOptions.builder().strictReferences(false).build());   // "no such invoice" is ignored
        assertApplications(a, "C#1", "100.00", "0.00", "B#1", "100.00", "0.00", "A#1", "50.00", "0.00");
    }

    /** A disputed item is left alone unless named, or unless the options include disputed items. */
    @Test
    void disputedItemsAreSettledOnlyWhenNamedOrIncluded() {
        List<OpenItem> items = List.of(
                item(inv("A", 1), "2024-01-01", "2024-01-31", eur("100.00")).disputed(true).build(),
                item(inv("B", 1), "2024-02-01", "2024-03-02", eur("100.00")).build());
        Allocation auto = AllocationStrategies.OLDEST_DUE_FIRST.allocate(pay("P", eur("150.00"), "2024-04-10"), items);
        assertApplications(auto, "B#1", "100.00", "0.00");
        assertEquals(eur("50.00"), auto.getUnapplied());
        Allocation named = AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST)
                .allocate(pay("P", eur("150.00"), "2024-04-10", "A"), items);
        assertApplications(named, "A#1", "100.00", "0.00", "B#1", "50.00", "0.00");
        Allocation included = AllocationStrategies.OLDEST_DUE_FIRST.allocate(pay("P", eur("150.00"), "2024-04-10"), items,
                AllocationOptions.builder().disputedIncluded(true).build());
        assertApplications(included, "A#1", "100.00", "0.00", "B#1", "50.00", "0.00");
    }

    // ---- exactAmountFirst ----

    /**
     * Exact-amount matching. iDempiere, "Automatic Allocation" process
     * (https://wiki.idempiere.org/id/Templat:Alokasi_Otomatis_(Proses_ID-302_V1.0.0)): allocation by
     * matching the amount of invoice and payment, optionally then to the oldest invoice. A payment of
     * 250.00 settles the invoice of 250.00 alone although an older one is open; 245.00 matches the
     * discounted amount of the same invoice within its window; 260.00 matches nothing and falls back.
     */
    @Test
    void exactAmountMatchSettlesOneItemAlone() {
        List<OpenItem> items = List.of(twoTenNet30("Invoice 1", "2024-08-15", eur("100.00")),
                twoTenNet30("Invoice 2", "2024-09-01", eur("250.00")));
        AllocationStrategy s = AllocationStrategies.exactAmountFirst(AllocationStrategies.OLDEST_DUE_FIRST);
        assertApplications(s.allocate(pay("P", eur("250.00"), "2024-10-01"), items), "Invoice 2#1", "250.00", "0.00");
        assertApplications(s.allocate(pay("P", eur("245.00"), "2024-09-10"), items), "Invoice 2#1", "245.00", "5.00");
        assertApplications(s.allocate(pay("P", eur("260.00"), "2024-10-01"), items),
                "Invoice 1#1", "100.00", "0.00", "Invoice 2#1", "160.00", "0.00");
    }

    // ---- PROPORTIONAL ----

    /** Three equal items share 100.00: 33.34, 33.33, 33.33; the leftover cent goes to the first in the canonical order. */
    @Test
    void proportionalSplitsByLargestRemainder() {
        List<OpenItem> items = List.of(
                item(inv("C", 1), "2024-01-01", "2024-01-31", eur("100.00")).build(),
                item(inv("A", 1), "2024-01-01", "2024-01-31", eur("100.00")).build(),
                item(inv("B", 1), "2024-01-01", "2024-01-31", eur("100.00")).build());
        Allocation a = AllocationStrategies.PROPORTIONAL.allocate(pay("P", eur("100.00"), "2024-02-01"), items);
        assertApplications(a, "A#1", "33.34", "0.00", "B#1", "33.33", "0.00", "C#1", "33.33", "0.00");
        // 200.00 and 100.00 open share 100.00 as 66.67 and 33.33
        List<OpenItem> uneven = List.of(item(inv("A", 1), "2024-01-01", "2024-01-31", eur("200.00")).build(),
                item(inv("B", 1), "2024-01-01", "2024-01-31", eur("100.00")).build());
        assertApplications(AllocationStrategies.PROPORTIONAL.allocate(pay("P", eur("100.00"), "2024-02-01"), uneven),
                "A#1", "66.67", "0.00", "B#1", "33.33", "0.00");
    }
}
