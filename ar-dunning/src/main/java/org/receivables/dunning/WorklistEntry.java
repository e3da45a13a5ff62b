package org.receivables.dunning;

import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;
import org.receivables.core.customer.CustomerId;

/**
 * One customer on the collections worklist: its score and the parts the score is made of.
 *
 * <pre>
 *   entry.getCustomerId();   // C-3
 *   entry.getScore();        // 88.00, the sum of the parts
 *   entry.getParts();        // [overdue amount 15.00, days past due 45.00, broken promises 20.00, ...]
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorklistEntry {

    WorklistEntry() {
    }

    /**
     * Obtains an entry whose score is the sum of its parts.
     *
     * @param customerId the customer, not null
     * @param parts the parts, not null, no null elements
     * @return the entry, not null
     * @throws NullPointerException if an argument or part is null
     */
    public static WorklistEntry of(CustomerId customerId, List<ScorePart> parts) {
        java.util.Objects.requireNonNull(customerId, "customerId");
        java.util.Objects.requireNonNull(parts, "parts");
        return ImmutableWorklistEntry.builder().customerId(customerId).parts(parts).build();
    }

    /**
     * Gets the customer.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the parts of the score.
     *
     * @return the parts, not null
     */
    public abstract List<ScorePart> getParts();

    /**
     * Gets the score: the sum of the parts' points.
     *
     * @return the score, not null
     */
    @Value.Derived
    public BigDecimal getScore() {
        return getParts().stream().map(ScorePart::getPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
