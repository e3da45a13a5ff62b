package org.receivables.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.dunning.testing.Fixtures.account;
import static org.receivables.dunning.testing.Fixtures.cust;
import static org.receivables.dunning.testing.Fixtures.item;
import static org.receivables.dunning.testing.Fixtures.ref;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receivables.core.customer.ContactChannel;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.money.Percentage;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;
import org.receivables.dunning.spi.DunningPolicies;

/** The bad-input catalogue: each refusal's type, and a message naming the field and the value. */
class DunningBadInputTest {

    private static final LocalDate D = LocalDate.parse("2024-05-10");

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

    private static LeveledPolicy.Builder policy() {
        return LeveledPolicy.builder().name("p");
    }

    private static final DunningEngine ENGINE = DunningEngine.builder()
            .policy(policy().addLevels(DunningLevel.of(1, ActionKind.LETTER)).build()).build();

    // ---- LeveledPolicy.builder ----

    @Test
    void leveled_policy_refuses_unordered_overlapping_and_misplaced_levels() {
        iae(() -> policy().addLevels(DunningLevel.of(14, ActionKind.LETTER), DunningLevel.of(7, ActionKind.SMS)).build(),
                "levels[1].daysPastDue 7", "levels[0].daysPastDue 14");
        iae(() -> policy().addLevels(DunningLevel.of(10, ActionKind.LETTER), DunningLevel.of(10, ActionKind.SMS)).build(),
                "levels[1].daysPastDue 10", "levels[0].daysPastDue 10");
        iae(() -> policy().addLevels(DunningLevel.of(10, ActionKind.LEGAL_HANDOFF), DunningLevel.of(20, ActionKind.SMS)).build(),
                "levels[0]", "LEGAL_HANDOFF", "not the last level");
        iae(() -> policy().build(), "levels", "p");
    }

    @Test
    void leveled_policy_refuses_negative_grace_and_interval_and_blank_name() {
        iae(() -> policy().addLevels(DunningLevel.of(1, ActionKind.LETTER)).graceDays(-1).build(), "graceDays", "-1");
        iae(() -> policy().addLevels(DunningLevel.of(1, ActionKind.LETTER)).minimumDaysBetweenNotices(-2).build(),
                "minimumDaysBetweenNotices", "-2");
        iae(() -> LeveledPolicy.builder().name(" ").addLevels(DunningLevel.of(1, ActionKind.LETTER)).build(), "name", "' '");
        assertThrows(IllegalStateException.class, () -> LeveledPolicy.builder().addLevels(DunningLevel.of(1, ActionKind.LETTER)).build());
        iae(() -> policy().addLevels(DunningLevel.of(1, ActionKind.LETTER)).build().thresholdOf(2), "level", "2");
    }

    // ---- DunningLevel.builder ----

    @Test
    void level_refuses_non_positive_minimum_bad_share_and_repeated_actions() {
        iae(() -> DunningLevel.builder().daysPastDue(1).minimumAmount(Money.parse("EUR 0.00")).build(),
                "minimumAmount", "EUR 0.00");
        iae(() -> DunningLevel.builder().daysPastDue(1).minimumShare(Percentage.ZERO).build(), "minimumShare", "0");
        iae(() -> DunningLevel.builder().daysPastDue(1).minimumShare(Percentage.of(101)).build(), "minimumShare", "101");
        iae(() -> DunningLevel.of(1, ActionKind.SMS, ActionKind.SMS), "actions", "SMS");
        npe(() -> DunningLevel.of(1, (ActionKind[]) null), "actions");
    }

    // ---- DunningPolicies.byName ----

    @Test
    void unknown_plugin_name_lists_the_names_that_exist() {
        iae(() -> DunningPolicies.byName("no-such-policy"), "no-such-policy", "test-exploding", "test-gentle");
        npe(() -> DunningPolicies.byName(null), "name");
    }

    // ---- DunningEngine ----

    @Test
    void engine_refuses_nulls_duplicates_and_bad_numbers() {
        npe(() -> ENGINE.propose(null, DunningHistory.empty(), List.of(), D), "accounts");
        npe(() -> ENGINE.propose(List.of(), null, List.of(), D), "history");
        npe(() -> ENGINE.propose(List.of(), DunningHistory.empty(), null, D), "contactLog");
        npe(() -> ENGINE.propose(List.of(), DunningHistory.empty(), List.of(), null), "asOf");
        DunningAccount a = account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 1.00"));
        iae(() -> ENGINE.propose(List.of(a, a), DunningHistory.empty(), List.of(), D), "customerId", "C-1");
        iae(() -> ENGINE.forecast(List.of(a), DunningHistory.empty(), List.of(), D, -1), "days", "-1");
        iae(() -> ENGINE.forecast(List.of(a), DunningHistory.empty(), List.of(), D, 3661), "days", "3661");
        iae(() -> DunningEngine.builder().promiseGraceDays(-3), "promiseGraceDays", "-3");
        npe(() -> DunningEngine.builder().policy(null), "policy");
        npe(() -> DunningEngine.builder().router(null), "router");
        npe(() -> DunningEngine.builder().scoring(null), "scoring");
        assertThrows(IllegalStateException.class, () -> DunningEngine.builder().build());
        npe(() -> ENGINE.worklist(List.of(), null), "asOf");
    }

