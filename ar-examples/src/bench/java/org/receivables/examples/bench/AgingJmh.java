package org.receivables.examples.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.receivables.aging.AgingReport;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.Portfolio;

/**
 * JMH benchmarks of the aging of a generated portfolio (items / 100 customers), in the same run: the bulk
 * path (2 threads and 1), the object API over {@link OpenItem}s and over customer ledgers, and DuckDB's
 * SQL over the same data loaded with its appender; and the ingest of each form, including the bulk form
 * built from the ledgers (single shot). Built only with {@code -Pbench}:
 *
 * <pre>
 *   mvn -B -q -Pbench -DskipTests package -Dbench.skipRun=true
 *   java -jar ar-examples/target/benchmarks.jar AgingJmh -p items=1000000
 * </pre>
 *
 * <p>The same work as {@link AgingBenchmark}, which also prints memory per item and the table of ratios.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx16g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AgingJmh {

    /** The generated portfolio. */
    @State(Scope.Benchmark)
    public static class Source {
        /** The number of open items. */
        @Param({"1000000", "10000000"})
        public int items;
        AgingWorkload workload;

        /** Generates the portfolio. */
        @Setup(Level.Trial)
        public void generate() {
            workload = AgingWorkload.generate(items, Math.max(1, items / 100), 20241123L);
        }
    }

    /** The bulk columns of the portfolio. */
    @State(Scope.Benchmark)
    public static class Columns {
        OpenItemColumns columns;

        /** Builds the columns. @param source the portfolio */
        @Setup(Level.Trial)
        public void build(Source source) {
            columns = source.workload.buildColumns();
        }
    }

    /** The portfolio as OpenItem objects. */
    @State(Scope.Benchmark)
    public static class Objects {
        List<OpenItem> items;

        /** Builds the objects. @param source the portfolio */
        @Setup(Level.Trial)
        public void build(Source source) {
            items = source.workload.buildOpenItems();
        }
    }

    /** The portfolio as customer ledgers. */
    @State(Scope.Benchmark)
    public static class Ledgers {
        Portfolio portfolio;

        /** Builds the ledgers. @param source the portfolio */
        @Setup(Level.Trial)
        public void build(Source source) {
            portfolio = source.workload.buildPortfolio();
        }
    }

    /** The portfolio loaded into DuckDB. */
    @State(Scope.Benchmark)
    public static class Duck {
        DuckDbAging duck;

        /** Loads the table. @param source the portfolio @throws SQLException if DuckDB fails */
        @Setup(Level.Trial)
        public void load(Source source) throws SQLException {
            duck = source.workload.loadDuckDb(2);
        }

        /** Closes the database. @throws SQLException if DuckDB fails */
        @TearDown(Level.Trial)
        public void close() throws SQLException {
            duck.close();
        }
    }

    /** @param s the portfolio @param c its columns @return the report */
    @Benchmark
    public AgingReport bulkAging2Threads(Source s, Columns c) {
        return s.workload.bulkAging(c.columns, 2);
    }

    /** @param s the portfolio @param c its columns @return the report */
    @Benchmark
    public AgingReport bulkAging1Thread(Source s, Columns c) {
        return s.workload.bulkAging(c.columns, 1);
    }

    /** @param s the portfolio @param o its objects @return the report */
    @Benchmark
    public AgingReport objectApiAging(Source s, Objects o) {
        return s.workload.objectAging(o.items);
    }

    /** @param s the portfolio @param l its ledgers @return the report */
    @Benchmark
    public AgingReport objectApiAgingOverLedgers(Source s, Ledgers l) {
        return s.workload.ledgerAging(l.portfolio);
    }

    /** @param s the portfolio @param l its ledgers @return the columns */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public OpenItemColumns ingestBulkFromLedgers(Source s, Ledgers l) {
        return s.workload.columnsFromLedgers(l.portfolio);
    }

    /** @param d the loaded database @return the rows @throws SQLException if DuckDB fails */
    @Benchmark
    public DuckDbAging.Rows duckDbAging2Threads(Duck d) throws SQLException {
        return d.duck.age();
    }

    /** @param s the portfolio @return the columns */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public OpenItemColumns ingestBulk(Source s) {
        return s.workload.buildColumns();
    }

    /** @param s the portfolio @return the objects */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public List<OpenItem> ingestObjects(Source s) {
        return s.workload.buildOpenItems();
    }

    /** @param s the portfolio @return DuckDB's memory in bytes @throws SQLException if DuckDB fails */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public long ingestDuckDb(Source s) throws SQLException {
        try (DuckDbAging duck = s.workload.loadDuckDb(2)) {
            return duck.memoryBytes();
        }
    }
}
