package org.receivables.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;
import org.receivables.core.item.ItemRef;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.Instalment;

/**
 * A payment plan agreed with a customer for overdue items: a schedule of instalments, what has been
 * paid towards it so far, and the grace days before a late instalment breaks it.
 *
 * <p>While the plan is kept, the engine holds its items back ({@link Gate#ON_HOLD}) and dunning
 * follows the plan's dates: the plan breaks the day after an instalment's due date plus grace days
 * when the amount paid is below the instalments due up to then, and from that day the items are
 * dunned again on their original due dates, at the levels they had.
 *
 * <pre>
 *   PaymentPlan plan = PaymentPlan.builder().reference("PP-1").agreedDate(LocalDate.parse("2024-06-01"))
 *       .addItems(ItemRef.parse("INV-1#1"))
 *       .schedule(DueSchedule.of(List.of(
 *           Instalment.builder().number(1).dueDate(LocalDate.parse("2024-06-15")).amount(Money.parse("EUR 300.00")).build(),
 *           Instalment.builder().number(2).dueDate(LocalDate.parse("2024-07-15")).amount(Money.parse("EUR 300.00")).build())))
 *       .paid(Money.parse("EUR 300.00")).graceDays(3)
 *       .build();
 *   plan.breaksOn();                                  // Optional[2024-07-19]: instalment 2 unpaid
 *   plan.isKeptOn(LocalDate.parse("2024-07-18"));     // true
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PaymentPlan {

    PaymentPlan() {
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
     * Gets the caller's reference of the plan.
     *
     * @return the reference, not blank
     */
    public abstract String getReference();

    /**
     * Gets the date the plan was agreed; it holds dunning back from that date.
     *
     * @return the date, not null
     */
    public abstract LocalDate getAgreedDate();

    /**
     * Gets the items the plan covers.
     *
     * @return the item refs, at least one, not null
     */
    public abstract List<ItemRef> getItems();

    /**
     * Gets the instalments agreed.
     *
     * @return the schedule, not null
     */
    public abstract DueSchedule getSchedule();

    /**
     * Gets the amount paid towards the plan up to the date dunned.
     *
     * @return the amount, zero or more, in the schedule's currency
     */
    public abstract Money getPaid();

    /**
     * Gets the days after an instalment's due date before a shortfall breaks the plan.
     *
     * @return the grace days, 0 or more; 0 by default
     */
    @Value.Default
    public int getGraceDays() {
        return 0;
    }

    /**
     * Gets the day the plan breaks if nothing more is paid: the day after the due date plus grace
     * days of the first instalment that the amount paid does not cover in full.
     *
     * @return the date, or empty if the amount paid covers every instalment
     */
    public Optional<LocalDate> breaksOn() {
        Money cumulative = Money.zero(getSchedule().getCurrency());
        for (Instalment instalment : getSchedule().getInstalments()) {
            cumulative = cumulative.plus(instalment.getAmount());
            if (getPaid().isLessThan(cumulative)) {
                return Optional.of(instalment.getDueDate().plusDays(getGraceDays() + 1L));
            }
        }
        return Optional.empty();
    }

    /**
     * Checks whether the plan holds dunning back on a date: it was agreed on or before the date and
     * has not broken by then.
     *
     * @param date the date, not null
     * @return true if the plan is in force and kept on the date
     * @throws NullPointerException if date is null
     */
    public boolean isKeptOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !getAgreedDate().isAfter(date) && breaksOn().map(b -> b.isAfter(date)).orElse(true);
    }

    @Value.Check
    void check() {
        if (getReference().isBlank()) {
            throw new IllegalArgumentException("reference must not be blank: '" + getReference() + "'");
        }
        if (getItems().isEmpty()) {
            throw new IllegalArgumentException("items must not be empty for plan " + getReference());
        }
        if (getGraceDays() < 0) {
            throw new IllegalArgumentException("graceDays must not be negative: " + getGraceDays());
        }
        if (!getPaid().getCurrencyUnit().equals(getSchedule().getCurrency())) {
            throw new CurrencyMismatchException(getSchedule().getCurrency(), getPaid().getCurrencyUnit());
        }
        if (getPaid().isNegative()) {
            throw new IllegalArgumentException("paid must not be negative: " + getPaid());
        }
    }

    /** A builder of plans; a missing field makes {@code build()} throw IllegalStateException. */
    public static final class Builder extends ImmutablePaymentPlan.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
