package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Objects;
import org.receivables.core.document.Invoice;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.Instalment;

/**
 * The ledger event of an invoice issued: each instalment of its due schedule becomes an open item
 * ({@code <invoiceId>#<number>}) with the instalment's due date, amount and discount tiers.
 *
 * <p>The event id is {@code "invoice:<invoiceId>"}; the date is the issue date. The reference (such
 * as the customer's purchase order number) is a remittance key of every item and takes part in
 * duplicate detection.
 *
 * <pre>
 *   InvoiceIssued e = InvoiceIssued.builder()
 *       .invoiceId(InvoiceId.of("INV-1")).customerId(CustomerId.of("C-1"))
 *       .issueDate(LocalDate.parse("2024-01-10"))
 *       .schedule(DueSchedule.of(List.of(Instalment.builder().number(1)
 *           .dueDate(LocalDate.parse("2024-02-09")).amount(Money.parse("EUR 500.00")).build())))
 *       .reference("PO-4711")
 *       .build();
 *   e.getEventId();   // invoice:INV-1
 *   e.getTotal();     // EUR 500.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class InvoiceIssued implements LedgerEvent {

    InvoiceIssued() {
    }

    /**
     * Creates a builder; {@code invoiceId}, {@code customerId}, {@code issueDate} and {@code schedule} are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains the event of an invoice: its id, customer, issue date, due schedule (from its terms) and
     * purchase order number as the reference.
     *
     * @param invoice the invoice, not null
     * @return the event
     * @throws NullPointerException if invoice is null
     */
    public static InvoiceIssued of(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        return builder().invoiceId(invoice.getId()).customerId(invoice.getCustomerId())
                .issueDate(invoice.getIssueDate()).schedule(invoice.getDueSchedule())
                .reference(invoice.getPurchaseOrderNumber()).build();
    }

    /**
     * Gets the invoice's id.
     *
     * @return the id, not null
     */
    public abstract InvoiceId getInvoiceId();

    @Override
    public abstract CustomerId getCustomerId();

    /**
     * Gets the invoice date.
     *
     * @return the issue date, not null
     */
    public abstract LocalDate getIssueDate();

    /**
     * Gets the due schedule: one open item per instalment.
     *
     * @return the schedule, not null
     */
    public abstract DueSchedule getSchedule();

    /**
     * Gets the customer's reference, such as a purchase order number.
     *
     * @return the reference, not blank, or empty
     */
    public abstract Optional<String> getReference();

    /**
     * Gets the invoice total, the sum of its instalments.
     *
     * @return the total, positive, not null
     */
    public Money getTotal() {
        return getSchedule().getTotal();
    }

    /**
     * Gets the invoice's currency.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getSchedule().getCurrency();
    }

    @Override
    public EventId getEventId() {
        return EventId.of("invoice:" + getInvoiceId());
    }

    @Override
    public LocalDate getDate() {
        return getIssueDate();
    }

    @Override
    public EventKind getKind() {
        return EventKind.INVOICE_ISSUED;
    }

    @Value.Check
    void check() {
        for (Instalment i : getSchedule().getInstalments()) {
            if (i.getDueDate().isBefore(getIssueDate())) {
                throw new IllegalArgumentException("dueDate " + i.getDueDate() + " of instalment " + i.getNumber()
                        + " is before issueDate " + getIssueDate() + " of invoice " + getInvoiceId());
            }
        }
        getReference().ifPresent(r -> LedgerChecks.notBlank(r, "reference", "invoice " + getInvoiceId()));
    }

    /** Builds an {@link InvoiceIssued}; see {@link InvoiceIssued#builder()} for the required attributes. */
    public static final class Builder extends ImmutableInvoiceIssued.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
