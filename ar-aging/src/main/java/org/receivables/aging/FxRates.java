package org.receivables.aging;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;

/**
 * Exchange rates the caller supplies to express amounts in one reporting currency: for each currency,
 * how many units of the reporting currency one unit of it is worth.
 *
 * <p>The reporting currency's own rate is 1 and need not be given (if given, it must be 1). Rates are
 * positive exact decimals; no rounding happens here: a report multiplies exactly and rounds once at
 * the end (see {@link AgingReport#getTotalIn(FxRates, java.math.RoundingMode)}).
 *
 * <pre>
 *   FxRates rates = FxRates.of(CurrencyUnit.EUR, Map.of(CurrencyUnit.USD, new BigDecimal("0.92")));
 *   rates.getRate(CurrencyUnit.USD);   // 0.92
 *   rates.getRate(CurrencyUnit.EUR);   // 1
 *   rates.getRate(CurrencyUnit.GBP);   // IllegalArgumentException: no rate for currency GBP into EUR ...
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FxRates {

    private final CurrencyUnit reportingCurrency;
    private final SortedMap<CurrencyUnit, BigDecimal> rates;

    private FxRates(CurrencyUnit reportingCurrency, SortedMap<CurrencyUnit, BigDecimal> rates) {
        this.reportingCurrency = reportingCurrency;
        this.rates = Collections.unmodifiableSortedMap(rates);
    }

    /**
     * Obtains rates into a reporting currency.
     *
     * @param reportingCurrency the currency to report in, not null
     * @param rates units of the reporting currency per unit of each currency, each positive; not null,
     *        holding no null key or value
     * @return the rates
     * @throws NullPointerException if an argument is null, or rates holds a null key or value
     * @throws IllegalArgumentException if a rate is zero or negative, or the reporting currency's own rate is not 1
     */
    public static FxRates of(CurrencyUnit reportingCurrency, Map<CurrencyUnit, BigDecimal> rates) {
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
        Objects.requireNonNull(rates, "rates");
        SortedMap<CurrencyUnit, BigDecimal> copy = new TreeMap<>();
        for (Map.Entry<CurrencyUnit, BigDecimal> e : rates.entrySet()) {
            CurrencyUnit currency = Objects.requireNonNull(e.getKey(), "rates key");
            BigDecimal rate = Objects.requireNonNull(e.getValue(), "rates[" + currency + "]");
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("rates[" + currency + "] " + rate.toPlainString() + " must be positive");
            }
            if (currency.equals(reportingCurrency) && rate.compareTo(BigDecimal.ONE) != 0) {
                throw new IllegalArgumentException("rates[" + currency + "] " + rate.toPlainString()
                        + " must be 1 for the reporting currency " + reportingCurrency);
            }
            copy.put(currency, rate);
        }
        return new FxRates(reportingCurrency, copy);
    }

    /**
     * Gets the reporting currency.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getReportingCurrency() {
        return reportingCurrency;
    }

    /**
     * Gets the rates given, by currency code.
     *
     * @return the rates, unmodifiable, not null
     */
    public SortedMap<CurrencyUnit, BigDecimal> getRates() {
        return rates;
    }

    /**
     * Gets the rate of a currency into the reporting currency.
     *
     * @param currency the currency, not null
     * @return the units of the reporting currency per unit of currency; 1 for the reporting currency itself
     * @throws NullPointerException if currency is null
     * @throws IllegalArgumentException if no rate was given for the currency; the message names it
     */
    public BigDecimal getRate(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        BigDecimal rate = rates.get(currency);
        if (rate != null) {
            return rate;
        }
        if (currency.equals(reportingCurrency)) {
            return BigDecimal.ONE;
        }
        throw new IllegalArgumentException("no rate for currency " + currency + " into " + reportingCurrency
                + "; rates given: " + rates.keySet());
    }

    /**
     * Checks whether another object holds the same reporting currency and rates (compared by value).
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof FxRates)) {
            return false;
        }
        FxRates o = (FxRates) obj;
        if (!reportingCurrency.equals(o.reportingCurrency) || !rates.keySet().equals(o.rates.keySet())) {
            return false;
        }
        for (Map.Entry<CurrencyUnit, BigDecimal> e : rates.entrySet()) {
            if (e.getValue().compareTo(o.rates.get(e.getKey())) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int h = reportingCurrency.hashCode();
        for (Map.Entry<CurrencyUnit, BigDecimal> e : rates.entrySet()) {
            h = h * 31 + e.getKey().hashCode() * 17 + e.getValue().stripTrailingZeros().hashCode();
        }
        return h;
    }

    /**
     * Returns the reporting currency and rates, such as {@code "FxRates[EUR, {USD=0.92}]"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "FxRates[" + reportingCurrency + ", " + rates + "]";
    }
}
