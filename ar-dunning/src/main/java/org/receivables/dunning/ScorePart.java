package org.receivables.dunning;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One part of a collections score: what it measures, the points it adds and how they were reached.
 *
 * <pre>
 *   ScorePart.of("days past due", new BigDecimal("45.00"), "oldest overdue item 45 days past due");
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScorePart {

    ScorePart() {
    }

    /**
     * Obtains a part.
     *
     * @param name what the part measures, not null
     * @param points the points it adds, not null
     * @param detail how the points were reached, not null
     * @return the part, not null
     * @throws NullPointerException if any argument is null
     */
    public static ScorePart of(String name, BigDecimal points, String detail) {
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(points, "points");
        java.util.Objects.requireNonNull(detail, "detail");
        return ImmutableScorePart.builder().name(name).points(points).detail(detail).build();
    }

    /**
     * Gets what the part measures.
     *
     * @return the name, not null
     */
    public abstract String getName();

    /**
     * Gets the points the part adds to the score.
     *
     * @return the points, not null
     */
    public abstract BigDecimal getPoints();

    /**
     * Gets how the points were reached, in words.
     *
     * @return the detail, not null
     */
    public abstract String getDetail();
}
