package org.receivables.core.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.testing.ItemGen;

class ItemRefTest {

    private static final InvoiceId INV = InvoiceId.of("INV-1");

    static IllegalArgumentException iae(org.junit.jupiter.api.function.Executable e, String... fragments) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        for (String f : fragments) {
            assertTrue(ex.getMessage().contains(f), () -> "'" + ex.getMessage() + "' should contain '" + f + "'");
        }
        return ex;
    }

    // ---- ChargeId.of ----

    @Test
    void chargeId_hasTheSameContractAsTheOtherIds() {
        assertEquals("chargeId", assertThrows(NullPointerException.class, () -> ChargeId.of(null)).getMessage());
        for (String bad : new String[] {"", "  ", " CH-1", "CH-1 ", "CH\n1"}) {
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> ChargeId.of(bad));
            assertTrue(ex.getMessage().startsWith("chargeId"), ex.getMessage());
        }
        assertTrue(iae(() -> ChargeId.of(" CH-1")).getMessage().contains("' CH-1'"));
        assertEquals("CH-9", ChargeId.of("CH-9").toString());
        assertEquals("CH-9", ChargeId.parse("CH-9").getValue());
        assertEquals(ChargeId.of("CH-9"), ChargeId.parse("CH-9"));
        assertNotEquals(ChargeId.of("CH-9"), ChargeId.of("ch-9"));
        assertTrue(ChargeId.of("CH-1").compareTo(ChargeId.of("CH-2")) < 0);
        assertEquals("chargeId", assertThrows(NullPointerException.class, () -> ChargeId.parse(null)).getMessage());
    }

    // ---- ofInstalment / ofCharge ----

    @Test
    void ofInstalment_and_ofCharge_refuseBadInputNamingIt() {
        assertEquals("invoiceId", assertThrows(NullPointerException.class, () -> ItemRef.ofInstalment(null, 1)).getMessage());
        iae(() -> ItemRef.ofInstalment(INV, 0), "number", "0");
        iae(() -> ItemRef.ofInstalment(INV, -3), "number", "-3");
        assertEquals("chargeId", assertThrows(NullPointerException.class,
                () -> ItemRef.ofCharge(null, ItemKind.FEE)).getMessage());
        assertEquals("kind", assertThrows(NullPointerException.class,
                () -> ItemRef.ofCharge(ChargeId.of("CH-1"), null)).getMessage());
        iae(() -> ItemRef.ofCharge(ChargeId.of("CH-1"), ItemKind.PRINCIPAL), "kind", "PRINCIPAL");
    }

    @Test
    void accessorsOfTheWrongKindAreRefused() {
        ItemRef inst = ItemRef.ofInstalment(INV, 2);
        ItemRef fee = ItemRef.ofCharge(ChargeId.of("CH-1"), ItemKind.FEE);
        assertEquals(INV, inst.getInvoiceId());
        assertEquals(2, inst.getInstalmentNumber());
        assertEquals(ItemKind.PRINCIPAL, inst.getKind());
        assertTrue(inst.isInstalment());
        assertEquals(ChargeId.of("CH-1"), fee.getChargeId());
        assertEquals(ItemKind.FEE, fee.getKind());
        assertTrue(assertThrows(IllegalStateException.class, inst::getChargeId).getMessage().contains("INV-1#2"));
        assertTrue(assertThrows(IllegalStateException.class, fee::getInvoiceId).getMessage().contains("FEE:CH-1"));
        assertThrows(IllegalStateException.class, fee::getInstalmentNumber);
    }

    // ---- parse / toString ----

    @Test
    void parse_readsBothForms() {
        assertEquals(ItemRef.ofInstalment(INV, 2), ItemRef.parse("INV-1#2"));
        assertEquals(ItemRef.ofInstalment(InvoiceId.of("A#B"), 10), ItemRef.parse("A#B#10"));
        assertEquals(ItemRef.ofCharge(ChargeId.of("CH-9"), ItemKind.FEE), ItemRef.parse("FEE:CH-9"));
        assertEquals(ItemRef.ofCharge(ChargeId.of("CH#9"), ItemKind.INTEREST), ItemRef.parse("INTEREST:CH#9"));
        assertEquals("INV-1#2", ItemRef.ofInstalment(INV, 2).toString());
        assertEquals("INTEREST:CH-9", ItemRef.ofCharge(ChargeId.of("CH-9"), ItemKind.INTEREST).toString());
    }

    @Test
    void parse_refusesMalformedTextNamingIt() {
        assertEquals("text", assertThrows(NullPointerException.class, () -> ItemRef.parse(null)).getMessage());
        for (String bad : new String[] {"", "INV-1", "INV-1#", "#2", "INV-1#x", "INV-1#-2", "INV-1#99999999999"}) {
            iae(() -> ItemRef.parse(bad), "itemRef", "'" + bad + "'");
        }
        iae(() -> ItemRef.parse("INV-1#0"), "number", "0");
        iae(() -> ItemRef.parse("FEE:"), "chargeId");
        iae(() -> ItemRef.parse(" INV-1#1"), "invoiceId");
    }

    @Test
    void parse_isTheInverseOfToString() {
        qt().forAll(ItemGen.itemRefs()).check(r -> ItemRef.parse(r.toString()).equals(r));
    }

    // ---- compareTo / equals ----

    @Test
    void compareTo_isATotalOrderOfInstalmentsThenFeesThenInterest() {
        List<ItemRef> expected = List.of(
                ItemRef.ofInstalment(InvoiceId.of("A"), 2),
                ItemRef.ofInstalment(InvoiceId.of("A"), 10),
                ItemRef.ofInstalment(InvoiceId.of("B"), 1),
                ItemRef.ofCharge(ChargeId.of("A"), ItemKind.FEE),
                ItemRef.ofCharge(ChargeId.of("Z"), ItemKind.FEE),
                ItemRef.ofCharge(ChargeId.of("A"), ItemKind.INTEREST));
        List<ItemRef> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertEquals(expected, shuffled);
    }

    @Test
    void compareTo_isConsistentWithEquals() {
        qt().forAll(ItemGen.itemRefs(), ItemGen.itemRefs()).check((a, b) ->
                (a.compareTo(b) == 0) == a.equals(b)
                        && Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a))
                        && (!a.equals(b) || a.hashCode() == b.hashCode()));
        assertNotEquals(ItemRef.ofCharge(ChargeId.of("X"), ItemKind.FEE), ItemRef.ofCharge(ChargeId.of("X"), ItemKind.INTEREST));
    }
}
