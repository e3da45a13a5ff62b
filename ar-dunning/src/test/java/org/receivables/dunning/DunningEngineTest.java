package org.receivables.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.dunning.testing.Fixtures.account;
import static org.receivables.dunning.testing.Fixtures.accountOf;
import static org.receivables.dunning.testing.Fixtures.cust;
import static org.receivables.dunning.testing.Fixtures.item;
import static org.receivables.dunning.testing.Fixtures.ref;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.ContactChannel;
import org.receivables.core.document.PromiseId;
import org.receivables.core.document.PromiseToPay;
import org.joda.money.Money;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;
import org.receivables.dunning.spi.DunningPolicies;

/** The engine around the policy: contact caps, proposal edits, forecast, worklist, plugin failures. */
class DunningEngineTest {

    private static final LeveledPolicy POLICY = LeveledPolicy.builder().name("standard")
            .addLevels(DunningLevel.of(1, ActionKind.REMINDER_EMAIL))
            .addLevels(DunningLevel.of(15, ActionKind.LETTER, ActionKind.PHONE_CALL_TASK))
            .addLevels(DunningLevel.of(30, ActionKind.LEGAL_HANDOFF))
            .build();

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    // ---- propose: contact caps ----

    /**
     * Regulation F presumes harassment above seven call attempts in seven consecutive days
     * (12 CFR 1006.14(b)(2), https://www.ecfr.gov/current/title-12/chapter-X/part-1006/subpart-B/section-1006.14).
     * Seven counted calls in the window hold the notice; calls not connected do not count.
     */
    @Test
    void contact_cap_holds_a_notice_whose_call_would_break_it() {
        DunningEngine engine = DunningEngine.builder().policy(POLICY)
                .addContactCaps(ContactCap.regulationFCallAttempts()).build();
        DunningHistory h = DunningHistory.of(List.of(DunningRecord.builder().customerId(cust("C-1"))
                .ref(ref("INV-1")).level(1).date(d("2024-05-02")).build()));
        DunningAccount acc = account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"));
        List<ContactAttempt> log = new java.util.ArrayList<>();
        for (int day = 10; day <= 16; day++) {
            log.add(ContactAttempt.of(cust("C-1"), ContactChannel.PHONE, d("2024-05-" + day), ContactOutcome.DELIVERED));
        }
        DunningProposal held = engine.propose(List.of(acc), h, log, d("2024-05-16"));
        assertTrue(held.getNotices().isEmpty());
        assertEquals(Gate.CONTACT_CAP_REACHED, held.getExclusions().get(0).getGate());
        assertEquals(d("2024-05-17"), held.getNextChange(cust("C-1")).get().getDate());

        log.set(0, ContactAttempt.of(cust("C-1"), ContactChannel.PHONE, d("2024-05-10"), ContactOutcome.NOT_CONNECTED));
        assertEquals(1, engine.propose(List.of(acc), h, log, d("2024-05-16")).getNotices().size());
        log.set(0, ContactAttempt.of(cust("C-1"), ContactChannel.PHONE, d("2024-05-10"), ContactOutcome.CONSENTED));
        assertEquals(1, engine.propose(List.of(acc), h, log, d("2024-05-16")).getNotices().size());
        log.set(0, ContactAttempt.of(cust("C-1"), ContactChannel.PHONE, d("2024-05-09"), ContactOutcome.DELIVERED));
        assertEquals(1, engine.propose(List.of(acc), h, log, d("2024-05-16")).getNotices().size(),
                "an attempt eight days back is outside the window");
    }

    /**
     * Regulation F's second rule: after a telephone conversation on May 10th (day one), no call until
     * May 17th; an e-mail is not held back by a phone cap.
     */
    @Test
    void no_call_in_the_seven_days_after_a_conversation() {
        DunningEngine engine = DunningEngine.builder().policy(POLICY)
                .addContactCaps(ContactCap.regulationFCallAttempts()).build();
        DunningHistory h = DunningHistory.of(List.of(DunningRecord.builder().customerId(cust("C-1"))
                .ref(ref("INV-1")).level(1).date(d("2024-05-02")).build()));
        DunningAccount acc = account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"));
        List<ContactAttempt> log = List.of(
                ContactAttempt.of(cust("C-1"), ContactChannel.PHONE, d("2024-05-10"), ContactOutcome.CONVERSATION));
        DunningProposal quiet = engine.propose(List.of(acc), h, log, d("2024-05-16"));
        assertTrue(quiet.getNotices().isEmpty());
        assertEquals(Gate.CONTACT_CAP_REACHED, quiet.getExclusions().get(0).getGate());
        assertEquals(d("2024-05-17"), quiet.getNextChange(cust("C-1")).get().getDate());
        assertEquals(1, engine.propose(List.of(acc), h, log, d("2024-05-17")).getNotices().size());
        DunningAccount fresh = account("C-1", item("C-1", "INV-1", "2024-05-14", "EUR 100.00"));
        assertEquals(1, engine.propose(List.of(fresh), DunningHistory.empty(), log, d("2024-05-16")).getNotices().size(),
                "the level-1 e-mail is not a call");
    }

