package org.receivables.aging.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An invoice, or a part of one, that was settled: when it was issued, when it was due, when it was
 * paid and how much; the input of the days-to-pay and days-late metrics.
 *
 * <p>Days to pay are counted from the issue date to the paid date, days late from the due date to
 * the paid date, both in calendar days; a payment before the due date is late by a negative number
 * of days. An invoice paid in parts may be given as one record per payment, each with its amount.
 *
 * <pre>
 *   SettledInvoice i = SettledInvoice.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31"),
 *       LocalDate.parse("2024-01-26"), Money.parse("EUR 100.00"));
 *   i.getDaysToPay();   // 25
 *   i.getDaysLate();    // -5
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SettledInvoice {

    SettledInvoice() {
    }

    /**
     * Obtains a settled invoice.
     *
     * @param issueDate the date the invoice was issued, not null
     * @param dueDate the date it was due, on or after issueDate, not null
     * @param paidDate the date it was paid, on or after issueDate, not null
     * @param amount the amount settled on paidDate, positive, not null
     * @return the settled invoice
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if dueDate or paidDate is before issueDate, or amount is not positive
     */
    public static SettledInvoice of(LocalDate issueDate, LocalDate dueDate, LocalDate paidDate, Money amount) {
        return ImmutableSettledInvoice.of(issueDate, dueDate, paidDate, amount);
    }

    /**
     * Gets the date the invoice was issued.
     *
     * @return the issue date, not null
     */
    @Value.Parameter
    public abstract LocalDate getIssueDate();

    /**
     * Gets the date the invoice was due.
     *
     * @return the due date, not before the issue date, not null
     */
    @Value.Parameter
    public abstract LocalDate getDueDate();

    /**
     * Gets the date the amount was paid.
     *
     * @return the paid date, not before the issue date, not null
     */
    @Value.Parameter
    public abstract LocalDate getPaidDate();

    /**
     * Gets the amount settled.
     *
     * @return the amount, positive, not null
     */
    @Value.Parameter
    public abstract Money getAmount();

    /**
     * Gets the calendar days from the issue date to the paid date.
     *
     * @return the days to pay, zero or more
     */
    public long getDaysToPay() {
        return ChronoUnit.DAYS.between(getIssueDate(), getPaidDate());
    }

    /**
     * Gets the calendar days from the due date to the paid date: negative when paid early.
     *
     * @return the days late, any sign
     */
    public long getDaysLate() {
        return ChronoUnit.DAYS.between(getDueDate(), getPaidDate());
    }

    @Value.Check
    void check() {
        if (getDueDate().isBefore(getIssueDate())) {
            throw new IllegalArgumentException("dueDate " + getDueDate() + " is before issueDate " + getIssueDate());
        }
        if (getPaidDate().isBefore(getIssueDate())) {
            throw new IllegalArgumentException("paidDate " + getPaidDate() + " is before issueDate " + getIssueDate());
        }
        if (!getAmount().isPositive()) {
            throw new IllegalArgumentException("amount " + getAmount() + " must be positive");
        }
    }
}
