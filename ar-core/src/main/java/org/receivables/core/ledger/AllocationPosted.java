package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.ItemRef;

/**
 * The ledger event of a cash application: part or all of a payment or credit note applied to one or
 * more open items, with any discount taken and small difference written off.
 *
 * <p>The caller chooses the event id. The applications name distinct items, all in one currency; the
 * ledger refuses an allocation dated before its source or an item's issue date, or on or after the
 * reversal of its payment, to an unknown item,
 * in another currency than the source ({@link CurrencyMismatchException}), or beyond an item's open
 * amount or the source's unapplied amount. An amount applied to an item that was written off, beyond
 * its open amount, is recorded as a recovery of the write-off.
 *
 * <pre>
 *   AllocationPosted a = AllocationPosted.builder()
 *       .eventId(EventId.of("ALLOC-1")).customerId(CustomerId.of("C-1"))
 *       .date(LocalDate.parse("2024-02-05"))
 *       .source(CreditSource.ofPayment(PaymentId.of("PAY-1")))
 *       .addApplications(ItemApplication.of(ItemRef.ofInstalment(InvoiceId.of("INV-1"), 1), Money.parse("EUR 300.00")))
 *       .build();
 *   a.getTotalAmount();   // EUR 300.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class AllocationPosted implements LedgerEvent {

    AllocationPosted() {
    }

    /**
     * Creates a builder; {@code eventId}, {@code customerId}, {@code date}, {@code source} and at
     * least one application are required.
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
     * Gets the payment or credit note applied.
     *
     * @return the source, not null
     */
    public abstract CreditSource getSource();

    /**
     * Gets the applications, one per item, in the caller's order.
     *
     * @return the applications, not empty, not null
     */
    public abstract List<ItemApplication> getApplications();

    /**
     * Gets the currency of the applications.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getApplications().get(0).getCurrency();
    }

    /**
     * Gets the total amount of the source applied: the sum of the applications' amounts.
     *
     * @return the total, zero or more, not null
     */
    public Money getTotalAmount() {
        Money total = Money.zero(getCurrency());
        for (ItemApplication a : getApplications()) {
            total = total.plus(a.getAmount());
        }
        return total;
    }

    @Override
    public EventKind getKind() {
        return EventKind.ALLOCATION;
    }

    @Value.Check
    void check() {
        if (getApplications().isEmpty()) {
            throw new IllegalArgumentException("applications must not be empty in allocation " + getEventId());
        }
        CurrencyUnit currency = getCurrency();
        Set<ItemRef> seen = new HashSet<>();
        for (ItemApplication a : getApplications()) {
            if (!a.getCurrency().equals(currency)) {
                throw new CurrencyMismatchException(currency, a.getCurrency());
            }
            if (!seen.add(a.getItem())) {
                throw new IllegalArgumentException("applications must name distinct items: " + a.getItem()
                        + " appears more than once in allocation " + getEventId());
            }
        }
    }

    /** Builds an {@link AllocationPosted}; see {@link AllocationPosted#builder()} for the required attributes. */
    public static final class Builder extends ImmutableAllocationPosted.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
