package org.receivables.dunning;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;
import org.receivables.core.item.ItemRef;
import org.receivables.dunning.interest.InterestCalculation;

/**
 * One item of a dunning notice: its due date, days past due, open amount, the level it had before
 * and the level it has in this notice, the fee, interest and late-payment compensation proposed for
 * it and the rule that fired.
 *
 * <pre>
 *   line.getRef();            // INV-1#1
 *   line.getDaysPastDue();    // 17
 *   line.getPreviousLevel();  // 1
 *   line.getLevel();          // 2
 *   line.getRule();           // "level 2 from 14 days past due"
 *   line.getFee();            // EUR 5.00, the level's fee, charged once per item and level
 *   line.getInterest();       // EUR 3.46, interest since the due date or the last interest charged
 *   line.getInterestCalculation().get().getStartExclusive();   // 2024-04-15, interest runs from the 16th
 *   line.getCompensation();   // EUR 40.00, once per late invoice
 * </pre>
 *
 * <p>Every amount of a line is in the currency of its open amount.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NoticeLine {

    NoticeLine() {
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
     * Gets the item.
     *
     * @return the item ref, not null
     */
    public abstract ItemRef getRef();

    /**
     * Gets the item's due date.
     *
     * @return the due date, not null
     */
    public abstract LocalDate getDueDate();

    /**
     * Gets the item's days past due on the notice date; negative for a reminder before the due date.
     *
     * @return the days past due
     */
    public abstract long getDaysPastDue();

    /**
     * Gets the item's open amount on the notice date.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getOpenAmount();

    /**
     * Gets the level the item had before this notice.
     *
     * @return the previous level, 0 if never dunned
     */
    public abstract int getPreviousLevel();

    /**
     * Gets the level the item has in this notice, never below the previous level.
     *
     * @return the level, 1 or more
     */
    public abstract int getLevel();

    /**
     * Gets the fee proposed for the item at this level; empty when none is due or it was charged before.
     *
     * @return the fee, or empty
     */
    public abstract Optional<Money> getFee();

    /**
     * Gets the interest proposed for the item: on its open amount, for the days after its due date, or
     * after the last day up to which the history records interest charged for it, up to and including
     * the notice date, with the breakdown that explains it.
     *
     * @return the calculation, with positive interest, or empty when no interest is due
     */
    public abstract Optional<InterestCalculation> getInterestCalculation();

    /**
     * Gets the interest proposed for the item, as {@link #getInterestCalculation()} computes it.
     *
     * @return the interest, positive, or empty
     */
    public Optional<Money> getInterest() {
        return getInterestCalculation().map(InterestCalculation::getInterest);
    }

    /**
     * Gets the fixed late-payment compensation proposed for the item's invoice, such as the EUR 40
     * of the EU Late Payment Directive: charged once per late invoice, on the line of the invoice's
     * first overdue item in the notice.
     *
     * @return the compensation, positive, or empty
     */
    public abstract Optional<Money> getCompensation();

    /**
     * Gets the rule that fired for the item, in words.
     *
     * @return the rule, not null
     */
    public abstract String getRule();

    /**
     * Checks whether the item rises to a new level in this notice.
     *
     * @return true if the level is above the previous level
     */
    public boolean isRising() {
        return getLevel() > getPreviousLevel();
    }

    /**
     * Returns a copy of this line at another level, as a caller overriding the proposal would. The
     * fee belongs to the level the policy proposed, so a line moved to any other level loses it; the
     * interest and the compensation belong to the item and stay.
     *
     * @param level the level, not below the previous level
     * @return the line, not null
     * @throws IllegalArgumentException if level is below 1 or below the previous level
     */
    public NoticeLine withLevel(int level) {
        Builder copy = builder().from(this).level(level);
        if (level != getLevel()) {
            copy.fee(Optional.empty());
        }
        return copy.build();
    }

    @Value.Check
    void check() {
        if (getLevel() < 1) {
            throw new IllegalArgumentException("level must be 1 or more: " + getLevel());
        }
        if (getLevel() < getPreviousLevel()) {
            throw new IllegalArgumentException("level " + getLevel() + " is below previousLevel " + getPreviousLevel());
        }
        if (!getOpenAmount().isPositive()) {
            throw new IllegalArgumentException("openAmount must be positive: " + getOpenAmount());
        }
        checkCharge("fee", getFee());
        checkCharge("interest", getInterest());
        checkCharge("compensation", getCompensation());
    }

    private void checkCharge(String field, Optional<Money> amount) {
        if (amount.isPresent()) {
            if (!amount.get().getCurrencyUnit().equals(getOpenAmount().getCurrencyUnit())) {
                throw new CurrencyMismatchException(getOpenAmount().getCurrencyUnit(), amount.get().getCurrencyUnit());
            }
            if (!amount.get().isPositive()) {
                throw new IllegalArgumentException(field + " must be positive: " + amount.get() + " for item " + getRef());
            }
        }
    }

    /** A builder of lines; a missing field makes {@code build()} throw IllegalStateException. */
    public static final class Builder extends ImmutableNoticeLine.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
