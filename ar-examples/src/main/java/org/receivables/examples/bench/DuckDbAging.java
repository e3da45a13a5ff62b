package org.receivables.examples.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.receivables.aging.AgingReport;

/**
 * A workload loaded into an in-memory DuckDB database, aged with the equivalent SQL: per customer,
 * currency and bucket the amount, count and disputed part, and the totals per currency and bucket.
 *
 * <pre>
 *   try (DuckDbAging duck = workload.loadDuckDb(2)) {
 *       DuckDbAging.Rows rows = duck.age();                     // what the benchmark times
 *       AgingReport report = duck.toReport(rows);               // for checking against the SDK
 *   }
 * </pre>
 *
 * <p>This class is not thread-safe: it holds one JDBC connection.
 */
public final class DuckDbAging implements AutoCloseable {

    private final Connection connection;
    private final AgingWorkload workload;
    private final String sql;

    DuckDbAging(Connection connection, AgingWorkload workload) {
        this.connection = connection;
        this.workload = workload;
        this.sql = AgingWorkload.agingSql(workload.options());
    }

    /**
     * Opens a fresh in-memory DuckDB database with a number of threads and creates its tables: the
     * start of every benchmark load.
     *
     * @param threads the number of DuckDB threads, 1 or more
     * @param createTables the {@code CREATE TABLE} statements, run in order
     * @return the connection, to be closed by the caller
     * @throws SQLException if the driver is missing or DuckDB fails (the connection is then closed)
     */
    static Connection open(int threads, String... createTables) throws SQLException {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException ex) {
            throw new SQLException("the DuckDB JDBC driver is not on the class path", ex);
        }
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = connection.createStatement()) {
            s.execute("SET threads = " + threads);
            for (String sql : createTables) {
                s.execute(sql);
            }
        } catch (SQLException | RuntimeException ex) {
            connection.close();
            throw ex;
        }
        return connection;
    }

    /**
     * Runs the aging query and reads every result row into primitive arrays.
     *
     * @return the rows, not null
     * @throws SQLException if DuckDB fails
     */
    public Rows age() throws SQLException {
        Rows rows = new Rows();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                int customer = r.getInt(1);
                rows.add(r.wasNull() ? -1 : customer, r.getInt(2), r.getInt(3), r.getLong(4), r.getLong(5),
                        r.getLong(6), r.getLong(7));
            }
        }
        return rows;
    }

    /**
     * Gets the memory DuckDB reports in use (its buffer manager), in bytes.
     *
     * @return the bytes
     * @throws SQLException if DuckDB fails
     */
    public long memoryBytes() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT sum(memory_usage_bytes) FROM duckdb_memory()")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Turns the customer rows of a result into an {@link AgingReport} (through
     * {@link AgingReport.Builder#addSums}), to compare the SQL with the SDK.
     *
     * @param rows the result of {@link #age()}, not null
     * @return the report, not null
     */
    public AgingReport toReport(Rows rows) {
        int nb = workload.options().getBuckets().size();
        Map<Long, long[]> sums = new HashMap<>();
        for (int i = 0; i < rows.size; i++) {
            if (rows.customer[i] < 0) {
                continue;
            }
            long key = ((long) rows.customer[i] << 8) | rows.currency[i];
            long[] s = sums.computeIfAbsent(key, k -> new long[2 * nb + 2]);
            s[rows.bucket[i]] += rows.amount[i];
            s[nb + rows.bucket[i]] += rows.items[i];
            s[2 * nb] += rows.disputedAmount[i];
            s[2 * nb + 1] += rows.disputedItems[i];
        }
        AgingReport.Builder b = AgingReport.builder(workload.asOf(), workload.options());
        for (Map.Entry<Long, long[]> e : sums.entrySet()) {
            long[] s = e.getValue();
            b.addSums(workload.customerId((int) (e.getKey() >>> 8)), AgingWorkload.currencyUnit((int) (e.getKey() & 0xFF)),
                    Arrays.copyOfRange(s, 0, nb), Arrays.copyOfRange(s, nb, 2 * nb), s[2 * nb], s[2 * nb + 1]);
        }
        return b.build();
    }

    /**
     * Gets the portfolio total per bucket in one currency from the totals rows of a result.
     *
     * @param rows the result of {@link #age()}, not null
     * @param currency the currency, not null
     * @return the amount per bucket in minor units, not null
     */
    public long[] totals(Rows rows, CurrencyUnit currency) {
        long[] t = new long[workload.options().getBuckets().size()];
        for (int i = 0; i < rows.size; i++) {
            if (rows.customer[i] < 0 && AgingWorkload.currencyUnit(rows.currency[i]).equals(currency)) {
                t[rows.bucket[i]] += rows.amount[i];
            }
        }
        return t;
    }

    /**
     * Closes the connection and frees the database.
     *
     * @throws SQLException if DuckDB fails
     */
    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** The rows of an aging query in primitive arrays; customer -1 marks a totals row. */
    public static final class Rows {
        private int size;
        private int[] customer = new int[1024];
        private int[] currency = new int[1024];
        private int[] bucket = new int[1024];
        private long[] amount = new long[1024];
        private long[] items = new long[1024];
        private long[] disputedAmount = new long[1024];
        private long[] disputedItems = new long[1024];

        Rows() {
        }

        /**
         * Gets the number of rows.
         *
         * @return the number of rows
         */
        public int size() {
            return size;
        }

        private void add(int c, int cur, int b, long a, long n, long da, long dn) {
            if (size == customer.length) {
                int cap = size * 2;
                customer = Arrays.copyOf(customer, cap);
                currency = Arrays.copyOf(currency, cap);
                bucket = Arrays.copyOf(bucket, cap);
                amount = Arrays.copyOf(amount, cap);
                items = Arrays.copyOf(items, cap);
                disputedAmount = Arrays.copyOf(disputedAmount, cap);
                disputedItems = Arrays.copyOf(disputedItems, cap);
            }
            customer[size] = c;
            currency[size] = cur;
            bucket[size] = b;
            amount[size] = a;
            items[size] = n;
            disputedAmount[size] = da;
            disputedItems[size] = dn;
            size++;
        }
    }
}
