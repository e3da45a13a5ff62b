/** Receivables aging (its API packages are exported as they land). */
module org.receivables.aging {
    requires transitive org.receivables.core;

    requires org.slf4j;
    requires static org.immutables.value.annotations;

    exports org.receivables.aging;
    exports org.receivables.aging.allowance;
    exports org.receivables.aging.behaviour;
    exports org.receivables.aging.bulk;
    exports org.receivables.aging.metrics;
}
