package org.receivables.core.credit;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;

/**
 * The result of a credit check on a date: the limit in force, the exposure (open balance plus the
 * pending amount the caller supplied), the headroom, and the outcome with its shortfall.
 *
 * <pre>
 *   // limit EUR 10000.00, balance EUR 7000.00, pending order EUR 4000.00
 *   d.getExposure();    // EUR 11000.00
 *   d.getHeadroom();    // EUR -1000.00
 *   d.getOutcome();     // HOLD
 *   d.getShortfall();   // EUR 1000.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CreditDecision {

    CreditDecision() {
    }

    /**
     * Gets the customer.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the date of the check.
     *
     * @return the date, not null
     */
    public abstract LocalDate getAsOf();

    /**
     * Gets the limit in force on the date: the base limit plus the temporary increases in force.
     *
     * @return the limit, not null
     */
    public abstract Money getLimit();

    /**
     * Gets the open balance on the date (open items minus unapplied credit; negative when in credit).
     *
     * @return the balance, not null
     */
    public abstract Money getBalance();

    /**
     * Gets the pending amount the caller supplied, such as unshipped orders.
     *
     * @return the pending amount, zero or more, not null
     */
    public abstract Money getPending();

    /**
     * Gets the exposure: balance plus pending.
     *
     * @return the exposure, not null
     */
    public Money getExposure() {
        return getBalance().plus(getPending());
    }

    /**
     * Gets the headroom: limit minus exposure; negative when over the limit.
     *
     * @return the headroom, not null
     */
    public Money getHeadroom() {
        return getLimit().minus(getExposure());
    }

    /**
     * Gets the outcome: approve when the exposure is at or below the limit, hold when above.
     *
     * @return the outcome, not null
     */
    public CreditOutcome getOutcome() {
        return getHeadroom().isNegative() ? CreditOutcome.HOLD : CreditOutcome.APPROVE;
    }

    /**
     * Gets by how much the exposure exceeds the limit: zero on approval.
     *
     * @return the shortfall, zero or more, not null
     */
    public Money getShortfall() {
        return getHeadroom().isNegative() ? getHeadroom().negated() : getHeadroom().withAmount(0);
    }

    /**
     * Gets the currency of the decision.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getLimit().getCurrencyUnit();
    }
}
