package org.receivables.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.dunning.testing.EngineGen;
import org.receivables.dunning.testing.EngineGen.Scenario;
import org.receivables.dunning.testing.Fixtures;

/** Properties of the engine with the leveled policy over generated scenarios. */
class DunningPropertiesTest {

    private static List<ContactAttempt> plus(List<ContactAttempt> log, DunningProposal p) {
        List<ContactAttempt> all = new ArrayList<>(log);
        all.addAll(Fixtures.attemptsOf(p));
        return all;
    }

    // ---- propose: idempotence ----

    @Test
    void recording_a_run_and_running_again_for_the_same_date_proposes_nothing_new() {
        qt().forAll(EngineGen.scenarios()).checkAssert(s -> {
            DunningProposal p = s.engine.propose(s.accounts, s.history, s.log, s.asOf);
            DunningHistory recorded = s.history.plus(p.toRecords());
            DunningProposal again = s.engine.propose(s.accounts, recorded, plus(s.log, p), s.asOf);
            assertEquals(List.of(), again.getNotices(), s.toString());
        });
    }

    // ---- propose: holds ----

    @Test
    void disputed_held_and_planned_items_never_appear_in_a_notice() {
        qt().forAll(EngineGen.scenarios()).checkAssert(s -> {
            DunningProposal p = s.engine.propose(s.accounts, s.history, s.log, s.asOf);
            Set<ItemRef> disputed = new HashSet<>();
            Set<CustomerId> held = new HashSet<>();
            for (DunningAccount a : s.accounts) {
                a.getOpenItems().stream().filter(OpenItem::isDisputed).forEach(i -> disputed.add(i.getRef()));
                a.getPaymentPlans().stream().filter(pl -> pl.isKeptOn(s.asOf)).forEach(pl -> disputed.addAll(pl.getItems()));
                boolean blocked = a.getBlocks().stream().anyMatch(b -> b.isActiveOn(s.asOf));
                boolean promised = a.getPromises().stream().anyMatch(pr -> !pr.getMadeDate().isAfter(s.asOf)
                        && !pr.getPromisedDate().plusDays(s.engine.getPromiseGraceDays()).isBefore(s.asOf));
                if (blocked || promised) {
                    held.add(a.getCustomerId());
                }
            }
            for (DunningNotice n : p.getNotices()) {
                assertFalse(held.contains(n.getCustomerId()), s.toString());
                for (NoticeLine line : n.getLines()) {
                    assertFalse(disputed.contains(line.getRef()), s.toString());
                }
            }
        });
    }

    // ---- propose: contact caps ----

    @Test
    void no_proposal_breaks_a_contact_cap() {
        qt().forAll(EngineGen.scenarios()).checkAssert(s -> {
            DunningProposal p = s.engine.propose(s.accounts, s.history, s.log, s.asOf);
            List<ContactAttempt> after = plus(s.log, p);
            for (ContactCap cap : s.engine.getContactCaps()) {
                for (DunningAccount a : s.accounts) {
                    assertTrue(cap.countIn(after, a.getCustomerId(), s.asOf) <= Math.max(cap.getMaxAttempts(),
                            cap.countIn(s.log, a.getCustomerId(), s.asOf)), s.toString());
                    boolean proposedOnChannel = p.getNotices().stream().anyMatch(n -> n.getCustomerId()
                            .equals(a.getCustomerId()) && n.getChannels().contains(cap.getChannel()));
                    if (proposedOnChannel) {
                        assertTrue(cap.countIn(after, a.getCustomerId(), s.asOf) <= cap.getMaxAttempts(), s.toString());
                        assertTrue(cap.quietUntil(s.log, a.getCustomerId(), s.asOf).isEmpty(), s.toString());
                    }
                }
            }
        });
    }

    // ---- propose: levels over a sequence of runs ----

    /** Thirty days of executed runs: no item's level drops, and without jumping it rises one step at a time. */
    @Test
    void levels_never_drop_and_rise_one_step_per_run_unless_jumping() {
        qt().withExamples(40).forAll(EngineGen.scenarios()).checkAssert(s -> {
            DunningHistory h = s.history;
            List<ContactAttempt> log = new ArrayList<>(s.log);
            Map<ItemRef, Integer> reached = new HashMap<>();
            for (DunningRecord r : h.getRecords()) {
                reached.merge(r.getRef(), r.getLevel(), Math::max);
            }
            for (int day = 0; day < 30; day++) {
                LocalDate date = s.asOf.plusDays(day);
                DunningProposal p = s.engine.propose(s.accounts, h, log, date);
                for (DunningNotice n : p.getNotices()) {
                    for (NoticeLine line : n.getLines()) {
                        int before = reached.getOrDefault(line.getRef(), 0);
                        assertTrue(line.getLevel() >= before, s + " line " + line);
                        assertTrue(line.getPreviousLevel() >= before, s + " line " + line);
                        if (!s.policy.isJumpToMatchingLevel()) {
                            assertTrue(line.getLevel() - line.getPreviousLevel() <= 1, s + " line " + line);
                        }
                        reached.put(line.getRef(), line.getLevel());
                    }
                }
                h = h.plus(p.toRecords());
                log.addAll(Fixtures.attemptsOf(p));
            }
            // a fee at most once per item and level
            Map<String, Integer> fees = new HashMap<>();
            for (DunningRecord r : h.getRecords()) {
                if (r.getFee().isPresent()) {
                    fees.merge(r.getRef() + "@" + r.getLevel(), 1, Integer::sum);
                }
            }
            fees.forEach((k, v) -> assertEquals(1, v, s + " fee " + k));
        });
    }

    // ---- propose: order independence ----

    @Test
    void results_do_not_depend_on_input_order() {
        qt().forAll(EngineGen.scenarios()).checkAssert(s -> {
            Random random = new Random(s.seed);
            List<DunningAccount> accounts = new ArrayList<>();
            for (DunningAccount a : s.accounts) {
                List<OpenItem> items = new ArrayList<>(a.getOpenItems());
                Collections.shuffle(items, random);
                accounts.add(a.withOpenItems(items));
            }
            Collections.shuffle(accounts, random);
            List<DunningRecord> records = new ArrayList<>(s.history.getRecords());
            Collections.shuffle(records, random);
            List<ContactAttempt> log = new ArrayList<>(s.log);
            Collections.shuffle(log, random);
            DunningProposal expected = s.engine.propose(s.accounts, s.history, s.log, s.asOf);
            DunningProposal shuffled = s.engine.propose(accounts, DunningHistory.of(records), log, s.asOf);
            assertEquals(expected, shuffled, s.toString());
            assertEquals(s.engine.worklist(s.accounts, s.asOf), s.engine.worklist(accounts, s.asOf));
        });
    }
}
