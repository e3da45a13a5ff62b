/** Runnable examples of the Receivables SDK: the demo, a sample dunning plugin and benchmarks. */
module org.receivables.examples {
    requires org.receivables.core;
    requires org.receivables.aging;
    requires org.receivables.dunning;
    requires java.sql;
    requires duckdb.jdbc;

    exports org.receivables.examples;
}
