package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.receivables.core.document.Payment;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;

/**
 * The ledger event of a payment received: its amount is on-account credit of the customer until an
 * {@link AllocationPosted} applies it to open items, a {@link CreditRefunded} pays it back, or a
 * {@link PaymentReversed} undoes it.
 *
 * <p>The event id is {@code "payment:<paymentId>"}; the date is the received date. The reference
 * (the payer's or bank's reference) takes part in duplicate detection.
 *
 * <pre>
 *   PaymentReceived p = PaymentReceived.builder()
 *       .paymentId(PaymentId.of("PAY-1")).customerId(CustomerId.of("C-1"))
 *       .receivedDate(LocalDate.parse("2024-02-05")).amount(Money.parse("EUR 300.00"))
 *       .method(PaymentMethod.CHEQUE).reference("CHQ 100234").addRemittanceReferences("INV-1")
 *       .build();
 *   p.getSource();   // PAY:PAY-1
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class PaymentReceived implements LedgerEvent {

    PaymentReceived() {
    }

    /**
     * Creates a builder; {@code paymentId}, {@code customerId}, {@code receivedDate}, {@code amount}
     * and {@code method} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains the event of a payment: its id, customer, date, amount, method and remittance
     * references; the reference is the bank's reference, or else the payer's.
     *
     * @param payment the payment, not null
     * @return the event
     * @throws NullPointerException if payment is null
     */
    public static PaymentReceived of(Payment payment) {
        Objects.requireNonNull(payment, "payment");
        return builder().paymentId(payment.getId()).customerId(payment.getCustomerId())
                .receivedDate(payment.getReceivedDate()).amount(payment.getAmount()).method(payment.getMethod())
                .reference(payment.getBankReference().or(payment::getPayerReference))
                .remittanceReferences(payment.getRemittanceReferences()).build();
    }

    /**
     * Gets the payment's id.
     *
     * @return the id, not null
     */
    public abstract PaymentId getPaymentId();

    @Override
    public abstract CustomerId getCustomerId();

    /**
     * Gets the date the payment was received.
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
     * Gets how the customer paid.
     *
     * @return the method, not null
     */
    public abstract PaymentMethod getMethod();

    /**
     * Gets the payer's or bank's reference, such as a cheque number.
     *
     * @return the reference, not blank, or empty
     */
    public abstract Optional<String> getReference();

    /**
     * Gets the remittance references the payer quoted, such as invoice numbers, in their order.
     *
     * @return the references, none blank, not null
     */
    public abstract List<String> getRemittanceReferences();

    /**
     * Gets the credit source this payment is.
     *
     * @return the source, not null
     */
    public CreditSource getSource() {
        return CreditSource.ofPayment(getPaymentId());
    }

    /**
     * Gets the payment's currency.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    @Override
    public EventId getEventId() {
        return EventId.of("payment:" + getPaymentId());
    }

    @Override
    public LocalDate getDate() {
        return getReceivedDate();
    }

    @Override
    public EventKind getKind() {
        return EventKind.PAYMENT_RECEIVED;
    }

    @Value.Check
    void check() {
        LedgerChecks.positive(getAmount(), "amount", "payment " + getPaymentId());
        getReference().ifPresent(r -> LedgerChecks.notBlank(r, "reference", "payment " + getPaymentId()));
        LedgerChecks.notBlank(getRemittanceReferences(), "remittanceReferences", "payment " + getPaymentId());
    }

    /** Builds a {@link PaymentReceived}; see {@link PaymentReceived#builder()} for the required attributes. */
    public static final class Builder extends ImmutablePaymentReceived.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