    /** Two currencies in one run: the second e-mail counts against a cap of one e-mail a day. */
    @Test
    void contact_cap_counts_notices_of_the_same_run() {
        DunningEngine engine = DunningEngine.builder().policy(POLICY)
                .addContactCaps(ContactCap.of(ContactChannel.EMAIL, 1, 1)).build();
        DunningAccount acc = account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"),
                item("C-1", "INV-2", "2024-05-01", "USD 100.00"));
        DunningProposal p = engine.propose(List.of(acc), DunningHistory.empty(), List.of(), d("2024-05-03"));
        assertEquals(1, p.getNotices().size());
        assertEquals("EUR", p.getNotices().get(0).getCurrency().getCode());
        assertEquals(Gate.CONTACT_CAP_REACHED, p.getExclusions().get(0).getGate());
        assertEquals(Optional.of(org.joda.money.CurrencyUnit.USD), p.getExclusions().get(0).getCurrency());
    }

    // ---- proposal edits ----

    @Test
    void the_caller_edits_the_proposal_before_recording_it() {
        DunningEngine engine = DunningEngine.builder().policy(POLICY).build();
        List<DunningAccount> accounts = List.of(
                account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"), item("C-1", "INV-2", "2024-05-01", "EUR 20.00")),
                account("C-2", item("C-2", "INV-3", "2024-05-01", "EUR 30.00")));
        DunningProposal p = engine.propose(accounts, DunningHistory.empty(), List.of(), d("2024-05-03"));
        assertEquals(2, p.getNotices().size());

        DunningProposal edited = p.withoutCustomer(cust("C-2")).withoutItem(ref("INV-2")).withItemLevel(ref("INV-1"), 2);
        assertEquals(1, edited.getNotices().size());
        assertEquals(2, edited.getNotices().get(0).getLevel());
        List<DunningRecord> records = edited.toRecords();
        assertEquals(1, records.size());
        assertEquals(ref("INV-1"), records.get(0).getRef());
        assertEquals(2, records.get(0).getLevel());
        assertEquals(d("2024-05-03"), records.get(0).getDate());
        assertEquals(2, DunningHistory.empty().plus(records).levelOf(ref("INV-1"), d("2024-05-03")));
        assertTrue(p.withoutItem(ref("INV-3")).getNotices().stream().noneMatch(n -> n.getCustomerId().equals(cust("C-2"))),
                "a notice left with no line is dropped");
    }

    // ---- forecast ----

    /** An item due May 1st with levels at 1, 15 and 30 days: notices on May 2nd, 16th and 31st, then frozen. */
    @Test
    void forecast_is_the_calendar_when_nothing_is_paid() {
        DunningEngine engine = DunningEngine.builder().policy(POLICY).build();
        DunningAccount acc = account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"));
        DunningForecast f = engine.forecast(List.of(acc), DunningHistory.empty(), List.of(), d("2024-05-01"), 60);
        assertEquals(List.of(d("2024-05-02"), d("2024-05-16"), d("2024-05-31")),
                f.getProposals().stream().map(DunningProposal::getAsOf).toList());
        assertEquals(List.of(1, 2, 3), f.getProposals().stream().map(p -> p.getNotices().get(0).getLevel()).toList());
        assertEquals(1, f.getNotices(d("2024-05-16")).size());
        assertTrue(f.getNotices(d("2024-05-17")).isEmpty());
    }

    // ---- worklist ----

    /**
     * Standard scoring: EUR 1500.00 overdue (15.00), oldest 45 days (45.00), one broken promise
     * (20.00), 10 days late on average (5.00) gives 85.00.
     */
    @Test
    void worklist_ranks_by_explained_score_then_customer_id() {
        DunningEngine engine = DunningEngine.builder().policy(POLICY).build();
        LocalDate asOf = d("2024-06-15");
        PromiseToPay broken = PromiseToPay.builder().id(PromiseId.of("P-1")).customerId(cust("C-3"))
                .madeDate(d("2024-05-20")).promisedDate(d("2024-05-31")).amount(Money.parse("EUR 500.00")).build();
        DunningAccount c3 = accountOf("C-3", item("C-3", "INV-1", "2024-05-01", "EUR 1000.00"),
                item("C-3", "INV-2", "2024-06-01", "EUR 500.00")).addPromises(broken)
                .averageDaysLate(new BigDecimal("10")).build();
        DunningAccount c1 = account("C-1", item("C-1", "INV-3", "2024-06-05", "EUR 100.00"));
        DunningAccount c2 = account("C-2", item("C-2", "INV-4", "2024-06-05", "EUR 100.00"));
        DunningAccount current = account("C-4", item("C-4", "INV-5", "2024-07-01", "EUR 9999.00"));
        List<WorklistEntry> list = engine.worklist(List.of(c2, current, c1, c3), asOf);
        assertEquals(List.of(cust("C-3"), cust("C-1"), cust("C-2")), list.stream().map(WorklistEntry::getCustomerId).toList());
        WorklistEntry top = list.get(0);
        assertEquals(0, new BigDecimal("85.00").compareTo(top.getScore()), top.toString());
        assertEquals(List.of("overdue amount", "days past due", "broken promises", "payment behaviour"),
                top.getParts().stream().map(ScorePart::getName).toList());
        assertEquals(0, new BigDecimal("15.00").compareTo(top.getParts().get(0).getPoints()));
        assertEquals(0, new BigDecimal("20.00").compareTo(top.getParts().get(2).getPoints()));
    }

    @Test
    void worklist_scoring_is_pluggable() {
        CollectionScoring byDays = (account, asOf) -> List.of(ScorePart.of("items", BigDecimal.valueOf(
                account.getOpenItems().size()), "count"));
        DunningEngine engine = DunningEngine.builder().policy(POLICY).scoring(byDays).build();
        List<WorklistEntry> list = engine.worklist(List.of(
                account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 1000.00")),
                account("C-2", item("C-2", "INV-2", "2024-05-01", "EUR 1.00"), item("C-2", "INV-3", "2024-05-01", "EUR 1.00"))),
                d("2024-06-01"));
        assertEquals(cust("C-2"), list.get(0).getCustomerId());
    }

    // ---- plugins ----

    @Test
    void plugins_are_found_by_name_on_the_class_path() {
        assertTrue(DunningPolicies.names().containsAll(List.of("test-exploding", "test-gentle")), DunningPolicies.names().toString());
        assertEquals("test-gentle", DunningPolicies.byName("test-gentle").getName());
    }

    /** A plugin that throws is reported with its name; the other customer's notice is still proposed. */
    @Test
    void a_failing_plugin_is_reported_and_the_run_completes() {
        DunningEngine engine = DunningEngine.builder().router(PolicyRouter.bySegment(
                Map.of(org.receivables.core.customer.CustomerSegment.of("X"), DunningPolicies.byName("test-exploding")),
                DunningPolicies.byName("test-gentle"))).build();
        DunningAccount bad = accountOf("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"))
                .segment(org.receivables.core.customer.CustomerSegment.of("X")).build();
        DunningAccount good = account("C-2", item("C-2", "INV-2", "2024-05-01", "EUR 100.00"));
        DunningProposal p = engine.propose(List.of(bad, good), DunningHistory.empty(), List.of(), d("2024-05-05"));
        assertEquals(1, p.getNotices().size());
        assertEquals(cust("C-2"), p.getNotices().get(0).getCustomerId());
        Exclusion failure = p.getExclusions(cust("C-1")).get(0);
        assertEquals(Gate.POLICY_FAILED, failure.getGate());
        assertEquals(Optional.of("test-exploding"), failure.getPolicyName());
        assertTrue(failure.getDetail().contains("boom for C-1"), failure.getDetail());
    }

    /** A plugin breaking its contract (a disputed item, a level below the recorded one) is reported, not obeyed. */
    @Test
    void a_plugin_breaking_its_contract_is_reported_as_failed() {
        org.receivables.dunning.spi.DunningPolicy rogue = new org.receivables.dunning.spi.DunningPolicy() {
            @Override
            public String getName() {
                return "rogue";
            }

            @Override
            public org.receivables.dunning.spi.PolicyOutcome assess(DunningAccount account, DunningHistory history, LocalDate asOf) {
                String invoice = account.getCustomerId().toString().equals("C-1") ? "INV-9" : "INV-2";
                return org.receivables.dunning.spi.PolicyOutcome.builder().addNotices(DunningNotice.builder()
                        .customerId(account.getCustomerId()).currency(org.joda.money.CurrencyUnit.EUR).policyName("rogue")
                        .addLines(NoticeLine.builder().ref(ref(invoice)).dueDate(d("2024-05-01")).daysPastDue(4)
                                .openAmount(Money.parse("EUR 1.00")).previousLevel(1).level(1).rule("rogue").build())
                        .build()).build();
            }
        };
        DunningEngine engine = DunningEngine.builder().policy(rogue).build();
        DunningAccount c1 = account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00"),
                org.receivables.dunning.testing.Fixtures.disputed("C-1", "INV-9", "2024-05-01", "EUR 1.00"));
        DunningAccount c2 = account("C-2", item("C-2", "INV-2", "2024-05-01", "EUR 1.00"));
        DunningHistory h = DunningHistory.of(List.of(DunningRecord.builder().customerId(cust("C-2")).ref(ref("INV-2"))
                .level(2).date(d("2024-05-03")).build()));
        DunningProposal p = engine.propose(List.of(c1, c2), h, List.of(), d("2024-05-05"));
        assertTrue(p.getNotices().isEmpty(), p.toString());
        Exclusion f1 = p.getExclusions(cust("C-1")).stream().filter(e -> e.getGate() == Gate.POLICY_FAILED).findFirst().get();
        assertTrue(f1.getDetail().contains("INV-9#1 is not an item in scope"), f1.getDetail());
        Exclusion f2 = p.getExclusions(cust("C-2")).get(0);
        assertEquals(Gate.POLICY_FAILED, f2.getGate());
        assertTrue(f2.getDetail().contains("below its recorded level 2"), f2.getDetail());
    }

    // ---- propose: payment plans ----

    private static PaymentPlan plan(String paid) {
        return PaymentPlan.builder().reference("PP-1").agreedDate(d("2024-06-01")).addItems(ref("INV-1"))
                .schedule(org.receivables.core.terms.DueSchedule.of(List.of(
                        org.receivables.core.terms.Instalment.builder().number(1).dueDate(d("2024-06-15"))
                                .amount(Money.parse("EUR 300.00")).build(),
                        org.receivables.core.terms.Instalment.builder().number(2).dueDate(d("2024-07-15"))
                                .amount(Money.parse("EUR 300.00")).build())))
                .paid(Money.parse(paid)).graceDays(3).build();
    }

    /**
     * A plan of two EUR 300.00 instalments (June 15th, July 15th, 3 grace days) for INV-1: with the
     * first paid, dunning is held until July 18th and resumes on July 19th at the next level; with
     * nothing paid it resumes on June 19th. Other items of the customer are dunned as usual.
     */
    @Test
    void a_kept_payment_plan_holds_its_items_and_a_missed_instalment_resumes_dunning() {
        DunningEngine engine = DunningEngine.builder().policy(POLICY).build();
        DunningHistory h = DunningHistory.of(List.of(DunningRecord.builder().customerId(cust("C-1")).ref(ref("INV-1"))
                .level(1).date(d("2024-05-02")).build()));
        DunningAccount kept = accountOf("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 600.00"))
                .addPaymentPlans(plan("EUR 300.00")).build();
        DunningProposal held = engine.propose(List.of(kept), h, List.of(), d("2024-07-18"));
        assertTrue(held.getNotices().isEmpty());
        assertEquals(Gate.ON_HOLD, held.getExclusions().get(0).getGate());
        assertTrue(held.getExclusions().get(0).getDetail().contains("PP-1"));
        assertEquals(d("2024-07-19"), held.getNextChange(cust("C-1")).get().getDate());
        DunningProposal resumed = engine.propose(List.of(kept), h, List.of(), d("2024-07-19"));
        assertEquals(2, resumed.getNotices().get(0).getLevel());

        DunningAccount missed = accountOf("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 600.00"),
                item("C-1", "INV-2", "2024-06-10", "EUR 50.00")).addPaymentPlans(plan("EUR 0.00")).build();
        DunningProposal june18 = engine.propose(List.of(missed), h, List.of(), d("2024-06-18"));
        assertEquals(List.of(ref("INV-2")), june18.getNotices().get(0).getLines().stream().map(NoticeLine::getRef).toList());
        DunningProposal june19 = engine.propose(List.of(missed), h.plus(june18.toRecords()), List.of(), d("2024-06-19"));
        assertEquals(ref("INV-1"), june19.getNotices().get(0).getLines().get(0).getRef());
        assertEquals(2, june19.getNotices().get(0).getLines().get(0).getLevel());

        DunningAccount before = accountOf("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 600.00"))
                .addPaymentPlans(plan("EUR 600.00")).build();
        assertEquals(1, engine.propose(List.of(before), h, List.of(), d("2024-05-31")).getNotices().size(),
                "a plan holds nothing back before it is agreed");
        assertTrue(engine.propose(List.of(before), h, List.of(), d("2025-01-01")).getNotices().isEmpty(),
                "a plan paid in full is kept for good");
    }
}
