package org.receivables.dunning.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.receivables.dunning.testing.Fixtures.account;
import static org.receivables.dunning.testing.Fixtures.accountOf;
import static org.receivables.dunning.testing.Fixtures.cust;
import static org.receivables.dunning.testing.Fixtures.item;
import static org.receivables.dunning.testing.Fixtures.ref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.dunning.ActionKind;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningEngine;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.DunningProposal;
import org.receivables.dunning.DunningRecord;
import org.receivables.dunning.Exclusion;
import org.receivables.dunning.Gate;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;
import org.receivables.dunning.testing.BulkDunningGen;

/**
 * The bulk dunning evaluation gives exactly the engine's decisions: the same notices (lines, levels,
 * amounts, actions, rule texts) and the same exclusions (customer, item, currency, gate, policy) in
 * the same order, for any number of ranges.
 *
 * <p>The worked example follows the level model of the ERP follow-up modules: levels reached by a
 * number of days overdue, one level per run (Odoo, "Follow-up on invoices",
 * https://www.odoo.com/documentation/17.0/applications/finance/accounting/payments/follow_up.html;
 * Tryton, "Account Dunning Module", https://docs.tryton.org/projects/modules-account-dunning/en/latest/).
 * The numbers are our own.
 */
class BulkDunningTest {

    /** The engine's exclusions without their detail text, which the bulk path does not write. */
    static List<String> keys(List<Exclusion> exclusions) {
        List<String> keys = new ArrayList<>();
        for (Exclusion e : exclusions) {
            keys.add(key(e.getCustomerId().toString(), e.getRef().map(Object::toString).orElse("-"),
                    e.getCurrency().map(Object::toString).orElse("-"), e.getGate(), e.getPolicyName().orElse("-")));
        }
        return keys;
    }

    private static String key(String customer, String ref, String currency, Gate gate, String policy) {
        return customer + " " + ref + " " + currency + " " + gate + " " + policy;
    }

    /** The bulk result's gates, in the order the engine reports its exclusions. */
    static List<String> keys(BulkDunningResult r) {
        BulkDunningInput input = r.getInput();
        OpenItemColumns items = input.getItems();
        String policy = r.getPolicy().getName();
        List<String> keys = new ArrayList<>();
        int n = 0;
        for (int c = 0; c < items.customerCount(); c++) {
            String id = items.getCustomerId(c).toString();
            int s = items.customerStart(c);
            int e = items.customerStart(c + 1);
            Optional<Gate> whole = r.customerGate(c);
            if (whole.isPresent() && whole.get() == Gate.ON_HOLD) {
                keys.add(key(id, "-", "-", Gate.ON_HOLD, "-"));
                continue;
            }
            for (int i = s; i < e; i++) {
                if (r.itemGate(i).equals(Optional.of(Gate.ON_HOLD))) {
                    keys.add(key(id, refOf(input, i), cur(items, i), Gate.ON_HOLD, "-"));
                }
            }
            if (whole.isPresent()) {
                keys.add(key(id, "-", "-", whole.get(), policy));
                continue;
            }
            List<String> codes = new ArrayList<>();
            for (int i = s; i < e; i++) {
                if (!r.itemGate(i).equals(Optional.of(Gate.ON_HOLD)) && !codes.contains(cur(items, i))) {
                    codes.add(cur(items, i));
                }
            }
            codes.sort(null);
            for (String code : codes) {
                for (int i = s; i < e; i++) {
                    Optional<Gate> g = r.itemGate(i);
                    if (cur(items, i).equals(code) && g.isPresent()
                            && (g.get() == Gate.FINAL_STAGE || g.get() == Gate.NOT_YET_DUE_PLUS_GRACE)) {
                        keys.add(key(id, refOf(input, i), code, g.get(), policy));
                    }
                }
                for (int i = s; i < e; i++) {
                    if (cur(items, i).equals(code) && r.itemGate(i).equals(Optional.of(Gate.LEVEL_ALREADY_REACHED))) {
                        keys.add(key(id, refOf(input, i), code, Gate.LEVEL_ALREADY_REACHED, policy));
                    }
                }
                while (n < r.noticeCount() && r.noticeCustomer(n) < c) {
                    n++;
                }
                for (int m = n; m < r.noticeCount() && r.noticeCustomer(m) == c; m++) {
                    if (r.getNoticeCurrency(m).getCode().equals(code) && r.noticeGate(m).isPresent()) {
                        keys.add(key(id, "-", code, r.noticeGate(m).get(), policy));
                    }
                }
            }
        }
        return keys;
    }

