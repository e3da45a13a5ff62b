package org.receivables.core.document;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.terms.DiscountTier;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.Instalment;
import org.receivables.core.terms.PaymentTerms;

/**
 * An invoice: a customer's debt of an amount, issued on a date, payable by payment terms in the
 * due schedule those terms give.
 *
 * <p>The due schedule is computed from the terms, the issue date and the amount unless the builder is
 * given one (for example a schedule adjusted to business days with
 * {@link PaymentTerms#schedule(LocalDate, Money, org.receivables.core.terms.BusinessDayConvention,
 * org.receivables.core.terms.HolidayCalendar)}). A supplied schedule must be in the invoice's
 * currency, sum exactly to the amount, and have no due date or discount last day before the issue
 * date. References (purchase-order number, order id) are optional and non-blank when present.
 *
 * <pre>
 *   Invoice inv = Invoice.builder()
 *       .id(InvoiceId.of("INV-2024-0042"))
 *       .customerId(CustomerId.of("C-1001"))
 *       .issueDate(LocalDate.parse("2024-01-31"))
 *       .amount(Money.parse("EUR 1000.00"))
 *       .terms(PaymentTerms.parse("2/10 Net 30"))
 *       .purchaseOrderNumber("PO-7781")
 *       .build();
 *   inv.getDueDate();                                              // 2024-03-01
 *   inv.getDueSchedule().getInstalments().get(0)
 *       .discountOn(LocalDate.parse("2024-02-10"));                // EUR 20.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Invoice {

    Invoice() {
    }

    /**
     * Creates a builder; id, customerId, issueDate, amount and terms are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the invoice's id.
     *
     * @return the id, not null
     */
    public abstract InvoiceId getId();

    /**
     * Gets the id of the customer who owes the amount.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the issue date (the invoice date the terms count from).
     *
     * @return the issue date, not null
     */
    public abstract LocalDate getIssueDate();

    /**
     * Gets the invoiced amount.
     *
     * @return the amount, positive, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the payment terms.
     *
     * @return the terms, not null
     */
    public abstract PaymentTerms getTerms();

    /**
     * Gets the due schedule: the one given to the builder, or else the one the terms give for the
     * issue date and amount.
     *
     * @return the schedule, summing to the amount, not null
     */
    @Value.Default
    public DueSchedule getDueSchedule() {
        checkAmount();
        return getTerms().schedule(getIssueDate(), getAmount());
    }

    /**
     * Gets the customer's purchase-order number, if given.
     *
     * @return the purchase-order number, non-blank, or empty
     */
    public abstract Optional<String> getPurchaseOrderNumber();

    /**
     * Gets the id of the sales order the invoice bills, if given.
     *
     * @return the order id, non-blank, or empty
     */
    public abstract Optional<String> getOrderId();

    /**
     * Gets the currency of the amount.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getAmount().getCurrencyUnit();
    }

    /**
     * Gets the final due date: the latest due date of the schedule's instalments.
     *
     * @return the final due date, not null
     */
    public LocalDate getDueDate() {
        return getDueSchedule().getFinalDueDate();
    }

    private void checkAmount() {
        if (!getAmount().isPositive()) {
            throw new IllegalArgumentException("amount must be positive: " + getAmount());
        }
    }

    @Value.Check
    void check() {
        checkAmount();
        checkReference("purchaseOrderNumber", getPurchaseOrderNumber());
        checkReference("orderId", getOrderId());
        DueSchedule schedule = getDueSchedule();
        if (!schedule.getCurrency().equals(getCurrency())) {
            throw new CurrencyMismatchException(getCurrency(), schedule.getCurrency());
        }
        if (!schedule.getTotal().isEqual(getAmount())) {
            throw new IllegalArgumentException("dueSchedule total " + schedule.getTotal()
                    + " does not equal amount " + getAmount());
        }
        for (Instalment i : schedule.getInstalments()) {
            if (i.getDueDate().isBefore(getIssueDate())) {
                throw new IllegalArgumentException("dueDate " + i.getDueDate() + " of instalment " + i.getNumber()
                        + " is before issueDate " + getIssueDate());
            }
            for (DiscountTier t : i.getDiscountTiers()) {
                if (t.getLastDay().isBefore(getIssueDate())) {
                    throw new IllegalArgumentException("discount lastDay " + t.getLastDay() + " of instalment "
                            + i.getNumber() + " is before issueDate " + getIssueDate());
                }
            }
        }
    }

    private static void checkReference(String field, Optional<String> value) {
        if (value.isPresent() && value.get().isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank when present: '" + value.get() + "'");
        }
    }

    /** Builds an {@link Invoice}; id, customerId, issueDate, amount and terms are required. */
    public static final class Builder extends ImmutableInvoice.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
