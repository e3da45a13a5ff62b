package org.receivables.dunning.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemKind;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.DunningNotice;
import org.receivables.dunning.Exclusion;
import org.receivables.dunning.Gate;
import org.receivables.dunning.NoticeLine;
import org.receivables.dunning.fee.FeeBasis;
import org.receivables.dunning.fee.FeeRule;
import org.receivables.dunning.interest.InterestCalculation;
import org.receivables.dunning.interest.InterestCalculator;
import org.receivables.dunning.interest.LatePaymentRule;
import org.receivables.dunning.spi.DunningPolicy;
import org.receivables.dunning.spi.PolicyOutcome;

/**
 * The built-in dunning policy: numbered levels reached by days past due, as ERP follow-up modules
 * know them.
 *
 * <p>The rules, for each open item in scope on the run date D:
 * <ul>
 * <li>The item's current level is the highest level the history records for it (0 if none); with
 *     {@linkplain #isKeepLevelAfterPayment() keep level after payment}, an item never dunned starts
 *     at the highest level the customer ever reached instead, so paying everything does not reset it.
 * <li>Level n (1-based, in order) matches when the item's days past due reach the level's days,
 *     plus the grace days for levels of 1 day or more. Below the first match the item is left out as
 *     {@link Gate#NOT_YET_DUE_PLUS_GRACE}.
 * <li>An item rises one level per run: to its current level plus one, and only if it was not dunned
 *     on D already; with {@linkplain #isJumpToMatchingLevel() jump}, straight to the highest matching
 *     level. It never drops.
 * <li>An item at a final-stage level is left out as {@link Gate#FINAL_STAGE}.
 * </ul>
 * For each currency, if at least one item rises, one notice gathers every item at level 1 or more,
 * at the highest item level, with that level's actions and, for the rising items, the level's fee
 * (at most once per item and level); a level whose fee is charged
 * {@linkplain FeeBasis#PER_NOTICE per notice} charges it on the notice total instead, at most once
 * per customer, currency and level. The notice is held back as {@link Gate#BELOW_MINIMUM} when its
 * total is below the level's minimum amount or minimum share of the customer's open balance in that
 * currency, and as {@link Gate#INTERVAL_NOT_ELAPSED} when fewer than the minimum days between notices
 * have passed since the customer's last notice. When no item rises, each item at a level is
 * reported as {@link Gate#LEVEL_ALREADY_REACHED}.
 *
 * <p><b>Interest and compensation.</b> On every line of a notice whose item is an overdue principal
 * item (never on fee or interest charges: no interest on interest), with the interest calculator of
 * the line's level, or else the policy's {@linkplain #getInterest() calculator}: interest on the
 * item's open amount on D for the days after its due date, or after the last day the history records
 * interest charged for it ({@link DunningHistory#interestChargedThrough}), up to and including D.
 * Running again charges only the days not yet charged: interest over [a, c] is the interest charged
 * over [a, b] plus the interest over [b, c], within one minor unit per run. The
 * {@linkplain #getCompensation() compensation} (such as the EUR 40 of the EU rule) is charged once
 * per late invoice, on the line of its first overdue principal item in the notice, on the total open
 * amount of the invoice's overdue lines, unless the history records it. Like fees, interest and
 * compensation are proposed only with a notice and only when positive; a rule holding amounts in
 * another currency than the items (a EUR 40 compensation on GBP items) charges nothing. A calculator
 * that cannot compute (rates unknown for the period) fails the policy for the customer, which the
 * engine reports.
 *
 * <pre>
 *   LeveledPolicy policy = LeveledPolicy.builder().name("standard")
 *       .addLevels(DunningLevel.of(-3, ActionKind.REMINDER_EMAIL))
 *       .addLevels(DunningLevel.builder().daysPastDue(14).addActions(ActionKind.LETTER)
 *           .fee(FeeRule.fixed(Money.parse("EUR 5.00"))).build())
 *       .addLevels(DunningLevel.of(45, ActionKind.AGENCY_HANDOFF))
 *       .graceDays(3).minimumDaysBetweenNotices(7)
 *       .build();
 *   // an item due 2024-05-01: reminder from 2024-04-28, letter from 2024-05-18 (14 + 3 grace),
 *   // hand-off from 2024-06-18 (45 + 3), each one level per run and at least 7 days apart
 *
 *   LeveledPolicy statutory = LeveledPolicy.builder().name("statutory")
 *       .addLevels(DunningLevel.of(1, ActionKind.LETTER))
 *       .latePaymentRule(LatePaymentRules.germanyBgb288(basiszinssatz, CustomerKind.BUSINESS))
 *       .build();
 *   // each notice line of an overdue invoice shows interest at Basiszinssatz + 9 points since the
 *   // due date or the last interest charged, and the first notice of an invoice its EUR 40
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LeveledPolicy implements DunningPolicy {

    LeveledPolicy() {
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
     * Gets the policy's name.
     *
     * @return the name, not blank
     */
    @Override
    public abstract String getName();

    /**
     * Gets the levels, by ascending days past due; level 1 is the first.
     *
     * @return the levels, at least one, not null
     */
    public abstract List<DunningLevel> getLevels();

    /**
     * Gets the grace days added to the days of every level of 1 day past due or more.
     *
     * @return the grace days, 0 or more; 0 by default
     */
    @Value.Default
    public int getGraceDays() {
        return 0;
    }

    /**
     * Gets the fewest days between two notices to a customer.
     *
     * @return the days, 0 or more; 0 by default
     */
    @Value.Default
    public int getMinimumDaysBetweenNotices() {
        return 0;
    }

    /**
     * Checks whether items jump straight to their highest matching level instead of one step per run.
     *
     * @return true to jump; false by default
     */
    @Value.Default
    public boolean isJumpToMatchingLevel() {
        return false;
    }

    /**
     * Checks whether a customer keeps its level after paying every overdue item, so that new items
     * start at it, instead of starting again from level 1.
     *
     * @return true to keep the level; false (reset) by default
     */
    @Value.Default
    public boolean isKeepLevelAfterPayment() {
        return false;
    }

    /**
     * Gets the interest calculator for overdue items at levels that carry none of their own.
     *
     * @return the calculator, or empty for no interest
     */
    public abstract Optional<InterestCalculator> getInterest();

    /**
     * Gets the rule of the fixed compensation charged once per late invoice, on its overdue amount,
     * such as the EUR 40 of the EU Late Payment Directive or the UK fixed sums by debt size.
     *
     * @return the compensation rule, or empty for none
     */
    public abstract Optional<FeeRule> getCompensation();

    /**
     * Gets the interest calculator for items at a level: the level's own, or else the policy's.
     *
     * @param level the level number, 1 to the number of levels
     * @return the calculator, or empty for no interest at the level
     * @throws IllegalArgumentException if level is out of range
     */
    public Optional<InterestCalculator> interestAt(int level) {
        if (level < 1 || level > getLevels().size()) {
            throw new IllegalArgumentException("level must be 1 to " + getLevels().size() + ": " + level);
        }
        return getLevels().get(level - 1).getInterest().or(this::getInterest);
    }

    /**
     * Gets the days past due from which an item matches a level, grace days included.
     *
     * @param level the level number, 1 to the number of levels
     * @return the days past due
     * @throws IllegalArgumentException if level is out of range
     */
    public int thresholdOf(int level) {
        if (level < 1 || level > getLevels().size()) {
            throw new IllegalArgumentException("level must be 1 to " + getLevels().size() + ": " + level);
        }
        int days = getLevels().get(level - 1).getDaysPastDue();
        return days >= 1 ? days + getGraceDays() : days;
    }

    /**
     * Gets the highest level an item matches by its days past due.
     *
     * @param daysPastDue the item's days past due
     * @return the level, 0 if none matches
     */
    public int matchingLevel(long daysPastDue) {
        int matched = 0;
        for (int level = 1; level <= getLevels().size(); level++) {
            if (daysPastDue >= thresholdOf(level)) {
                matched = level;
            }
        }
        return matched;
    }

    /**
     * Parses the plain-text description of a policy, as {@link #toString()} prints it. One statement
     * per line; blank lines and text after {@code #} are ignored:
     * <pre>
     *   policy standard                      # required: the name
     *   grace 3 days                         # optional, 0 by default
     *   interval 7 days                      # optional: minimum days between notices
     *   jump to matching level               # optional
     *   keep level after payment             # optional
     *   level -3: REMINDER_EMAIL             # one line per level, in order
     *   level 14: LETTER, PHONE_CALL_TASK fee EUR 5.00 minimum EUR 10.00 share 10%
     *   level 30: LETTER fee 1.5% feemin EUR 5.00 feemax EUR 100.00
     *   level 40: LETTER fee EUR 10.00 per notice   # a fee once per notice (FeeBasis.PER_NOTICE)
     *   level 45: AGENCY_HANDOFF
     * </pre>
     * Action names are those of {@link org.receivables.dunning.ActionKind}, in any case. A fee is
     * fixed ({@code fee EUR 5.00}, a {@link FeeRule#fixed(Money)}) or a percentage with an optional
     * minimum and maximum (a {@link org.receivables.dunning.fee.PercentageFee}, rounded half-even),
     * charged per item unless followed by {@code per notice}. Interest calculators and compensation
     * have no text form: {@link #toString()} prints them as {@code interest ...} and
     * {@code compensation ...} lines, which do not parse.
     *
     * @param text the description, not null
     * @return the policy, not null
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if a line cannot be read (the message gives its number and text)
     *     or the policy it describes is invalid
     */
    public static LeveledPolicy parse(CharSequence text) {
        return PolicyText.parse(text);
    }

    /**
     * Returns the plain-text description of this policy, which {@link #parse(CharSequence)} reads back
     * to an equal policy, provided its fee rules are fixed or half-even percentage fees (other rules
     * print their own description, which does not parse).
     *
     * @return the description, one statement per line, not null
     */
    @Override
    public String toString() {
        return PolicyText.print(this);
    }

    @Override
    public PolicyOutcome assess(DunningAccount account, DunningHistory history, LocalDate asOf) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(asOf, "asOf");
        CustomerId id = account.getCustomerId();
        int inherited = isKeepLevelAfterPayment() ? Math.min(history.customerLevel(id, asOf), getLevels().size()) : 0;
        TreeMap<String, List<OpenItem>> byCurrency = new TreeMap<>();
        for (OpenItem item : account.getOpenItems()) {
            byCurrency.computeIfAbsent(item.getCurrency().getCode(), c -> new ArrayList<>()).add(item);
        }
        PolicyOutcome.Builder outcome = PolicyOutcome.builder();
        Next next = new Next(asOf);
        for (List<OpenItem> items : byCurrency.values()) {
            items.sort(Comparator.comparing(OpenItem::getRef));
            assessCurrency(id, items, history, asOf, inherited, outcome, next);
        }
        if (next.date != null) {
            outcome.nextChange(next.date).nextChangeReason(next.reason);
        }
        return outcome.build();
    }

    private void assessCurrency(CustomerId id, List<OpenItem> items, DunningHistory history, LocalDate asOf,
            int inherited, PolicyOutcome.Builder outcome, Next next) {
        List<NoticeLine> lines = new ArrayList<>();
        boolean rising = false;
        for (OpenItem item : items) {
            int own = history.levelOf(item.getRef(), asOf);
            int current = Math.min(own > 0 ? own : inherited, getLevels().size());
            long dpd = item.daysPastDue(asOf);
            if (current >= 1 && getLevels().get(current - 1).isFinalStage()) {
                outcome.addExclusions(exclusion(id, item, Gate.FINAL_STAGE, "item " + item.getRef()
                        + " reached final-stage level " + current + " " + getLevels().get(current - 1).getActions()
                        + "; no further notices"));
                continue;
            }
            int matched = matchingLevel(dpd);
            if (current == 0 && matched == 0) {
                LocalDate from = item.getDueDate().plusDays(thresholdOf(1));
                outcome.addExclusions(exclusion(id, item, Gate.NOT_YET_DUE_PLUS_GRACE, "item " + item.getRef()
                        + " is " + dpd + " days past due; level 1 starts at " + getLevels().get(0).getDaysPastDue()
                        + " days past due plus " + (getLevels().get(0).getDaysPastDue() >= 1 ? getGraceDays() : 0)
                        + " grace days, on " + from));
                next.offer(from, "item " + item.getRef() + " reaches level 1");
                continue;
            }
            boolean steppedToday = history.isDunnedOn(item.getRef(), asOf);
            int target = current;
            if (!steppedToday && matched > current) {
                target = isJumpToMatchingLevel() ? matched : current + 1;
            }
            NoticeLine.Builder line = NoticeLine.builder().ref(item.getRef()).dueDate(item.getDueDate())
                    .daysPastDue(dpd).openAmount(item.getOpenAmount()).previousLevel(current).level(target);
            if (target > current) {
                rising = true;
                DunningLevel level = getLevels().get(target - 1);
                line.rule("level " + target + " from " + level.getDaysPastDue() + " days past due"
                        + (level.getDaysPastDue() >= 1 && getGraceDays() > 0 ? " plus " + getGraceDays() + " grace days" : "")
                        + "; item " + dpd + " days past due");
                if (level.getFee().isPresent() && level.getFeeBasis() == FeeBasis.PER_ITEM
                        && !history.isFeeCharged(item.getRef(), target, asOf)) {
                    feeFor(level.getFee().get(), item.getOpenAmount()).ifPresent(line::fee);
                }
            } else {
                line.rule("stays at level " + current);
            }
            lines.add(line.build());
            if (target < getLevels().size()) {
                LocalDate at = item.getDueDate().plusDays(thresholdOf(target + 1));
                next.offer(at.isAfter(asOf) ? at : asOf.plusDays(1), "item " + item.getRef() + " may reach level "
                        + (target + 1));
            }
        }
        if (lines.isEmpty()) {
            return;
        }
        if (!rising) {
            for (NoticeLine line : lines) {
                outcome.addExclusions(Exclusion.builder().customerId(id).ref(line.getRef())
                        .currency(line.getOpenAmount().getCurrencyUnit()).gate(Gate.LEVEL_ALREADY_REACHED)
                        .policyName(getName()).detail("item " + line.getRef() + " stays at level " + line.getLevel()
                                + " (" + line.getDaysPastDue() + " days past due)").build());
            }
            return;
        }
        int noticeLevel = lines.stream().mapToInt(NoticeLine::getLevel).max().getAsInt();
        DunningLevel level = getLevels().get(noticeLevel - 1);
        Money total = Money.total(lines.stream().map(NoticeLine::getOpenAmount).toArray(Money[]::new));
        Money balance = Money.total(items.stream().map(OpenItem::getOpenAmount).toArray(Money[]::new));
        Optional<Money> minimum = level.getMinimumAmount()
                .filter(m -> m.getCurrencyUnit().equals(total.getCurrencyUnit()));
        if (minimum.isPresent() && total.isLessThan(minimum.get())) {
            outcome.addExclusions(currencyExclusion(id, total, Gate.BELOW_MINIMUM, "level " + noticeLevel
                    + " notice total " + total + " is below the minimum amount " + minimum.get()));
            return;
        }
        if (level.getMinimumShare().isPresent()) {
            Money required = level.getMinimumShare().get().applyTo(balance);
            if (total.isLessThan(required)) {
                outcome.addExclusions(currencyExclusion(id, total, Gate.BELOW_MINIMUM, "level " + noticeLevel
                        + " notice total " + total + " is below " + level.getMinimumShare().get()
                        + " of the open balance " + balance + " (" + required + ")"));
                return;
            }
        }
        Optional<LocalDate> last = history.lastNoticeDate(id, asOf);
        if (last.isPresent() && ChronoUnit.DAYS.between(last.get(), asOf) < getMinimumDaysBetweenNotices()) {
            LocalDate allowed = last.get().plusDays(getMinimumDaysBetweenNotices());
            outcome.addExclusions(currencyExclusion(id, total, Gate.INTERVAL_NOT_ELAPSED, "last notice on "
                    + last.get() + "; " + getMinimumDaysBetweenNotices() + " days between notices allow the next on "
                    + allowed));
            next.offer(allowed, "interval between notices elapses");
            return;
        }
        DunningNotice.Builder notice = DunningNotice.builder().customerId(id).currency(total.getCurrencyUnit())
                .policyName(getName()).lines(withInterest(id, lines, items, history, asOf)).actions(level.getActions());
        if (level.getFee().isPresent() && level.getFeeBasis() == FeeBasis.PER_NOTICE
                && !history.isNoticeFeeCharged(id, total.getCurrencyUnit(), noticeLevel, asOf)) {
            feeFor(level.getFee().get(), total).ifPresent(notice::noticeFee);
        }
        outcome.addNotices(notice.build());
    }

    /** The lines with the interest and compensation due on their overdue principal items. */
    private List<NoticeLine> withInterest(CustomerId id, List<NoticeLine> lines, List<OpenItem> items,
            DunningHistory history, LocalDate asOf) {
        TreeMap<ItemRef, OpenItem> byRef = new TreeMap<>();
        items.forEach(i -> byRef.put(i.getRef(), i));
        TreeMap<InvoiceId, Money> lateByInvoice = new TreeMap<>();
        for (NoticeLine line : lines) {
            OpenItem item = byRef.get(line.getRef());
            if (isLatePrincipal(item, asOf)) {
                lateByInvoice.merge(item.getRef().getInvoiceId(), item.getOpenAmount(), Money::plus);
            }
        }
        Set<InvoiceId> compensated = new HashSet<>();
        List<NoticeLine> result = new ArrayList<>();
        for (NoticeLine line : lines) {
            OpenItem item = byRef.get(line.getRef());
            if (!isLatePrincipal(item, asOf)) {
                result.add(line);
                continue;
            }
            NoticeLine.Builder b = NoticeLine.builder().from(line);
            Optional<InterestCalculator> calculator = interestAt(line.getLevel());
            if (calculator.isPresent()) {
                LocalDate due = item.getDueDate();
                LocalDate from = history.interestChargedThrough(item.getRef(), asOf).filter(d -> d.isAfter(due))
                        .orElse(due);
                if (from.isBefore(asOf)) {
                    InterestCalculation calc = calculator.get().calculate(item.getOpenAmount(), due, from, asOf);
                    if (calc.getInterest().isPositive()) {
                        b.interestCalculation(calc);
                    }
                }
            }
            InvoiceId invoice = item.getRef().getInvoiceId();
            if (getCompensation().isPresent() && compensated.add(invoice)
                    && !history.isCompensationCharged(id, invoice, asOf)) {
                feeFor(getCompensation().get(), lateByInvoice.get(invoice)).ifPresent(b::compensation);
            }
            result.add(b.build());
        }
        return result;
    }

    private static boolean isLatePrincipal(OpenItem item, LocalDate asOf) {
        return item.getKind() == ItemKind.PRINCIPAL && item.getRef().isInstalment() && item.isOverdueOn(asOf);
    }

    /** The fee of a rule on an amount; none if zero or if the rule holds amounts in another currency. */
    private static Optional<Money> feeFor(FeeRule rule, Money amount) {
        try {
            Money fee = rule.feeFor(amount);
            return fee.isPositive() ? Optional.of(fee) : Optional.empty();
        } catch (CurrencyMismatchException e) {
            return Optional.empty();
        }
    }

    private Exclusion exclusion(CustomerId id, OpenItem item, Gate gate, String detail) {
        return Exclusion.builder().customerId(id).ref(item.getRef()).currency(item.getCurrency()).gate(gate)
                .policyName(getName()).detail(detail).build();
    }

    private Exclusion currencyExclusion(CustomerId id, Money total, Gate gate, String detail) {
        return Exclusion.builder().customerId(id).currency(total.getCurrencyUnit()).gate(gate)
                .policyName(getName()).detail(detail).build();
    }

    @Value.Check
    void check() {
        if (getName().isBlank()) {
            throw new IllegalArgumentException("name must not be blank: '" + getName() + "'");
        }
        if (getLevels().isEmpty()) {
            throw new IllegalArgumentException("levels must not be empty for policy " + getName());
        }
        if (getGraceDays() < 0) {
            throw new IllegalArgumentException("graceDays must not be negative: " + getGraceDays());
        }
        if (getMinimumDaysBetweenNotices() < 0) {
            throw new IllegalArgumentException("minimumDaysBetweenNotices must not be negative: "
                    + getMinimumDaysBetweenNotices());
        }
        for (int i = 1; i < getLevels().size(); i++) {
            int before = getLevels().get(i - 1).getDaysPastDue();
            int days = getLevels().get(i).getDaysPastDue();
            if (days <= before) {
                throw new IllegalArgumentException("levels[" + i + "].daysPastDue " + days
                        + " must be after levels[" + (i - 1) + "].daysPastDue " + before);
            }
        }
        for (int i = 0; i < getLevels().size() - 1; i++) {
            if (getLevels().get(i).isFinalStage()) {
                throw new IllegalArgumentException("levels[" + i + "] is a final stage " + getLevels().get(i).getActions()
                        + " but is not the last level");
            }
        }
    }

    /** The earliest next-change date offered, after the run date. */
    private static final class Next {
        private final LocalDate asOf;
        private LocalDate date;
        private String reason;

        Next(LocalDate asOf) {
            this.asOf = asOf;
        }

        void offer(LocalDate candidate, String why) {
            if (candidate.isAfter(asOf) && (date == null || candidate.isBefore(date))) {
                date = candidate;
                reason = why;
            }
        }
    }

    /** A builder of leveled policies; a missing name makes {@code build()} throw IllegalStateException. */
    public static final class Builder extends ImmutableLeveledPolicy.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }

        /**
         * Sets the policy's interest and compensation from a statutory rule: its interest calculator
         * and, if it grants one, its fixed compensation per late invoice.
         *
         * @param rule the rule, such as one of {@link org.receivables.dunning.interest.LatePaymentRules}, not null
         * @return this builder
         * @throws NullPointerException if rule is null
         */
        public Builder latePaymentRule(LatePaymentRule rule) {
            Objects.requireNonNull(rule, "rule");
            interest(rule.getInterest());
            rule.getCompensation().ifPresent(this::compensation);
            return this;
        }
    }
}
