package org.receivables.dunning.spi;

/**
 * A service that makes a dunning policy available by name, found by {@link DunningPolicies}
 * through {@link java.util.ServiceLoader}: on the class path list the class in
 * {@code META-INF/services/org.receivables.dunning.spi.DunningPolicyProvider}; on the module path
 * declare {@code provides org.receivables.dunning.spi.DunningPolicyProvider with ...}.
 *
 * <pre>
 *   public final class GentlePolicyProvider implements DunningPolicyProvider {
 *       public GentlePolicyProvider() { }
 *       public String getName() { return "gentle"; }
 *       public DunningPolicy create() { return LeveledPolicy.builder().name("gentle")...build(); }
 *   }
 * </pre>
 *
 * <p>Every implementation must have a public no-argument constructor, a constant name that no other
 * provider uses, and create policies that meet {@link DunningPolicy}'s guarantees. It must be
 * thread-safe.
 */
public interface DunningPolicyProvider {

    /**
     * Gets the name the policy is found by.
     *
     * @return the name, not blank, not null
     */
    String getName();

    /**
     * Creates the policy.
     *
     * @return the policy, not null
     */
    DunningPolicy create();
}
