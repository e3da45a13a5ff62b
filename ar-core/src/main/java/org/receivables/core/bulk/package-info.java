/**
 * The bulk form of a portfolio's open items, for portfolios of millions of them: columns of
 * primitive values (minor units, epoch days, customer and currency indexes) clustered by customer.
 *
 * <p>Start from {@link org.receivables.core.bulk.OpenItemColumns}, built from open items, from
 * ledgers, or streamed from plain values through its builder. {@link org.receivables.core.bulk.BulkAllocation}
 * allocates a batch of payments ({@link org.receivables.core.bulk.PaymentColumns}) over it, oldest due
 * or oldest issued first. The other bulk operations over it live with their domain:
 * {@code org.receivables.aging.bulk.BulkAging} ages the columns.
 */
@BulkStyle
package org.receivables.core.bulk;
