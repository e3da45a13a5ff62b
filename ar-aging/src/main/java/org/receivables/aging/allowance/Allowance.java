package org.receivables.aging.allowance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.AgingBuckets;

/**
 * The allowance for doubtful debts a {@link ProvisionMatrix} gives for an aging report: per currency,
 * the gross open amount and the allowance of each bucket, and the allowance in total.
 *
 * <p>Each allowance figure is the exact product of unrounded amounts and rates, rounded once,
 * half-even, to the currency's decimal places; the total is rounded once from the exact sum, so it
 * may differ from the sum of the rounded buckets by rounding (at most half a minor unit per bucket).
 *
 * <pre>
 *   allowance.getCurrencies();                    // [EUR]
 *   allowance.getGrossAmounts(CurrencyUnit.EUR);  // [EUR 15000000.00, EUR 7500000.00, ...]
 *   allowance.getAmounts(CurrencyUnit.EUR);       // [EUR 45000.00, EUR 120000.00, ...]
 *   allowance.getTotal(CurrencyUnit.EUR);         // EUR 580000.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Allowance {

    private final AgingBuckets buckets;
    private final SortedMap<CurrencyUnit, List<Money>> gross;
    private final SortedMap<CurrencyUnit, List<Money>> amounts;
    private final SortedMap<CurrencyUnit, Money> totals;

    Allowance(AgingBuckets buckets, SortedMap<CurrencyUnit, List<Money>> gross,
            SortedMap<CurrencyUnit, List<Money>> amounts, SortedMap<CurrencyUnit, Money> totals) {
        this.buckets = buckets;
        this.gross = Collections.unmodifiableSortedMap(gross);
        this.amounts = Collections.unmodifiableSortedMap(amounts);
        this.totals = Collections.unmodifiableSortedMap(totals);
    }

    /**
     * Gets the buckets, one per column.
     *
     * @return the buckets, not null
     */
    public AgingBuckets getBuckets() {
        return buckets;
    }

    /**
     * Gets the currencies with an allowance, by currency code.
     *
     * @return the currencies, unmodifiable, not null
     */
    public List<CurrencyUnit> getCurrencies() {
        return Collections.unmodifiableList(new ArrayList<>(totals.keySet()));
    }

    /**
     * Gets the gross open amount of each bucket in a currency, the base the rates apply to.
     *
     * @param currency the currency, not null
     * @return one amount per bucket, unmodifiable; all zero for a currency without items
     * @throws NullPointerException if currency is null
     */
    public List<Money> getGrossAmounts(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        List<Money> list = gross.get(currency);
        return list != null ? list : zeros(currency);
    }

    /**
     * Gets the allowance of each bucket in a currency.
     *
     * @param currency the currency, not null
     * @return one amount per bucket, zero or more, unmodifiable; all zero for a currency without items
     * @throws NullPointerException if currency is null
     */
    public List<Money> getAmounts(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        List<Money> list = amounts.get(currency);
        return list != null ? list : zeros(currency);
    }

    /**
     * Gets the allowance in total in a currency, rounded once from the exact sum of the buckets.
     *
     * @param currency the currency, not null
     * @return the total, zero or more; zero for a currency without items
     * @throws NullPointerException if currency is null
     */
    public Money getTotal(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        Money total = totals.get(currency);
        return total != null ? total : Money.zero(currency);
    }

    private List<Money> zeros(CurrencyUnit currency) {
        return Collections.nCopies(buckets.size(), Money.zero(currency));
    }

    /**
     * Checks whether another object is an allowance with the same buckets and figures.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof Allowance)) {
            return false;
        }
        Allowance o = (Allowance) obj;
        return buckets.equals(o.buckets) && gross.equals(o.gross) && amounts.equals(o.amounts) && totals.equals(o.totals);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(buckets, gross, amounts, totals);
    }

    /**
     * Returns the allowance per currency, such as {@code "Allowance[{EUR=[EUR 45000.00, ...]}, totals {EUR=EUR 580000.00}]"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Allowance[" + amounts + ", totals " + totals + "]";
    }
}
