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
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.document.PromiseId;
import org.receivables.core.document.PromiseToPay;
import org.receivables.core.item.OpenItem;
import org.receivables.core.money.Percentage;
import org.receivables.dunning.AccountBlock;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningEngine;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.DunningProposal;
import org.receivables.dunning.DunningRecord;
import org.receivables.dunning.PaymentPlan;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;

/**
 * Generators for the bulk dunning path: {@link EngineGen#policies()} without fees (the bulk path
 * refuses them) and with minimum amounts in any test currency and minimum shares; accounts with at
 * least one item each (the columns hold customers with items), at most one block and one promise;
 * a history of earlier runs executed, sometimes a run on the date itself, and sometimes a stray
 * record above the policy's last level.
 */
public final class BulkDunningGen {

    private BulkDunningGen() {
    }

    /** A generated scenario for the bulk path. */
    public static final class Scenario {
        public final LeveledPolicy policy;
        public final DunningEngine engine;
        public final List<DunningAccount> accounts;
        public final DunningHistory history;
        public final LocalDate asOf;

        Scenario(LeveledPolicy policy, DunningEngine engine, List<DunningAccount> accounts, DunningHistory history,
                LocalDate asOf) {
            this.policy = policy;
            this.engine = engine;
            this.accounts = accounts;
            this.history = history;
            this.asOf = asOf;
        }

