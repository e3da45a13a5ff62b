package org.receivables.dunning.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.receivables.dunning.DunningNotice;
import org.receivables.dunning.Exclusion;

/**
 * What a {@link DunningPolicy} decided for one customer on a date: its notices (at most one per
 * currency), the items or currencies it left out with their gates, and the next date on which its
 * decision would change if no payment arrives.
 *
 * <pre>
 *   PolicyOutcome.builder().addNotices(notice).addExclusions(exclusion)
 *       .nextChange(LocalDate.parse("2024-05-15")).nextChangeReason("INV-1#1 reaches level 2").build();
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolicyOutcome {

    PolicyOutcome() {
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
     * Gets the notices, at most one per currency.
     *
     * @return the notices, not null
     */
    public abstract List<DunningNotice> getNotices();

    /**
     * Gets the items or currencies left out, with their gates.
     *
     * @return the exclusions, not null
     */
    public abstract List<Exclusion> getExclusions();

    /**
     * Gets the next date on which the decision would change.
     *
     * @return the date, or empty if nothing is pending
     */
    public abstract Optional<LocalDate> getNextChange();

    /**
     * Gets what would change on the next-change date, in words.
     *
     * @return the reason, empty when there is no next change
     */
    @Value.Default
    public String getNextChangeReason() {
        return "";
    }

    @Value.Check
    void check() {
        long currencies = getNotices().stream().map(DunningNotice::getCurrency).distinct().count();
        if (currencies != getNotices().size()) {
            throw new IllegalArgumentException("notices must hold at most one notice per currency: " + getNotices());
        }
    }

    /** A builder of outcomes. */
    public static final class Builder extends ImmutablePolicyOutcome.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
