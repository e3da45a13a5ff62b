package org.receivables.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.dunning.testing.Fixtures.ref;

import java.time.LocalDate;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;

/** The bad-input catalogue of fees, interest and compensation on notices, records and the history. */
class ChargesBadInputTest {

    private static final LocalDate D = LocalDate.parse("2024-05-10");
    private static final CustomerId C = CustomerId.of("C-1");

    private static void iae(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + e.getMessage() + "' lacks '" + part + "'");
        }
    }

    private static void npe(Executable call, String param) {
        NullPointerException e = assertThrows(NullPointerException.class, call);
        assertEquals(param, e.getMessage());
    }

    private static Money eur(String s) {
        return Money.parse("EUR " + s);
    }

    private static DunningRecord.Builder record() {
        return DunningRecord.builder().customerId(C).ref(ref("I-1")).level(1).date(D);
    }

    private static NoticeLine.Builder line() {
        return NoticeLine.builder().ref(ref("I-1")).dueDate(D.minusDays(10)).daysPastDue(10)
                .openAmount(eur("100.00")).previousLevel(0).level(1).rule("r");
    }

    // ---- DunningRecord.builder ----

    @Test
    void record_refuses_non_positive_charges() {
        iae(() -> record().fee(eur("-5.00")).build(), "fee", "EUR -5.00");
        iae(() -> record().noticeFee(eur("0.00")).build(), "noticeFee", "EUR 0.00");
        iae(() -> record().interest(eur("-0.01")).interestThrough(D).build(), "interest", "EUR -0.01");
        iae(() -> record().compensation(eur("0.00")).build(), "compensation", "EUR 0.00");
    }

    @Test
    void record_refuses_interest_without_its_date_and_a_date_after_the_record() {
        iae(() -> record().interest(eur("1.00")).build(), "interest EUR 1.00", "interestThrough (none)");
        iae(() -> record().interestThrough(D).build(), "interest (none)", "interestThrough " + D);
        iae(() -> record().interest(eur("1.00")).interestThrough(D.plusDays(1)).build(),
                "interestThrough 2024-05-11", "date 2024-05-10");
    }

    @Test
    void record_refuses_charges_in_two_currencies() {
        assertThrows(CurrencyMismatchException.class,
                () -> record().fee(eur("5.00")).compensation(Money.parse("GBP 40.00")).build());
        assertThrows(CurrencyMismatchException.class,
                () -> record().noticeFee(eur("5.00")).interest(Money.parse("USD 1.00")).interestThrough(D).build());
    }

    // ---- NoticeLine.builder ----

    @Test
    void line_refuses_a_fee_or_compensation_in_another_currency_than_the_item() {
        assertThrows(CurrencyMismatchException.class, () -> line().fee(Money.parse("GBP 5.00")).build());
        assertThrows(CurrencyMismatchException.class, () -> line().compensation(Money.parse("GBP 40.00")).build());
        iae(() -> line().fee(eur("0.00")).build(), "fee", "EUR 0.00", "I-1#1");
        iae(() -> line().compensation(eur("-40.00")).build(), "compensation", "EUR -40.00");
    }

    // ---- DunningNotice.builder ----

    @Test
    void notice_refuses_a_notice_fee_in_another_currency_or_not_positive() {
        DunningNotice.Builder notice = DunningNotice.builder().customerId(C).currency(CurrencyUnit.EUR).policyName("p")
                .addActions(ActionKind.LETTER).addLines(line().build());
        assertThrows(CurrencyMismatchException.class, () -> notice.noticeFee(Money.parse("GBP 5.00")).build());
        iae(() -> notice.noticeFee(eur("-5.00")).build(), "noticeFee", "EUR -5.00", "C-1");
    }

    // ---- DunningHistory queries ----

    @Test
    void history_queries_refuse_nulls() {
        DunningHistory h = DunningHistory.empty();
        npe(() -> h.isNoticeFeeCharged(null, CurrencyUnit.EUR, 1, D), "customerId");
        npe(() -> h.isNoticeFeeCharged(C, null, 1, D), "currency");
        npe(() -> h.isNoticeFeeCharged(C, CurrencyUnit.EUR, 1, null), "asOf");
        npe(() -> h.interestChargedThrough(null, D), "ref");
        npe(() -> h.interestChargedThrough(ref("I-1"), null), "asOf");
        npe(() -> h.isCompensationCharged(null, InvoiceId.of("I-1"), D), "customerId");
        npe(() -> h.isCompensationCharged(C, null, D), "invoiceId");
        npe(() -> h.isCompensationCharged(C, InvoiceId.of("I-1"), null), "asOf");
    }

    // ---- LeveledPolicy ----

    @Test
    void policy_refuses_a_null_rule_and_a_level_out_of_range() {
        npe(() -> LeveledPolicy.builder().latePaymentRule(null), "rule");
        LeveledPolicy p = LeveledPolicy.builder().name("p").addLevels(DunningLevel.of(1, ActionKind.LETTER)).build();
        iae(() -> p.interestAt(0), "level", "0");
        iae(() -> p.interestAt(2), "level", "2");
        iae(() -> LeveledPolicy.parse("policy p\nlevel 1: LETTER fee EUR 5.00 per invoice"), "per", "notice", "line 2");
    }
}