    private static String refOf(BulkDunningInput input, int i) {
        return input.getItemRef(i).orElseThrow().toString();
    }

    private static String cur(OpenItemColumns items, int i) {
        return items.getCurrency(items.currencyIndex(i)).getCode();
    }

    // ---- evaluate ----

    @Test
    void evaluate_gives_the_engines_notices_and_exclusions() {
        qt().withExamples(400).forAll(BulkDunningGen.scenarios()).checkAssert(s -> {
            DunningProposal expected = s.engine.propose(s.accounts, s.history, List.of(), s.asOf);
            BulkDunningInput input = BulkDunningInput.from(s.accounts, s.history, s.asOf,
                    s.engine.getPromiseGraceDays());
            for (int parts : new int[] {1, 3}) {
                BulkDunningResult r = BulkDunning.evaluate(input, s.policy, parts);
                assertEquals(expected.getNotices(), r.toNotices(), "notices, parts " + parts);
                assertEquals(keys(expected.getExclusions()), keys(r), "exclusions, parts " + parts);
                assertEquals(expected.getNotices().size(), r.proposedCount());
            }
        });
    }

    /**
     * Customers whose items in scope share one currency are evaluated in one pass, the others
     * currency by currency after the pass meets a second currency; portfolios where most customers
     * bill in one currency give the engine's result on both paths, in one range or several.
     */
    @Test
    void evaluate_single_currency_customers_give_the_engines_notices_and_exclusions() {
        qt().withExamples(300).forAll(BulkDunningGen.scenarios(BulkDunningGen.Shape.SINGLE_CURRENCY))
                .checkAssert(BulkDunningTest::assertEngineResult);
    }

    /**
     * Level thresholds thousands of days apart (beyond the matching-level table, so each item's level
     * is matched threshold by threshold) and minimum shares with two decimals (rounded HALF_EVEN as
     * the engine rounds them) give the engine's result.
     */
    @Test
    void evaluate_wide_thresholds_and_fractional_shares_give_the_engines_notices_and_exclusions() {
        qt().withExamples(200).forAll(BulkDunningGen.scenarios(BulkDunningGen.Shape.WIDE))
                .checkAssert(BulkDunningTest::assertEngineResult);
    }

    private static void assertEngineResult(BulkDunningGen.Scenario s) {
        DunningProposal expected = s.engine.propose(s.accounts, s.history, List.of(), s.asOf);
        BulkDunningInput input = BulkDunningInput.from(s.accounts, s.history, s.asOf, s.engine.getPromiseGraceDays());
        for (int parts : new int[] {1, 2}) {
            BulkDunningResult r = BulkDunning.evaluate(input, s.policy, parts);
            assertEquals(expected.getNotices(), r.toNotices(), "notices, parts " + parts);
            assertEquals(keys(expected.getExclusions()), keys(r), "exclusions, parts " + parts);
            assertEquals(expected.getNotices().size(), r.proposedCount());
        }
    }

    @Test
    void evaluate_in_any_number_of_ranges_gives_one_result() {
        qt().withExamples(100).forAll(BulkDunningGen.scenarios()).checkAssert(s -> {
            BulkDunningInput input = BulkDunningInput.from(s.accounts, s.history, s.asOf, 0);
            BulkDunningResult one = BulkDunning.evaluate(input, s.policy, 1);
            BulkDunningResult many = BulkDunning.evaluate(input, s.policy, 4096);
            BulkDunningResult auto = BulkDunning.evaluate(input, s.policy);
            assertEquals(keys(one), keys(many));
            assertEquals(keys(one), keys(auto));
            for (int i = 0; i < input.getItems().size(); i++) {
                assertEquals(one.itemLevel(i), many.itemLevel(i));
                assertEquals(one.itemPreviousLevel(i), many.itemPreviousLevel(i));
                assertEquals(one.itemGate(i), many.itemGate(i));
            }
            assertEquals(one.toNotices(), many.toNotices());
        });
    }

