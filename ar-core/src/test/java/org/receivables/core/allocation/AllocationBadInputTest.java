package org.receivables.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.money.Percentage;

/** The bad-input catalogue of every public factory and entry point of the allocation package. */
class AllocationBadInputTest {

    private static final LocalDate DAY = LocalDate.parse("2024-03-01");
    private static final ItemRef REF = ItemRef.ofInstalment(InvoiceId.of("INV-1"), 1);
    private static final Money EUR10 = Money.parse("EUR 10.00");
    private static final Remittance PAYMENT = Remittance.ofPayment("PAY-1", EUR10, DAY, List.of("INV-1"));

    static OpenItem item(String invoice, String customer, Money amount) {
        return OpenItem.builder().ref(ItemRef.ofInstalment(InvoiceId.of(invoice), 1)).customerId(CustomerId.of(customer))
                .issueDate(DAY).dueDate(DAY).originalAmount(amount).openAmount(amount).addRemittanceKeys(invoice).build();
    }

    static void npe(String param, Executable e) {
        assertEquals(param, assertThrows(NullPointerException.class, e).getMessage());
    }

    static void iae(Executable e, String... fragments) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        for (String f : fragments) {
            assertTrue(ex.getMessage().contains(f), () -> "'" + ex.getMessage() + "' should contain '" + f + "'");
        }
    }

    // ---- Remittance.ofPayment / ofCreditNote ----

    @Test
    void remittance_badInputCatalogue() {
        npe("sourceId", () -> Remittance.ofPayment(null, EUR10, DAY, List.of()));
        npe("amount", () -> Remittance.ofPayment("P", null, DAY, List.of()));
        npe("receivedDate", () -> Remittance.ofPayment("P", EUR10, null, List.of()));
        npe("references", () -> Remittance.ofPayment("P", EUR10, DAY, null));
        npe("references", () -> Remittance.ofPayment("P", EUR10, DAY, Arrays.asList("A", null)));
        npe("issueDate", () -> Remittance.ofCreditNote("CN", EUR10, null, List.of()));
        npe("sourceId", () -> Remittance.ofCreditNote(null, EUR10, DAY, List.of()));
        iae(() -> Remittance.ofPayment(" ", EUR10, DAY, List.of()), "sourceId", "' '");
        iae(() -> Remittance.ofPayment("P ", EUR10, DAY, List.of()), "sourceId", "'P '");
        iae(() -> Remittance.ofPayment("P", Money.parse("EUR 0.00"), DAY, List.of()), "amount", "EUR 0.00");
        iae(() -> Remittance.ofCreditNote("CN", Money.parse("EUR -5.00"), DAY, List.of()), "amount", "EUR -5.00");
        assertThrows(IllegalStateException.class, () -> Remittance.builder().sourceId("P").build());
        Remittance cn = Remittance.ofCreditNote("CN-1", EUR10, DAY, List.of("INV-1", " "));
        assertEquals(RemittanceKind.CREDIT_NOTE, cn.getKind());
        assertEquals(List.of("INV-1", " "), cn.getReferences());
    }

    // ---- Application.of / ToleranceWriteOff.of ----

    @Test
    void application_and_writeOff_badInputCatalogue() {
        npe("itemRef", () -> Application.of(null, EUR10, EUR10));
        npe("amount", () -> Application.of(REF, null, EUR10));
        npe("discount", () -> Application.of(REF, EUR10, null));
        iae(() -> Application.of(REF, Money.parse("EUR 0.00"), EUR10), "amount", "EUR 0.00", "INV-1#1");
        iae(() -> Application.of(REF, EUR10, Money.parse("EUR -0.01")), "discount", "EUR -0.01");
        assertThrows(CurrencyMismatchException.class, () -> Application.of(REF, EUR10, Money.parse("USD 0.00")));
        npe("itemRef", () -> ToleranceWriteOff.of(null, EUR10));
        npe("amount", () -> ToleranceWriteOff.of(REF, null));
        iae(() -> ToleranceWriteOff.of(REF, Money.parse("EUR 0.00")), "amount", "EUR 0.00");
    }

    // ---- WriteOffTolerance ----

    @Test
    void tolerance_badInputCatalogue() {
        npe("amount", () -> WriteOffTolerance.ofAmount(null));
        npe("percentage", () -> WriteOffTolerance.ofPercentage(null));
        npe("amount", () -> WriteOffTolerance.of(null, Percentage.of(1)));
        npe("percentage", () -> WriteOffTolerance.of(EUR10, null));
        iae(() -> WriteOffTolerance.ofAmount(Money.parse("EUR -0.01")), "amount", "EUR -0.01");
        iae(() -> WriteOffTolerance.ofPercentage(Percentage.of(-1)), "percentage", "-1%");
        iae(() -> WriteOffTolerance.ofPercentage(Percentage.parse("100.1")), "percentage", "100.1%");
        WriteOffTolerance t = WriteOffTolerance.ofAmount(EUR10);
        npe("difference", () -> t.allows(null, EUR10));
        npe("openAmount", () -> t.allows(EUR10, null));
        assertThrows(CurrencyMismatchException.class, () -> t.allows(Money.parse("USD 1.00"), Money.parse("USD 10.00")));
        assertThrows(CurrencyMismatchException.class, () -> t.allows(EUR10, Money.parse("USD 10.00")));
    }

    // ---- Allocation.builder ----

    @Test
    void allocation_refusesResultsThatBreakItsInvariants() {
        Application app = Application.of(REF, Money.parse("EUR 6.00"), Money.parse("EUR 0.00"));
        iae(() -> Allocation.builder().remittance(PAYMENT).addApplications(app).unapplied(Money.parse("EUR 3.00")).build(),
                "applied EUR 6.00", "unapplied EUR 3.00", "EUR 10.00");
        iae(() -> Allocation.builder().remittance(PAYMENT).unapplied(Money.parse("EUR -1.00")).build(),
                "unapplied", "EUR -1.00");
        iae(() -> Allocation.builder().remittance(PAYMENT).addApplications(app, app).unapplied(Money.parse("EUR -2.00")).build(),
                "unapplied", "EUR -2.00");
        Application five = Application.of(REF, Money.parse("EUR 5.00"), Money.parse("EUR 0.00"));
        iae(() -> Allocation.builder().remittance(PAYMENT).addApplications(five, five).unapplied(Money.parse("EUR 0.00")).build(),
                "INV-1#1", "more than once");
        iae(() -> Allocation.builder().remittance(PAYMENT).unapplied(EUR10)
                .writeOff(ToleranceWriteOff.of(REF, Money.parse("EUR 1.00"))).build(), "writeOff", "INV-1#1");
        assertThrows(CurrencyMismatchException.class,
                () -> Allocation.builder().remittance(PAYMENT).unapplied(Money.parse("USD 10.00")).build());
        assertThrows(IllegalStateException.class, () -> Allocation.builder().remittance(PAYMENT).build());
    }

    // ---- AllocationStrategies / AllocationStrategy.allocate ----

    @Test
    void strategies_refuseNullFallbacks() {
        npe("fallback", () -> AllocationStrategies.remittanceDirected(null));
        npe("fallback", () -> AllocationStrategies.exactAmountFirst(null));
        npe("kind", () -> ChargeOrder.CHARGES_FIRST.rankOf(null));
    }

    @Test
    void allocate_badInputCatalogue() {
        List<OpenItem> items = List.of(item("INV-1", "C-1", EUR10));
        for (AllocationStrategy s : AllocationPropertiesTest.STRATEGIES) {
            npe("remittance", () -> s.allocate(null, items, AllocationOptions.defaults()));
            npe("openItems", () -> s.allocate(PAYMENT, null, AllocationOptions.defaults()));
            npe("openItems", () -> s.allocate(PAYMENT, Arrays.asList(items.get(0), null), AllocationOptions.defaults()));
            npe("options", () -> s.allocate(PAYMENT, items, null));
            assertThrows(CurrencyMismatchException.class,
                    () -> s.allocate(PAYMENT, List.of(item("INV-1", "C-1", Money.parse("USD 10.00")))));
            assertThrows(CurrencyMismatchException.class, () -> s.allocate(PAYMENT, items,
                    AllocationOptions.builder().tolerance(WriteOffTolerance.ofAmount(Money.parse("USD 1.00"))).build()));
            iae(() -> s.allocate(PAYMENT, List.of(item("INV-1", "C-2", EUR10), item("INV-2", "C-1", EUR10))),
                    "openItems", "one customer", "C-1", "C-2");
            iae(() -> s.allocate(PAYMENT, List.of(item("INV-1", "C-1", EUR10), item("INV-1", "C-1", EUR10))),
                    "openItems", "INV-1#1", "more than once");
        }
    }

    @Test
    void allocate_unknownReferenceIsAnErrorUnlessLenient() {
        Remittance junk = Remittance.ofPayment("PAY-1", EUR10, DAY, List.of("INV-1", "see attached"));
        List<OpenItem> items = List.of(item("INV-1", "C-1", EUR10));
        AllocationStrategy s = AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST);
        AllocationOptions strict = AllocationOptions.defaults();
        assertTrue(strict.isStrictReferences(), "strict is the default");
        iae(() -> s.allocate(junk, items), "reference 'see attached'", "PAY-1", "names no open item");
        for (AllocationStrategy any : AllocationPropertiesTest.STRATEGIES) {
            iae(() -> any.allocate(junk, items), "reference 'see attached'", "names no open item");
        }
        AllocationOptions lenient = AllocationOptions.builder().strictReferences(false).build();
        assertEquals(EUR10, s.allocate(junk, items, lenient).getApplied());
        // a known reference passes, in any case and with surrounding blanks
        assertEquals(EUR10, s.allocate(Remittance.ofPayment("PAY-1", EUR10, DAY, List.of(" inv-1 ")), items, strict).getApplied());
        // an item's ref text names it too
        assertEquals(EUR10, s.allocate(Remittance.ofPayment("PAY-1", EUR10, DAY, List.of("INV-1#1")), items, strict).getApplied());
    }

    @Test
    void allocate_withNoItemsLeavesEverythingUnapplied() {
        for (AllocationStrategy s : AllocationPropertiesTest.STRATEGIES) {
            Allocation a = s.allocate(Remittance.ofPayment("PAY-1", EUR10, DAY, List.of()), List.of());
            assertTrue(a.getApplications().isEmpty());
            assertEquals(EUR10, a.getUnapplied());
        }
    }
}
