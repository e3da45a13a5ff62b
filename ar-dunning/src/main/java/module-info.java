/**
 * Receivables dunning: the pluggable dunning-policy engine, fees and statutory interest.
 *
 * <p>Policies are found by name through {@link org.receivables.dunning.spi.DunningPolicyProvider}
 * services, on the class path and on the module path. Implementation packages
 * ({@code ...internal}) are not exported.
 */
module org.receivables.dunning {
    requires transitive org.receivables.core;
    requires transitive org.receivables.aging;
    requires org.slf4j;
    requires static org.immutables.value.annotations;

    exports org.receivables.dunning;
    exports org.receivables.dunning.spi;
    exports org.receivables.dunning.policy;
    exports org.receivables.dunning.interest;
    exports org.receivables.dunning.fee;
    exports org.receivables.dunning.bulk;

    uses org.receivables.dunning.spi.DunningPolicyProvider;
}
