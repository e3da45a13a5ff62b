package org.receivables.core.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.internal.ValueChecks;

/**
 * A payment received from a customer: date, amount, method and the remittance references the payer quoted.
 *
 * <p>The amount is positive; its currency is the payment's currency. Remittance references are the
 * texts the payer quoted to say what the payment is for, such as invoice numbers
 * ({@code "INV-2024-0042"}), kept exactly as quoted and in the order quoted; cash application
 * matches them to open items. They are texts, not {@link InvoiceId}s, because payers quote
 * numbers that may match nothing. The payer's reference and the bank's reference are optional.
 *
 * <pre>
 *   Payment p = Payment.builder()
 *       .id(PaymentId.of("PAY-2024-0007")).customerId(CustomerId.of("C-1001"))
 *       .receivedDate(LocalDate.parse("2024-03-28")).amount(Money.parse("EUR 1190.00"))
 *       .method(PaymentMethod.BANK_TRANSFER)
 *       .addRemittanceReferences("INV-2024-0042", "INV-2024-0043")
 *       .bankReference("SEPA-20240328-000123")
 *       .build();
 *   p.getRemittanceReferences();   // [INV-2024-0042, INV-2024-0043]
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Payment {

    Payment() {
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
     * Gets the payment's id.
     *
     * @return the id, not null
     */
    public abstract PaymentId getId();

    /**
     * Gets the id of the paying customer.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the date the payment was received (the value date on the seller's account).
     *
     * @return the received date, not null
     */
    public abstract LocalDate getReceivedDate();

    /**
     * Gets the amount received.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getAmount();

    /**
     * Gets how the payment was made.
     *
     * @return the method, not null
     */
    public abstract PaymentMethod getMethod();

    /**
     * Gets the remittance references the payer quoted, such as invoice numbers, in the order quoted.
     *
     * @return the references, possibly empty, each non-blank, not null
     */
    public abstract List<String> getRemittanceReferences();

    /**
     * Gets the payer's own reference for the payment, if given.
     *
     * @return the payer reference, non-blank when present, not null
     */
    public abstract Optional<String> getPayerReference();

    /**
     * Gets the bank's reference for the payment, if given, such as an end-to-end id.
     *
     * @return the bank reference, non-blank when present, not null
     */
    public abstract Optional<String> getBankReference();

    /**
     * Gets the currency of the payment: the amount's currency.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    @Value.Check
    void check() {
        ValueChecks.requirePositive(getAmount(), "amount");
        ValueChecks.requireNonBlank(getRemittanceReferences(), "remittanceReferences");
        getPayerReference().ifPresent(r -> ValueChecks.requireNonBlank(r, "payerReference"));
        getBankReference().ifPresent(r -> ValueChecks.requireNonBlank(r, "bankReference"));
    }

    /**
     * Builds a {@link Payment}; all fields but {@code remittanceReferences}, {@code payerReference} and
     * {@code bankReference} are required.
     */
    public static final class Builder extends ImmutablePayment.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
