/**
 * Receivables dunning: fees and statutory interest now; the policy engine as it lands.
 *
 * <p>Implementation packages ({@code ...internal}) are not exported.
 */
module org.receivables.dunning {
    requires transitive org.receivables.core;
    requires transitive org.receivables.aging;
    requires org.slf4j;
    requires static org.immutables.value.annotations;

    exports org.receivables.dunning.interest;
    exports org.receivables.dunning.fee;
}
