package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Objects;
import org.receivables.core.document.CreditNote;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.CreditNoteId;
import org.receivables.core.document.InvoiceId;

/**
 * The ledger event of a credit note issued: its amount is on-account credit of the customer until an
 * {@link AllocationPosted} applies it to open items (even when it names an invoice: applying it is a
 * separate, explicit event) or a {@link CreditRefunded} pays it out.
 *
 * <p>The event id is {@code "credit-note:<creditNoteId>"}; the date is the issue date.
 *
 * <pre>
 *   CreditNoteIssued cn = CreditNoteIssued.builder()
 *       .creditNoteId(CreditNoteId.of("CN-1")).customerId(CustomerId.of("C-1"))
 *       .issueDate(LocalDate.parse("2024-02-01")).amount(Money.parse("EUR 50.00"))
 *       .invoiceId(InvoiceId.of("INV-1"))
 *       .build();
 *   cn.getSource();   // CN:CN-1
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class CreditNoteIssued implements LedgerEvent {

    CreditNoteIssued() {
    }

    /**
     * Creates a builder; {@code creditNoteId}, {@code customerId}, {@code issueDate} and {@code amount} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains the event of a credit note.
     *
     * @param creditNote the credit note, not null
     * @return the event
     * @throws NullPointerException if creditNote is null
     */
    public static CreditNoteIssued of(CreditNote creditNote) {
        Objects.requireNonNull(creditNote, "creditNote");
        return builder().creditNoteId(creditNote.getId()).customerId(creditNote.getCustomerId())
                .issueDate(creditNote.getIssueDate()).amount(creditNote.getAmount())
                .invoiceId(creditNote.getInvoiceId()).reason(creditNote.getReason()).build();
    }

    /**
     * Gets the credit note's id.
     *
     * @return the id, not null
     */
    public abstract CreditNoteId getCreditNoteId();

    @Override
    public abstract CustomerId getCustomerId();

    /**
     * Gets the date the credit note was issued.
     *
     * @return the issue date, not null
     */
    public abstract LocalDate getIssueDate();

    /**
     * Gets the amount credited.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the invoice the credit note corrects, if it names one.
     *
     * @return the invoice id, or empty
     */
    public abstract Optional<InvoiceId> getInvoiceId();

    /**
     * Gets the reason, such as "goods returned".
     *
     * @return the reason, not blank, or empty
     */
    public abstract Optional<String> getReason();

    /**
     * Gets the credit source this credit note is.
     *
     * @return the source, not null
     */
    public CreditSource getSource() {
        return CreditSource.ofCreditNote(getCreditNoteId());
    }

    /**
     * Gets the credit note's currency.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    @Override
    public EventId getEventId() {
        return EventId.of("credit-note:" + getCreditNoteId());
    }

    @Override
    public LocalDate getDate() {
        return getIssueDate();
    }

    @Override
    public EventKind getKind() {
        return EventKind.CREDIT_NOTE_ISSUED;
    }

    @Value.Check
    void check() {
        LedgerChecks.positive(getAmount(), "amount", "credit note " + getCreditNoteId());
        getReason().ifPresent(r -> LedgerChecks.notBlank(r, "reason", "credit note " + getCreditNoteId()));
    }

    /** Builds a {@link CreditNoteIssued}; see {@link CreditNoteIssued#builder()} for the required attributes. */
    public static final class Builder extends ImmutableCreditNoteIssued.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
