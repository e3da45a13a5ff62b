package org.receivables.core.terms;

import org.immutables.value.Value;
import org.receivables.core.money.Percentage;

/**
 * An early-payment discount rule of payment terms: a rate earned by paying within a number of days
 * of the invoice date, such as the "2/10" of {@code 2/10 Net 30}.
 *
 * <p>The window is counted from the invoice date and its last day counts: with {@code 2/10} on an
 * invoice dated 2024-03-01, a payment on 2024-03-11 earns 2% and one on 2024-03-12 does not. A
 * schedule resolves it into a {@link DiscountTier} with a date and an amount.
 *
 * <pre>
 *   DiscountTerm t = DiscountTerm.of(Percentage.of(2), 10);
 *   t.toString();   // "2/10"
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DiscountTerm {

    DiscountTerm() {
    }

    /**
     * Obtains a discount term.
     *
     * @param rate the discount rate, above 0% and below 100%, not null
     * @param days the days after the invoice date within which the discount is earned, inclusive,
     *     0 to {@link DueDateRule#MAX_DAYS}
     * @return the discount term
     * @throws NullPointerException if rate is null
     * @throws IllegalArgumentException if the rate is not above 0% and below 100%, or days is negative
     *     or above {@link DueDateRule#MAX_DAYS}
     */
    public static DiscountTerm of(Percentage rate, int days) {
        java.util.Objects.requireNonNull(rate, "rate");
        if (rate.compareTo(Percentage.ZERO) <= 0 || rate.compareTo(Percentage.ONE_HUNDRED) >= 0) {
            throw new IllegalArgumentException("discount rate must be above 0% and below 100%: " + rate);
        }
        return ImmutableDiscountTerm.of(rate, Rules.checkDays("discount days", days));
    }

    /**
     * Gets the discount rate.
     *
     * @return the rate, above 0% and below 100%, not null
     */
    @Value.Parameter
    public abstract Percentage getRate();

    /**
     * Gets the number of days after the invoice date within which the discount is earned, inclusive.
     *
     * @return the days, zero or more
     */
    @Value.Parameter
    public abstract int getDays();

    /**
     * Returns the notation, such as {@code "2/10"} or {@code "1.5/14"}.
     *
     * @return the notation, not null
     */
    @Override
    public String toString() {
        return getRate().getValue().toPlainString() + "/" + getDays();
    }
}
