/**
 * The dunning engine: it turns customers' open items, a dunning history and a contact log into a
 * proposal of notices, with the reason for every decision, and never sends anything itself.
 *
 * <p>Start from {@link org.receivables.dunning.DunningEngine} (propose, forecast, worklist),
 * {@link org.receivables.dunning.DunningAccount} (its per-customer input),
 * {@link org.receivables.dunning.DunningProposal} with {@link org.receivables.dunning.DunningNotice}
 * (its output), {@link org.receivables.dunning.DunningHistory} (what the caller executed) and
 * {@link org.receivables.dunning.Gate} (why something was left out).
 */
@DunningStyle
package org.receivables.dunning;
