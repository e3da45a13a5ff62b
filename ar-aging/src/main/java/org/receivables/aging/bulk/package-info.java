/**
 * The bulk path for portfolios of millions of open items: columns of primitive values clustered by
 * customer, and an aging over them that gives exactly the object API's {@link org.receivables.aging.AgingReport}.
 *
 * <p>Start from {@link org.receivables.core.bulk.OpenItemColumns} (built from open items, ledgers or
 * plain values through its builder) and {@link org.receivables.aging.bulk.BulkAging} (sequential,
 * parallel over customer ranges, or one range); {@link org.receivables.aging.bulk.BulkMetrics} gives
 * the metrics that scan open items (percent current, percent past due, current receivables) and
 * {@link org.receivables.aging.bulk.PastDueFigures} holds them per currency.
 */
@BulkStyle
package org.receivables.aging.bulk;
