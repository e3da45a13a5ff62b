/** Runnable examples of the Receivables SDK: the demo, a sample dunning plugin and benchmarks. */
module org.receivables.examples {
    requires org.receivables.core;
    requires org.receivables.aging;
    requires org.receivables.dunning;
    requires org.apache.commons.csv;
    requires java.sql;
    requires duckdb.jdbc;

    exports org.receivables.examples;
    exports org.receivables.examples.plugin;
    exports org.receivables.examples.report;

    provides org.receivables.dunning.spi.DunningPolicyProvider
        with org.receivables.examples.plugin.QuietSeasonPolicyProvider;
}
