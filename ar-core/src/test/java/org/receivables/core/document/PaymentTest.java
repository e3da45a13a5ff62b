package org.receivables.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.receivables.core.testing.BadInput.assertMissing;
import static org.receivables.core.testing.BadInput.assertNullRefused;
import static org.receivables.core.testing.BadInput.assertRefused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.testing.CoreGen;

class PaymentTest {

    private static Payment.Builder valid() {
        return Payment.builder()
                .id(PaymentId.of("PAY-2024-0007")).customerId(CustomerId.of("C-1001"))
                .receivedDate(LocalDate.parse("2024-03-28")).amount(Money.parse("EUR 1190.00"))
                .method(PaymentMethod.BANK_TRANSFER);
    }

    // ---- builder ----

    @Test
    void builder_keepsRemittanceReferencesAsQuotedAndInOrder() {
        Payment p = valid()
                .addRemittanceReferences("INV-2024-0043", "inv 2024/42", "INV-2024-0043")
                .payerReference("PO 4711").bankReference("SEPA-20240328-000123")
                .build();
        assertEquals(PaymentId.of("PAY-2024-0007"), p.getId());
        assertEquals(CustomerId.of("C-1001"), p.getCustomerId());
        assertEquals(LocalDate.of(2024, 3, 28), p.getReceivedDate());
        assertEquals(Money.parse("EUR 1190.00"), p.getAmount());
        assertEquals(CurrencyUnit.EUR, p.getCurrency());
        assertEquals(PaymentMethod.BANK_TRANSFER, p.getMethod());
        assertEquals(List.of("INV-2024-0043", "inv 2024/42", "INV-2024-0043"), p.getRemittanceReferences());
        assertEquals(Optional.of("PO 4711"), p.getPayerReference());
        assertEquals(Optional.of("SEPA-20240328-000123"), p.getBankReference());
    }

    @Test
    void builder_referencesAreOptional() {
        Payment p = valid().method(PaymentMethod.CASH).build();
        assertEquals(List.of(), p.getRemittanceReferences());
        assertEquals(Optional.empty(), p.getPayerReference());
        assertEquals(Optional.empty(), p.getBankReference());
    }

    @Test
    void builder_anyMethodAmountAndReferencesBuildAndKeepOrder() {
        qt().forAll(Generate.enumValues(PaymentMethod.class), CoreGen.positiveMoney(),
                lists().of(integers().between(1, 999)).ofSizeBetween(0, 8)).check((method, amount, numbers) -> {
                    List<String> refs = new ArrayList<>();
                    for (int n : numbers) {
                        refs.add("INV-" + n);
                    }
                    Payment p = valid().method(method).amount(amount).addAllRemittanceReferences(refs).build();
                    return p.getRemittanceReferences().equals(refs) && p.getMethod() == method
                            && p.getCurrency().equals(amount.getCurrencyUnit());
                });
    }

    @Test
    void builder_badInputCatalogue() {
        assertNullRefused("id", () -> valid().id(null));
        assertNullRefused("customerId", () -> valid().customerId(null));
        assertNullRefused("receivedDate", () -> valid().receivedDate(null));
        assertNullRefused("amount", () -> valid().amount(null));
        assertNullRefused("method", () -> valid().method(null));
        assertNullRefused("remittanceReferences element", () -> valid().addRemittanceReferences((String) null));
        assertNullRefused("payerReference", () -> valid().payerReference((String) null));
        assertNullRefused("bankReference", () -> valid().bankReference((String) null));
        assertMissing("method", () -> Payment.builder().id(PaymentId.of("P-1")).customerId(CustomerId.of("C-1"))
                .receivedDate(LocalDate.parse("2024-03-28")).amount(Money.parse("EUR 1.00")).build());
        assertRefused("amount", "EUR 0.00", () -> valid().amount(Money.parse("EUR 0.00")).build());
        assertRefused("amount", "BHD -0.001", () -> valid().amount(Money.parse("BHD -0.001")).build());
        assertRefused("remittanceReferences[1]", "'  '",
                () -> valid().addRemittanceReferences("INV-1", "  ").build());
        assertRefused("remittanceReferences[0]", "''", () -> valid().addRemittanceReferences("").build());
        assertRefused("payerReference", "' '", () -> valid().payerReference(" ").build());
        assertRefused("bankReference", "''", () -> valid().bankReference("").build());
    }
}
