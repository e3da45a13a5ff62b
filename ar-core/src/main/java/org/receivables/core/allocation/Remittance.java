package org.receivables.core.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.internal.Ids;

/**
 * Cash to apply to a customer's open items: a payment or a credit note, with its amount, the date
 * it was received or issued, and the references the payer quoted.
 *
 * <p>The source id is the caller's id of the payment or credit note (any valid id text). References
 * are free text in the payer's order; they may be junk, and blank ones never name an item.
 *
 * <pre>
 *   Remittance r = Remittance.ofPayment("PAY-7", Money.parse("EUR 980.00"), LocalDate.parse("2024-03-01"),
 *       List.of("INV-1"));
 *   r.getKind();   // PAYMENT
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Remittance {

    Remittance() {
    }

    /**
     * Creates a builder; {@code sourceId}, {@code kind}, {@code amount} and {@code date} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains the remittance of a payment.
     *
     * @param sourceId the caller's id of the payment, not null
     * @param amount the amount received, positive, not null
     * @param receivedDate the date the payment was received, not null
     * @param references the references the payer quoted, in order, not null, no null element
     * @return the remittance
     * @throws NullPointerException if any argument is null or references holds null
     * @throws IllegalArgumentException if sourceId is not a valid id or amount is not positive
     */
    public static Remittance ofPayment(String sourceId, Money amount, LocalDate receivedDate, List<String> references) {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(receivedDate, "receivedDate");
        Objects.requireNonNull(references, "references");
        for (String reference : references) {
            Objects.requireNonNull(reference, "references");
        }
        return builder().sourceId(sourceId).kind(RemittanceKind.PAYMENT).amount(amount).date(receivedDate)
                .references(references).build();
    }

    /**
     * Obtains the remittance of a credit note.
     *
     * @param sourceId the caller's id of the credit note, not null
     * @param amount the amount credited, positive, not null
     * @param issueDate the date the credit note was issued, not null
     * @param references the invoices or other references it names, in order, not null, no null element
     * @return the remittance
     * @throws NullPointerException if any argument is null or references holds null
     * @throws IllegalArgumentException if sourceId is not a valid id or amount is not positive
     */
    public static Remittance ofCreditNote(String sourceId, Money amount, LocalDate issueDate, List<String> references) {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(references, "references");
        for (String reference : references) {
            Objects.requireNonNull(reference, "references");
        }
        return builder().sourceId(sourceId).kind(RemittanceKind.CREDIT_NOTE).amount(amount).date(issueDate)
                .references(references).build();
    }

    /**
     * Gets the caller's id of the payment or credit note.
     *
     * @return the id text, not null
     */
    public abstract String getSourceId();

    /**
     * Gets what the cash is: a payment or a credit note.
     *
     * @return the kind, not null
     */
    public abstract RemittanceKind getKind();

    /**
     * Gets the amount to apply.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the date the payment was received or the credit note issued; discounts are judged on it.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets the references the payer quoted, in the payer's order.
     *
     * @return the references, possibly empty, not null
     */
    public abstract List<String> getReferences();

    /**
     * Gets the currency of the amount.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    @Value.Check
    void check() {
        Ids.requireValid(getSourceId(), "sourceId");
        if (!getAmount().isPositive()) {
            throw new IllegalArgumentException("amount must be positive: " + getAmount() + " of " + getSourceId());
        }
    }

    /** Builds a {@link Remittance}; see {@link Remittance#builder()} for the required attributes. */
    public static final class Builder extends ImmutableRemittance.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
