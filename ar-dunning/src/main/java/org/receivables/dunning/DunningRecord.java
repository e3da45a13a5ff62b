package org.receivables.dunning;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.ItemRef;

/**
 * One executed dunning step: an item of a customer was included in a notice at a level on a date,
 * with the fee charged for it at that level, if any.
 *
 * <pre>
 *   DunningRecord.builder().customerId(CustomerId.of("C-1")).ref(ItemRef.parse("INV-1#1"))
 *       .level(2).date(LocalDate.parse("2024-05-02")).fee(Money.parse("EUR 5.00")).build();
 * </pre>
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

    @Value.Check
    void check() {
        if (getLevel() < 1) {
            throw new IllegalArgumentException("level must be 1 or more: " + getLevel());
        }
        if (getFee().isPresent() && !getFee().get().isPositive()) {
            throw new IllegalArgumentException("fee must be positive: " + getFee().get());
        }
    }

    /** A builder of records; a missing field makes {@code build()} throw IllegalStateException. */
    public static final class Builder extends ImmutableDunningRecord.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
