package org.receivables.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.dunning.testing.Fixtures.account;
import static org.receivables.dunning.testing.Fixtures.accountOf;
import static org.receivables.dunning.testing.Fixtures.cust;
import static org.receivables.dunning.testing.Fixtures.disputed;
import static org.receivables.dunning.testing.Fixtures.item;
import static org.receivables.dunning.testing.Fixtures.ref;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.document.PromiseId;
import org.receivables.core.document.PromiseToPay;
import org.receivables.core.money.Percentage;
import org.receivables.dunning.fee.FeeRule;
import org.receivables.dunning.fee.PercentageFee;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;

/**
 * Worked examples of the built-in leveled policy run through the engine.
 *
 * <p>The level model follows the ERP follow-up modules: levels reached by a number of days overdue,
 * a negative number giving a reminder before the due date (Odoo, "Follow-up on invoices",
 * https://www.odoo.com/documentation/17.0/applications/finance/accounting/payments/follow_up.html);
 * an item rising from one level to the next that passes its test, and a per-line block (Tryton,
 * "Account Dunning Module", https://docs.tryton.org/projects/modules-account-dunning/en/latest/);
 * grace days after the due date before the first letter (iDempiere/Compiere dunning,
 * C_Dunning.GraceDays, https://wiki.idempiere.org/en/Dunning); a fee charged once per dunning and
 * level (Tryton, "Account Dunning Fee Module",
 * https://docs.tryton.org/projects/modules-account-dunning-fee/en/latest/). The numbers below are
 * our own.
 */
class LeveledPolicyExamplesTest {

    private static final LocalDate DUE = LocalDate.parse("2024-05-01");

    /** E-mail from 1 day, letter with EUR 5.00 fee from 15 days, agency hand-off from 30 days. */
    private static LeveledPolicy.Builder threeLevels() {
        return LeveledPolicy.builder().name("standard")
                .addLevels(DunningLevel.of(1, ActionKind.REMINDER_EMAIL))
                .addLevels(DunningLevel.builder().daysPastDue(15).addActions(ActionKind.LETTER)
                        .fee(FeeRule.fixed(Money.parse("EUR 5.00"))).build())
                .addLevels(DunningLevel.of(30, ActionKind.AGENCY_HANDOFF));
    }

    private static DunningEngine engine(LeveledPolicy policy) {
        return DunningEngine.builder().policy(policy).build();
    }

    private static DunningProposal run(LeveledPolicy policy, DunningHistory history, String date,
            DunningAccount... accounts) {
        return engine(policy).propose(List.of(accounts), history, List.of(), LocalDate.parse(date));
    }

    private static DunningRecord record(String customer, String invoice, int level, String date) {
        return DunningRecord.builder().customerId(cust(customer)).ref(ref(invoice)).level(level)
                .date(LocalDate.parse(date)).build();
    }

    private static Gate onlyGate(DunningProposal p) {
        assertEquals(1, p.getExclusions().size(), p.getExclusions().toString());
        return p.getExclusions().get(0).getGate();
    }

    // ---- propose: level thresholds ----

    /** With jumping, the level follows the days past due exactly; the due date itself is not overdue. */
    @Test
    void thresholds_at_and_around_each_boundary_with_jumping() {
        LeveledPolicy policy = threeLevels().jumpToMatchingLevel(true).build();
        DunningAccount acc = account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"));
        String[][] cases = {
            {"2024-04-30", "0"}, {"2024-05-01", "0"}, {"2024-05-02", "1"}, {"2024-05-15", "1"},
            {"2024-05-16", "2"}, {"2024-05-30", "2"}, {"2024-05-31", "3"}};
        for (String[] c : cases) {
            DunningProposal p = run(policy, DunningHistory.empty(), c[0], acc);
            int expected = Integer.parseInt(c[1]);
            if (expected == 0) {
                assertTrue(p.getNotices().isEmpty(), c[0]);
                assertEquals(Gate.NOT_YET_DUE_PLUS_GRACE, onlyGate(p), c[0]);
            } else {
                assertEquals(expected, p.getNotices().get(0).getLevel(), c[0]);
            }
        }
    }

