/**
 * Dunning fees: the amount a creditor charges for a reminder or a late debt, as a function of the
 * overdue amount.
 *
 * <p>Start from {@link org.receivables.dunning.fee.FeeRule} (the one-method contract) and its
 * built-in rules {@link org.receivables.dunning.fee.FixedFee},
 * {@link org.receivables.dunning.fee.PercentageFee} (with an optional minimum and maximum) and
 * {@link org.receivables.dunning.fee.BandedFee} (a fixed sum by debt size, such as the UK late-payment
 * compensation). A rule only computes an amount; charging each fee at most once per item (or notice,
 * see {@link org.receivables.dunning.fee.FeeBasis}) and dunning level is the dunning engine's job.
 */
@FeeStyle
package org.receivables.dunning.fee;
