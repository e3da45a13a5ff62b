package org.receivables.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.receivables.core.testing.BadInput.assertMissing;
import static org.receivables.core.testing.BadInput.assertNullRefused;
import static org.receivables.core.testing.BadInput.assertRefused;

import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerId;

class WriteOffTest {

    private static WriteOff.Builder valid() {
        return WriteOff.builder()
                .id(WriteOffId.of("WO-2024-0003")).customerId(CustomerId.of("C-1001"))
                .invoiceId(InvoiceId.of("INV-2024-0042")).date(LocalDate.parse("2024-06-30"))
                .amount(Money.parse("EUR 0.37")).reason(WriteOffReason.SMALL_BALANCE);
    }

    // ---- builder ----

    @Test
    void builder_keepsEveryField() {
        WriteOff w = valid().build();
        assertEquals(WriteOffId.of("WO-2024-0003"), w.getId());
        assertEquals(CustomerId.of("C-1001"), w.getCustomerId());
        assertEquals(InvoiceId.of("INV-2024-0042"), w.getInvoiceId());
        assertEquals(LocalDate.of(2024, 6, 30), w.getDate());
        assertEquals(Money.parse("EUR 0.37"), w.getAmount());
        assertEquals(CurrencyUnit.EUR, w.getCurrency());
        assertEquals(WriteOffReason.SMALL_BALANCE, w.getReason());
        assertEquals(Optional.empty(), w.getNote());
        WriteOff settled = valid().reason(WriteOffReason.SETTLEMENT).amount(Money.parse("JPY 50000"))
                .note("Settlement agreement 2024-17").build();
        assertEquals(Optional.of("Settlement agreement 2024-17"), settled.getNote());
        assertEquals(CurrencyUnit.of("JPY"), settled.getCurrency());
    }

    @Test
    void builder_badInputCatalogue() {
        assertNullRefused("id", () -> valid().id(null));
        assertNullRefused("customerId", () -> valid().customerId(null));
        assertNullRefused("invoiceId", () -> valid().invoiceId(null));
        assertNullRefused("date", () -> valid().date(null));
        assertNullRefused("amount", () -> valid().amount(null));
        assertNullRefused("reason", () -> valid().reason(null));
        assertNullRefused("note", () -> valid().note((String) null));
        assertMissing("reason", () -> WriteOff.builder().id(WriteOffId.of("WO-1")).customerId(CustomerId.of("C-1"))
                .invoiceId(InvoiceId.of("I-1")).date(LocalDate.parse("2024-06-30")).amount(Money.parse("EUR 1.00")).build());
        assertRefused("amount", "EUR 0.00", () -> valid().amount(Money.parse("EUR 0.00")).build());
        assertRefused("amount", "EUR -0.37", () -> valid().amount(Money.parse("EUR -0.37")).build());
        assertRefused("note", "'\t'", () -> valid().note("\t").build());
    }
}
