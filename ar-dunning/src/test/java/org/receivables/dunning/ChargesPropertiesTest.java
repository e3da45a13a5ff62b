package org.receivables.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.ChargePosted;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.dunning.interest.InterestCalculation;
import org.receivables.dunning.interest.InterestCalculator;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;
import org.receivables.dunning.testing.DunningGen;
import org.receivables.dunning.testing.EngineGen;
import org.receivables.dunning.testing.Fixtures;

/** Properties of fees, interest and compensation on notices and as ledger charges, over generated scenarios. */
class ChargesPropertiesTest {

    private static List<ContactAttempt> plus(List<ContactAttempt> log, DunningProposal p) {
        List<ContactAttempt> all = new ArrayList<>(log);
        all.addAll(Fixtures.attemptsOf(p));
        return all;
    }

    // ---- propose: idempotence of charges ----

    /** Recording a run and running again for the same date charges no fee, interest or compensation again. */
    @Test
    void recording_a_run_and_running_again_the_same_day_charges_nothing_new() {
        qt().forAll(EngineGen.scenarios()).checkAssert(s -> {
            DunningProposal p = s.engine.propose(s.accounts, s.history, s.log, s.asOf);
            DunningHistory recorded = s.history.plus(p.toRecords());
            DunningProposal again = s.engine.propose(s.accounts, recorded, plus(s.log, p), s.asOf);
            assertEquals(List.of(), again.toCharges(), s.toString());
            for (DunningNotice n : again.getNotices()) {
                assertEquals(Optional.empty(), n.getTotalFee(), s.toString());
                assertEquals(Optional.empty(), n.getTotalInterest(), s.toString());
                assertEquals(Optional.empty(), n.getTotalCompensation(), s.toString());
            }
        });
    }

    // ---- forecast: nothing charged twice ----

    /**
     * Over 60 days of executed runs: no fee twice for an item and level, no notice fee twice for a
     * customer, currency and level, no compensation twice for an invoice, no day of interest twice for
     * an item, and every charge id distinct.
     */
    @Test
    void no_fee_interest_day_or_compensation_is_charged_twice_over_many_runs() {
        qt().withExamples(60).forAll(EngineGen.scenarios()).checkAssert(s -> {
            DunningForecast forecast = s.engine.forecast(s.accounts, s.history, s.log, s.asOf, 60);
            List<DunningRecord> records = new ArrayList<>(s.history.getRecords());
            Set<String> chargeIds = new HashSet<>();
            Map<Object, LocalDate> interestThrough = new HashMap<>();
            for (DunningRecord r : s.history.getRecords()) {
                r.getInterestThrough().ifPresent(t -> interestThrough.merge(r.getRef(), t, (a, b) -> a.isAfter(b) ? a : b));
            }
            for (DunningProposal p : forecast.getProposals()) {
                records.addAll(p.toRecords());
                for (ChargePosted c : p.toCharges()) {
                    assertTrue(chargeIds.add(c.getChargeId().getValue()), c.getChargeId() + " twice in " + s);
                }
                for (DunningNotice n : p.getNotices()) {
                    for (NoticeLine l : n.getLines()) {
                        if (l.getInterestCalculation().isPresent()) {
                            InterestCalculation calc = l.getInterestCalculation().get();
                            LocalDate before = interestThrough.get(l.getRef());
                            assertTrue(before == null || !calc.getStartExclusive().isBefore(before),
                                    l.getRef() + " interest from " + calc.getStartExclusive() + " overlaps " + before + " in " + s);
                            interestThrough.put(l.getRef(), calc.getEndInclusive());
                        }
                    }
                }
            }
            Set<String> fees = new HashSet<>();
            Set<String> noticeFees = new HashSet<>();
            Set<String> compensations = new HashSet<>();
            for (DunningRecord r : records) {
                if (r.getFee().isPresent()) {
                    assertTrue(fees.add(r.getRef() + "@" + r.getLevel()), "fee twice for " + r + " in " + s);
                }
                if (r.getNoticeFee().isPresent()) {
                    assertTrue(noticeFees.add(r.getCustomerId() + "/" + r.getNoticeFee().get().getCurrencyUnit()
                            + "@" + r.getLevel()), "notice fee twice: " + r + " in " + s);
                }
                if (r.getCompensation().isPresent()) {
                    assertTrue(compensations.add(r.getCustomerId() + "/" + r.getRef().getInvoiceId()),
                            "compensation twice: " + r + " in " + s);
                }
            }
        });
    }

