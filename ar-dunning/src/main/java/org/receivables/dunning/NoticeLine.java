package org.receivables.dunning;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.receivables.core.item.ItemRef;

/**
 * One item of a dunning notice: its due date, days past due, open amount, the level it had before
 * and the level it has in this notice, the fee proposed for it and the rule that fired.
 *
 * <pre>
 *   line.getRef();            // INV-1#1
 *   line.getDaysPastDue();    // 17
 *   line.getPreviousLevel();  // 1
 *   line.getLevel();          // 2
 *   line.getRule();           // "level 2 from 14 days past due"
 * </pre>
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
     * fee belongs to the level the policy proposed, so a line moved to any other level loses it.
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
    }

    /** A builder of lines; a missing field makes {@code build()} throw IllegalStateException. */
    public static final class Builder extends ImmutableNoticeLine.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
