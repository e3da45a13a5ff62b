package org.receivables.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.receivables.core.customer.ContactChannel;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.PromiseToPay;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.dunning.spi.DunningPolicy;
import org.receivables.dunning.spi.PolicyOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dunning engine: from customers' accounts, the dunning history, the contact log and a date it
 * proposes notices, and it sends nothing.
 *
 * <p>For each customer, in customer-id order, the engine applies the holds every policy shares, then
 * asks the customer's policy, then the contact caps:
 * <ol>
 * <li>an account block active on the date puts the customer {@link Gate#ON_HOLD on hold} until the
 *     block ends;
 * <li>a promise to pay made on or before the date pauses the customer until the promised date plus
 *     the promise grace days; after that the promise is broken and dunning resumes;
 * <li>disputed items, and the items of a {@link PaymentPlan} kept on the date, are left out, each
 *     reported {@link Gate#ON_HOLD on hold};
 * <li>the {@link PolicyRouter} picks the policy, which proposes notices and reports the items it
 *     left out; a policy that throws, or proposes an item that is not in scope or a level below the
 *     item's recorded level, is reported as
 *     {@link Gate#POLICY_FAILED} with its name, and the run goes on;
 * <li>a notice whose contact would break a {@link ContactCap} is left out as
 *     {@link Gate#CONTACT_CAP_REACHED}; notices earlier in the same run count towards the cap.
 * </ol>
 *
 * <pre>
 *   DunningEngine engine = DunningEngine.builder()
 *       .policy(LeveledPolicy.builder().name("standard")
 *           .addLevels(DunningLevel.of(1, ActionKind.REMINDER_EMAIL), DunningLevel.of(14, ActionKind.LETTER))
 *           .build())
 *       .addContactCaps(ContactCap.regulationFCallAttempts())
 *       .promiseGraceDays(3)
 *       .build();
 *   DunningProposal proposal = engine.propose(accounts, history, contactLog, LocalDate.parse("2024-05-02"));
 *   DunningForecast calendar = engine.forecast(accounts, history, contactLog, LocalDate.parse("2024-05-02"), 30);
 *   List&lt;WorklistEntry&gt; calls = engine.worklist(accounts, LocalDate.parse("2024-05-02"));
 * </pre>
 *
 * <p>Results do not depend on the order of the accounts, the history or the contact log. Decisions
 * are logged at DEBUG with customer ids only.
 *
 * <p>This class is immutable and thread-safe if its policies, router and scoring are.
 */
public final class DunningEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DunningEngine.class);

    /** The most days a forecast may span. */
    public static final int MAX_FORECAST_DAYS = 3660;

    private final PolicyRouter router;
    private final List<ContactCap> caps;
    private final int promiseGraceDays;
    private final CollectionScoring scoring;

    private DunningEngine(Builder builder) {
        this.router = builder.router;
        this.caps = List.copyOf(builder.caps);
        this.promiseGraceDays = builder.promiseGraceDays;
        this.scoring = builder.scoring;
    }

    /**
     * Creates a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the contact caps, in the order configured.
     *
     * @return the caps, not null
     */
    public List<ContactCap> getContactCaps() {
        return caps;
    }

    /**
     * Gets the days after a promised date during which the promise still pauses dunning.
     *
     * @return the grace days, 0 or more
     */
    public int getPromiseGraceDays() {
        return promiseGraceDays;
    }

    /**
     * Proposes the notices for a date.
     *
     * @param accounts the customers' accounts, one per customer, in any order, not null
     * @param history the executed dunning history, not null
     * @param contactLog the caller's contact log, in any order, not null
     * @param asOf the date of the run, not null
     * @return the proposal, not null
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if two accounts have the same customer id
     */
    public DunningProposal propose(Collection<DunningAccount> accounts, DunningHistory history,
            Collection<ContactAttempt> contactLog, LocalDate asOf) {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(contactLog, "contactLog");
        Objects.requireNonNull(asOf, "asOf");
        List<DunningAccount> sorted = sortedAccounts(accounts);
        Map<CustomerId, List<ContactAttempt>> logs = new HashMap<>();
        for (ContactAttempt attempt : contactLog) {
            Objects.requireNonNull(attempt, "contactLog element");
            logs.computeIfAbsent(attempt.getCustomerId(), k -> new ArrayList<>()).add(attempt);
        }
        DunningProposal.Builder proposal = DunningProposal.builder().asOf(asOf);
        for (DunningAccount account : sorted) {
            proposeFor(account, history, logs.getOrDefault(account.getCustomerId(), List.of()), asOf, proposal);
        }
        return proposal.build();
    }

    /**
     * Forecasts the dunning calendar for a number of days, assuming no payment arrives and every
     * proposal is executed as proposed: each day's notices are added to the history, and each of
     * their channels to the contact log as a delivered attempt, before the next day is proposed.
     *
     * @param accounts the customers' accounts, one per customer, not null
     * @param history the executed dunning history so far, not null
     * @param contactLog the contact log so far, not null
     * @param start the first day, not null
     * @param days the number of days, 0 to {@link #MAX_FORECAST_DAYS}
     * @return the forecast, not null
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if days is out of range or two accounts have the same customer id
     */
    public DunningForecast forecast(Collection<DunningAccount> accounts, DunningHistory history,
            Collection<ContactAttempt> contactLog, LocalDate start, int days) {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(contactLog, "contactLog");
        Objects.requireNonNull(start, "start");
        if (days < 0 || days > MAX_FORECAST_DAYS) {
            throw new IllegalArgumentException("days must be 0 to " + MAX_FORECAST_DAYS + ": " + days);
        }
        List<DunningAccount> sorted = sortedAccounts(accounts);
        List<ContactAttempt> log = new ArrayList<>(contactLog);
        DunningHistory executed = history;
        List<DunningProposal> proposals = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate date = start.plusDays(i);
            DunningProposal proposal = propose(sorted, executed, log, date);
            if (!proposal.getNotices().isEmpty()) {
                proposals.add(proposal);
                executed = executed.plus(proposal.toRecords());
                for (DunningNotice notice : proposal.getNotices()) {
                    for (ContactChannel channel : notice.getChannels()) {
                        log.add(ContactAttempt.of(notice.getCustomerId(), channel, date, ContactOutcome.DELIVERED));
                    }
                }
            }
        }
        return DunningForecast.of(start, days, proposals);
    }

    /**
     * Ranks the customers with an undisputed overdue item for a person to call, by the score of this
     * engine's {@link CollectionScoring}: highest score first, then customer id.
     *
     * @param accounts the customers' accounts, not null
     * @param asOf the date, not null
     * @return the worklist, not null
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if two accounts have the same customer id
     */
    public List<WorklistEntry> worklist(Collection<DunningAccount> accounts, LocalDate asOf) {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(asOf, "asOf");
        List<WorklistEntry> entries = new ArrayList<>();
        for (DunningAccount account : sortedAccounts(accounts)) {
            boolean overdue = account.getOpenItems().stream().anyMatch(i -> !i.isDisputed() && i.isOverdueOn(asOf));
            if (overdue) {
                WorklistEntry entry = WorklistEntry.of(account.getCustomerId(), scoring.score(account, asOf));
                LOG.debug("worklist customer {} score {}", account.getCustomerId(), entry.getScore());
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparing(WorklistEntry::getScore).reversed()
                .thenComparing(WorklistEntry::getCustomerId));
        return List.copyOf(entries);
    }

    private static List<DunningAccount> sortedAccounts(Collection<DunningAccount> accounts) {
        TreeMap<CustomerId, DunningAccount> byId = new TreeMap<>();
        for (DunningAccount account : accounts) {
            Objects.requireNonNull(account, "accounts element");
            if (byId.put(account.getCustomerId(), account) != null) {
                throw new IllegalArgumentException("accounts customerId " + account.getCustomerId() + " appears twice");
            }
        }
        return new ArrayList<>(byId.values());
    }

    private void proposeFor(DunningAccount account, DunningHistory history, List<ContactAttempt> log,
            LocalDate asOf, DunningProposal.Builder proposal) {
        CustomerId id = account.getCustomerId();
        // 1. account blocks
        List<AccountBlock> active = account.activeBlocks(asOf).stream()
                .sorted(Comparator.comparing(AccountBlock::getFirstDay).thenComparing(AccountBlock::getReason)).toList();
        if (!active.isEmpty()) {
            for (AccountBlock block : active) {
                proposal.addExclusions(exclusion(id, Gate.ON_HOLD, "account blocked from " + block.getFirstDay()
                        + block.getLastDay().map(u -> " until " + u).orElse(" with no end") + ": " + block.getReason()));
            }
            Optional<LocalDate> end = active.stream().allMatch(b -> b.getLastDay().isPresent())
                    ? active.stream().map(b -> b.getLastDay().get()).max(Comparator.naturalOrder()) : Optional.empty();
            end.ifPresent(e -> proposal.addNextChanges(NextChange.of(id, e.plusDays(1), "account block ends")));
            LOG.debug("customer {} on hold: account blocked", id);
            return;
        }
        // 2. promises to pay
        List<PromiseToPay> pending = account.pendingPromises(asOf, promiseGraceDays).stream()
                .sorted(Comparator.comparing(PromiseToPay::getPromisedDate).thenComparing(p -> p.getId().toString()))
                .toList();
        if (!pending.isEmpty()) {
            LocalDate end = pending.get(pending.size() - 1).getPromisedDate().plusDays(promiseGraceDays);
            for (PromiseToPay promise : pending) {
                proposal.addExclusions(exclusion(id, Gate.ON_HOLD, "promise to pay " + promise.getId() + " of "
                        + promise.getAmount() + " pending until " + promise.getPromisedDate() + " plus "
                        + promiseGraceDays + " grace days"));
            }
            proposal.addNextChanges(NextChange.of(id, end.plusDays(1), "promise to pay expires unkept"));
            LOG.debug("customer {} on hold: promise to pay pending until {}", id, end);
            return;
        }
        // 3. disputed items and items of a kept payment plan
        Map<ItemRef, PaymentPlan> planned = account.keptPlanItems(asOf);
        Optional<LocalDate> planBreaks = Optional.empty();
        List<OpenItem> inScope = new ArrayList<>();
        for (OpenItem item : sortedItems(account.getOpenItems())) {
            PaymentPlan plan = planned.get(item.getRef());
            if (plan != null) {
                proposal.addExclusions(Exclusion.builder().customerId(id).ref(item.getRef())
                        .currency(item.getCurrency()).gate(Gate.ON_HOLD)
                        .detail("item " + item.getRef() + " is in payment plan " + plan.getReference() + ", kept"
                                + plan.breaksOn().map(b -> " until " + b.minusDays(1) + " unless more is paid").orElse(""))
                        .build());
                LOG.debug("customer {} item {} on hold: payment plan kept", id, item.getRef());
                if (plan.breaksOn().isPresent()
                        && (planBreaks.isEmpty() || plan.breaksOn().get().isBefore(planBreaks.get()))) {
                    planBreaks = plan.breaksOn();
                }
            } else if (item.isDisputed()) {
                proposal.addExclusions(Exclusion.builder().customerId(id).ref(item.getRef())
                        .currency(item.getCurrency()).gate(Gate.ON_HOLD)
                        .detail("item " + item.getRef() + " is disputed").build());
                LOG.debug("customer {} item {} on hold: disputed", id, item.getRef());
            } else {
                inScope.add(item);
            }
        }
        DunningAccount scoped = account.withOpenItems(inScope);
        // 4. the policy
        String policyName = "router";
        PolicyOutcome outcome;
        try {
            DunningPolicy policy = Objects.requireNonNull(router.policyFor(account), "policy");
            policyName = String.valueOf(policy.getName());
            outcome = Objects.requireNonNull(policy.assess(scoped, history, asOf), "outcome");
            checkOutcome(outcome, scoped, history, asOf);
        } catch (RuntimeException e) {
            proposal.addExclusions(Exclusion.builder().customerId(id).gate(Gate.POLICY_FAILED)
                    .policyName(policyName).detail("policy '" + policyName + "' failed: "
                            + e.getClass().getSimpleName() + ": " + e.getMessage()).build());
            LOG.debug("customer {} policy {} failed", id, policyName, e);
            return;
        }
        proposal.addAllExclusions(outcome.getExclusions());
        for (Exclusion e : outcome.getExclusions()) {
            LOG.debug("customer {} {} left out by policy {}: {}", id, e.getRef().map(ItemRef::toString)
                    .or(() -> e.getCurrency().map(Object::toString)).orElse("account"), policyName, e.getGate());
        }
        Optional<LocalDate> next = outcome.getNextChange();
        String nextReason = outcome.getNextChangeReason();
        if (planBreaks.isPresent() && (next.isEmpty() || planBreaks.get().isBefore(next.get()))) {
            next = planBreaks;
            nextReason = "payment plan breaks unless an instalment is paid";
        }
        // 5. contact caps
        Map<ContactChannel, Integer> used = new EnumMap<>(ContactChannel.class);
        List<DunningNotice> notices = new ArrayList<>(outcome.getNotices());
        notices.sort(Comparator.comparing(n -> n.getCurrency().getCode()));
        for (DunningNotice notice : notices) {
            Optional<String> broken = Optional.empty();
            LocalDate capEnds = null;
            for (ContactChannel channel : notice.getChannels()) {
                for (ContactCap cap : caps) {
                    if (cap.getChannel() == channel && broken.isEmpty()) {
                        int count = cap.countIn(log, id, asOf) + used.getOrDefault(channel, 0);
                        Optional<LocalDate> quiet = cap.quietUntil(log, id, asOf);
                        if (quiet.isPresent()) {
                            broken = Optional.of(channel + " quiet for " + cap.getQuietDaysAfterConversation()
                                    + " days after a conversation, until " + quiet.get());
                            capEnds = quiet.get().plusDays(1);
                        } else if (count >= cap.getMaxAttempts()) {
                            broken = Optional.of(channel + " cap of " + cap.getMaxAttempts() + " in "
                                    + cap.getWindowDays() + " days reached with " + count + " attempts");
                            capEnds = oldestCounted(log, id, cap, asOf).plusDays(cap.getWindowDays());
                        }
                    }
                }
            }
            if (broken.isPresent()) {
                proposal.addExclusions(Exclusion.builder().customerId(id).currency(notice.getCurrency())
                        .gate(Gate.CONTACT_CAP_REACHED).policyName(notice.getPolicyName())
                        .detail("level " + notice.getLevel() + " notice held: " + broken.get()).build());
                LOG.debug("customer {} notice in {} held: contact cap", id, notice.getCurrency());
                if (next.isEmpty() || capEnds.isBefore(next.get())) {
                    next = Optional.of(capEnds);
                    nextReason = "contact cap window moves on";
                }
            } else {
                for (ContactChannel channel : notice.getChannels()) {
                    used.merge(channel, 1, Integer::sum);
                }
                proposal.addNotices(notice);
                LOG.debug("customer {} notice level {} in {} with {} items by policy {}; fees {}, interest {},"
                        + " compensation {}", id, notice.getLevel(), notice.getCurrency(), notice.getLines().size(),
                        notice.getPolicyName(), notice.getTotalFee().map(Object::toString).orElse("none"),
                        notice.getTotalInterest().map(Object::toString).orElse("none"),
                        notice.getTotalCompensation().map(Object::toString).orElse("none"));
            }
        }
        if (next.isPresent()) {
            proposal.addNextChanges(NextChange.of(id, next.get(), nextReason));
        }
    }

    private static LocalDate oldestCounted(List<ContactAttempt> log, CustomerId id, ContactCap cap, LocalDate asOf) {
        LocalDate first = asOf.minusDays(cap.getWindowDays() - 1L);
        return log.stream().filter(a -> a.getCustomerId().equals(id) && a.getChannel() == cap.getChannel()
                        && a.getOutcome().isCounted() && !a.getDate().isBefore(first) && !a.getDate().isAfter(asOf))
                .map(ContactAttempt::getDate).min(Comparator.naturalOrder()).orElse(asOf);
    }

    private static void checkOutcome(PolicyOutcome outcome, DunningAccount scoped, DunningHistory history,
            LocalDate asOf) {
        Set<ItemRef> refs = new HashSet<>();
        scoped.getOpenItems().forEach(i -> refs.add(i.getRef()));
        for (DunningNotice notice : outcome.getNotices()) {
            if (!notice.getCustomerId().equals(scoped.getCustomerId())) {
                throw new IllegalStateException("notice for customer " + notice.getCustomerId()
                        + " in the outcome for " + scoped.getCustomerId());
            }
            for (NoticeLine line : notice.getLines()) {
                if (!refs.contains(line.getRef())) {
                    throw new IllegalStateException("notice line " + line.getRef() + " is not an item in scope");
                }
                int recorded = history.levelOf(line.getRef(), asOf);
                if (line.getLevel() < recorded) {
                    throw new IllegalStateException("notice line " + line.getRef() + " level " + line.getLevel()
                            + " is below its recorded level " + recorded);
                }
            }
        }
    }

    private static List<OpenItem> sortedItems(List<OpenItem> items) {
        List<OpenItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(OpenItem::getRef));
        return sorted;
    }

    private static Exclusion exclusion(CustomerId id, Gate gate, String detail) {
        return Exclusion.builder().customerId(id).gate(gate).detail(detail).build();
    }

    /**
     * A builder of engines. A policy (or a router) is required; contact caps default to none, the
     * promise grace days to 0 and the scoring to {@link CollectionScoring#standard()}.
     */
    public static final class Builder {
        private PolicyRouter router;
        private final List<ContactCap> caps = new ArrayList<>();
        private int promiseGraceDays;
        private CollectionScoring scoring = CollectionScoring.standard();

        private Builder() {
        }

        /**
         * Sets one policy for every customer.
         *
         * @param policy the policy, not null
         * @return this builder
         * @throws NullPointerException if policy is null
         */
        public Builder policy(DunningPolicy policy) {
            this.router = PolicyRouter.single(policy);
            return this;
        }

        /**
         * Sets the router that picks each customer's policy.
         *
         * @param router the router, not null
         * @return this builder
         * @throws NullPointerException if router is null
         */
        public Builder router(PolicyRouter router) {
            this.router = Objects.requireNonNull(router, "router");
            return this;
        }

        /**
         * Adds contact caps.
         *
         * @param more the caps, not null, no null elements
         * @return this builder
         * @throws NullPointerException if more or an element is null
         */
        public Builder addContactCaps(ContactCap... more) {
            Objects.requireNonNull(more, "more");
            for (ContactCap cap : more) {
                caps.add(Objects.requireNonNull(cap, "more element"));
            }
            return this;
        }

        /**
         * Sets the days after a promised date during which the promise still pauses dunning.
         *
         * @param days the grace days, 0 or more
         * @return this builder
         * @throws IllegalArgumentException if days is negative
         */
        public Builder promiseGraceDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("promiseGraceDays must not be negative: " + days);
            }
            this.promiseGraceDays = days;
            return this;
        }

        /**
         * Sets the scoring of the collections worklist.
         *
         * @param scoring the scoring, not null
         * @return this builder
         * @throws NullPointerException if scoring is null
         */
        public Builder scoring(CollectionScoring scoring) {
            this.scoring = Objects.requireNonNull(scoring, "scoring");
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine, not null
         * @throws IllegalStateException if neither a policy nor a router was set
         */
        public DunningEngine build() {
            if (router == null) {
                throw new IllegalStateException("policy or router must be set");
            }
            return new DunningEngine(this);
        }
    }
}
