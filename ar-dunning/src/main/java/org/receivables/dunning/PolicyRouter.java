package org.receivables.dunning;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.receivables.core.customer.CustomerSegment;
import org.receivables.dunning.spi.DunningPolicy;

/**
 * Routes each customer to its dunning policy, by a function of the customer's account (for example
 * its segment, or its payment behaviour).
 *
 * <pre>
 *   PolicyRouter router = PolicyRouter.bySegment(
 *       Map.of(CustomerSegment.of("KEY-ACCOUNT"), gentle), standard);
 *   // or any function: account -&gt; account.getAverageDaysLate().map(d -&gt; d.intValue() &gt; 30).orElse(false) ? strict : standard
 * </pre>
 *
 * <p>Every implementation must be pure and thread-safe and return a policy for every account. If
 * it throws, the engine reports the failure for that customer and completes the run.
 */
@FunctionalInterface
public interface PolicyRouter {

    /**
     * Chooses the policy for an account.
     *
     * @param account the account, not null
     * @return the policy, not null
     */
    DunningPolicy policyFor(DunningAccount account);

    /**
     * Obtains a router that sends every account to one policy.
     *
     * @param policy the policy, not null
     * @return the router, not null
     * @throws NullPointerException if policy is null
     */
    static PolicyRouter single(DunningPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return account -> policy;
    }

    /**
     * Obtains a router by customer segment: an account whose segment is a key of the map gets that
     * policy, any other account the fallback.
     *
     * @param policies the policy of each segment, not null, no null keys or values
     * @param fallback the policy for other accounts, not null
     * @return the router, not null
     * @throws NullPointerException if an argument, key or value is null
     */
    static PolicyRouter bySegment(Map<CustomerSegment, ? extends DunningPolicy> policies, DunningPolicy fallback) {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(fallback, "fallback");
        policies.forEach((k, v) -> {
            Objects.requireNonNull(k, "policies key");
            Objects.requireNonNull(v, "policies value");
        });
        Map<CustomerSegment, DunningPolicy> copy = new TreeMap<>(policies);
        return account -> account.getSegment().map(s -> copy.getOrDefault(s, fallback)).orElse(fallback);
    }
}
