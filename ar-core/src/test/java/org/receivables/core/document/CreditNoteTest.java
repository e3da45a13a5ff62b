package org.receivables.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.receivables.core.testing.BadInput.assertMissing;
import static org.receivables.core.testing.BadInput.assertNullRefused;
import static org.receivables.core.testing.BadInput.assertRefused;

import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.testing.CoreGen;

class CreditNoteTest {

    private static CreditNote.Builder valid() {
        return CreditNote.builder()
                .id(CreditNoteId.of("CN-2024-0001")).customerId(CustomerId.of("C-1001"))
                .issueDate(LocalDate.parse("2024-03-05")).amount(Money.parse("EUR 119.00"));
    }

    // ---- builder ----

    @Test
    void builder_againstAnInvoiceWithAReason() {
        CreditNote cn = valid().invoiceId(InvoiceId.of("INV-2024-0042")).reason("2 items returned damaged").build();
        assertEquals(CreditNoteId.of("CN-2024-0001"), cn.getId());
        assertEquals(CustomerId.of("C-1001"), cn.getCustomerId());
        assertEquals(LocalDate.of(2024, 3, 5), cn.getIssueDate());
        assertEquals(Money.parse("EUR 119.00"), cn.getAmount());
        assertEquals(CurrencyUnit.EUR, cn.getCurrency());
        assertEquals(Optional.of(InvoiceId.of("INV-2024-0042")), cn.getInvoiceId());
        assertEquals(Optional.of("2 items returned damaged"), cn.getReason());
    }

    @Test
    void builder_onAccountWithoutReason() {
        CreditNote cn = valid().build();
        assertEquals(Optional.empty(), cn.getInvoiceId());
        assertEquals(Optional.empty(), cn.getReason());
    }

    @Test
    void builder_anyPositiveAmountInAnyCurrencyIsTheCreditNotesCurrency() {
        qt().forAll(CoreGen.creditNoteIds(), CoreGen.dates(), CoreGen.positiveMoney()).check((id, date, amount) -> {
            CreditNote cn = valid().id(id).issueDate(date).amount(amount).build();
            return cn.getCurrency().equals(amount.getCurrencyUnit()) && cn.getAmount().isEqual(amount);
        });
    }

    @Test
    void builder_badInputCatalogue() {
        assertNullRefused("id", () -> valid().id(null));
        assertNullRefused("customerId", () -> valid().customerId(null));
        assertNullRefused("issueDate", () -> valid().issueDate(null));
        assertNullRefused("amount", () -> valid().amount(null));
        assertNullRefused("invoiceId", () -> valid().invoiceId((InvoiceId) null));
        assertNullRefused("reason", () -> valid().reason((String) null));
        assertMissing("amount", () -> CreditNote.builder().id(CreditNoteId.of("CN-1"))
                .customerId(CustomerId.of("C-1")).issueDate(LocalDate.parse("2024-03-05")).build());
        assertRefused("amount", "EUR 0.00", () -> valid().amount(Money.parse("EUR 0.00")).build());
        assertRefused("amount", "JPY -5", () -> valid().amount(Money.parse("JPY -5")).build());
        assertRefused("reason", "' '", () -> valid().reason(" ").build());
    }
}
