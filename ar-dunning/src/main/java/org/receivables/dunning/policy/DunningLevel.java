package org.receivables.dunning.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.receivables.core.money.Percentage;
import org.receivables.dunning.ActionKind;
import org.receivables.dunning.fee.FeeBasis;
import org.receivables.dunning.fee.FeeRule;
import org.receivables.dunning.interest.InterestCalculator;

/**
 * One level of a {@link LeveledPolicy}: the days past due from which an item reaches it (negative
 * for a reminder before the due date), the actions it asks for, an optional minimum amount and
 * minimum share of the customer's open balance for its notice, an optional fee rule charged once
 * per item reaching the level on the item's open amount (or, with {@link FeeBasis#PER_NOTICE}, once
 * per notice reaching the level on the notice total), and an optional interest calculator for the
 * items at the level.
 *
 * <pre>
 *   DunningLevel first = DunningLevel.of(-3, ActionKind.REMINDER_EMAIL);       // 3 days before due
 *   DunningLevel second = DunningLevel.builder().daysPastDue(14)
 *       .addActions(ActionKind.LETTER, ActionKind.PHONE_CALL_TASK)
 *       .minimumAmount(Money.parse("EUR 10.00"))
 *       .fee(FeeRule.fixed(Money.parse("EUR 5.00")))
 *       .build();
 *   DunningLevel third = DunningLevel.builder().daysPastDue(30).addActions(ActionKind.LETTER)
 *       .fee(FeeRule.fixed(Money.parse("EUR 10.00"))).feeBasis(FeeBasis.PER_NOTICE)   // once per notice
 *       .interest(LatePaymentRules.germanyBgb288(basiszinssatz, CustomerKind.BUSINESS).getInterest())
 *       .build();
 * </pre>
 *
 * <p>The minimum amount applies to notices in its own currency. A fee rule that holds amounts in one
 * currency (a fixed fee, a percentage with a minimum or maximum) charges items in that currency
 * only; items in other currencies are charged no fee by it. A rule giving zero charges nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DunningLevel {

    DunningLevel() {
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
     * Obtains a level with no minimum and no fee.
     *
     * @param daysPastDue the days past due from which items reach the level, negative before the due date
     * @param actions the actions, not null, no null elements
     * @return the level, not null
     * @throws NullPointerException if actions or an action is null
     */
    public static DunningLevel of(int daysPastDue, ActionKind... actions) {
        Objects.requireNonNull(actions, "actions");
        return builder().daysPastDue(daysPastDue).addActions(actions).build();
    }

    /**
     * Gets the days past due from which an item reaches the level (before grace days, which shift
     * only levels of 1 day or more); negative for a reminder before the due date.
     *
     * @return the days past due
     */
    public abstract int getDaysPastDue();

    /**
     * Gets the actions the level asks for.
     *
     * @return the actions, not null
     */
    public abstract List<ActionKind> getActions();

    /**
     * Gets the smallest notice total for which a notice at this level is sent.
     *
     * @return the minimum amount, positive, or empty
     */
    public abstract Optional<Money> getMinimumAmount();

    /**
     * Gets the smallest share of the customer's open balance (in the notice's currency) the notice
     * total must reach for a notice at this level to be sent.
     *
     * @return the minimum share, above 0 and at most 100 percent, or empty
     */
    public abstract Optional<Percentage> getMinimumShare();

    /**
     * Gets the rule of the fee charged once per item reaching this level, applied to the item's open
     * amount.
     *
     * @return the fee rule, or empty
     */
    public abstract Optional<FeeRule> getFee();

    /**
     * Gets how often the fee is charged: once per item reaching the level, on the item's open amount,
     * or once per notice reaching the level, on the notice's total open amount.
     *
     * @return the fee basis, not null; {@link FeeBasis#PER_ITEM} by default
     */
    @Value.Default
    public FeeBasis getFeeBasis() {
        return FeeBasis.PER_ITEM;
    }

    /**
     * Gets the interest calculator for the overdue items at this level; when empty, the policy's
     * calculator applies, if any. See {@link LeveledPolicy} for how interest reaches a notice.
     *
     * @return the calculator, or empty
     */
    public abstract Optional<InterestCalculator> getInterest();

    /**
     * Checks whether the level is a final stage (a hand-off to an agency or legal) that freezes
     * further notices for the items reaching it.
     *
     * @return true if an action is a final stage
     */
    public boolean isFinalStage() {
        return getActions().stream().anyMatch(ActionKind::isFinalStage);
    }

    @Value.Check
    void check() {
        if (getMinimumAmount().isPresent() && !getMinimumAmount().get().isPositive()) {
            throw new IllegalArgumentException("minimumAmount must be positive: " + getMinimumAmount().get());
        }
        if (getMinimumShare().isPresent() && (getMinimumShare().get().compareTo(Percentage.ZERO) <= 0
                || getMinimumShare().get().compareTo(Percentage.ONE_HUNDRED) > 0)) {
            throw new IllegalArgumentException("minimumShare must be above 0 and at most 100 percent: "
                    + getMinimumShare().get());
        }
        if (getActions().stream().distinct().count() != getActions().size()) {
            throw new IllegalArgumentException("actions must not repeat: " + getActions());
        }
    }

    /** A builder of levels; a missing field makes {@code build()} throw IllegalStateException. */
    public static final class Builder extends ImmutableDunningLevel.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
