/**
 * The bulk path of dunning for portfolios of millions of open items: the decisions of a
 * {@link org.receivables.dunning.policy.LeveledPolicy} evaluated over primitive columns clustered by
 * customer, in parallel over customer ranges, giving exactly the notices and gates of the
 * {@link org.receivables.dunning.DunningEngine}.
 *
 * <p>Start from {@link org.receivables.dunning.bulk.BulkDunningInput} (the open items as
 * {@link org.receivables.core.bulk.OpenItemColumns} plus each item's and customer's dunning state),
 * {@link org.receivables.dunning.bulk.BulkDunning} (the evaluation) and
 * {@link org.receivables.dunning.bulk.BulkDunningResult} (levels, gates and notices as columns).
 */
@BulkStyle
package org.receivables.dunning.bulk;
