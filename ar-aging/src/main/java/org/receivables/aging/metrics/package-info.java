/**
 * Receivables metrics computed from explicit figures: days sales outstanding (standard, countback and
 * best possible), average days delinquent, the collection effectiveness index, receivables turnover,
 * days to pay and days late, and the share of receivables current or long past due.
 *
 * <p>Start from {@link org.receivables.aging.metrics.PeriodFigures} (read from ledgers by
 * {@link org.receivables.aging.metrics.LedgerFigures}) and
 * {@link org.receivables.aging.metrics.DaysSalesOutstanding}, then
 * {@link org.receivables.aging.metrics.CollectionEffectiveness},
 * {@link org.receivables.aging.metrics.ReceivablesTurnover},
 * {@link org.receivables.aging.metrics.PaymentTiming} and
 * {@link org.receivables.aging.metrics.PastDueShare}. Every metric is a {@code BigDecimal} computed
 * from unrounded values and rounded once, half-even, to {@value org.receivables.aging.metrics.MetricRounding#SCALE}
 * decimal places.
 */
@MetricsStyle
package org.receivables.aging.metrics;
