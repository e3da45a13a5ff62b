package org.receivables.aging.metrics;

import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The receivables figures of one measurement period that the period metrics (standard and best
 * possible DSO, average days delinquent, collection effectiveness, turnover) are computed from.
 *
 * <p>All amounts are in one currency and none is negative. The receivables balances are the gross
 * trade receivables (open invoice amounts, net of credit notes) as a ledger reports them:
 * <ul>
 *   <li>{@code creditSales}: net credit sales invoiced within the period, first and last day included;</li>
 *   <li>{@code beginningReceivables}: the balance at the start of the period, that is at the close of
 *       the day before {@code period.getStart()} (optional; average-based metrics, CEI and turnover need it);</li>
 *   <li>{@code endingReceivables}: the total balance at the close of {@code period.getEndInclusive()};</li>
 *   <li>{@code endingCurrentReceivables}: the part of the ending balance that is not yet due on that
 *       day (optional; best possible DSO, average days delinquent and CEI need it), never more than the total.</li>
 * </ul>
 *
 * <pre>
 *   PeriodFigures q1 = PeriodFigures.builder()
 *       .period(MeasurementPeriod.ofMonths(YearMonth.of(2023, 1), YearMonth.of(2023, 3)))
 *       .creditSales(Money.parse("USD 10890"))
 *       .beginningReceivables(Money.parse("USD 6200"))
 *       .endingReceivables(Money.parse("USD 6340"))
 *       .endingCurrentReceivables(Money.parse("USD 3590"))
 *       .build();
 *   DaysSalesOutstanding.standard(q1, ReceivablesBasis.ENDING);   // 52.40 (6,340 / 10,890 x 90 days)
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PeriodFigures {

    PeriodFigures() {
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
     * Gets the measurement period, first and last day inclusive.
     *
     * @return the period, not null
     */
    public abstract MeasurementPeriod getPeriod();

    /**
     * Gets the net credit sales invoiced within the period.
     *
     * @return the credit sales, zero or more, not null
     */
    public abstract Money getCreditSales();

    /**
     * Gets the total receivables balance at the start of the period, if given.
     *
     * @return the beginning balance, zero or more, not null
     */
    public abstract Optional<Money> getBeginningReceivables();

    /**
     * Gets the total receivables balance at the close of the last day of the period.
     *
     * @return the ending balance, zero or more, not null
     */
    public abstract Money getEndingReceivables();

    /**
     * Gets the part of the ending balance that is current (not yet due) on the last day of the period, if given.
     *
     * @return the ending current balance, zero or more and at most the ending balance, not null
     */
    public abstract Optional<Money> getEndingCurrentReceivables();

    /**
     * Gets the currency of every amount.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getCreditSales().getCurrencyUnit();
    }

    @Value.Check
    void check() {
        CurrencyUnit currency = getCurrency();
        sameCurrency(currency, getEndingReceivables());
        getBeginningReceivables().ifPresent(m -> sameCurrency(currency, m));
        getEndingCurrentReceivables().ifPresent(m -> sameCurrency(currency, m));
        notNegative("creditSales", getCreditSales());
        notNegative("endingReceivables", getEndingReceivables());
        getBeginningReceivables().ifPresent(m -> notNegative("beginningReceivables", m));
        getEndingCurrentReceivables().ifPresent(m -> {
            notNegative("endingCurrentReceivables", m);
            if (m.isGreaterThan(getEndingReceivables())) {
                throw new IllegalArgumentException("endingCurrentReceivables " + m
                        + " is greater than endingReceivables " + getEndingReceivables());
            }
        });
    }

    /**
     * Gets the beginning balance, or fails naming the field and the metric that needs it.
     *
     * @param metric the metric that needs the balance, for the message
     * @return the beginning balance
     */
    Money requireBeginningReceivables(String metric) {
        return getBeginningReceivables().orElseThrow(() -> new IllegalArgumentException(
                "beginningReceivables is absent for period " + getPeriod() + "; " + metric + " needs it"));
    }

    /**
     * Gets the ending current balance, or fails naming the field and the metric that needs it.
     *
     * @param metric the metric that needs the balance, for the message
     * @return the ending current balance
     */
    Money requireEndingCurrentReceivables(String metric) {
        return getEndingCurrentReceivables().orElseThrow(() -> new IllegalArgumentException(
                "endingCurrentReceivables is absent for period " + getPeriod() + "; " + metric + " needs it"));
    }

    /**
     * Fails unless the credit sales are above zero, naming the field and the metric that divides by them.
     *
     * @param metric the metric, for the message
     */
    void requirePositiveCreditSales(String metric) {
        if (!getCreditSales().isPositive()) {
            throw new IllegalArgumentException("creditSales " + getCreditSales() + " for period " + getPeriod()
                    + " must be positive: " + metric + " divides by them");
        }
    }

    static void sameCurrency(CurrencyUnit expected, Money amount) {
        if (!amount.getCurrencyUnit().equals(expected)) {
            throw new CurrencyMismatchException(expected, amount.getCurrencyUnit());
        }
    }

    static void notNegative(String field, Money amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException(field + " " + amount + " is negative");
        }
    }

    /** Builds {@link PeriodFigures}; {@code period}, {@code creditSales} and {@code endingReceivables} are required. */
    public static final class Builder extends ImmutablePeriodFigures.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
