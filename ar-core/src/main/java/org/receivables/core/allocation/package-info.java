/**
 * Cash application: applying a payment or credit note to a customer's open items by a chosen
 * strategy, with early-payment discounts, a small-difference write-off and on-account credit.
 *
 * <p>Start from {@link org.receivables.core.allocation.AllocationStrategies},
 * {@link org.receivables.core.allocation.Remittance},
 * {@link org.receivables.core.allocation.Allocation},
 * {@link org.receivables.core.allocation.AllocationOptions} and
 * {@link org.receivables.core.allocation.WriteOffTolerance}.
 */
@AllocationStyle
package org.receivables.core.allocation;
