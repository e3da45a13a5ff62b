package org.receivables.core.document;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.internal.ValueChecks;

/**
 * A write-off: an amount of one invoice the seller gives up collecting, with the reason and an optional note.
 *
 * <p>The amount is positive; its currency is the write-off's currency. Whether the amount fits the
 * invoice's open balance is for the ledger to judge when the write-off is applied.
 *
 * <pre>
 *   WriteOff w = WriteOff.builder()
 *       .id(WriteOffId.of("WO-2024-0003")).customerId(CustomerId.of("C-1001"))
 *       .invoiceId(InvoiceId.of("INV-2024-0042")).date(LocalDate.parse("2024-06-30"))
 *       .amount(Money.parse("EUR 0.37")).reason(WriteOffReason.SMALL_BALANCE)
 *       .build();
 *   w.getNote();   // Optional.empty
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WriteOff {

    WriteOff() {
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
     * Gets the write-off's id.
     *
     * @return the id, not null
     */
    public abstract WriteOffId getId();

    /**
     * Gets the id of the customer whose invoice is written off.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the invoice written off.
     *
     * @return the invoice id, not null
     */
    public abstract InvoiceId getInvoiceId();

    /**
     * Gets the date of the write-off.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets the amount written off.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getAmount();

    /**
     * Gets why the amount was written off.
     *
     * @return the reason, not null
     */
    public abstract WriteOffReason getReason();

    /**
     * Gets a free-text note, if given, such as the settlement's file number.
     *
     * @return the note, non-blank when present, not null
     */
    public abstract Optional<String> getNote();

    /**
     * Gets the currency of the write-off: the amount's currency.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    @Value.Check
    void check() {
        ValueChecks.requirePositive(getAmount(), "amount");
        getNote().ifPresent(n -> ValueChecks.requireNonBlank(n, "note"));
    }

    /** Builds a {@link WriteOff}; all fields but {@code note} are required. */
    public static final class Builder extends ImmutableWriteOff.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
