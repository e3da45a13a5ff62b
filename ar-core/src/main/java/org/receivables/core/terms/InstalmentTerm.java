package org.receivables.core.terms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.receivables.core.money.Percentage;

/**
 * One line of payment terms: which portion of the invoice amount is due, by which rule, with which
 * early-payment discounts.
 *
 * <p>The portion is exactly one of: a percentage of the invoice amount, a fixed amount, or the
 * balance (whatever the other lines leave). {@link PaymentTerms} says how lines combine. The due date
 * and the discount windows are counted from the invoice date, never from another line's date.
 * Discounts are ordered with strictly more days and strictly lower rates in turn
 * ({@code 3/14 2/20}).
 *
 * <pre>
 *   InstalmentTerm.ofPercentage(Percentage.of(30), DueDateRule.daysAfterInvoice(0)).toString();   // "30% Due on receipt"
 *   InstalmentTerm.ofBalance(DueDateRule.daysAfterInvoice(60),
 *       List.of(DiscountTerm.of(Percentage.of(2), 10))).toString();                                  // "Balance 2/10 Net 60"
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InstalmentTerm {

    InstalmentTerm() {
    }

    /**
     * Obtains a line for a percentage of the invoice amount, without discounts.
     *
     * @param percentage the share of the invoice amount, above 0% and at most 100%, not null
     * @param dueDateRule the rule giving the due date, not null
     * @return the line
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the percentage is not above 0% and at most 100%
     */
    public static InstalmentTerm ofPercentage(Percentage percentage, DueDateRule dueDateRule) {
        return ofPercentage(percentage, dueDateRule, List.of());
    }

    /**
     * Obtains a line for a percentage of the invoice amount.
     *
     * @param percentage the share of the invoice amount, above 0% and at most 100%, not null
     * @param dueDateRule the rule giving the due date, not null
     * @param discounts the early-payment discounts, days rising and rates falling, not null, no nulls
     * @return the line
     * @throws NullPointerException if an argument is null or discounts holds null
     * @throws IllegalArgumentException if the percentage is not above 0% and at most 100%, or the
     *     discounts are out of order
     */
    public static InstalmentTerm ofPercentage(Percentage percentage, DueDateRule dueDateRule, List<DiscountTerm> discounts) {
        Objects.requireNonNull(percentage, "percentage");
        if (percentage.compareTo(Percentage.ZERO) <= 0 || percentage.compareTo(Percentage.ONE_HUNDRED) > 0) {
            throw new IllegalArgumentException("percentage must be above 0% and at most 100%: " + percentage);
        }
        return build(Optional.of(percentage), Optional.empty(), false, dueDateRule, discounts);
    }

    /**
     * Obtains a line for a fixed amount; terms with a fixed amount need a balance line.
     *
     * @param fixedAmount the amount due, positive, not null
     * @param dueDateRule the rule giving the due date, not null
     * @param discounts the early-payment discounts, days rising and rates falling, not null, no nulls
     * @return the line
     * @throws NullPointerException if an argument is null or discounts holds null
     * @throws IllegalArgumentException if the amount is not positive, or the discounts are out of order
     */
    public static InstalmentTerm ofFixedAmount(Money fixedAmount, DueDateRule dueDateRule, List<DiscountTerm> discounts) {
        Objects.requireNonNull(fixedAmount, "fixedAmount");
        if (!fixedAmount.isPositive()) {
            throw new IllegalArgumentException("fixedAmount must be positive: " + fixedAmount);
        }
        return build(Optional.empty(), Optional.of(fixedAmount), false, dueDateRule, discounts);
    }

    /**
     * Obtains the balance line: the invoice amount less every other line; it must be the last line.
     *
     * @param dueDateRule the rule giving the due date, not null
     * @param discounts the early-payment discounts, days rising and rates falling, not null, no nulls
     * @return the line
     * @throws NullPointerException if an argument is null or discounts holds null
     * @throws IllegalArgumentException if the discounts are out of order
     */
    public static InstalmentTerm ofBalance(DueDateRule dueDateRule, List<DiscountTerm> discounts) {
        return build(Optional.empty(), Optional.empty(), true, dueDateRule, discounts);
    }

    private static InstalmentTerm build(Optional<Percentage> percentage, Optional<Money> fixedAmount, boolean balance,
            DueDateRule dueDateRule, List<DiscountTerm> discounts) {
        Objects.requireNonNull(dueDateRule, "dueDateRule");
        Objects.requireNonNull(discounts, "discounts");
        DiscountTerm previous = null;
        for (DiscountTerm d : discounts) {
            Objects.requireNonNull(d, "discounts element");
            if (previous != null && (d.getDays() <= previous.getDays() || d.getRate().compareTo(previous.getRate()) >= 0)) {
                throw new IllegalArgumentException("discounts must have more days and lower rates in turn: "
                        + previous + " then " + d);
            }
            previous = d;
        }
        return ImmutableInstalmentTerm.builder().percentage(percentage).fixedAmount(fixedAmount).balance(balance)
                .dueDateRule(dueDateRule).discounts(discounts).build();
    }

    /**
     * Gets the percentage of the invoice amount, if this line is a percentage line.
     *
     * @return the percentage, or empty
     */
    public abstract Optional<Percentage> getPercentage();

    /**
     * Gets the fixed amount, if this line is a fixed-amount line.
     *
     * @return the amount, or empty
     */
    public abstract Optional<Money> getFixedAmount();

    /**
     * Checks whether this is the balance line, taking whatever the other lines leave.
     *
     * @return true for the balance line
     */
    public abstract boolean isBalance();

    /**
     * Gets the rule giving this line's due date from the invoice date.
     *
     * @return the rule, not null
     */
    public abstract DueDateRule getDueDateRule();

    /**
     * Gets the early-payment discounts, fewest days first; empty if none.
     *
     * @return the discounts, not null
     */
    public abstract List<DiscountTerm> getDiscounts();

    /**
     * Returns the line's notation: the portion ({@code 50%}, {@code EUR 100.00} or {@code Balance}),
     * the discounts, then the due-date rule, such as {@code "50% 2/10 Net 30"}.
     *
     * @return the notation, not null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (getPercentage().isPresent()) {
            b.append(getPercentage().get());
        } else if (getFixedAmount().isPresent()) {
            b.append(getFixedAmount().get());
        } else {
            b.append("Balance");
        }
        return b.append(' ').append(Notation.printRuleAndDiscounts(this)).toString();
    }
}
