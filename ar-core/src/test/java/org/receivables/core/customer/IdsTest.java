package org.receivables.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.receivables.core.document.CreditNoteId;
import org.receivables.core.document.DisputeId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PromiseId;
import org.receivables.core.document.WriteOffId;

/** The typed ids: the same contract for each. */
class IdsTest {

    private static final List<Function<String, Object>> FACTORIES = List.of(
            CustomerId::of, InvoiceId::of, CreditNoteId::of, PaymentId::of,
            WriteOffId::of, DisputeId::of, PromiseId::of);
    private static final List<String> FIELDS = List.of("customerId", "invoiceId", "creditNoteId", "paymentId",
            "writeOffId", "disputeId", "promiseId");

    @Test
    void of_nullIsRefusedNamingTheField() {
        for (int i = 0; i < FACTORIES.size(); i++) {
            Function<String, Object> f = FACTORIES.get(i);
            assertEquals(FIELDS.get(i), assertThrows(NullPointerException.class, () -> f.apply(null)).getMessage());
        }
    }

    @Test
    void of_blankPaddedOrControlTextIsRefusedNamingFieldAndValue() {
        for (int i = 0; i < FACTORIES.size(); i++) {
            Function<String, Object> f = FACTORIES.get(i);
            for (String bad : new String[] {"", "   ", " A-1", "A-1 ", "A\n1", "A\u00001"}) {
                IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> f.apply(bad));
                assertTrue(ex.getMessage().startsWith(FIELDS.get(i)), ex.getMessage());
            }
            assertTrue(assertThrows(IllegalArgumentException.class, () -> f.apply(" A-1")).getMessage().contains("' A-1'"));
        }
    }

    private static final List<Function<CharSequence, Object>> PARSERS = List.of(
            CustomerId::parse, InvoiceId::parse, CreditNoteId::parse, PaymentId::parse,
            WriteOffId::parse, DisputeId::parse, PromiseId::parse);

    @Test
    void parse_readsBackToStringAndRefusesLikeOf() {
        for (int i = 0; i < PARSERS.size(); i++) {
            Function<CharSequence, Object> parse = PARSERS.get(i);
            Object id = FACTORIES.get(i).apply("X-7");
            assertEquals(id, parse.apply(id.toString()));
            assertEquals(id.hashCode(), parse.apply(new StringBuilder("X-7")).hashCode());
            assertNotEquals(id, parse.apply("X-8"));
            assertEquals(FIELDS.get(i), assertThrows(NullPointerException.class, () -> parse.apply(null)).getMessage());
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> parse.apply(" "));
            assertTrue(ex.getMessage().startsWith(FIELDS.get(i) + " "), ex.getMessage());
        }
    }

    @Test
    void compareTo_ordersByTextForTheNewIds() {
        assertTrue(WriteOffId.of("WO-1").compareTo(WriteOffId.of("WO-2")) < 0);
        assertTrue(DisputeId.of("DSP-2").compareTo(DisputeId.of("DSP-10")) > 0);
        assertEquals(0, PromiseId.of("PTP-1").compareTo(PromiseId.parse("PTP-1")));
        assertEquals("PTP-1", PromiseId.of("PTP-1").getValue());
    }

    @Test
    void of_keepsTheTextAndComparesByIt() {
        CustomerId a = CustomerId.of("C-10");
        assertEquals("C-10", a.toString());
        assertEquals("C-10", a.getValue());
        assertEquals(a, CustomerId.parse("C-10"));
        assertNotEquals(a, CustomerId.of("c-10"));
        assertTrue(CustomerId.of("C-1").compareTo(CustomerId.of("C-2")) < 0);
        assertNotEquals(InvoiceId.of("X"), PaymentId.of("X"));
    }
}
