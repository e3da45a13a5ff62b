package org.receivables.dunning.spi;

import java.time.LocalDate;
import java.util.Objects;
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

    /**
     * Obtains a policy from a name and a function, so that a policy can be written as a lambda (in a
     * JShell script, say). The function must keep the guarantees stated on this interface.
     *
     * <pre>
     *   DunningPolicy remindAll = DunningPolicy.of("remind-all",
     *       (account, history, asOf) -&gt; PolicyOutcome.builder().build());   // proposes nothing
     * </pre>
     *
     * @param name the policy's name, not blank, not null
     * @param assessor what {@link #assess} does, not null
     * @return the policy, whose {@code toString} is its name
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    static DunningPolicy of(String name, Assessor assessor) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(assessor, "assessor");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: '" + name + "'");
        }
        return new DunningPolicy() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public PolicyOutcome assess(DunningAccount account, DunningHistory history, LocalDate asOf) {
                Objects.requireNonNull(account, "account");
                Objects.requireNonNull(history, "history");
                Objects.requireNonNull(asOf, "asOf");
                return Objects.requireNonNull(assessor.assess(account, history, asOf), "assessor result");
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /**
     * What a policy does, as a function: the shape of {@link DunningPolicy#assess}, for
     * {@link DunningPolicy#of(String, Assessor)}.
     */
    @FunctionalInterface
    interface Assessor {
        /**
         * Decides what one customer's account gives on a date.
         *
         * @param account the account, not null
         * @param history the dunning history, not null
         * @param asOf the date of the run, not null
         * @return the outcome, not null
         */
        PolicyOutcome assess(DunningAccount account, DunningHistory history, LocalDate asOf);
    }
}
