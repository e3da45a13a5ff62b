/**
 * Aging reports for any as-of date: open items and credits sorted into day-range buckets per customer
 * and currency, with portfolio totals, percentages, the most overdue customers, totals in a reporting
 * currency, and an associative, commutative merge for aging a portfolio in parts.
 *
 * <p>Start from {@link org.receivables.aging.AgingReport}, {@link org.receivables.aging.AgingBuckets}
 * and {@link org.receivables.aging.AgingOptions}; read the figures from
 * {@link org.receivables.aging.AgingLine} and {@link org.receivables.aging.AgingAmounts}; supply
 * {@link org.receivables.aging.OpenCredit}s and {@link org.receivables.aging.FxRates} as needed.
 * A portfolio of customer ledgers is aged directly with
 * {@code AgingReport.of(portfolio, asOf, options)}. Sub-packages: {@code metrics} (DSO, CEI, turnover),
 * {@code behaviour} (payment behaviour, expected collections) and {@code allowance} (provision matrix,
 * roll rates).
 */
@AgingStyle
package org.receivables.aging;
