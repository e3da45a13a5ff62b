/**
 * Credit control: credit limits per customer and currency with temporary increases, exposure,
 * headroom, and an approve-or-hold decision.
 *
 * <p>Start from {@link org.receivables.core.credit.CreditLimit},
 * {@link org.receivables.core.credit.TemporaryIncrease} and {@link org.receivables.core.credit.CreditDecision}.
 */
@CreditStyle
package org.receivables.core.credit;
