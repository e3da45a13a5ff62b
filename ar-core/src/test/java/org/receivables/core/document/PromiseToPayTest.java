package org.receivables.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.receivables.core.testing.BadInput.assertMissing;
import static org.receivables.core.testing.BadInput.assertNullRefused;
import static org.receivables.core.testing.BadInput.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.testing.CoreGen;

class PromiseToPayTest {

    private static PromiseToPay.Builder valid() {
        return PromiseToPay.builder()
                .id(PromiseId.of("PTP-2024-0005")).customerId(CustomerId.of("C-1001"))
                .madeDate(LocalDate.parse("2024-04-10")).promisedDate(LocalDate.parse("2024-04-30"))
                .amount(Money.parse("EUR 500.00"));
    }

    // ---- builder ----

    @Test
    void builder_keepsEveryFieldAndTheInvoiceOrder() {
        PromiseToPay p = valid().addInvoiceIds(InvoiceId.of("INV-9"), InvoiceId.of("INV-10")).build();
        assertEquals(PromiseId.of("PTP-2024-0005"), p.getId());
        assertEquals(CustomerId.of("C-1001"), p.getCustomerId());
        assertEquals(LocalDate.of(2024, 4, 10), p.getMadeDate());
        assertEquals(LocalDate.of(2024, 4, 30), p.getPromisedDate());
        assertEquals(Money.parse("EUR 500.00"), p.getAmount());
        assertEquals(CurrencyUnit.EUR, p.getCurrency());
        assertEquals(List.of(InvoiceId.of("INV-9"), InvoiceId.of("INV-10")), p.getInvoiceIds());
        assertEquals(List.of(), valid().build().getInvoiceIds());
    }

    @Test
    void builder_promisedDateOnTheDayMadeIsAllowed() {
        assertEquals(LocalDate.of(2024, 4, 10), valid().promisedDate(LocalDate.parse("2024-04-10")).build().getPromisedDate());
    }

    @Test
    void builder_promisedDateIsAcceptedExactlyWhenNotBeforeTheDateMade() {
        qt().forAll(CoreGen.promiseIds(), CoreGen.dates(), integers().between(-400, 400)).check((id, made, days) -> {
            LocalDate promised = made.plusDays(days);
            PromiseToPay.Builder b = valid().id(id).madeDate(made).promisedDate(promised);
            if (days >= 0) {
                return b.build().getPromisedDate().equals(promised);
            }
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, b::build);
            return ex.getMessage().equals("promisedDate " + promised + " is before madeDate " + made);
        });
    }

    @Test
    void builder_badInputCatalogue() {
        assertNullRefused("id", () -> valid().id(null));
        assertNullRefused("customerId", () -> valid().customerId(null));
        assertNullRefused("madeDate", () -> valid().madeDate(null));
        assertNullRefused("promisedDate", () -> valid().promisedDate(null));
        assertNullRefused("amount", () -> valid().amount(null));
        assertNullRefused("invoiceIds element", () -> valid().addInvoiceIds((InvoiceId) null));
        assertMissing("promisedDate", () -> PromiseToPay.builder().id(PromiseId.of("P-1")).customerId(CustomerId.of("C-1"))
                .madeDate(LocalDate.parse("2024-04-10")).amount(Money.parse("EUR 1.00")).build());
        assertRefused("promisedDate", "2024-04-09 is before madeDate 2024-04-10",
                () -> valid().promisedDate(LocalDate.parse("2024-04-09")).build());
        assertRefused("amount", "EUR 0.00", () -> valid().amount(Money.parse("EUR 0.00")).build());
        assertRefused("amount", "USD -500.00", () -> valid().amount(Money.parse("USD -500.00")).build());
        assertRefused("invoiceIds", "INV-9",
                () -> valid().addInvoiceIds(InvoiceId.of("INV-9"), InvoiceId.of("INV-10"), InvoiceId.of("INV-9")).build());
    }
}
