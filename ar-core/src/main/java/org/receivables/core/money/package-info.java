/**
 * Money arithmetic the domain needs beyond Joda-Money: exact splits and percentages with explicit rounding.
 *
 * <p>Start from {@link org.receivables.core.money.MoneySplit} (largest-remainder splits whose
 * parts always sum to the whole) and {@link org.receivables.core.money.Percentage}.
 */
@MoneyStyle
package org.receivables.core.money;
