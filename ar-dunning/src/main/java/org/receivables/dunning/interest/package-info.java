/**
 * Interest on late debts: day counts, tables of reference rates that change with time, simple
 * interest split at each rate change and rounded once, and the statutory late-payment presets.
 *
 * <p>Start from {@link org.receivables.dunning.interest.SimpleInterest} (an
 * {@link org.receivables.dunning.interest.InterestCalculator}) with a
 * {@link org.receivables.dunning.interest.RateTable}, a
 * {@link org.receivables.dunning.interest.DayCount} and a
 * {@link org.receivables.dunning.interest.RateFixing}; its result is an
 * {@link org.receivables.dunning.interest.InterestCalculation} with one segment per rate. The
 * statutory rules (EU, UK, Germany) are in {@link org.receivables.dunning.interest.LatePaymentRules}.
 * Interest runs from the day after the due date up to and including the end date. A
 * {@link org.receivables.dunning.policy.LeveledPolicy} with a calculator (or a rule, through its
 * builder's {@code latePaymentRule}) shows the interest on each notice line, net of what was charged.
 */
@InterestStyle
package org.receivables.dunning.interest;