    /** Grace days shift overdue levels: 3 grace days put level 1 (1 day) on day 4; a pre-due reminder is not shifted. */
    @Test
    void grace_days_shift_overdue_levels_but_not_reminders_before_due() {
        LeveledPolicy policy = LeveledPolicy.builder().name("grace")
                .addLevels(DunningLevel.of(-3, ActionKind.REMINDER_EMAIL), DunningLevel.of(1, ActionKind.LETTER))
                .graceDays(3).jumpToMatchingLevel(true).build();
        DunningAccount acc = account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"));
        assertEquals(Gate.NOT_YET_DUE_PLUS_GRACE, onlyGate(run(policy, DunningHistory.empty(), "2024-04-27", acc)));
        assertEquals(1, run(policy, DunningHistory.empty(), "2024-04-28", acc).getNotices().get(0).getLevel());
        assertEquals(1, run(policy, DunningHistory.empty(), "2024-05-04", acc).getNotices().get(0).getLevel());
        assertEquals(2, run(policy, DunningHistory.empty(), "2024-05-05", acc).getNotices().get(0).getLevel());

        LeveledPolicy overdueOnly = threeLevels().graceDays(3).build();
        DunningProposal within = run(overdueOnly, DunningHistory.empty(), "2024-05-04", acc);
        assertEquals(Gate.NOT_YET_DUE_PLUS_GRACE, onlyGate(within));
        assertTrue(within.getExclusions().get(0).getDetail().contains("2024-05-05"), within.getExclusions().toString());
        assertEquals(LocalDate.parse("2024-05-05"), within.getNextChange(cust("C-1")).get().getDate());
        assertEquals(1, run(overdueOnly, DunningHistory.empty(), "2024-05-05", acc).getNotices().get(0).getLevel());
    }

    // ---- propose: one step per run ----

    /** An item 40 days late that was never dunned gets level 1 first, then one more level per later run. */
    @Test
    void one_level_step_per_run_by_default() {
        LeveledPolicy policy = threeLevels().build();
        DunningAccount acc = account("C-1", item("C-1", "INV-1", "2024-04-01", "EUR 100.00"));
        DunningProposal first = run(policy, DunningHistory.empty(), "2024-05-11", acc);
        assertEquals(1, first.getNotices().get(0).getLevel());
        assertEquals(LocalDate.parse("2024-05-12"), first.getNextChange(cust("C-1")).get().getDate());
        DunningHistory h = DunningHistory.empty().plus(first.toRecords());

        DunningProposal again = run(policy, h, "2024-05-11", acc);
        assertTrue(again.getNotices().isEmpty());
        assertEquals(Gate.LEVEL_ALREADY_REACHED, onlyGate(again));

        DunningProposal next = run(policy, h, "2024-05-12", acc);
        NoticeLine line = next.getNotices().get(0).getLines().get(0);
        assertEquals(1, line.getPreviousLevel());
        assertEquals(2, line.getLevel());
        assertEquals(Optional.of(Money.parse("EUR 5.00")), line.getFee());
        assertEquals(List.of(ActionKind.LETTER), next.getNotices().get(0).getActions());
    }

    // ---- propose: interval between notices ----

