/**
 * The dunning engine: it turns customers' open items, a dunning history and a contact log into a
 * proposal of notices, with the reason for every decision, and never sends anything itself.
 *
 * <p>Start from {@link org.receivables.dunning.DunningEngine} (propose, forecast, worklist),
 * {@link org.receivables.dunning.DunningAccount} (its per-customer input),
 * {@link org.receivables.dunning.DunningProposal} with {@link org.receivables.dunning.DunningNotice}
 * (its output), {@link org.receivables.dunning.DunningHistory} (what the caller executed) and
 * {@link org.receivables.dunning.Gate} (why something was left out).
 *
 * <p>Fees, interest and late-payment compensation appear on the notice lines, each charged at most
 * once (a fee per item or per notice and level, interest per day, compensation per late invoice)
 * because the history records them; {@link org.receivables.dunning.DunningProposal#toCharges()}
 * turns them into the ledger's charge events, which allocation settles before principal by default.
 */
@DunningStyle
package org.receivables.dunning;
