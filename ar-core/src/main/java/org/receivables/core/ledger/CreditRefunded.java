package org.receivables.core.ledger;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;

/**
 * The ledger event of on-account credit refunded to the customer: part or all of the unapplied amount
 * of a payment or credit note paid back.
 *
 * <p>The caller chooses the event id. The ledger refuses a refund dated before its source, in another
 * currency, of a reversed payment, or beyond the source's unapplied amount.
 *
 * <pre>
 *   CreditRefunded r = CreditRefunded.builder()
 *       .eventId(EventId.of("REF-1")).customerId(CustomerId.of("C-1"))
 *       .date(LocalDate.parse("2024-04-02")).source(CreditSource.ofPayment(PaymentId.of("PAY-1")))
 *       .amount(Money.parse("EUR 25.00"))
 *       .build();
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class CreditRefunded implements LedgerEvent {

    CreditRefunded() {
    }

    /**
     * Creates a builder; every attribute is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract EventId getEventId();

    @Override
    public abstract CustomerId getCustomerId();

    @Override
    public abstract LocalDate getDate();

    /**
     * Gets the payment or credit note whose unapplied amount is refunded.
     *
     * @return the source, not null
     */
    public abstract CreditSource getSource();

    /**
     * Gets the amount refunded.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the currency.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    @Override
    public EventKind getKind() {
        return EventKind.CREDIT_REFUNDED;
    }

    @Value.Check
    void check() {
        LedgerChecks.positive(getAmount(), "amount", "refund " + getEventId());
    }

    /** Builds a {@link CreditRefunded}; see {@link CreditRefunded#builder()} for the required attributes. */
    public static final class Builder extends ImmutableCreditRefunded.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
