package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.receivables.core.document.PromiseToPay;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.PromiseId;

/**
 * The ledger event of a promise to pay: the customer promises to pay an amount by a date, towards
 * named invoices or (when none is named) towards anything open in the promise's currency.
 *
 * <p>Kept or broken is judged as of a date by {@link LedgerView#getPromises()}: the promise is kept
 * once payments (not credit notes) allocated between the made date and the promised date (both
 * inclusive), to the named invoices, and not reversed, reach its amount; broken when the promised date
 * has passed without that; pending otherwise. The event id is {@code "promise:<promiseId>"}.
 *
 * <pre>
 *   PromiseMade p = PromiseMade.builder()
 *       .promiseId(PromiseId.of("P-1")).customerId(CustomerId.of("C-1"))
 *       .madeDate(LocalDate.parse("2024-03-01")).promisedDate(LocalDate.parse("2024-03-15"))
 *       .amount(Money.parse("EUR 500.00")).addInvoiceIds(InvoiceId.of("INV-1"))
 *       .build();
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class PromiseMade implements LedgerEvent {

    PromiseMade() {
    }

    /**
     * Creates a builder; every attribute but {@code invoiceIds} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains the event of a promise to pay.
     *
     * @param promise the promise, not null
     * @return the event
     * @throws NullPointerException if promise is null
     */
    public static PromiseMade of(PromiseToPay promise) {
        Objects.requireNonNull(promise, "promise");
        return builder().promiseId(promise.getId()).customerId(promise.getCustomerId())
                .madeDate(promise.getMadeDate()).promisedDate(promise.getPromisedDate())
                .amount(promise.getAmount()).invoiceIds(promise.getInvoiceIds()).build();
    }

    /**
     * Gets the promise's id.
     *
     * @return the id, not null
     */
    public abstract PromiseId getPromiseId();

    @Override
    public abstract CustomerId getCustomerId();

    /**
     * Gets the date the promise was made.
     *
     * @return the date, not null
     */
    public abstract LocalDate getMadeDate();

    /**
     * Gets the date by which the customer promised to pay, inclusive.
     *
     * @return the date, not before the made date, not null
     */
    public abstract LocalDate getPromisedDate();

    /**
     * Gets the amount promised.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the invoices the promise covers; empty means anything open in its currency.
     *
     * @return the invoice ids, distinct, not null
     */
    public abstract List<InvoiceId> getInvoiceIds();

    /**
     * Gets the currency.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    @Override
    public EventId getEventId() {
        return EventId.of("promise:" + getPromiseId());
    }

    @Override
    public LocalDate getDate() {
        return getMadeDate();
    }

    @Override
    public EventKind getKind() {
        return EventKind.PROMISE_MADE;
    }

    @Value.Check
    void check() {
        if (getPromisedDate().isBefore(getMadeDate())) {
            throw new IllegalArgumentException("promisedDate " + getPromisedDate() + " is before madeDate "
                    + getMadeDate() + " of promise " + getPromiseId());
        }
        LedgerChecks.positive(getAmount(), "amount", "promise " + getPromiseId());
        List<InvoiceId> ids = getInvoiceIds();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.indexOf(ids.get(i)) != i) {
                throw new IllegalArgumentException("invoiceIds must be distinct: " + ids.get(i)
                        + " appears more than once in promise " + getPromiseId());
            }
        }
    }

    /** Builds a {@link PromiseMade}; see {@link PromiseMade#builder()} for the required attributes. */
    public static final class Builder extends ImmutablePromiseMade.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
