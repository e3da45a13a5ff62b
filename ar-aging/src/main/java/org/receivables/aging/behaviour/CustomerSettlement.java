package org.receivables.aging.behaviour;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.metrics.SettledInvoice;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerSegment;

/**
 * A settled invoice of a known customer: who paid, the customer's segment when it has one, and the
 * {@link SettledInvoice} itself (issue, due and paid dates and the amount settled); the input of
 * payment behaviour, payment predictions and the back-test.
 *
 * <p>The segment is the one the customer belonged to when it paid; the segment level of a prediction
 * pools every settlement recorded with that segment. An invoice paid in parts is given as one
 * settlement per payment, each with its own paid date and amount.
 *
 * <pre>
 *   CustomerSettlement s = CustomerSettlement.of(CustomerId.of("C-1"), CustomerSegment.of("RETAIL"),
 *       SettledInvoice.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31"),
 *           LocalDate.parse("2024-02-05"), Money.parse("EUR 100.00")));
 *   s.getDaysLate();    // 5
 *   s.isOnTime();       // false
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CustomerSettlement {

    CustomerSettlement() {
    }

    /**
     * Obtains a settlement of a customer without a segment.
     *
     * @param customerId the customer who paid, not null
     * @param settlement the settled invoice, not null
     * @return the settlement
     * @throws NullPointerException if an argument is null
     */
    public static CustomerSettlement of(CustomerId customerId, SettledInvoice settlement) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(settlement, "settlement");
        return ImmutableCustomerSettlement.of(customerId, Optional.empty(), settlement);
    }

    /**
     * Obtains a settlement of a customer in a segment.
     *
     * @param customerId the customer who paid, not null
     * @param segment the customer's segment when it paid, not null
     * @param settlement the settled invoice, not null
     * @return the settlement
     * @throws NullPointerException if an argument is null
     */
    public static CustomerSettlement of(CustomerId customerId, CustomerSegment segment, SettledInvoice settlement) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(settlement, "settlement");
        return ImmutableCustomerSettlement.of(customerId, Optional.of(segment), settlement);
    }

    /**
     * Gets the customer who paid.
     *
     * @return the customer id, not null
     */
    @Value.Parameter
    public abstract CustomerId getCustomerId();

    /**
     * Gets the customer's segment when it paid.
     *
     * @return the segment, empty when the customer has none, not null
     */
    @Value.Parameter
    public abstract Optional<CustomerSegment> getSegment();

    /**
     * Gets the settled invoice: its dates and the amount paid.
     *
     * @return the settled invoice, not null
     */
    @Value.Parameter
    public abstract SettledInvoice getSettlement();

    /**
     * Gets the currency of the amount settled.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    /**
     * Gets the amount settled.
     *
     * @return the amount, positive, not null
     */
    public Money getAmount() {
        return getSettlement().getAmount();
    }

    /**
     * Gets the date the amount was paid.
     *
     * @return the paid date, not null
     */
    public LocalDate getPaidDate() {
        return getSettlement().getPaidDate();
    }

    /**
     * Gets the calendar days from the due date to the paid date, negative when paid early
     * ({@link SettledInvoice#getDaysLate()}).
     *
     * @return the days late, any sign
     */
    public long getDaysLate() {
        return getSettlement().getDaysLate();
    }

    /**
     * Checks whether the amount was paid on time: on or before the due date.
     *
     * @return true if the days late are zero or fewer
     */
    public boolean isOnTime() {
        return getDaysLate() <= 0;
    }
}
