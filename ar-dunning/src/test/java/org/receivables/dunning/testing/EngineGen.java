package org.receivables.dunning.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.receivables.core.customer.ContactChannel;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.document.PromiseId;
import org.receivables.core.document.PromiseToPay;
import org.receivables.core.item.OpenItem;
import org.receivables.dunning.AccountBlock;
import org.receivables.dunning.ActionKind;
import org.receivables.dunning.ContactAttempt;
import org.receivables.dunning.ContactCap;
import org.receivables.dunning.ContactOutcome;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningEngine;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.DunningProposal;
import org.receivables.dunning.fee.FeeRule;
import org.receivables.core.money.Percentage;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;

/**
 * Generators of dunning scenarios, built constructively: a leveled policy, accounts of items with
 * due dates around the run date in currencies of 0, 2 and 3 decimals, disputes, promises, blocks,
 * a history made by executing earlier runs, a contact log and contact caps.
 */
public final class EngineGen {

    /** Currencies with 0, 2 and 3 decimal places. */
    public static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.of("JPY"), CurrencyUnit.EUR,
            CurrencyUnit.of("KWD"));

    private static final ActionKind[] CONTACT_ACTIONS = {ActionKind.REMINDER_EMAIL, ActionKind.LETTER,
        ActionKind.SMS, ActionKind.PHONE_CALL_TASK};

    private EngineGen() {
    }

    /** A generated scenario. */
    public static final class Scenario {
        public final LeveledPolicy policy;
        public final DunningEngine engine;
        public final List<DunningAccount> accounts;
        public final DunningHistory history;
        public final List<ContactAttempt> log;
        public final LocalDate asOf;
        public final long seed;

        Scenario(LeveledPolicy policy, DunningEngine engine, List<DunningAccount> accounts, DunningHistory history,
                List<ContactAttempt> log, LocalDate asOf, long seed) {
            this.policy = policy;
            this.engine = engine;
            this.accounts = accounts;
            this.history = history;
            this.log = log;
            this.asOf = asOf;
            this.seed = seed;
        }

        @Override
        public String toString() {
            return "Scenario{asOf=" + asOf + ", policy=" + policy + ", caps=" + engine.getContactCaps()
                    + ", accounts=" + accounts + ", history=" + history + ", log=" + log + "}";
        }
    }

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return between(in, 1, 100) <= percent;
    }

    /**
     * Leveled policies of 1 to 4 levels starting between 5 days before and 10 days after the due
     * date, 1 to 20 days apart, the last a hand-off one time in three, with grace, interval, jump
     * and keep options.
     */
    public static Gen<LeveledPolicy> policies() {
        return in -> {
            int n = between(in, 1, 4);
            LeveledPolicy.Builder b = LeveledPolicy.builder().name("gen");
            int days = between(in, -5, 10);
            for (int i = 0; i < n; i++) {
                DunningLevel.Builder level = DunningLevel.builder().daysPastDue(days);
                if (i == n - 1 && n > 1 && chance(in, 33)) {
                    level.addActions(ActionKind.AGENCY_HANDOFF);
                } else {
                    level.addActions(CONTACT_ACTIONS[between(in, 0, CONTACT_ACTIONS.length - 1)]);
                }
                if (chance(in, 30)) {
                    level.fee(chance(in, 50) ? FeeRule.fixed(Money.parse("EUR 5.00")) : FeeRule.percentage(Percentage.of(2)));
                    if (chance(in, 40)) {
                        level.feeBasis(org.receivables.dunning.fee.FeeBasis.PER_NOTICE);
                    }
                }
                if (chance(in, 15)) {
                    level.minimumAmount(Money.parse("EUR 20.00"));
                }
                b.addLevels(level.build());
                days += between(in, 1, 20);
            }
            return b.graceDays(between(in, 0, 5)).minimumDaysBetweenNotices(between(in, 0, 10))
                    .jumpToMatchingLevel(chance(in, 30)).keepLevelAfterPayment(chance(in, 20)).build();
        };
    }

    /**
     * Simple interest at a fixed rate of 0 to 12% from 2019 on, over one of the day counts, rate
     * fixings and roundings.
     */
    public static Gen<org.receivables.dunning.interest.SimpleInterest> interest() {
        return in -> org.receivables.dunning.interest.SimpleInterest.builder()
                .referenceRates(org.receivables.dunning.interest.RateTable.of(LocalDate.of(2019, 1, 1),
                        Percentage.of(java.math.BigDecimal.valueOf(between(in, 0, 1200), 2))))
                .margin(Percentage.of(between(in, 0, 9)))
                .dayCount(org.receivables.dunning.interest.DayCount.values()[between(in, 0,
                        org.receivables.dunning.interest.DayCount.values().length - 1)])
                .rateFixing(org.receivables.dunning.interest.RateFixing.values()[between(in, 0,
                        org.receivables.dunning.interest.RateFixing.values().length - 1)])
                .rounding(chance(in, 50) ? java.math.RoundingMode.HALF_EVEN : java.math.RoundingMode.CEILING)
                .build();
    }

    /**
     * {@link #policies()} that also charge interest (on the policy, on one level, or both) and a
     * compensation per late invoice (EUR 40, or the UK-like banded sums in EUR), each some of the time.
     */
    public static Gen<LeveledPolicy> chargingPolicies() {
        return in -> {
            LeveledPolicy base = policies().generate(in);
            LeveledPolicy.Builder b = LeveledPolicy.builder().from(base);
            if (chance(in, 50)) {
                b.interest(interest().generate(in));
            }
            if (chance(in, 25)) {
                List<DunningLevel> levels = new ArrayList<>(base.getLevels());
                int i = between(in, 0, levels.size() - 1);
                levels.set(i, DunningLevel.builder().from(levels.get(i)).interest(interest().generate(in)).build());
                b.levels(levels);
            }
            if (chance(in, 40)) {
                b.compensation(chance(in, 50) ? FeeRule.fixed(Money.parse("EUR 40.00"))
                        : org.receivables.dunning.fee.BandedFee.of(Money.parse("EUR 40.00"))
                                .withBand(Money.parse("EUR 1000.00"), Money.parse("EUR 70.00"))
                                .withBand(Money.parse("EUR 10000.00"), Money.parse("EUR 100.00")));
            }
            return b.build();
        };
    }

    /** Whole scenarios, with {@link #chargingPolicies()}. */
    public static Gen<Scenario> scenarios() {
        return in -> {
            LocalDate asOf = LocalDate.of(2024, 1, 1).plusDays(between(in, 0, 1000));
            LeveledPolicy policy = chargingPolicies().generate(in);
            DunningEngine.Builder eb = DunningEngine.builder().policy(policy).promiseGraceDays(between(in, 0, 3));
            int caps = between(in, 0, 2);
            for (int i = 0; i < caps; i++) {
                eb.addContactCaps(ContactCap.of(ContactChannel.values()[between(in, 0, 3)], between(in, 1, 3),
                        between(in, 1, 10), chance(in, 30) ? between(in, 1, 7) : 0));
            }
            DunningEngine engine = eb.build();
            int customers = between(in, 1, 4);
            List<DunningAccount> accounts = new ArrayList<>();
            List<ContactAttempt> log = new ArrayList<>();
            for (int c = 1; c <= customers; c++) {
                String id = "C-" + c;
                DunningAccount.Builder ab = DunningAccount.builder().customerId(Fixtures.cust(id))
                        .kind(chance(in, 50) ? CustomerKind.BUSINESS : CustomerKind.CONSUMER);
                int items = between(in, 0, 5);
                for (int i = 1; i <= items; i++) {
                    CurrencyUnit cur = CURRENCIES.get(between(in, 0, CURRENCIES.size() - 1));
                    Money amount = Money.ofMinor(cur, between(in, 1, 200_000));
                    LocalDate due = asOf.minusDays(between(in, -15, 90));
                    OpenItem item = Fixtures.item(id, "INV-" + c + "-" + i, due, amount, chance(in, 20));
                    ab.addOpenItems(item);
                }
                if (chance(in, 20)) {
                    LocalDate made = asOf.minusDays(between(in, 0, 20));
                    ab.addPromises(PromiseToPay.builder().id(PromiseId.of("P-" + c)).customerId(Fixtures.cust(id))
                            .madeDate(made).promisedDate(made.plusDays(between(in, 0, 20)))
                            .amount(Money.parse("EUR 10.00")).build());
                }
                if (chance(in, 10)) {
                    LocalDate from = asOf.minusDays(between(in, -5, 20));
                    Optional<LocalDate> until = chance(in, 50) ? Optional.of(from.plusDays(between(in, 0, 20))) : Optional.empty();
                    ab.addBlocks(AccountBlock.of("generated block", from, until));
                }
                if (items > 0 && chance(in, 15)) {
                    LocalDate agreed = asOf.minusDays(between(in, 0, 40));
                    List<org.receivables.core.terms.Instalment> instalments = new ArrayList<>();
                    int count = between(in, 1, 3);
                    for (int k = 1; k <= count; k++) {
                        instalments.add(org.receivables.core.terms.Instalment.builder().number(k)
                                .dueDate(agreed.plusDays(15L * k)).amount(Money.parse("EUR 100.00")).build());
                    }
                    ab.addPaymentPlans(org.receivables.dunning.PaymentPlan.builder().reference("PP-" + c)
                            .agreedDate(agreed).addItems(Fixtures.ref("INV-" + c + "-1"))
                            .schedule(org.receivables.core.terms.DueSchedule.of(instalments))
                            .paid(Money.ofMinor(CurrencyUnit.EUR, 10_000L * between(in, 0, count)))
                            .graceDays(between(in, 0, 3)).build());
                }
                accounts.add(ab.build());
                int attempts = between(in, 0, 6);
                for (int a = 0; a < attempts; a++) {
                    log.add(ContactAttempt.of(Fixtures.cust(id), ContactChannel.values()[between(in, 0, 3)],
                            asOf.minusDays(between(in, 1, 12)), ContactOutcome.values()[between(in, 0, ContactOutcome.values().length - 1)]));
                }
            }
            // the history: earlier runs executed in full, oldest first
            DunningHistory history = DunningHistory.empty();
            int runs = between(in, 0, 4);
            List<Integer> back = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                back.add(between(in, 1, 60));
            }
            back.sort((a, b) -> b - a);
            for (int offset : back.stream().distinct().toList()) {
                DunningProposal p = engine.propose(accounts, history, log, asOf.minusDays(offset));
                history = history.plus(p.toRecords());
                log.addAll(Fixtures.attemptsOf(p));
            }
            long seed = integers().allPositive().generate(in);
            return new Scenario(policy, engine, List.copyOf(accounts), history, List.copyOf(log), asOf, seed);
        };
    }
}