    /**
     * Reminder from 1 day, letter from 15, agency from 30 (as the Odoo and Tryton follow-up levels),
     * one step per run: on 2024-05-20 C-1's item due 2024-05-01 (19 days) rises from level 1 to 2 while
     * its item due 2024-05-18 (2 days) joins the notice at level 1; C-2's item is not yet due; C-3's
     * item reached the hand-off already.
     */
    @Test
    void evaluate_worked_example_of_three_levels() {
        LeveledPolicy policy = LeveledPolicy.builder().name("standard")
                .addLevels(DunningLevel.of(1, ActionKind.REMINDER_EMAIL), DunningLevel.of(15, ActionKind.LETTER),
                        DunningLevel.of(30, ActionKind.AGENCY_HANDOFF)).build();
        LocalDate asOf = LocalDate.parse("2024-05-20");
        List<DunningAccount> accounts = List.of(
                account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"),
                        item("C-1", "INV-2", "2024-05-18", "EUR 50.00")),
                account("C-2", item("C-2", "INV-3", "2024-05-25", "EUR 70.00")),
                accountOf("C-3", item("C-3", "INV-4", "2024-03-01", "EUR 10.00")).build());
        DunningHistory history = DunningHistory.of(List.of(
                DunningRecord.builder().customerId(cust("C-1")).ref(ref("INV-1")).level(1)
                        .date(LocalDate.parse("2024-05-05")).build(),
                DunningRecord.builder().customerId(cust("C-3")).ref(ref("INV-4")).level(3)
                        .date(LocalDate.parse("2024-04-10")).build()));
        BulkDunningResult r = BulkDunning.evaluate(BulkDunningInput.from(accounts, history, asOf, 0), policy, 2);

