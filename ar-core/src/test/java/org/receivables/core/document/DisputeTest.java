package org.receivables.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.receivables.core.testing.BadInput.assertMissing;
import static org.receivables.core.testing.BadInput.assertNullRefused;
import static org.receivables.core.testing.BadInput.assertRefused;

import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerId;

class DisputeTest {

    private static Dispute.Builder valid() {
        return Dispute.builder()
                .id(DisputeId.of("DSP-2024-0002")).customerId(CustomerId.of("C-1001"))
                .invoiceId(InvoiceId.of("INV-2024-0042")).openedDate(LocalDate.parse("2024-04-02"))
                .reason("Price differs from the order confirmation");
    }

    // ---- builder ----

    @Test
    void builder_partOfTheInvoice() {
        Dispute d = valid().disputedAmount(Money.parse("EUR 200.00")).build();
        assertEquals(DisputeId.of("DSP-2024-0002"), d.getId());
        assertEquals(CustomerId.of("C-1001"), d.getCustomerId());
        assertEquals(InvoiceId.of("INV-2024-0042"), d.getInvoiceId());
        assertEquals(LocalDate.of(2024, 4, 2), d.getOpenedDate());
        assertEquals(Optional.of(Money.parse("EUR 200.00")), d.getDisputedAmount());
        assertEquals("Price differs from the order confirmation", d.getReason());
    }

    @Test
    void builder_noAmountMeansTheWholeOpenAmount() {
        assertEquals(Optional.empty(), valid().reason("Goods not received").build().getDisputedAmount());
    }

    @Test
    void builder_badInputCatalogue() {
        assertNullRefused("id", () -> valid().id(null));
        assertNullRefused("customerId", () -> valid().customerId(null));
        assertNullRefused("invoiceId", () -> valid().invoiceId(null));
        assertNullRefused("openedDate", () -> valid().openedDate(null));
        assertNullRefused("disputedAmount", () -> valid().disputedAmount((Money) null));
        assertNullRefused("reason", () -> valid().reason(null));
        assertMissing("reason", () -> Dispute.builder().id(DisputeId.of("D-1")).customerId(CustomerId.of("C-1"))
                .invoiceId(InvoiceId.of("I-1")).openedDate(LocalDate.parse("2024-04-02")).build());
        assertRefused("disputedAmount", "EUR 0.00", () -> valid().disputedAmount(Money.parse("EUR 0.00")).build());
        assertRefused("disputedAmount", "KWD -1.250", () -> valid().disputedAmount(Money.parse("KWD -1.250")).build());
        assertRefused("reason", "''", () -> valid().reason("").build());
        assertRefused("reason", "'  '", () -> valid().reason("  ").build());
    }
}
