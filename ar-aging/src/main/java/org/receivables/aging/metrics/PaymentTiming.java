package org.receivables.aging.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongFunction;
import org.joda.money.CurrencyUnit;

/**
 * Average days to pay and average days late of settled invoices, plain and amount-weighted.
 *
 * <pre>
 *   average days to pay           = sum(daysToPay) / n
 *   weighted average days to pay  = sum(amount x daysToPay) / sum(amount)
 *   average days late             = sum(daysLate) / n
 *   weighted average days late    = sum(amount x daysLate) / sum(amount)
 * </pre>
 * {@code daysToPay} is paid date minus issue date and {@code daysLate} paid date minus due date, in
 * calendar days ({@link SettledInvoice}); early payments count with negative days late, so an average
 * below zero means customers pay ahead of terms. The weighting follows Oracle Receivables' weighted
 * average days paid ("weighted by the payment amount, on the assumption that a larger payment is
 * more significant"), applied to every settled record, early or late, which differs from Oracle's
 * weighted average days late, which looks only at invoices with a late payment. Each result is one
 * exact fraction rounded once, half-even, to {@link MetricRounding#SCALE} places. All amounts of one
 * computation must be in one currency.
 *
 * <pre>
 *   // USD 10 paid in 5 days, USD 100 paid in 10 days
 *   PaymentTiming.averageDaysToPay(invoices);           // 7.50
 *   PaymentTiming.weightedAverageDaysToPay(invoices);   // 9.55 (1,050 / 110)
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PaymentTiming {

    private PaymentTiming() {
    }

    /**
     * Computes the plain average of the days from issue to payment.
     *
     * @param invoices the settled invoices, in one currency, not empty, not null and holding no null
     * @return the average days to pay, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if invoices is null or holds null
     * @throws IllegalArgumentException if invoices is empty
     * @throws org.joda.money.CurrencyMismatchException if the amounts are in more than one currency
     */
    public static BigDecimal averageDaysToPay(List<SettledInvoice> invoices) {
        return plain(invoices, SettledInvoice::getDaysToPay);
    }

    /**
     * Computes the amount-weighted average of the days from issue to payment.
     *
     * @param invoices the settled invoices, in one currency, not empty, not null and holding no null
     * @return the weighted average days to pay, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if invoices is null or holds null
     * @throws IllegalArgumentException if invoices is empty
     * @throws org.joda.money.CurrencyMismatchException if the amounts are in more than one currency
     */
    public static BigDecimal weightedAverageDaysToPay(List<SettledInvoice> invoices) {
        return weighted(invoices, SettledInvoice::getDaysToPay);
    }

    /**
     * Computes the plain average of the days from due date to payment, negative for early payments.
     *
     * @param invoices the settled invoices, in one currency, not empty, not null and holding no null
     * @return the average days late, any sign, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if invoices is null or holds null
     * @throws IllegalArgumentException if invoices is empty
     * @throws org.joda.money.CurrencyMismatchException if the amounts are in more than one currency
     */
    public static BigDecimal averageDaysLate(List<SettledInvoice> invoices) {
        return plain(invoices, SettledInvoice::getDaysLate);
    }

    /**
     * Computes the amount-weighted average of the days from due date to payment, negative for early payments.
     *
     * @param invoices the settled invoices, in one currency, not empty, not null and holding no null
     * @return the weighted average days late, any sign, at {@link MetricRounding#SCALE} places
     * @throws NullPointerException if invoices is null or holds null
     * @throws IllegalArgumentException if invoices is empty
     * @throws org.joda.money.CurrencyMismatchException if the amounts are in more than one currency
     */
    public static BigDecimal weightedAverageDaysLate(List<SettledInvoice> invoices) {
        return weighted(invoices, SettledInvoice::getDaysLate);
    }

    /**
     * Computes the amount-weighted average days late, as {@link #weightedAverageDaysLate(List)}, but
     * rounded once to the caller's scale and rounding mode; a forecast that shifts a due date by
     * whole days asks for scale 0.
     *
     * <pre>
     *   // EUR 300 paid 10 days early, EUR 100 paid 4 days late: -2,600 / 400 = -6.5
     *   PaymentTiming.weightedAverageDaysLate(invoices, 0, RoundingMode.HALF_EVEN);   // -6
     * </pre>
     *
     * @param invoices the settled invoices, in one currency, not empty, not null and holding no null
     * @param scale the number of decimal places of the result, zero or more
     * @param rounding how the exact fraction is rounded, not null
     * @return the weighted average days late, any sign, at the given scale
     * @throws NullPointerException if invoices or rounding is null, or invoices holds null
     * @throws IllegalArgumentException if invoices is empty, or scale is negative
     * @throws org.joda.money.CurrencyMismatchException if the amounts are in more than one currency
     */
    public static BigDecimal weightedAverageDaysLate(List<SettledInvoice> invoices, int scale, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        if (scale < 0) {
            throw new IllegalArgumentException("scale " + scale + " must not be negative");
        }
        validate(invoices);
        BigDecimal[] fraction = weightedFraction(invoices, SettledInvoice::getDaysLate);
        return fraction[0].divide(fraction[1], scale, rounding);
    }

    private static void validate(List<SettledInvoice> invoices) {
        Objects.requireNonNull(invoices, "invoices");
        for (SettledInvoice i : invoices) {
            Objects.requireNonNull(i, "invoices element");
        }
        if (invoices.isEmpty()) {
            throw new IllegalArgumentException("invoices is empty; an average needs at least one settled invoice");
        }
        CurrencyUnit currency = invoices.get(0).getAmount().getCurrencyUnit();
        for (SettledInvoice i : invoices) {
            PeriodFigures.sameCurrency(currency, i.getAmount());
        }
    }

    private static BigDecimal plain(List<SettledInvoice> invoices, ToLongFunction<SettledInvoice> days) {
        validate(invoices);
        BigDecimal sum = BigDecimal.ZERO;
        for (SettledInvoice i : invoices) {
            sum = sum.add(BigDecimal.valueOf(days.applyAsLong(i)));
        }
        return MetricRounding.divide(sum, BigDecimal.valueOf(invoices.size()));
    }

    private static BigDecimal weighted(List<SettledInvoice> invoices, ToLongFunction<SettledInvoice> days) {
        validate(invoices);
        BigDecimal[] fraction = weightedFraction(invoices, days);
        return MetricRounding.divide(fraction[0], fraction[1]);
    }

    /** Returns {sum(amount x days), sum(amount)} of validated invoices, unrounded. */
    private static BigDecimal[] weightedFraction(List<SettledInvoice> invoices, ToLongFunction<SettledInvoice> days) {
        BigDecimal weightedSum = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (SettledInvoice i : invoices) {
            BigDecimal amount = i.getAmount().getAmount();
            weightedSum = weightedSum.add(amount.multiply(BigDecimal.valueOf(days.applyAsLong(i))));
            total = total.add(amount);
        }
        return new BigDecimal[] {weightedSum, total};
    }
}