    // ---- values ----

    @Test
    void values_refuse_bad_fields() {
        iae(() -> ContactCap.of(ContactChannel.PHONE, 0, 7), "maxAttempts", "0");
        iae(() -> ContactCap.of(ContactChannel.PHONE, 7, 0), "windowDays", "0");
        npe(() -> ContactCap.of(null, 7, 7), "channel");
        iae(() -> ContactCap.of(ContactChannel.PHONE, 7, 7, -1), "quietDaysAfterConversation", "-1");
        iae(() -> AccountBlock.of("x", D, Optional.of(D.minusDays(1))), "lastDay 2024-05-09", "firstDay 2024-05-10");
        iae(() -> AccountBlock.of("  ", D, Optional.empty()), "reason");
        npe(() -> AccountBlock.of(null, D, Optional.empty()), "reason");
        iae(() -> DunningAccount.builder().customerId(cust("C-1")).kind(CustomerKind.BUSINESS)
                .addOpenItems(item("C-2", "INV-1", "2024-05-01", "EUR 1.00")).build(), "INV-1", "C-2", "C-1");
        iae(() -> DunningAccount.builder().customerId(cust("C-1")).kind(CustomerKind.BUSINESS)
                .addOpenItems(item("C-1", "INV-1", "2024-05-01", "EUR 1.00"), item("C-1", "INV-1", "2024-06-01", "EUR 2.00"))
                .build(), "ref", "INV-1");
        iae(() -> DunningRecord.builder().customerId(cust("C-1")).ref(ref("INV-1")).level(0).date(D).build(), "level", "0");
        iae(() -> DunningRecord.builder().customerId(cust("C-1")).ref(ref("INV-1")).level(1).date(D)
                .fee(Money.parse("EUR 0.00")).build(), "fee", "EUR 0.00");
        npe(() -> DunningHistory.of(null), "records");
    }

    // ---- DunningProposal edits ----

    @Test
    void proposal_edits_refuse_unknown_items_and_lower_levels() {
        DunningHistory h = DunningHistory.of(List.of(DunningRecord.builder().customerId(cust("C-1")).ref(ref("INV-1"))
                .level(1).date(LocalDate.parse("2024-05-02")).build()));
        DunningEngine engine = DunningEngine.builder().policy(policy().addLevels(DunningLevel.of(1, ActionKind.LETTER),
                DunningLevel.of(5, ActionKind.SMS)).build()).build();
        DunningProposal p = engine.propose(List.of(account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 1.00"))), h,
                List.of(), D);
        iae(() -> p.withItemLevel(ref("INV-9"), 2), "ref", "INV-9");
        iae(() -> p.withItemLevel(ref("INV-1"), 0), "level", "0");
        npe(() -> p.withoutCustomer(null), "customerId");
        npe(() -> p.withoutItem(null), "ref");
    }

    // ---- PaymentPlan.builder ----

    @Test
    void payment_plan_refuses_bad_fields() {
        org.receivables.core.terms.DueSchedule schedule = org.receivables.core.terms.DueSchedule.of(List.of(
                org.receivables.core.terms.Instalment.builder().number(1).dueDate(D).amount(Money.parse("EUR 10.00")).build()));
        iae(() -> PaymentPlan.builder().reference(" ").agreedDate(D).addItems(ref("INV-1")).schedule(schedule)
                .paid(Money.parse("EUR 0.00")).build(), "reference");
        iae(() -> PaymentPlan.builder().reference("PP-1").agreedDate(D).schedule(schedule)
                .paid(Money.parse("EUR 0.00")).build(), "items", "PP-1");
        iae(() -> PaymentPlan.builder().reference("PP-1").agreedDate(D).addItems(ref("INV-1")).schedule(schedule)
                .paid(Money.parse("EUR -1.00")).build(), "paid", "EUR -1.00");
        iae(() -> PaymentPlan.builder().reference("PP-1").agreedDate(D).addItems(ref("INV-1")).schedule(schedule)
                .paid(Money.parse("EUR 0.00")).graceDays(-1).build(), "graceDays", "-1");
        assertThrows(org.joda.money.CurrencyMismatchException.class, () -> PaymentPlan.builder().reference("PP-1")
                .agreedDate(D).addItems(ref("INV-1")).schedule(schedule).paid(Money.parse("USD 0.00")).build());
    }
}
