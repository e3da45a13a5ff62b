package org.receivables.core.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.money.Percentage;
import org.receivables.core.terms.BusinessDayConventions;
import org.receivables.core.terms.DiscountTier;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.HolidayCalendars;
import org.receivables.core.terms.Instalment;
import org.receivables.core.terms.PaymentTerms;
import org.receivables.core.testing.CoreGen;
import org.receivables.core.testing.TermsGen;

/** The invoice document: schedule from terms, supplied schedules, references, bad input. */
class InvoiceTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Invoice.Builder base() {
        Invoice.Builder b = Invoice.builder();
        b.id(InvoiceId.of("INV-1")).customerId(CustomerId.of("C-1")).issueDate(d("2024-01-31"))
                .amount(Money.parse("EUR 1000.00")).terms(PaymentTerms.parse("2/10 Net 30"));
        return b;
    }

    private static Instalment inst(int n, String due, String amount) {
        return Instalment.builder().number(n).dueDate(d(due)).amount(Money.parse(amount)).build();
    }

    // ---- build / getDueSchedule / getDueDate ----

    /** The Javadoc example: 2/10 Net 30 from 2024-01-31 is due 2024-03-01 (leap year), 2% until 2024-02-10. */
    @Test
    void test_build_computesTheScheduleFromTheTerms() {
        Invoice inv = base().purchaseOrderNumber("PO-7781").build();
        assertEquals(d("2024-03-01"), inv.getDueDate());
        assertEquals(CurrencyUnit.EUR, inv.getCurrency());
        assertEquals(Money.parse("EUR 20.00"), inv.getDueSchedule().getInstalments().get(0).discountOn(d("2024-02-10")));
        assertEquals(Money.parse("EUR 0.00"), inv.getDueSchedule().getInstalments().get(0).discountOn(d("2024-02-11")));
        assertEquals(Optional.of("PO-7781"), inv.getPurchaseOrderNumber());
        assertEquals(Optional.empty(), inv.getOrderId());
    }

    @Test
    void test_build_acceptsAValidSuppliedSchedule() {
        DueSchedule adjusted = PaymentTerms.net(30).schedule(d("2024-08-01"), Money.parse("EUR 1000.00"),
                BusinessDayConventions.FOLLOWING, HolidayCalendars.SAT_SUN);
        Invoice inv = base().issueDate(d("2024-08-01")).terms(PaymentTerms.net(30)).dueSchedule(adjusted).orderId("SO-9").build();
        assertEquals(d("2024-09-02"), inv.getDueDate());
        assertEquals(adjusted, inv.getDueSchedule());
        DueSchedule split = DueSchedule.of(List.of(inst(1, "2024-01-31", "EUR 300.00"), inst(2, "2024-04-30", "EUR 700.00")));
        assertEquals(d("2024-04-30"), base().dueSchedule(split).build().getDueDate());
    }

    @Test
    void test_getDueDate_isTheFinalDueDateWhateverTheOrder() {
        qt().forAll(CoreGen.currencies().flatMap(c -> TermsGen.terms(c).zip(TermsGen.amountsFor(c), (t, a) -> List.of(t, a))),
                CoreGen.dates()).check((pair, date) -> {
                    PaymentTerms t = (PaymentTerms) pair.get(0);
                    Money amount = (Money) pair.get(1);
                    Invoice inv = base().issueDate(date).amount(amount).terms(t).build();
                    return inv.getDueSchedule().getTotal().isEqual(amount)
                            && inv.getDueSchedule().getInstalments().stream().allMatch(i -> !i.getDueDate().isAfter(inv.getDueDate()))
                            && !inv.getDueDate().isBefore(date);
                });
    }

    // ---- bad input ----

    @Test
    void test_build_refusesMissingFieldsAndNulls() {
        assertThrows(IllegalStateException.class, () -> Invoice.builder().id(InvoiceId.of("INV-1")).build());
        assertNpe(() -> Invoice.builder().id(null), "id");
        assertNpe(() -> Invoice.builder().customerId(null), "customerId");
        assertNpe(() -> Invoice.builder().issueDate(null), "issueDate");
        assertNpe(() -> Invoice.builder().amount(null), "amount");
        assertNpe(() -> Invoice.builder().terms(null), "terms");
        assertNpe(() -> Invoice.builder().dueSchedule(null), "dueSchedule");
        assertNpe(() -> Invoice.builder().purchaseOrderNumber((String) null), "purchaseOrderNumber");
        assertNpe(() -> Invoice.builder().orderId((String) null), "orderId");
    }

    @Test
    void test_build_refusesBadAmountsAndReferences() {
        assertIae(() -> base().amount(Money.parse("EUR 0.00")).build(), "amount", "EUR 0.00");
        assertIae(() -> base().amount(Money.parse("EUR -10.00")).build(), "amount", "EUR -10.00");
        assertIae(() -> base().purchaseOrderNumber(" ").build(), "purchaseOrderNumber", "' '");
        assertIae(() -> base().orderId("").build(), "orderId", "''");
        // the terms cannot give a positive instalment for the amount
        assertIae(() -> base().amount(Money.parse("JPY 1")).terms(PaymentTerms.parse("50% Net 0; 50% Net 30")).build(),
                "instalment", "JPY 1");
    }

    @Test
    void test_build_refusesInconsistentSuppliedSchedules() {
        DueSchedule usd = DueSchedule.of(List.of(inst(1, "2024-03-01", "USD 1000.00")));
        CurrencyMismatchException cme = assertThrows(CurrencyMismatchException.class, () -> base().dueSchedule(usd).build());
        assertEquals(CurrencyUnit.EUR, cme.getFirstCurrency());
        assertEquals(CurrencyUnit.USD, cme.getSecondCurrency());
        DueSchedule short1 = DueSchedule.of(List.of(inst(1, "2024-03-01", "EUR 999.99")));
        assertIae(() -> base().dueSchedule(short1).build(), "dueSchedule", "EUR 999.99", "EUR 1000.00");
        DueSchedule early = DueSchedule.of(List.of(inst(1, "2024-01-30", "EUR 1000.00")));
        assertIae(() -> base().dueSchedule(early).build(), "dueDate 2024-01-30", "issueDate 2024-01-31");
        DueSchedule earlyDiscount = DueSchedule.of(List.of(Instalment.builder().number(1).dueDate(d("2024-03-01"))
                .amount(Money.parse("EUR 1000.00"))
                .addDiscountTiers(DiscountTier.of(Percentage.of(2), d("2024-01-01"), Money.parse("EUR 20.00"))).build()));
        assertIae(() -> base().dueSchedule(earlyDiscount).build(), "lastDay 2024-01-01", "issueDate 2024-01-31");
    }

    private static void assertIae(Executable call, String... fragments) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(ex.getMessage().contains(f), () -> "'" + ex.getMessage() + "' lacks '" + f + "'");
        }
    }

    private static void assertNpe(Executable call, String param) {
        NullPointerException ex = assertThrows(NullPointerException.class, call);
        assertEquals(param, ex.getMessage());
    }
}
