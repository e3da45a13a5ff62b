package org.receivables.core.document;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.internal.ValueChecks;

/**
 * A customer's promise to pay an amount by a date, optionally naming the invoices it covers.
 *
 * <p>The promised date is on or after the date the promise was made (the same day is allowed). The
 * amount is positive; its currency is the promise's currency. The invoices, if listed, are distinct
 * and in the caller's order; an empty list means the promise is for the account as a whole. Whether
 * a promise was kept is for the ledger to judge from the payments received.
 *
 * <pre>
 *   PromiseToPay p = PromiseToPay.builder()
 *       .id(PromiseId.of("PTP-2024-0005")).customerId(CustomerId.of("C-1001"))
 *       .madeDate(LocalDate.parse("2024-04-10")).promisedDate(LocalDate.parse("2024-04-30"))
 *       .amount(Money.parse("EUR 500.00")).addInvoiceIds(InvoiceId.of("INV-2024-0042"))
 *       .build();
 *   PromiseToPay.builder().from(p).promisedDate(LocalDate.parse("2024-04-09")).build();
 *       // IllegalArgumentException: promisedDate 2024-04-09 is before madeDate 2024-04-10
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PromiseToPay {

    PromiseToPay() {
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
     * Gets the promise's id.
     *
     * @return the id, not null
     */
    public abstract PromiseId getId();

    /**
     * Gets the id of the customer who promised.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the date the promise was made.
     *
     * @return the date made, not null
     */
    public abstract LocalDate getMadeDate();

    /**
     * Gets the date by which the customer promised to pay, inclusive.
     *
     * @return the promised date, on or after the date made, not null
     */
    public abstract LocalDate getPromisedDate();

    /**
     * Gets the amount promised.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the invoices the promise covers, in the caller's order; empty for the account as a whole.
     *
     * @return the distinct invoice ids, possibly empty, not null
     */
    public abstract List<InvoiceId> getInvoiceIds();

    /**
     * Gets the currency of the promise: the amount's currency.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    @Value.Check
    void check() {
        if (getPromisedDate().isBefore(getMadeDate())) {
            throw new IllegalArgumentException("promisedDate " + getPromisedDate()
                    + " is before madeDate " + getMadeDate());
        }
        ValueChecks.requirePositive(getAmount(), "amount");
        List<InvoiceId> ids = getInvoiceIds();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.indexOf(ids.get(i)) != i) {
                throw new IllegalArgumentException("invoiceIds must be distinct: " + ids.get(i)
                        + " appears more than once in " + ids);
            }
        }
    }

    /** Builds a {@link PromiseToPay}; all fields but {@code invoiceIds} are required. */
    public static final class Builder extends ImmutablePromiseToPay.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
