package org.receivables.dunning.spi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds dunning policies by name among the {@link DunningPolicyProvider} services on the class path
 * and the module path.
 *
 * <pre>
 *   DunningPolicy policy = DunningPolicies.byName("gentle");
 *   DunningPolicies.names();   // [gentle, strict], sorted
 * </pre>
 *
 * <p>A provider that fails to load, or whose name is null, is skipped (and logged at DEBUG), so
 * one broken plugin jar does not hide the others.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DunningPolicies {

    private static final Logger LOG = LoggerFactory.getLogger(DunningPolicies.class);

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
        Module module = DunningPolicies.class.getModule();
        if (module.isNamed() && module.getLayer() != null) {
            // module path: providers declared with 'provides' in this module's layer and its parents
            collect(ServiceLoader.load(module.getLayer(), DunningPolicyProvider.class), found);
        }
        // class path (META-INF/services), and named modules defined to the loader
        collect(ServiceLoader.load(DunningPolicyProvider.class, loader), found);
        return found;
    }

    /** Adds the providers a loader finds; a provider that cannot be loaded or named is skipped and logged. */
    private static void collect(ServiceLoader<DunningPolicyProvider> services, TreeMap<String, DunningPolicyProvider> found) {
        Iterator<DunningPolicyProvider> it = services.iterator();
        for (int failures = 0; failures < 100; ) {
            try {
                if (!it.hasNext()) {
                    return;
                }
                DunningPolicyProvider provider = it.next();
                found.putIfAbsent(Objects.requireNonNull(provider.getName(), "provider name"), provider);
            } catch (ServiceConfigurationError | RuntimeException e) {
                failures++;
                LOG.debug("skipped a DunningPolicyProvider that failed to load", e);
            }
        }
    }
}
