package org.receivables.dunning.spi;

import java.time.LocalDate;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningHistory;

/**
 * A dunning policy: given one customer's account, the dunning history and a date, it decides which
 * items rise to which level and which notices that gives, with a reason for every item left out.
 *
 * <p>The engine calls a policy once per customer and run, after it applied the holds every policy
 * shares: the account it passes holds no disputed item, and customers on hold (a blocked account,
 * a promise to pay pending) are not passed at all. Contact caps are applied by the engine after the
 * policy.
 *
 * <p>Every implementation must guarantee: it is pure (no clock, zone, locale or I/O; the result
 * depends on the arguments only); it is immutable and thread-safe; its notices hold only items of
 * the account, at levels never below the item's level in the history; running it again with the
 * history extended by its own executed notices for the same date proposes nothing new. If it throws,
 * the engine reports the failure under its {@linkplain #getName() name} and completes the run.
 */
public interface DunningPolicy {

    /**
     * Gets the policy's name, as reported in notices and failures.
     *
     * @return the name, not blank, not null
     */
    String getName();

    /**
     * Decides what one customer's account gives on a date.
     *
     * @param account the account, without disputed items, not null
     * @param history the dunning history, not null
     * @param asOf the date of the run, not null
     * @return the outcome, not null
     * @throws NullPointerException if any argument is null
     */
    PolicyOutcome assess(DunningAccount account, DunningHistory history, LocalDate asOf);
}
