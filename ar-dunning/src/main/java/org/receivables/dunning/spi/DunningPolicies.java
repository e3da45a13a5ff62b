package org.receivables.dunning.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Finds dunning policies by name among the {@link DunningPolicyProvider} services on the class path
 * and the module path.
 *
 * <pre>
 *   DunningPolicy policy = DunningPolicies.byName("gentle");
 *   DunningPolicies.names();   // [gentle, strict], sorted
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DunningPolicies {

    private DunningPolicies() {
    }

    /**
     * Creates the policy of the provider with a name, loading providers with the context class
     * loader of the current thread (and the module layer of this module).
     *
     * @param name the provider's name, not null
     * @return a new policy, not null
     * @throws NullPointerException if name is null
     * @throws IllegalArgumentException if no provider has the name; the message lists the names that exist
     */
    public static DunningPolicy byName(String name) {
        return byName(name, Thread.currentThread().getContextClassLoader());
    }

    /**
     * Creates the policy of the provider with a name, loading providers with a class loader.
     *
     * @param name the provider's name, not null
     * @param loader the class loader to search, or null for the system class loader
     * @return a new policy, not null
     * @throws NullPointerException if name is null
     * @throws IllegalArgumentException if no provider has the name; the message lists the names that exist
     */
    public static DunningPolicy byName(String name, ClassLoader loader) {
        Objects.requireNonNull(name, "name");
        TreeMap<String, DunningPolicyProvider> providers = providers(loader);
        DunningPolicyProvider provider = providers.get(name);
        if (provider == null) {
            throw new IllegalArgumentException("policy name '" + name + "' is provided by no DunningPolicyProvider;"
                    + " names that exist: " + providers.keySet());
        }
        return provider.create();
    }

    /**
     * Gets the names of the providers found with the context class loader of the current thread.
     *
     * @return the names, sorted, not null
     */
    public static List<String> names() {
        return new ArrayList<>(providers(Thread.currentThread().getContextClassLoader()).keySet());
    }

    private static TreeMap<String, DunningPolicyProvider> providers(ClassLoader loader) {
        TreeMap<String, DunningPolicyProvider> found = new TreeMap<>();
        ServiceLoader<DunningPolicyProvider> services = DunningPolicies.class.getModule().isNamed()
                ? ServiceLoader.load(DunningPolicyProvider.class)
                : ServiceLoader.load(DunningPolicyProvider.class, loader);
        for (DunningPolicyProvider provider : services) {
            found.putIfAbsent(provider.getName(), provider);
        }
        if (DunningPolicies.class.getModule().isNamed()) {
            for (DunningPolicyProvider provider : ServiceLoader.load(DunningPolicyProvider.class, loader)) {
                found.putIfAbsent(provider.getName(), provider);
            }
        }
        return found;
    }
}
