package org.receivables.core.ledger;

import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A promise to pay as judged on a date: the promise, the amount paid towards it so far, and whether it
 * is pending, kept or broken (see {@link PromiseMade} for the rule).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PromiseState {

    PromiseState() {
    }

    /**
     * Gets the promise.
     *
     * @return the promise, not null
     */
    public abstract PromiseMade getPromise();

    /**
     * Gets what was paid towards it by the judging date: payments allocated between the made date
     * and the promised date, to the promised invoices, and not reversed.
     *
     * @return the amount paid, not null
     */
    public abstract Money getPaid();

    /**
     * Gets the status.
     *
     * @return the status, not null
     */
    public abstract PromiseStatus getStatus();
}
