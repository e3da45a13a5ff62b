/** Receivables dunning (its API packages are exported as they land). */
module org.receivables.dunning {
    requires transitive org.receivables.core;
    requires transitive org.receivables.aging;
    requires org.slf4j;
    requires static org.immutables.value.annotations;
}
