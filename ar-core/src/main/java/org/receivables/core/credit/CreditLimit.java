package org.receivables.core.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.ledger.CustomerLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A customer's credit limit in one currency, with temporary increases, and the credit check against it.
 *
 * <p>The limit in force on a date is the base amount plus every temporary increase in force on it
 * (start inclusive, expiry exclusive). Exposure is the open balance as of the date (open items minus
 * unapplied credit, from the ledger) plus a pending amount the caller supplies; the check approves
 * when exposure is at or below the limit and holds otherwise, with the shortfall.
 *
 * <pre>
 *   CreditLimit limit = CreditLimit.builder()
 *       .customerId(CustomerId.of("C-1")).amount(Money.parse("EUR 10000.00"))
 *       .addTemporaryIncreases(TemporaryIncrease.of(Money.parse("EUR 5000.00"),
 *           LocalDate.parse("2024-11-01"), LocalDate.parse("2025-01-01")))
 *       .build();
 *   limit.limitOn(LocalDate.parse("2024-12-31"));   // EUR 15000.00
 *   limit.limitOn(LocalDate.parse("2025-01-01"));   // EUR 10000.00
 *   limit.check(Money.parse("EUR 7000.00"), Money.parse("EUR 4000.00"), LocalDate.parse("2025-01-01"))
 *       .getOutcome();                              // HOLD, shortfall EUR 1000.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CreditLimit {

    private static final Logger LOG = LoggerFactory.getLogger(CreditLimit.class);

    CreditLimit() {
    }

    /**
     * Creates a builder; {@code customerId} and {@code amount} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the customer.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the base limit.
     *
     * @return the amount, zero or more, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the temporary increases, in the caller's order.
     *
     * @return the increases, each in the limit's currency, not null
     */
    public abstract List<TemporaryIncrease> getTemporaryIncreases();

    /**
     * Gets the currency of the limit.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    /**
     * Gets the limit in force on a date: the base plus the increases in force.
     *
     * @param date the date, not null
     * @return the limit, not null
     * @throws NullPointerException if date is null
     */
    public Money limitOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Money limit = getAmount();
        for (TemporaryIncrease t : getTemporaryIncreases()) {
            if (t.isInForceOn(date)) {
                limit = limit.plus(t.getAmount());
            }
        }
        return limit;
    }

    /**
     * Checks a balance and a pending amount against the limit in force on a date.
     *
     * @param balance the open balance on the date, in the limit's currency, not null
     * @param pending the pending amount, zero or more, in the limit's currency, not null
     * @param asOf the date, not null
     * @return the decision, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if pending is negative
     * @throws CurrencyMismatchException if balance or pending is in another currency
     */
    public CreditDecision check(Money balance, Money pending, LocalDate asOf) {
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(asOf, "asOf");
        if (!balance.getCurrencyUnit().equals(getCurrency())) {
            throw new CurrencyMismatchException(getCurrency(), balance.getCurrencyUnit());
        }
        if (!pending.getCurrencyUnit().equals(getCurrency())) {
            throw new CurrencyMismatchException(getCurrency(), pending.getCurrencyUnit());
        }
        if (pending.isNegative()) {
            throw new IllegalArgumentException("pending must not be negative: " + pending);
        }
        CreditDecision d = ImmutableCreditDecision.builder().customerId(getCustomerId()).asOf(asOf)
                .limit(limitOn(asOf)).balance(balance).pending(pending).build();
        LOG.debug("credit check of customer {} on {}: limit {}, exposure {}, outcome {}", getCustomerId(), asOf,
                d.getLimit(), d.getExposure(), d.getOutcome());
        return d;
    }

    /**
     * Checks a customer's ledger balance as of a date, plus a pending amount, against the limit.
     *
     * @param ledger the customer's ledger, not null
     * @param pending the pending amount, zero or more, in the limit's currency, not null
     * @param asOf the date, not null
     * @return the decision, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the ledger is another customer's, or pending is negative
     * @throws CurrencyMismatchException if pending is in another currency
     */
    public CreditDecision check(CustomerLedger ledger, Money pending, LocalDate asOf) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(asOf, "asOf");
        if (!ledger.getCustomerId().equals(getCustomerId())) {
            throw new IllegalArgumentException("customerId " + ledger.getCustomerId() + " of the ledger is not "
                    + getCustomerId() + " of the credit limit");
        }
        return check(ledger.asOf(asOf).getBalance(getCurrency()), pending, asOf);
    }

    @Value.Check
    void check() {
        if (getAmount().isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + getAmount());
        }
        for (TemporaryIncrease t : getTemporaryIncreases()) {
            if (!t.getAmount().getCurrencyUnit().equals(getCurrency())) {
                throw new CurrencyMismatchException(getCurrency(), t.getAmount().getCurrencyUnit());
            }
        }
    }

    /** Builds a {@link CreditLimit}; see {@link CreditLimit#builder()} for the required attributes. */
    public static final class Builder extends ImmutableCreditLimit.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