        assertEquals(1, r.proposedCount());
        assertEquals(0, r.noticeCustomer(0));
        assertEquals(2, r.noticeLevel(0));
        assertEquals(15_000L, r.noticeTotalMinor(0));
        assertEquals(2, r.itemLevel(0));
        assertEquals(1, r.itemPreviousLevel(0));
        assertEquals(1, r.itemLevel(1));
        assertEquals(Optional.of(Gate.NOT_YET_DUE_PLUS_GRACE), r.itemGate(2));
        assertEquals(Optional.of(Gate.FINAL_STAGE), r.itemGate(3));
        assertEquals(List.of(ActionKind.LETTER), r.toNotices().get(0).getActions());
        assertEquals(Money.parse("EUR 150.00"), r.toNotices().get(0).getTotal());
        DunningProposal engine = DunningEngine.builder().policy(policy).build()
                .propose(accounts, history, List.of(), asOf);
        assertEquals(engine.getNotices(), r.toNotices());
        assertTrue(r.toString().contains("proposed=1"), r.toString());
    }

    /** Plain values over columns: the builder's state gives the same gates as the history it stands for. */
    @Test
    void evaluate_from_plain_values() {
        LeveledPolicy policy = LeveledPolicy.builder().name("p").minimumDaysBetweenNotices(7)
                .addLevels(DunningLevel.of(1, ActionKind.REMINDER_EMAIL), DunningLevel.of(10, ActionKind.LETTER))
                .build();
        LocalDate asOf = LocalDate.parse("2024-05-20");
        OpenItemColumns columns = OpenItemColumns.builder()
                .addItem(cust("A"), org.joda.money.CurrencyUnit.EUR, asOf.minusDays(60).toEpochDay(),
                        asOf.minusDays(30).toEpochDay(), 1000, false)
                .addItem(cust("B"), org.joda.money.CurrencyUnit.EUR, asOf.minusDays(60).toEpochDay(),
                        asOf.minusDays(30).toEpochDay(), 1000, false)
                .addItem(cust("C"), org.joda.money.CurrencyUnit.EUR, asOf.minusDays(60).toEpochDay(),
                        asOf.minusDays(30).toEpochDay(), 1000, false)
                .build();
        BulkDunningInput input = BulkDunningInput.builder(columns, asOf)
                .itemLevel(0, 1).customerLevel(0, 1).lastNoticeEpochDay(0, asOf.minusDays(3).toEpochDay())
                .itemLevel(1, 1).dunnedToday(1).lastNoticeEpochDay(1, asOf.toEpochDay())
                .customerOnHold(2).build();
        BulkDunningResult r = BulkDunning.evaluate(input, policy, 1);
        assertEquals(Optional.of(Gate.INTERVAL_NOT_ELAPSED), r.itemGate(0));
        assertEquals(Optional.of(Gate.INTERVAL_NOT_ELAPSED), r.noticeGate(0));
        assertEquals(Optional.of(Gate.LEVEL_ALREADY_REACHED), r.itemGate(1));
        assertEquals(Optional.of(Gate.ON_HOLD), r.customerGate(2));
        assertEquals(0, r.proposedCount());
        assertEquals(Optional.empty(), input.getItemRef(0));
    }

    /**
     * The minimum amount and the minimum share are met at exactly the amount: EUR 100.00 against a
     * EUR 100.00 minimum is sent, EUR 99.99 is not; 50% of an open balance of EUR 200.00 is met by a
     * notice of EUR 100.00 (the other item not yet due), not by EUR 99.99.
     */
    @Test
    void evaluate_minimum_amount_and_share_at_the_boundary() {
        LocalDate asOf = LocalDate.parse("2024-05-20");
        LeveledPolicy byAmount = LeveledPolicy.builder().name("amount").addLevels(DunningLevel.builder()
                .daysPastDue(1).addActions(ActionKind.LETTER).minimumAmount(Money.parse("EUR 100.00")).build()).build();
        LeveledPolicy byShare = LeveledPolicy.builder().name("share").addLevels(DunningLevel.builder()
                .daysPastDue(1).addActions(ActionKind.LETTER)
                .minimumShare(org.receivables.core.money.Percentage.of(50)).build()).build();
        for (LeveledPolicy policy : List.of(byAmount, byShare)) {
            List<DunningAccount> accounts = List.of(
                    account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"),
                            item("C-1", "INV-2", "2024-05-30", "EUR 100.00")),
                    account("C-2", item("C-2", "INV-3", "2024-05-01", "EUR 99.99"),
                            item("C-2", "INV-4", "2024-05-30", "EUR 100.01")));
            BulkDunningResult r = BulkDunning.evaluate(BulkDunningInput.from(accounts, DunningHistory.empty(), asOf, 0),
                    policy, 1);
            assertEquals(2, r.noticeCount(), policy.getName());
            assertTrue(r.isProposed(0), policy.getName());
            assertEquals(Optional.of(Gate.BELOW_MINIMUM), r.noticeGate(1), policy.getName());
            DunningProposal engine = DunningEngine.builder().policy(policy).build()
                    .propose(accounts, DunningHistory.empty(), List.of(), asOf);
            assertEquals(engine.getNotices(), r.toNotices());
            assertEquals(keys(engine.getExclusions()), keys(r));
        }
    }

    /**
     * A minimum share of 50% of an odd open balance is a tie at half a minor unit, rounded HALF_EVEN as
     * {@code Percentage.applyTo} rounds it: of EUR 2.01 it is EUR 1.00 (100.5 cents to the even 100),
     * met by a notice of EUR 1.00; of EUR 2.03 it is EUR 1.02 (101.5 cents to the even 102), not met
     * by a notice of EUR 1.01.
     */
    @Test
    void evaluate_minimum_share_rounds_half_even_at_the_tie() {
        LocalDate asOf = LocalDate.parse("2024-05-20");
        LeveledPolicy policy = LeveledPolicy.builder().name("share").addLevels(DunningLevel.builder()
                .daysPastDue(1).addActions(ActionKind.LETTER)
                .minimumShare(org.receivables.core.money.Percentage.of(50)).build()).build();
        List<DunningAccount> accounts = List.of(
                account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 1.00"),
                        item("C-1", "INV-2", "2024-05-30", "EUR 1.01")),
                account("C-2", item("C-2", "INV-3", "2024-05-01", "EUR 1.01"),
                        item("C-2", "INV-4", "2024-05-30", "EUR 1.02")));
        BulkDunningResult r = BulkDunning.evaluate(BulkDunningInput.from(accounts, DunningHistory.empty(), asOf, 0),
                policy, 1);
        assertEquals(2, r.noticeCount());
        assertTrue(r.isProposed(0));
        assertEquals(100L, r.noticeTotalMinor(0));
        assertEquals(Optional.of(Gate.BELOW_MINIMUM), r.noticeGate(1));
        assertEquals(Optional.of(Gate.BELOW_MINIMUM), r.itemGate(2));
        DunningProposal engine = DunningEngine.builder().policy(policy).build()
                .propose(accounts, DunningHistory.empty(), List.of(), asOf);
        assertEquals(engine.getNotices(), r.toNotices());
        assertEquals(keys(engine.getExclusions()), keys(r));
    }
}
