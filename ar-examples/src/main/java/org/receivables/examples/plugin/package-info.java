/**
 * A sample dunning plugin: {@link org.receivables.examples.plugin.QuietSeasonPolicyProvider} provides
 * {@link org.receivables.examples.plugin.QuietSeasonPolicy} through {@code ServiceLoader}.
 */
package org.receivables.examples.plugin;
