package org.receivables.core.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.money.Percentage;
import org.receivables.core.terms.DiscountTier;
import org.receivables.core.testing.CoreGen;
import org.receivables.core.testing.ItemGen;

class OpenItemTest {

    private static final ItemRef REF = ItemRef.ofInstalment(InvoiceId.of("INV-1"), 1);
    private static final ItemRef FEE = ItemRef.ofCharge(ChargeId.of("CH-1"), ItemKind.FEE);
    private static final LocalDate ISSUE = LocalDate.parse("2024-02-20");
    private static final LocalDate DUE = LocalDate.parse("2024-03-21");
    private static final DiscountTier TWO = DiscountTier.of(Percentage.of(2), LocalDate.parse("2024-03-01"), Money.parse("EUR 20.00"));
    private static final DiscountTier ONE = DiscountTier.of(Percentage.of(1), LocalDate.parse("2024-03-11"), Money.parse("EUR 10.00"));

    static OpenItem.Builder valid() {
        return OpenItem.builder().ref(REF).customerId(CustomerId.of("C-1")).issueDate(ISSUE).dueDate(DUE)
                .originalAmount(Money.parse("EUR 1000.00")).openAmount(Money.parse("EUR 1000.00"))
                .addDiscountTiers(TWO, ONE).addRemittanceKeys("INV-1", "PO-4711");
    }

    static void iae(Executable e, String... fragments) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        for (String f : fragments) {
            assertTrue(ex.getMessage().contains(f), () -> "'" + ex.getMessage() + "' should contain '" + f + "'");
        }
    }

    // ---- builder ----

    @Test
    void builder_keepsEveryAttribute() {
        OpenItem i = valid().disputed(true).build();
        assertEquals(REF, i.getRef());
        assertEquals(ItemKind.PRINCIPAL, i.getKind());
        assertEquals(CustomerId.of("C-1"), i.getCustomerId());
        assertEquals(List.of(TWO, ONE), i.getDiscountTiers());
        assertEquals(List.of("INV-1", "PO-4711"), i.getRemittanceKeys());
        assertTrue(i.isDisputed());
        assertFalse(valid().build().isDisputed());
        assertEquals("EUR", i.getCurrency().getCode());
    }

    @Test
    void builder_badInputCatalogue() {
        iae(() -> valid().dueDate(ISSUE.minusDays(1)).build(), "dueDate 2024-02-19 is before issueDate 2024-02-20");
        iae(() -> valid().originalAmount(Money.parse("EUR 0.00")).openAmount(Money.parse("EUR 0.00")).build(),
                "originalAmount", "EUR 0.00");
        iae(() -> valid().openAmount(Money.parse("EUR 0.00")).build(), "openAmount", "EUR 0.00");
        iae(() -> valid().openAmount(Money.parse("EUR -1.00")).build(), "openAmount", "EUR -1.00");
        iae(() -> valid().openAmount(Money.parse("EUR 1000.01")).build(), "openAmount EUR 1000.01 is above originalAmount EUR 1000.00");
        iae(() -> valid().openAmount(Money.parse("USD 10.00")).build(), "openAmount USD 10.00", "EUR 1000.00");
        iae(() -> valid().ref(FEE).build(), "discountTiers", "FEE:CH-1");
        iae(() -> valid().discountTiers(List.of(DiscountTier.of(Percentage.of(2), ISSUE, Money.parse("USD 20.00")))).build(),
                "discount USD 20.00", "EUR");
        iae(() -> valid().discountTiers(List.of(DiscountTier.of(Percentage.of(2), ISSUE, Money.parse("EUR 1000.00")))).build(),
                "discount EUR 1000.00", "originalAmount");
        iae(() -> valid().discountTiers(List.of(ONE, TWO)).build(), "discountTiers", "later last days");
        iae(() -> valid().addRemittanceKeys(" ").build(), "remittanceKeys[2]", "' '");
        assertThrows(IllegalStateException.class, () -> OpenItem.builder().ref(REF).build());
        assertThrows(NullPointerException.class, () -> valid().ref(null));
        assertThrows(NullPointerException.class, () -> valid().addRemittanceKeys((String) null));
    }

    // ---- isPartlyPaid / discountOn ----

    @Test
    void discountOn_followsTheTiersAndNeedsAnUnpaidItem() {
        OpenItem i = valid().build();
        assertEquals(Money.parse("EUR 20.00"), i.discountOn(LocalDate.parse("2024-03-01")));
        assertEquals(Money.parse("EUR 10.00"), i.discountOn(LocalDate.parse("2024-03-02")));
        assertEquals(Money.parse("EUR 10.00"), i.discountOn(LocalDate.parse("2024-03-11")));
        assertEquals(Money.parse("EUR 0.00"), i.discountOn(LocalDate.parse("2024-03-12")));
        OpenItem partly = valid().openAmount(Money.parse("EUR 999.99")).build();
        assertTrue(partly.isPartlyPaid());
        assertFalse(i.isPartlyPaid());
        assertEquals(Money.parse("EUR 0.00"), partly.discountOn(LocalDate.parse("2024-02-21")));
        assertEquals("paymentDate", assertThrows(NullPointerException.class, () -> i.discountOn(null)).getMessage());
    }

    // ---- withOpenAmount ----

    @Test
    void withOpenAmount_keepsEverythingElseAndIsValidated() {
        OpenItem i = valid().disputed(true).build();
        OpenItem after = i.withOpenAmount(Money.parse("EUR 400.00"));
        assertEquals(Money.parse("EUR 400.00"), after.getOpenAmount());
        assertEquals(OpenItem.builder().from(i).openAmount(Money.parse("EUR 400.00")).build(), after);
        assertTrue(after.isPartlyPaid());
        assertTrue(after.isDisputed());
        assertEquals("openAmount", assertThrows(NullPointerException.class, () -> i.withOpenAmount(null)).getMessage());
        iae(() -> i.withOpenAmount(Money.parse("EUR 0.00")), "openAmount", "EUR 0.00");
        iae(() -> i.withOpenAmount(Money.parse("EUR 1000.01")), "openAmount", "EUR 1000.01");
    }

    // ---- isOverdueOn / daysPastDue ----

    @Test
    void daysPastDue_isAsOfMinusDueDate() {
        OpenItem i = valid().build();
        assertEquals(0, i.daysPastDue(DUE));
        assertFalse(i.isOverdueOn(DUE));
        assertEquals(1, i.daysPastDue(DUE.plusDays(1)));
        assertTrue(i.isOverdueOn(DUE.plusDays(1)));
        assertEquals(-30, i.daysPastDue(ISSUE));
        // across the leap day of 2024
        assertEquals(10, i.daysPastDue(LocalDate.parse("2024-03-31")));
        assertEquals("asOf", assertThrows(NullPointerException.class, () -> i.daysPastDue(null)).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class, () -> i.isOverdueOn(null)).getMessage());
    }

    @Test
    void isOverdueOn_agreesWithDaysPastDue() {
        qt().forAll(CoreGen.currencies().flatMap(c -> ItemGen.openItem(c, CustomerId.of("C-1"), REF)),
                integers().between(-400, 400)).check((item, shift) -> {
                    LocalDate asOf = item.getDueDate().plusDays(shift);
                    return item.daysPastDue(asOf) == shift && item.isOverdueOn(asOf) == (shift > 0);
                });
    }
}
