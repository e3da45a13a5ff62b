package org.receivables.aging.behaviour;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The cash expected in one currency during one week or month: the sum of the open amounts of the
 * items predicted to be paid in it, and how many they are.
 *
 * <pre>
 *   c.getLabel();          // 2024-W15
 *   c.getStart();          // 2024-04-08 (Monday, inclusive)
 *   c.getEndExclusive();   // 2024-04-15
 *   c.getAmount();         // EUR 1500.00
 *   c.getItemCount();      // 2
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExpectedCollection {

    ExpectedCollection() {
    }

    static ExpectedCollection of(CollectionPeriod period, LocalDate start, Money amount, int itemCount) {
        return ImmutableExpectedCollection.builder().period(period).start(start).amount(amount).itemCount(itemCount).build();
    }

    /**
     * Gets the length of the bucket.
     *
     * @return the period, not null
     */
    public abstract CollectionPeriod getPeriod();

    /**
     * Gets the first day of the bucket, inclusive: a Monday or the first of a month.
     *
     * @return the start, not null
     */
    public abstract LocalDate getStart();

    /**
     * Gets the cash expected: the sum of the open amounts predicted in the bucket; zero for a bucket
     * between two others that has no item.
     *
     * @return the amount, zero or more, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the number of items predicted in the bucket.
     *
     * @return the count, zero or more
     */
    public abstract int getItemCount();

    /**
     * Gets the day after the bucket, exclusive end.
     *
     * @return the end, not null
     */
    public LocalDate getEndExclusive() {
        return getPeriod().next(getStart());
    }

    /**
     * Gets the currency of the amount.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    /**
     * Gets the label of the bucket, such as {@code 2024-W15} or {@code 2024-04}.
     *
     * @return the label, not null
     */
    public String getLabel() {
        return getPeriod().label(getStart());
    }

    /**
     * Describes the bucket, such as {@code 2024-W15 EUR 1500.00 (2)}.
     *
     * @return the label, amount and item count, not null
     */
    @Override
    public String toString() {
        return getLabel() + " " + getAmount() + " (" + getItemCount() + ")";
    }

    @Value.Check
    void check() {
        if (!getPeriod().startOf(getStart()).equals(getStart())) {
            throw new IllegalArgumentException("start " + getStart() + " is not the first day of a " + getPeriod());
        }
        if (getItemCount() < 0 || getAmount().isNegative()) {
            throw new IllegalArgumentException("itemCount " + getItemCount() + " and amount " + getAmount()
                    + " must not be negative");
        }
    }
}
