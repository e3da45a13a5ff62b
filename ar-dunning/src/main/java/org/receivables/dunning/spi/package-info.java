/**
 * The dunning plugin interfaces: a policy decides which items of one customer rise to which level,
 * and providers make policies available by name through {@link java.util.ServiceLoader}.
 *
 * <p>Start from {@link org.receivables.dunning.spi.DunningPolicy},
 * {@link org.receivables.dunning.spi.PolicyOutcome},
 * {@link org.receivables.dunning.spi.DunningPolicyProvider} and
 * {@link org.receivables.dunning.spi.DunningPolicies} (find a provider's policy by name).
 */
@SpiStyle
package org.receivables.dunning.spi;
