package org.receivables.core.document;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.internal.ValueChecks;

/**
 * A credit note issued to a customer: an amount that reduces what the customer owes, optionally
 * against one invoice, with an optional reason.
 *
 * <p>The amount is positive (the credit given); its currency is the credit note's currency. A credit
 * note against an invoice reduces that invoice; one without an invoice is a credit on account for
 * allocation to any open item.
 *
 * <pre>
 *   CreditNote cn = CreditNote.builder()
 *       .id(CreditNoteId.of("CN-2024-0001")).customerId(CustomerId.of("C-1001"))
 *       .issueDate(LocalDate.parse("2024-03-05")).amount(Money.parse("EUR 119.00"))
 *       .invoiceId(InvoiceId.of("INV-2024-0042")).reason("2 items returned damaged")
 *       .build();
 *   cn.getCurrency();   // EUR
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CreditNote {

    CreditNote() {
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
     * Gets the credit note's id.
     *
     * @return the id, not null
     */
    public abstract CreditNoteId getId();

    /**
     * Gets the id of the customer credited.
     *
     * @return the customer id, not null
     */
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
     * Gets the invoice the credit note is against, if any; empty for a credit on account.
     *
     * @return the invoice id, not null
     */
    public abstract Optional<InvoiceId> getInvoiceId();

    /**
     * Gets the reason for the credit, if given, such as {@code "2 items returned damaged"}.
     *
     * @return the reason, non-blank when present, not null
     */
    public abstract Optional<String> getReason();

    /**
     * Gets the currency of the credit note: the amount's currency.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    @Value.Check
    void check() {
        ValueChecks.requirePositive(getAmount(), "amount");
        getReason().ifPresent(r -> ValueChecks.requireNonBlank(r, "reason"));
    }

    /** Builds a {@link CreditNote}; all fields but {@code invoiceId} and {@code reason} are required. */
    public static final class Builder extends ImmutableCreditNote.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