    // ---- propose: interest adds up over runs ----

    /**
     * An item due on D0 dunned on d1 &lt; d2 &lt; d3 (levels at 1, 11 and 21 days, one step per run)
     * bears, over the three notices, the interest of one notice on d3 with no history, within one
     * minor unit per run.
     */
    @Test
    void interest_over_several_runs_equals_one_run_within_one_minor_unit_per_run() {
        Gen<CurrencyUnit> currencies = DunningGen.currencies();
        Gen<InterestCalculator> calculators = DunningGen.calculators(DunningGen.nonNegativeRates()).map(c -> c);
        Gen<LocalDate> dues = DunningGen.dates().map(d -> d.isAfter(DunningGen.WINDOW_END.minusDays(200))
                ? d.minusDays(200) : d);
        Gen<Integer> offsets = integers().between(0, 9);
        qt().forAll(currencies.flatMap(c -> DunningGen.money(c, 1, 100_000_000L)), calculators, dues,
                offsets.zip(offsets, integers().between(0, 100), (a, b, c) -> new int[] {a, b, c}))
                .checkAssert((principal, calc, due, o) -> {
                    LeveledPolicy policy = LeveledPolicy.builder().name("three")
                            .addLevels(DunningLevel.of(1, ActionKind.LETTER), DunningLevel.of(11, ActionKind.LETTER),
                                    DunningLevel.of(21, ActionKind.LETTER))
                            .interest(calc).build();
                    DunningEngine engine = DunningEngine.builder().policy(policy).build();
                    OpenItem item = Fixtures.item("C-1", "I-1", due, principal, false);
                    List<DunningAccount> accounts = List.of(Fixtures.account("C-1", item));
                    LocalDate[] runs = {due.plusDays(1L + o[0]), due.plusDays(11L + o[1]), due.plusDays(21L + o[2])};
                    DunningHistory h = DunningHistory.empty();
                    Money split = Money.zero(principal.getCurrencyUnit());
                    for (LocalDate run : runs) {
                        DunningProposal p = engine.propose(accounts, h, List.of(), run);
                        assertEquals(1, p.getNotices().size(), "a notice on " + run);
                        split = split.plus(p.getNotices().get(0).getTotalInterest().orElse(split.withAmount(0)));
                        h = h.plus(p.toRecords());
                    }
                    Money whole = engine.propose(accounts, DunningHistory.empty(), List.of(), runs[2]).getNotices().get(0)
                            .getTotalInterest().orElse(split.withAmount(0));
                    long diff = Math.abs(split.getAmountMinorLong() - whole.getAmountMinorLong());
                    assertTrue(diff <= runs.length, "split " + split + " whole " + whole + " for " + calc);
                });
    }

    // ---- toCharges: posting twice ----

    /** Posting a proposal's charges to each customer's ledger twice leaves the ledger as after once. */
    @Test
    void posting_the_charges_twice_leaves_the_ledger_unchanged() {
        qt().forAll(EngineGen.scenarios()).checkAssert(s -> {
            DunningProposal p = s.engine.propose(s.accounts, s.history, s.log, s.asOf);
            Map<CustomerId, CustomerLedger> once = new HashMap<>();
            for (ChargePosted c : p.toCharges()) {
                once.merge(c.getCustomerId(), CustomerLedger.empty(c.getCustomerId()).withEvent(c), (l, x) -> l.withEvent(c));
            }
            for (Map.Entry<CustomerId, CustomerLedger> e : once.entrySet()) {
                CustomerLedger twice = e.getValue();
                for (ChargePosted c : p.toCharges()) {
                    if (c.getCustomerId().equals(e.getKey())) {
                        twice = twice.withEvent(c);
                    }
                }
                assertEquals(e.getValue(), twice, s.toString());
                long charges = p.toCharges().stream().filter(c -> c.getCustomerId().equals(e.getKey())).count();
                assertEquals(charges, twice.asOf(s.asOf).getOpenItems().size(), "every charge is its own open item");
            }
            assertFalse(p.toCharges().stream().anyMatch(c -> !c.getPostedDate().equals(s.asOf)), s.toString());
        });
    }
}