    /** Seven days between notices: a second item overdue three days after the first notice waits. */
    @Test
    void minimum_days_between_notices() {
        LeveledPolicy policy = threeLevels().minimumDaysBetweenNotices(7).build();
        DunningHistory h = DunningHistory.of(List.of(record("C-1", "INV-1", 1, "2024-05-02")));
        DunningAccount acc = account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"),
                item("C-1", "INV-2", "2024-05-04", "EUR 50.00"));
        DunningProposal held = run(policy, h, "2024-05-05", acc);
        assertTrue(held.getNotices().isEmpty());
        assertEquals(Gate.INTERVAL_NOT_ELAPSED, onlyGate(held));
        assertEquals(LocalDate.parse("2024-05-09"), held.getNextChange(cust("C-1")).get().getDate());
        assertTrue(run(policy, h, "2024-05-08", acc).getNotices().isEmpty());
        DunningNotice notice = run(policy, h, "2024-05-09", acc).getNotices().get(0);
        assertEquals(List.of(ref("INV-1"), ref("INV-2")), notice.getLines().stream().map(NoticeLine::getRef).toList());
        assertFalse(notice.getLines().get(0).isRising());
        assertTrue(notice.getLines().get(1).isRising());
    }

    // ---- propose: one notice per currency ----

    @Test
    void one_notice_per_currency_at_the_highest_item_level_with_item_detail() {
        LeveledPolicy policy = threeLevels().build();
        DunningHistory h = DunningHistory.of(List.of(record("C-1", "INV-1", 1, "2024-05-02")));
        DunningAccount acc = account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"),
                item("C-1", "INV-2", "2024-05-18", "EUR 40.00"), item("C-1", "INV-3", "2024-05-10", "USD 70.00"));
        DunningProposal p = run(policy, h, "2024-05-20", acc);
        assertEquals(2, p.getNotices().size());
        DunningNotice eur = p.getNotices().get(0);
        assertEquals(CurrencyUnit.EUR, eur.getCurrency());
        assertEquals(2, eur.getLevel());
        assertEquals(List.of(ActionKind.LETTER), eur.getActions());
        assertEquals(Money.parse("EUR 140.00"), eur.getTotal());
        NoticeLine l1 = eur.getLines().get(0);
        NoticeLine l2 = eur.getLines().get(1);
        assertEquals(19, l1.getDaysPastDue());
        assertEquals(2, l1.getLevel());
        assertEquals(2, l2.getDaysPastDue());
        assertEquals(1, l2.getLevel());
        assertEquals(Optional.empty(), l2.getFee());
        DunningNotice usd = p.getNotices().get(1);
        assertEquals(CurrencyUnit.USD, usd.getCurrency());
        assertEquals(1, usd.getLevel());
        assertEquals(Optional.empty(), usd.getLines().get(0).getFee(), "a EUR fee is not charged on USD items");
    }

    // ---- propose: holds ----

    @Test
    void disputed_items_are_left_out_and_reported() {
        DunningAccount acc = account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"),
                disputed("C-1", "INV-2", "2024-05-01", "EUR 900.00"));
        DunningProposal p = run(threeLevels().build(), DunningHistory.empty(), "2024-05-10", acc);
        assertEquals(List.of(ref("INV-1")), p.getNotices().get(0).getLines().stream().map(NoticeLine::getRef).toList());
        assertEquals(Gate.ON_HOLD, onlyGate(p));
        assertEquals(Optional.of(ref("INV-2")), p.getExclusions().get(0).getRef());
    }

    /** A promise pauses until promised date + grace; the day after, it is broken and dunning resumes. */
    @Test
    void promise_to_pay_pauses_until_promised_date_plus_grace() {
        PromiseToPay promise = PromiseToPay.builder().id(PromiseId.of("P-1")).customerId(cust("C-1"))
                .madeDate(LocalDate.parse("2024-05-03")).promisedDate(LocalDate.parse("2024-05-10"))
                .amount(Money.parse("EUR 100.00")).build();
        DunningAccount acc = accountOf("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"))
                .addPromises(promise).build();
        DunningEngine engine = DunningEngine.builder().policy(threeLevels().build()).promiseGraceDays(2).build();
        DunningProposal before = engine.propose(List.of(acc), DunningHistory.empty(), List.of(), LocalDate.parse("2024-05-02"));
        assertEquals(1, before.getNotices().size(), "a promise made later does not pause earlier runs");
        DunningProposal paused = engine.propose(List.of(acc), DunningHistory.empty(), List.of(), LocalDate.parse("2024-05-12"));
        assertTrue(paused.getNotices().isEmpty());
        assertEquals(Gate.ON_HOLD, onlyGate(paused));
        assertEquals(LocalDate.parse("2024-05-13"), paused.getNextChange(cust("C-1")).get().getDate());
        DunningProposal resumed = engine.propose(List.of(acc), DunningHistory.empty(), List.of(), LocalDate.parse("2024-05-13"));
        assertEquals(1, resumed.getNotices().size());
    }

    /** A block entered on May 15th back-dated to April 1st, ending May 20th. */
    @Test
    void account_block_back_dated_with_end_date() {
        DunningAccount acc = accountOf("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"))
                .addBlocks(AccountBlock.of("insolvency check", LocalDate.parse("2024-04-01"),
                        Optional.of(LocalDate.parse("2024-05-20")))).build();
        DunningProposal blocked = run(threeLevels().build(), DunningHistory.empty(), "2024-05-15", acc);
        assertTrue(blocked.getNotices().isEmpty());
        assertEquals(Gate.ON_HOLD, onlyGate(blocked));
        assertTrue(blocked.getExclusions().get(0).getDetail().contains("insolvency check"));
        assertEquals(LocalDate.parse("2024-05-21"), blocked.getNextChange(cust("C-1")).get().getDate());
        assertEquals(1, run(threeLevels().build(), DunningHistory.empty(), "2024-05-21", acc).getNotices().size());

        DunningAccount open = accountOf("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"))
                .addBlocks(AccountBlock.of("legal review", LocalDate.parse("2024-04-01"), Optional.empty())).build();
        assertEquals(Optional.empty(), run(threeLevels().build(), DunningHistory.empty(), "2030-01-01", open)
                .getNextChange(cust("C-1")));
    }

    // ---- propose: final stage ----

    @Test
    void final_stage_freezes_further_notices() {
        DunningHistory h = DunningHistory.of(List.of(record("C-1", "INV-1", 3, "2024-06-01")));
        DunningAccount acc = account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"));
        DunningProposal p = run(threeLevels().build(), h, "2024-08-01", acc);
        assertTrue(p.getNotices().isEmpty());
        assertEquals(Gate.FINAL_STAGE, onlyGate(p));
    }

    // ---- propose: after payment ----

    /** INV-1 reached level 2 and was paid; the new INV-2 starts again at level 1, or stays at 2 when kept. */
    @Test
    void level_resets_after_payment_or_is_kept_by_option() {
        DunningHistory h = DunningHistory.of(List.of(record("C-1", "INV-1", 1, "2024-04-02"),
                record("C-1", "INV-1", 2, "2024-04-16")));
        DunningAccount acc = account("C-1", item("C-1", "INV-2", "2024-05-01", "EUR 60.00"));
        DunningProposal reset = run(threeLevels().build(), h, "2024-05-03", acc);
        assertEquals(1, reset.getNotices().get(0).getLevel());

        LeveledPolicy keep = threeLevels().keepLevelAfterPayment(true).build();
        DunningProposal kept = run(keep, h, "2024-05-03", acc);
        assertTrue(kept.getNotices().isEmpty());
        assertEquals(Gate.LEVEL_ALREADY_REACHED, onlyGate(kept));
        assertTrue(kept.getExclusions().get(0).getDetail().contains("level 2"));
        DunningProposal third = run(keep, h, "2024-05-31", acc);
        assertEquals(3, third.getNotices().get(0).getLevel());
    }

    // ---- propose: minimums ----

    @Test
    void minimum_amount_and_minimum_share_of_the_open_balance() {
        LeveledPolicy minAmount = LeveledPolicy.builder().name("min")
                .addLevels(DunningLevel.builder().daysPastDue(1).addActions(ActionKind.REMINDER_EMAIL)
                        .minimumAmount(Money.parse("EUR 10.00")).build()).build();
        assertEquals(Gate.BELOW_MINIMUM, onlyGate(run(minAmount, DunningHistory.empty(), "2024-05-05",
                account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 9.99")))));
        assertEquals(1, run(minAmount, DunningHistory.empty(), "2024-05-05",
                account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 10.00"))).getNotices().size());

        LeveledPolicy minShare = LeveledPolicy.builder().name("share")
                .addLevels(DunningLevel.builder().daysPastDue(1).addActions(ActionKind.REMINDER_EMAIL)
                        .minimumShare(Percentage.of(50)).build()).build();
        DunningProposal below = run(minShare, DunningHistory.empty(), "2024-05-05", account("C-1",
                item("C-1", "INV-1", "2024-05-01", "EUR 49.99"), item("C-1", "INV-2", "2024-06-01", "EUR 50.01")));
        assertEquals(2, below.getExclusions().size());
        assertEquals(Gate.BELOW_MINIMUM, below.getExclusions().get(1).getGate());
        assertTrue(below.getExclusions().get(1).getDetail().contains("EUR 49.99"));
        DunningProposal at = run(minShare, DunningHistory.empty(), "2024-05-05", account("C-1",
                item("C-1", "INV-1", "2024-05-01", "EUR 50.00"), item("C-1", "INV-2", "2024-06-01", "EUR 50.00")));
        assertEquals(1, at.getNotices().size());
    }

    // ---- propose: next change ----

    @Test
    void next_change_is_the_next_level_threshold() {
        DunningHistory h = DunningHistory.of(List.of(record("C-1", "INV-1", 1, "2024-05-02")));
        DunningProposal p = run(threeLevels().graceDays(2).build(), h, "2024-05-06",
                account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00")));
        assertEquals(LocalDate.parse("2024-05-18"), p.getNextChange(cust("C-1")).get().getDate());
    }

    // ---- segments ----

    @Test
    void segments_route_customers_to_their_policy() {
        LeveledPolicy gentle = LeveledPolicy.builder().name("key-accounts")
                .addLevels(DunningLevel.of(10, ActionKind.PHONE_CALL_TASK)).build();
        DunningEngine engine = DunningEngine.builder().router(PolicyRouter.bySegment(
                java.util.Map.of(org.receivables.core.customer.CustomerSegment.of("KEY"), gentle),
                threeLevels().build())).build();
        DunningAccount key = accountOf("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"))
                .segment(org.receivables.core.customer.CustomerSegment.of("KEY")).build();
        DunningAccount other = account("C-2", item("C-2", "INV-2", "2024-05-01", "EUR 100.00"));
        DunningProposal p = engine.propose(List.of(key, other), DunningHistory.empty(), List.of(), LocalDate.parse("2024-05-05"));
        assertEquals(1, p.getNotices().size());
        assertEquals("standard", p.getNotices().get(0).getPolicyName());
        assertEquals(cust("C-2"), p.getNotices().get(0).getCustomerId());
        assertEquals("key-accounts", p.getExclusions(cust("C-1")).get(0).getPolicyName().get());
    }

    // ---- propose: fees ----

    /**
     * A fee of 1% of each item's open amount, at least EUR 2.50 and at most EUR 50.00, charged on the
     * items rising to level 1 only: EUR 100.00 gives 2.50 (1.00 is below the minimum), EUR 1234.56
     * gives 12.35 (12.3456 half-even), EUR 10000.00 gives 50.00 (100.00 is above the maximum).
     */
    @Test
    void percentage_fee_per_item_with_minimum_and_maximum_charged_once_per_level() {
        LeveledPolicy policy = LeveledPolicy.builder().name("fees")
                .addLevels(DunningLevel.builder().daysPastDue(1).addActions(ActionKind.LETTER)
                        .fee(PercentageFee.builder().rate(Percentage.of(1)).minimum(Money.parse("EUR 2.50"))
                                .maximum(Money.parse("EUR 50.00")).build()).build())
                .addLevels(DunningLevel.of(30, ActionKind.LETTER)).build();
        DunningAccount acc = account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"),
                item("C-1", "INV-2", "2024-05-01", "EUR 1234.56"), item("C-1", "INV-3", "2024-05-01", "EUR 10000.00"));
        DunningProposal p = run(policy, DunningHistory.empty(), "2024-05-02", acc);
        assertEquals(List.of(Optional.of(Money.parse("EUR 2.50")), Optional.of(Money.parse("EUR 12.35")),
                Optional.of(Money.parse("EUR 50.00"))),
                p.getNotices().get(0).getLines().stream().map(NoticeLine::getFee).toList());
        assertEquals(Optional.of(Money.parse("EUR 64.85")), p.getNotices().get(0).getTotalFee());

        DunningHistory h = DunningHistory.empty().plus(p.toRecords());
        DunningAccount more = account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"),
                item("C-1", "INV-4", "2024-05-05", "EUR 300.00"));
        DunningProposal later = run(policy, h, "2024-05-10", more);
        List<NoticeLine> lines = later.getNotices().get(0).getLines();
        assertEquals(Optional.empty(), lines.get(0).getFee(), "INV-1 paid its level-1 fee already");
        assertEquals(Optional.of(Money.parse("EUR 3.00")), lines.get(1).getFee());
    }
}