        @Override
        public String toString() {
            return "Scenario{asOf=" + asOf + ", promiseGrace=" + engine.getPromiseGraceDays() + ", policy=" + policy
                    + ", accounts=" + accounts + ", history=" + history + "}";
        }
    }

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return between(in, 1, 100) <= percent;
    }

    /** Leveled policies the bulk path takes: no fee, interest or compensation. */
    public static Gen<LeveledPolicy> policies() {
        return policies(Shape.MIXED);
    }

    /**
     * Leveled policies the bulk path takes, of a shape: with {@link Shape#WIDE} minimum shares with
     * two decimals (0.01% to 100.00%) and a last level thousands of days after the others.
     */
    static Gen<LeveledPolicy> policies(Shape shape) {
        return in -> {
            LeveledPolicy base = EngineGen.policies().generate(in);
            List<DunningLevel> levels = new ArrayList<>();
            for (DunningLevel level : base.getLevels()) {
                DunningLevel.Builder b = DunningLevel.builder().from(level).fee(Optional.empty());
                if (chance(in, 15)) {
                    CurrencyUnit cur = EngineGen.CURRENCIES.get(between(in, 0, EngineGen.CURRENCIES.size() - 1));
                    b.minimumAmount(Money.ofMinor(cur, between(in, 1, 150_000)));
                }
                if (chance(in, 15)) {
                    b.minimumShare(shape == Shape.WIDE
                            ? Percentage.of(java.math.BigDecimal.valueOf(between(in, 1, 10_000), 2))
                            : Percentage.of(between(in, 1, 100)));
                }
                levels.add(b.build());
            }
            if (shape == Shape.WIDE) {
                int last = levels.size() - 1;
                DunningLevel l = levels.get(last);
                levels.set(last, DunningLevel.builder().from(l).daysPastDue(l.getDaysPastDue() + between(in, 4_100, 6_000))
                        .build());
            }
            return LeveledPolicy.builder().from(base).levels(levels).build();
        };
    }

    /** The shapes of generated scenarios. */
    public enum Shape {
        /** Each item in a random test currency, so most customers with several items have several currencies. */
        MIXED,
        /** Most customers in one currency (the usual portfolio), the others mixed. */
        SINGLE_CURRENCY,
        /**
         * As {@link #SINGLE_CURRENCY}, with policies of {@link #policies(Shape)} whose thresholds span
         * thousands of days, and items up to 6,000 days past due.
         */
        WIDE
    }

    /** Whole scenarios: policy, engine without contact caps, accounts, history, date. */
    public static Gen<Scenario> scenarios() {
        return scenarios(Shape.MIXED);
    }

    /**
     * Whole scenarios of a shape: policy, engine without contact caps, accounts, history, date.
     *
     * @param shape the shape; {@link Shape#MIXED} is {@link #scenarios()}
     * @return the generator
     */
    public static Gen<Scenario> scenarios(Shape shape) {
        return in -> {
            LocalDate asOf = LocalDate.of(2024, 1, 1).plusDays(between(in, 0, 1000));
            LeveledPolicy policy = policies(shape).generate(in);
            DunningEngine engine = DunningEngine.builder().policy(policy).promiseGraceDays(between(in, 0, 3)).build();
            int customers = between(in, 1, 6);
            List<DunningAccount> accounts = new ArrayList<>();
            for (int c = 1; c <= customers; c++) {
                String id = "C-" + c;
                DunningAccount.Builder ab = DunningAccount.builder().customerId(Fixtures.cust(id))
                        .kind(CustomerKind.BUSINESS);
                int items = between(in, 1, 6);
                CurrencyUnit only = shape != Shape.MIXED && chance(in, 80)
                        ? EngineGen.CURRENCIES.get(between(in, 0, EngineGen.CURRENCIES.size() - 1)) : null;
                for (int i = 1; i <= items; i++) {
                    CurrencyUnit cur = EngineGen.CURRENCIES.get(between(in, 0, EngineGen.CURRENCIES.size() - 1));
                    if (only != null) {
                        cur = only;
                    }
                    Money amount = Money.ofMinor(cur, between(in, 1, 200_000));
                    LocalDate due = asOf.minusDays(between(in, -15, shape == Shape.WIDE && chance(in, 50) ? 6_000 : 90));
                    // refs out of order on purpose: the engine and the bulk input sort them
                    OpenItem item = Fixtures.item(id, "INV-" + c + "-" + (items - i + 1), due, amount, chance(in, 15));
                    ab.addOpenItems(item);
                }
                if (chance(in, 15)) {
                    LocalDate made = asOf.minusDays(between(in, -3, 20));
                    ab.addPromises(PromiseToPay.builder().id(PromiseId.of("P-" + c)).customerId(Fixtures.cust(id))
                            .madeDate(made).promisedDate(made.plusDays(between(in, 0, 20)))
                            .amount(Money.parse("EUR 10.00")).build());
                }
                if (chance(in, 10)) {
                    LocalDate from = asOf.minusDays(between(in, -5, 20));
                    Optional<LocalDate> until = chance(in, 50) ? Optional.of(from.plusDays(between(in, 0, 20)))
                            : Optional.empty();
                    ab.addBlocks(AccountBlock.of("generated block", from, until));
                }
                if (chance(in, 15)) {
                    LocalDate agreed = asOf.minusDays(between(in, -5, 40));
                    List<org.receivables.core.terms.Instalment> instalments = new ArrayList<>();
                    int count = between(in, 1, 3);
                    for (int k = 1; k <= count; k++) {
                        instalments.add(org.receivables.core.terms.Instalment.builder().number(k)
                                .dueDate(agreed.plusDays(15L * k)).amount(Money.parse("EUR 100.00")).build());
                    }
                    ab.addPaymentPlans(PaymentPlan.builder().reference("PP-" + c)
                            .agreedDate(agreed).addItems(Fixtures.ref("INV-" + c + "-1"))
                            .schedule(org.receivables.core.terms.DueSchedule.of(instalments))
                            .paid(Money.ofMinor(CurrencyUnit.EUR, 10_000L * between(in, 0, count)))
                            .graceDays(between(in, 0, 3)).build());
                }
                accounts.add(ab.build());
            }
            DunningHistory history = DunningHistory.empty();
            List<Integer> back = new ArrayList<>();
            int runs = between(in, 0, 5);
            for (int r = 0; r < runs; r++) {
                back.add(between(in, 1, 60));
            }
            back.sort((a, b) -> b - a);
            for (int offset : back.stream().distinct().toList()) {
                DunningProposal p = engine.propose(accounts, history, List.of(), asOf.minusDays(offset));
                history = history.plus(p.toRecords());
            }
            if (chance(in, 15)) { // executed on the date already: nothing rises twice in a day
                history = history.plus(engine.propose(accounts, history, List.of(), asOf).toRecords());
            }
            if (chance(in, 10)) { // a record above the policy's last level, or after the date
                int c = between(in, 1, customers);
                history = history.plus(List.of(DunningRecord.builder().customerId(Fixtures.cust("C-" + c))
                        .ref(Fixtures.ref("INV-" + c + "-1")).level(between(in, 1, policy.getLevels().size() + 1))
                        .date(asOf.minusDays(between(in, -3, 30))).build()));
            }
            return new Scenario(policy, engine, List.copyOf(accounts), history, asOf);
        };
    }
}
