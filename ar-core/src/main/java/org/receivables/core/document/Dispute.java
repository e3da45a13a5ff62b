package org.receivables.core.document;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.internal.ValueChecks;

/**
 * A dispute the customer opened against an invoice: the date, the reason and, optionally, the amount disputed.
 *
 * <p>An empty {@linkplain #getDisputedAmount() disputed amount} means the whole open amount of the
 * invoice, whatever it is when the dispute is looked at; a present one is positive and its currency is
 * the dispute's currency. Dunning holds disputed items.
 *
 * <pre>
 *   Dispute d = Dispute.builder()
 *       .id(DisputeId.of("DSP-2024-0002")).customerId(CustomerId.of("C-1001"))
 *       .invoiceId(InvoiceId.of("INV-2024-0042")).openedDate(LocalDate.parse("2024-04-02"))
 *       .disputedAmount(Money.parse("EUR 200.00")).reason("Price differs from the order confirmation")
 *       .build();
 *   d.getDisputedAmount();   // Optional[EUR 200.00]
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dispute {

    Dispute() {
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
     * Gets the dispute's id.
     *
     * @return the id, not null
     */
    public abstract DisputeId getId();

    /**
     * Gets the id of the disputing customer.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the invoice disputed.
     *
     * @return the invoice id, not null
     */
    public abstract InvoiceId getInvoiceId();

    /**
     * Gets the date the dispute was opened.
     *
     * @return the opened date, not null
     */
    public abstract LocalDate getOpenedDate();

    /**
     * Gets the amount disputed; empty means the whole open amount of the invoice.
     *
     * @return the amount, positive when present, not null
     */
    public abstract Optional<Money> getDisputedAmount();

    /**
     * Gets the customer's reason, such as {@code "Goods not received"}.
     *
     * @return the reason, non-blank, not null
     */
    public abstract String getReason();

    @Value.Check
    void check() {
        getDisputedAmount().ifPresent(a -> ValueChecks.requirePositive(a, "disputedAmount"));
        ValueChecks.requireNonBlank(getReason(), "reason");
    }

    /** Builds a {@link Dispute}; all fields but {@code disputedAmount} are required. */
    public static final class Builder extends ImmutableDispute.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
