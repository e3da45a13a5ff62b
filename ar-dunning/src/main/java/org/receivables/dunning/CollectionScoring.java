package org.receivables.dunning;

import java.time.LocalDate;
import java.util.List;

/**
 * Scores a customer for the collections worklist, as parts that explain the score: the engine ranks
 * customers by the sum of the parts, highest first, then by customer id.
 *
 * <p>{@link #standard()} weighs overdue amount, days past due, broken promises and payment
 * behaviour; supply your own to weigh them differently or convert currencies.
 *
 * <p>Every implementation must be pure (no clock, zone or locale) and thread-safe.
 */
@FunctionalInterface
public interface CollectionScoring {

    /**
     * Scores an account on a date.
     *
     * @param account the account, disputed items included, not null
     * @param asOf the date, not null
     * @return the parts of the score, not null
     */
    List<ScorePart> score(DunningAccount account, LocalDate asOf);

    /**
     * Obtains the standard scoring, four parts with two decimals each:
     * <ul>
     * <li>overdue amount: one point per 100 major units of undisputed overdue open amount, summed
     *     over currencies at face value (supply your own scoring to convert currencies);
     * <li>days past due: one point per day of the oldest undisputed overdue item;
     * <li>broken promises: 20 points per promise whose promised date has passed;
     * <li>payment behaviour: half a point per average day paid late.
     * </ul>
     * Example: EUR 1500.00 overdue, oldest 45 days, one broken promise, 10 days late on average
     * score 15.00 + 45.00 + 20.00 + 5.00 = 85.00.
     *
     * @return the scoring, not null
     */
    static CollectionScoring standard() {
        return StandardScoring.INSTANCE;
    }
}
