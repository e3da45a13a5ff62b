package org.receivables.aging.behaviour;

import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.receivables.core.item.OpenItem;

/**
 * The predicted payment date of one open item, with the history it rests on: the level used
 * (customer, segment, portfolio or due date), the number of past settlements at that level, and the
 * whole days late applied to the due date.
 *
 * <p>The predicted date is the due date plus {@link #getExpectedDaysLate()}, moved to the day after
 * the as-of date when that would fall on or before it ({@link #isMovedAfterAsOf()}): an item still
 * open at the end of the as-of date cannot be paid earlier than the next day.
 *
 * <pre>
 *   // item due 2024-03-31, customer pays 15 days late on average, as of 2024-03-15
 *   p.getPredictedDate();      // 2024-04-15
 *   p.getLevel();              // CUSTOMER
 *   p.getPaymentCount();       // 4
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PaymentPrediction {

    PaymentPrediction() {
    }

    static PaymentPrediction of(OpenItem item, LocalDate predictedDate, PredictionLevel level, int paymentCount,
            long expectedDaysLate, boolean movedAfterAsOf) {
        return ImmutablePaymentPrediction.builder()
                .item(Objects.requireNonNull(item, "item"))
                .predictedDate(predictedDate)
                .level(level)
                .paymentCount(paymentCount)
                .expectedDaysLate(expectedDaysLate)
                .movedAfterAsOf(movedAfterAsOf)
                .build();
    }

    /**
     * Gets the open item predicted.
     *
     * @return the item, not null
     */
    public abstract OpenItem getItem();

    /**
     * Gets the date the item is expected to be paid.
     *
     * @return the predicted date, after the as-of date of the prediction, not null
     */
    public abstract LocalDate getPredictedDate();

    /**
     * Gets the history level the prediction rests on.
     *
     * @return the level, not null
     */
    public abstract PredictionLevel getLevel();

    /**
     * Gets the number of past settlements at {@link #getLevel()} the prediction rests on.
     *
     * @return the count, zero only for {@link PredictionLevel#DUE_DATE}
     */
    public abstract int getPaymentCount();

    /**
     * Gets the whole days late applied to the due date: the amount-weighted average days late of the
     * level's settlements, rounded half-even to whole days; zero at {@link PredictionLevel#DUE_DATE}.
     *
     * @return the days, any sign
     */
    public abstract long getExpectedDaysLate();

    /**
     * Checks whether due date plus expected days late fell on or before the as-of date, so the
     * prediction was moved to the day after it.
     *
     * @return true if moved
     */
    public abstract boolean isMovedAfterAsOf();

    /**
     * Gets the amount expected: the item's open amount.
     *
     * @return the open amount, positive, not null
     */
    public Money getAmount() {
        return getItem().getOpenAmount();
    }

    @Value.Check
    void check() {
        if (getPaymentCount() < 0) {
            throw new IllegalArgumentException("paymentCount " + getPaymentCount() + " must not be negative");
        }
        if ((getLevel() == PredictionLevel.DUE_DATE) != (getPaymentCount() == 0)) {
            throw new IllegalArgumentException("paymentCount " + getPaymentCount() + " does not fit level " + getLevel());
        }
    }
}
