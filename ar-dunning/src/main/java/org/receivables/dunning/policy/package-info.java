/**
 * The built-in leveled dunning policy: levels by days past due with grace days, minimums, intervals
 * between notices, one level step per run, actions and fees per level (per item or per notice),
 * interest and late-payment compensation on the notice lines.
 *
 * <p>Start from {@link org.receivables.dunning.policy.LeveledPolicy} and
 * {@link org.receivables.dunning.policy.DunningLevel}.
 */
@PolicyStyle
package org.receivables.dunning.policy;
