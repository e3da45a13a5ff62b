/**
 * The built-in leveled dunning policy: levels by days past due with grace days, minimums, intervals
 * between notices, one level step per run, actions and fees per level.
 *
 * <p>Start from {@link org.receivables.dunning.policy.LeveledPolicy} and
 * {@link org.receivables.dunning.policy.DunningLevel}.
 */
@PolicyStyle
package org.receivables.dunning.policy;
