package org.receivables.aging;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;

/**
 * A credit a customer holds as of a date: the unapplied part of a payment or of a credit note, an
 * input to an aging report besides the open items.
 *
 * <p>Facts true of every credit: the amount is positive. The date is when the payment was received
 * or the credit note issued; an aging report refuses a credit dated after its as-of date.
 *
 * <pre>
 *   OpenCredit c = OpenCredit.builder()
 *       .customerId(CustomerId.of("C-1")).kind(CreditKind.UNAPPLIED_PAYMENT)
 *       .date(LocalDate.parse("2024-03-15")).amount(Money.parse("EUR 30.00"))
 *       .build();
 *   c.getCurrency();   // EUR
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpenCredit {

    OpenCredit() {
    }

    /**
     * Creates a builder; every attribute is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the customer who holds the credit.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets what the credit is.
     *
     * @return the kind, not null
     */
    public abstract CreditKind getKind();

    /**
     * Gets the date the payment was received or the credit note issued.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets the unapplied amount.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the credit's currency.
     *
     * @return the currency of the amount, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    @Value.Check
    void check() {
        if (!getAmount().isPositive()) {
            throw new IllegalArgumentException("amount must be positive: " + getAmount() + " of the "
                    + getKind() + " credit of customer " + getCustomerId());
        }
    }

    /** Builds an {@link OpenCredit}; see {@link OpenCredit#builder()}. */
    public static final class Builder extends ImmutableOpenCredit.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
