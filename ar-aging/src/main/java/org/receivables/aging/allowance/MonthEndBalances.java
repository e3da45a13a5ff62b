package org.receivables.aging.allowance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.AgingBuckets;
import org.receivables.aging.AgingReport;

/**
 * One month-end aging snapshot for a roll-rate analysis: the month, the buckets and the balance of
 * each bucket in one currency.
 *
 * <p>Facts true of every snapshot: one balance per bucket, each zero or more, all in one currency.
 *
 * <pre>
 *   MonthEndBalances.of(YearMonth.of(2024, 1), AgingBuckets.standard(), List.of(
 *       Money.parse("USD 1000.00"), Money.parse("USD 400.00"), Money.parse("USD 200.00"),
 *       Money.parse("USD 100.00"), Money.parse("USD 50.00"), Money.parse("USD 20.00")));
 *   MonthEndBalances.from(januaryReport, CurrencyUnit.USD);   // the open-item totals of a report as of 2024-01-31
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonthEndBalances {

    private final YearMonth month;
    private final AgingBuckets buckets;
    private final List<Money> balances;

    private MonthEndBalances(YearMonth month, AgingBuckets buckets, List<Money> balances) {
        this.month = month;
        this.buckets = buckets;
        this.balances = balances;
    }

    /**
     * Obtains a snapshot from explicit balances.
     *
     * @param month the month whose last day the balances are as of, not null
     * @param buckets the buckets, not null
     * @param balances one balance per bucket, each zero or more, in one currency, not null and holding no null
     * @return the snapshot
     * @throws NullPointerException if an argument is null or balances holds null
     * @throws IllegalArgumentException if the number of balances differs from the number of buckets, or a
     *         balance is negative
     * @throws CurrencyMismatchException if the balances are in more than one currency
     */
    public static MonthEndBalances of(YearMonth month, AgingBuckets buckets, List<Money> balances) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(buckets, "buckets");
        Objects.requireNonNull(balances, "balances");
        List<Money> copy = new ArrayList<>(balances.size());
        for (int i = 0; i < balances.size(); i++) {
            copy.add(Objects.requireNonNull(balances.get(i), "balances[" + i + "]"));
        }
        if (copy.size() != buckets.size()) {
            throw new IllegalArgumentException("balances of " + month + " has " + copy.size() + " amounts " + copy
                    + " but there are " + buckets.size() + " buckets " + buckets);
        }
        CurrencyUnit currency = copy.get(0).getCurrencyUnit();
        for (int i = 0; i < copy.size(); i++) {
            Money m = copy.get(i);
            if (!m.getCurrencyUnit().equals(currency)) {
                throw new CurrencyMismatchException(currency, m.getCurrencyUnit());
            }
            if (m.isNegative()) {
                throw new IllegalArgumentException("balances[" + i + "] " + m + " of " + month + " is negative");
            }
        }
        return new MonthEndBalances(month, buckets, Collections.unmodifiableList(copy));
    }

    /**
     * Obtains a snapshot from an aging report as of a month end: the gross open-item amount of each
     * bucket in one currency ({@link org.receivables.aging.AgingAmounts#getOpenItemAmounts()}).
     *
     * @param report the report, as of the last day of a month, not null
     * @param currency the currency, not null
     * @return the snapshot, all zero if the report has no row in the currency
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the report's as-of date is not the last day of its month
     */
    public static MonthEndBalances from(AgingReport report, CurrencyUnit currency) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(currency, "currency");
        LocalDate asOf = report.getAsOf();
        YearMonth month = YearMonth.from(asOf);
        if (!asOf.equals(month.atEndOfMonth())) {
            throw new IllegalArgumentException("asOf " + asOf + " of the report is not a month end (" + month.atEndOfMonth() + ")");
        }
        return new MonthEndBalances(month, report.getBuckets(), report.getTotals(currency).getOpenItemAmounts());
    }

    /**
     * Gets the month.
     *
     * @return the month, not null
     */
    public YearMonth getMonth() {
        return month;
    }

    /**
     * Gets the buckets.
     *
     * @return the buckets, not null
     */
    public AgingBuckets getBuckets() {
        return buckets;
    }

    /**
     * Gets the balance of each bucket.
     *
     * @return one balance per bucket, unmodifiable, not null
     */
    public List<Money> getBalances() {
        return balances;
    }

    /**
     * Gets the currency of the balances.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return balances.get(0).getCurrencyUnit();
    }

    /**
     * Checks whether another object is a snapshot of the same month, buckets and balances.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof MonthEndBalances)) {
            return false;
        }
        MonthEndBalances o = (MonthEndBalances) obj;
        return month.equals(o.month) && buckets.equals(o.buckets) && balances.equals(o.balances);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(month, buckets, balances);
    }

    /**
     * Returns the month and balances, such as {@code "2024-01 [USD 1000.00, USD 400.00, ...]"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return month + " " + balances;
    }
}
