package org.receivables.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.ItemRef;

/**
 * One executed dunning step: an item of a customer was included in a notice at a level on a date,
 * with what was charged for it: the fee at that level, the notice's fee (on the record of the
 * notice's first line at the notice's level), interest up to and including a date, and the
 * late-payment compensation of its invoice.
 *
 * <pre>
 *   DunningRecord.builder().customerId(CustomerId.of("C-1")).ref(ItemRef.parse("INV-1#1"))
 *       .level(2).date(LocalDate.parse("2024-05-02")).fee(Money.parse("EUR 5.00"))
 *       .interest(Money.parse("EUR 3.46")).interestThrough(LocalDate.parse("2024-05-02"))
 *       .compensation(Money.parse("EUR 40.00"))
 *       .build();
 * </pre>
 *
 * <p>Every amount of a record is in one currency, that of the item. Interest and the day it was
 * charged up to come together.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DunningRecord {

    DunningRecord() {
    }

    /**
     * Creates a builder.
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
     * Gets the item dunned.
     *
     * @return the item ref, not null
     */
    public abstract ItemRef getRef();

    /**
     * Gets the level the item reached, 1 for the first level.
     *
     * @return the level, 1 or more
     */
    public abstract int getLevel();

    /**
     * Gets the date of the notice.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets the fee charged for the item at this level.
     *
     * @return the fee, positive, or empty if none was charged
     */
    public abstract Optional<Money> getFee();

    /**
     * Gets the fee charged for the whole notice at this level (a level charging its fee
     * {@linkplain org.receivables.dunning.fee.FeeBasis#PER_NOTICE per notice}), recorded on one line
     * of the notice.
     *
     * @return the notice fee, positive, or empty
     */
    public abstract Optional<Money> getNoticeFee();

    /**
     * Gets the interest charged for the item by this step.
     *
     * @return the interest, positive, or empty if none was charged
     */
    public abstract Optional<Money> getInterest();

    /**
     * Gets the last day of the interest charged by this step: interest for the days up to and
     * including it is charged, and later runs charge interest only for the days after it.
     *
     * @return the date, not after the record's date, present exactly when interest is
     */
    public abstract Optional<LocalDate> getInterestThrough();

    /**
     * Gets the late-payment compensation charged for the item's invoice by this step.
     *
     * @return the compensation, positive, or empty if none was charged
     */
    public abstract Optional<Money> getCompensation();

    @Value.Check
    void check() {
        if (getLevel() < 1) {
            throw new IllegalArgumentException("level must be 1 or more: " + getLevel());
        }
        CurrencyUnit currency = null;
        for (Optional<Money> amount : List.of(getFee(), getNoticeFee(), getInterest(), getCompensation())) {
            if (amount.isPresent()) {
                if (currency == null) {
                    currency = amount.get().getCurrencyUnit();
                } else if (!currency.equals(amount.get().getCurrencyUnit())) {
                    throw new CurrencyMismatchException(currency, amount.get().getCurrencyUnit());
                }
            }
        }
        positive("fee", getFee());
        positive("noticeFee", getNoticeFee());
        positive("interest", getInterest());
        positive("compensation", getCompensation());
        if (getInterest().isPresent() != getInterestThrough().isPresent()) {
            throw new IllegalArgumentException("interest " + getInterest().map(Money::toString).orElse("(none)")
                    + " and interestThrough " + getInterestThrough().map(LocalDate::toString).orElse("(none)")
                    + " must be given together for item " + getRef());
        }
        if (getInterestThrough().isPresent() && getInterestThrough().get().isAfter(getDate())) {
            throw new IllegalArgumentException("interestThrough " + getInterestThrough().get()
                    + " is after date " + getDate() + " for item " + getRef());
        }
    }

    private void positive(String field, Optional<Money> amount) {
        if (amount.isPresent() && !amount.get().isPositive()) {
            throw new IllegalArgumentException(field + " must be positive: " + amount.get() + " for item " + getRef());
        }
    }

    /** A builder of records; a missing field makes {@code build()} throw IllegalStateException. */
    public static final class Builder extends ImmutableDunningRecord.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
