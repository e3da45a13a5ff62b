package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ChargeId;
import org.receivables.core.item.ItemKind;
import org.receivables.core.item.ItemRef;

/**
 * The ledger event of a charge posted against a customer: a fee or interest that becomes one open
 * item ({@code FEE:<chargeId>} or {@code INTEREST:<chargeId>}) without discount tiers.
 *
 * <p>The event id is {@code "charge:<chargeId>"}; the date is the posting date.
 *
 * <pre>
 *   ChargePosted fee = ChargePosted.builder()
 *       .chargeId(ChargeId.of("CH-1")).chargeKind(ItemKind.FEE).customerId(CustomerId.of("C-1"))
 *       .postedDate(LocalDate.parse("2024-03-01")).dueDate(LocalDate.parse("2024-03-15"))
 *       .amount(Money.parse("EUR 40.00")).invoiceId(InvoiceId.of("INV-1"))
 *       .build();
 *   fee.getItemRef();   // FEE:CH-1
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ChargePosted implements LedgerEvent {

    ChargePosted() {
    }

    /**
     * Creates a builder; every attribute but {@code invoiceId} and {@code description} is required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the charge's id.
     *
     * @return the id, not null
     */
    public abstract ChargeId getChargeId();

    /**
     * Gets the kind of charge.
     *
     * @return {@link ItemKind#FEE} or {@link ItemKind#INTEREST}, not null
     */
    public abstract ItemKind getChargeKind();

    @Override
    public abstract CustomerId getCustomerId();

    /**
     * Gets the date the charge was posted.
     *
     * @return the posting date, not null
     */
    public abstract LocalDate getPostedDate();

    /**
     * Gets the date the charge is due.
     *
     * @return the due date, not before the posting date, not null
     */
    public abstract LocalDate getDueDate();

    /**
     * Gets the amount charged.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the invoice the charge relates to, such as the late invoice interest is charged on.
     *
     * @return the invoice id, or empty
     */
    public abstract Optional<InvoiceId> getInvoiceId();

    /**
     * Gets a description for the statement, such as "dunning fee, level 2".
     *
     * @return the description, not blank, or empty
     */
    public abstract Optional<String> getDescription();

    /**
     * Gets the ref of the open item the charge becomes.
     *
     * @return the ref, not null
     */
    public ItemRef getItemRef() {
        return ItemRef.ofCharge(getChargeId(), getChargeKind());
    }

    /**
     * Gets the charge's currency.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    @Override
    public EventId getEventId() {
        return EventId.of("charge:" + getChargeId());
    }

    @Override
    public LocalDate getDate() {
        return getPostedDate();
    }

    @Override
    public EventKind getKind() {
        return EventKind.CHARGE_POSTED;
    }

    @Value.Check
    void check() {
        if (!getChargeKind().isCharge()) {
            throw new IllegalArgumentException("chargeKind must be FEE or INTEREST: " + getChargeKind()
                    + " in charge " + getChargeId());
        }
        LedgerChecks.positive(getAmount(), "amount", "charge " + getChargeId());
        if (getDueDate().isBefore(getPostedDate())) {
            throw new IllegalArgumentException("dueDate " + getDueDate() + " is before postedDate " + getPostedDate()
                    + " of charge " + getChargeId());
        }
        getDescription().ifPresent(d -> LedgerChecks.notBlank(d, "description", "charge " + getChargeId()));
    }

    /** Builds a {@link ChargePosted}; see {@link ChargePosted#builder()} for the required attributes. */
    public static final class Builder extends ImmutableChargePosted.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
