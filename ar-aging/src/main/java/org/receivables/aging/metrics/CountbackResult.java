package org.receivables.aging.metrics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The outcome of a countback DSO: the days, when the sales history explains the whole balance, or
 * a status and an explanation of why it does not.
 *
 * <p>A countback never returns a number it cannot stand behind: when the balance is larger than all
 * the sales given, or a month it must consume has zero or negative sales, {@link #getDays()} is empty,
 * {@link #getUnexplainedBalance()} says how much of the balance is left, and
 * {@link #getExplanation()} says why in words.
 *
 * <pre>
 *   CountbackResult r = DaysSalesOutstanding.countback(Money.parse("USD 212000"), history, CountbackDays.THIRTY_DAY_MONTHS);
 *   r.getStatus();   // EXPLAINED
 *   r.getDays();     // Optional[73.71]
 *   CountbackResult x = DaysSalesOutstanding.countback(Money.parse("USD 300000"), history, CountbackDays.THIRTY_DAY_MONTHS);
 *   x.getStatus();   // BALANCE_EXCEEDS_HISTORY, x.getUnexplainedBalance() is USD 50000.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CountbackResult {

    CountbackResult() {
    }

    /**
     * Gets whether the balance was explained and, if not, why.
     *
     * @return the status, not null
     */
    public abstract CountbackStatus getStatus();

    /**
     * Gets the balance that was counted back.
     *
     * @return the balance, zero or more, not null
     */
    public abstract Money getBalance();

    /**
     * Gets the days of sales in the balance, rounded once to {@link MetricRounding#SCALE} places;
     * present exactly when the status is {@link CountbackStatus#EXPLAINED}.
     *
     * @return the days, not null
     */
    public abstract Optional<BigDecimal> getDays();

    /**
     * Gets the part of the balance the history could not account for: zero when explained.
     *
     * @return the unexplained balance, zero or more, not null
     */
    public abstract Money getUnexplainedBalance();

    /**
     * Gets the month at which the countback stopped without explaining the balance: the month with
     * non-positive sales, or the earliest month given when the balance exceeds the history; empty when explained.
     *
     * @return the month, not null
     */
    public abstract Optional<YearMonth> getStopMonth();

    /**
     * Gets a sentence that explains the result, naming the amounts and months involved.
     *
     * @return the explanation, not null
     */
    public abstract String getExplanation();

    /**
     * Checks whether the sales history explained the whole balance.
     *
     * @return true if the status is {@link CountbackStatus#EXPLAINED}
     */
    public boolean isExplained() {
        return getStatus() == CountbackStatus.EXPLAINED;
    }

    @Value.Check
    void check() {
        if (isExplained() != getDays().isPresent()) {
            throw new IllegalArgumentException("days must be present exactly when status is EXPLAINED: status "
                    + getStatus() + ", days " + getDays());
        }
        if (isExplained() != getUnexplainedBalance().isZero()) {
            throw new IllegalArgumentException("unexplainedBalance " + getUnexplainedBalance()
                    + " must be zero exactly when status is EXPLAINED, status " + getStatus());
        }
    }

    /** Builds a {@link CountbackResult}; every field but {@code days} and {@code stopMonth} is required. */
    static final class Builder extends ImmutableCountbackResult.Builder {
        Builder() {
        }
    }
}
