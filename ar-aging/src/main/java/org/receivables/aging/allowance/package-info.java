/**
 * The allowance for doubtful debts: a provision matrix of loss rates per aging bucket (optionally per
 * customer segment) applied to an aging report, and a roll-rate (migration) analysis over month-end
 * aging snapshots that derives those loss rates.
 *
 * <p>Start from {@link org.receivables.aging.allowance.ProvisionMatrix} and
 * {@link org.receivables.aging.allowance.Allowance}; derive rates with
 * {@link org.receivables.aging.allowance.RollRateAnalysis} from
 * {@link org.receivables.aging.allowance.MonthEndBalances}, averaged as
 * {@link org.receivables.aging.allowance.RollRateAveraging} says.
 */
@AllowanceStyle
package org.receivables.aging.allowance;
