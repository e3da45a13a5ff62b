package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Objects;
import org.receivables.core.document.WriteOff;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.WriteOffId;
import org.receivables.core.document.WriteOffReason;
import org.receivables.core.item.ItemRef;

/**
 * The ledger event of an open amount written off, such as a bad debt: the item's open amount falls by
 * the amount written off. A later payment applied to the item beyond its open amount is a recovery.
 *
 * <p>The event id is {@code "write-off:<writeOffId>"}. The ledger refuses a write-off dated before the
 * item's issue date, in another currency, or beyond the item's open amount on its date.
 *
 * <pre>
 *   WriteOffPosted w = WriteOffPosted.builder()
 *       .writeOffId(WriteOffId.of("WO-1")).customerId(CustomerId.of("C-1"))
 *       .date(LocalDate.parse("2024-09-30")).item(ItemRef.ofInstalment(InvoiceId.of("INV-1"), 1))
 *       .amount(Money.parse("EUR 200.00")).reason(WriteOffReason.BAD_DEBT)
 *       .build();
 *   w.getEventId();   // write-off:WO-1
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class WriteOffPosted implements LedgerEvent {

    WriteOffPosted() {
    }

    /**
     * Creates a builder; every attribute but {@code note} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains the event of a write-off against one instalment of its invoice.
     *
     * @param writeOff the write-off, not null
     * @param instalmentNumber the number of the instalment written off, 1 or more
     * @return the event
     * @throws NullPointerException if writeOff is null
     * @throws IllegalArgumentException if instalmentNumber is below 1
     */
    public static WriteOffPosted of(WriteOff writeOff, int instalmentNumber) {
        Objects.requireNonNull(writeOff, "writeOff");
        return builder().writeOffId(writeOff.getId()).customerId(writeOff.getCustomerId()).date(writeOff.getDate())
                .item(ItemRef.ofInstalment(writeOff.getInvoiceId(), instalmentNumber)).amount(writeOff.getAmount())
                .reason(writeOff.getReason()).note(writeOff.getNote()).build();
    }

    /**
     * Gets the write-off's id.
     *
     * @return the id, not null
     */
    public abstract WriteOffId getWriteOffId();

    @Override
    public abstract CustomerId getCustomerId();

    @Override
    public abstract LocalDate getDate();

    /**
     * Gets the item written off.
     *
     * @return the item's ref, not null
     */
    public abstract ItemRef getItem();

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
     * Gets a free-text note.
     *
     * @return the note, not blank, or empty
     */
    public abstract Optional<String> getNote();

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
        return EventId.of("write-off:" + getWriteOffId());
    }

    @Override
    public EventKind getKind() {
        return EventKind.WRITE_OFF;
    }

    @Value.Check
    void check() {
        LedgerChecks.positive(getAmount(), "amount", "write-off " + getWriteOffId());
        getNote().ifPresent(n -> LedgerChecks.notBlank(n, "note", "write-off " + getWriteOffId()));
    }

    /** Builds a {@link WriteOffPosted}; see {@link WriteOffPosted#builder()} for the required attributes. */
    public static final class Builder extends ImmutableWriteOffPosted.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
