package org.receivables.examples.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.bulk.BulkMetrics;
import org.receivables.aging.bulk.PastDueFigures;
import org.receivables.aging.metrics.MetricRounding;
import org.receivables.aging.metrics.OpenReceivable;
import org.receivables.aging.metrics.PastDueShare;
import org.receivables.core.allocation.Allocation;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.allocation.Application;
import org.receivables.core.allocation.Remittance;
import org.receivables.core.bulk.BulkAllocation;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.bulk.PaymentColumns;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;

/**
 * A FIFO cash-application workload and the three ways of allocating it that the benchmark compares:
 * the bulk path ({@link BulkAllocation} over {@link OpenItemColumns}), the object API
 * ({@link AllocationStrategies#OLDEST_DUE_FIRST} per customer over {@link OpenItem}s) and DuckDB running
 * the allocation as SQL with a window function over the same data loaded with its appender.
 *
 * <p>The open items are those of {@link AgingWorkload} (customers bill in EUR, USD or JPY; 2% of items
 * disputed). Each customer sends one payment in its currency of 20% to 120% of its undisputed balance,
 * so about a sixth of the payments leave cash unapplied. Items with equal due and issue dates are taken
 * in item order: the object API's refs ({@code INV-0000000042#1}) sort that way, and the SQL orders by
 * the item number.
 *
 * <pre>
 *   FifoWorkload w = FifoWorkload.generate(1_000_000, 10_000, 42L);
 *   FifoWorkload.Result bulk = w.bulkAllocation(2);
 *   FifoWorkload.Result objects = w.objectAllocation(w.buildOpenItems());
 *   try (FifoWorkload.Duck duck = w.loadDuckDb(2)) { duck.allocate(); }
 * </pre>
 *
 * <p>This class is immutable after generation and thread-safe.
 */
public final class FifoWorkload {

    private static final LocalDate PAID = LocalDate.of(2024, 3, 31);

    private final OpenItemColumns columns;
    private final PaymentColumns payments;

    private FifoWorkload(OpenItemColumns columns, PaymentColumns payments) {
        this.columns = columns;
        this.payments = payments;
    }

    /**
     * Generates a workload, deterministically from the seed: the open items of
     * {@link AgingWorkload#generate(int, int, long)} and one payment per customer.
     *
     * @param items the number of open items, 1 or more
     * @param customers the number of customers, 1 to items
     * @param seed the random seed
     * @return the workload
     * @throws IllegalArgumentException if items or customers is out of range
     */
    public static FifoWorkload generate(int items, int customers, long seed) {
        return of(AgingWorkload.generate(items, customers, seed).buildColumns(), seed);
    }

    /**
     * Makes a workload of given open items and one payment per customer, in the currency of its first item.
     *
     * @param columns the open items, not null
     * @param seed the random seed of the payment amounts
     * @return the workload
     */
    public static FifoWorkload of(OpenItemColumns columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        PaymentColumns.Builder p = PaymentColumns.builder(columns.customerCount());
        for (int c = 0; c < columns.customerCount(); c++) {
            int first = columns.customerStart(c);
            int currency = columns.currencyIndex(first);
            long balance = 0;
            for (int i = first; i < columns.customerStart(c + 1); i++) {
                if (columns.currencyIndex(i) == currency && !columns.isDisputed(i)) {
                    balance += columns.openMinor(i);
                }
            }
            long amount = Math.max(1, balance / 100 * (20 + random.nextInt(101)));
            p.addPayment(c, columns.getCurrency(currency), amount);
        }
        return new FifoWorkload(columns, p.build());
    }

    /**
     * Gets the open items in bulk form.
     *
     * @return the columns, not null
     */
    public OpenItemColumns columns() {
        return columns;
    }

    /**
     * Gets the payments, one per customer, customer order.
     *
     * @return the payments, not null
     */
    public PaymentColumns payments() {
        return payments;
    }

    /**
     * Gets the number of open items.
     *
     * @return the number of items
     */
    public int size() {
        return columns.size();
    }

    /**
     * Allocates the payments with the bulk path.
     *
     * @param parts the number of parallel customer ranges, 1 or more
     * @return the result, not null
     */
    public Result bulkAllocation(int parts) {
        BulkAllocation a = BulkAllocation.allocate(columns, payments, AllocationStrategies.OLDEST_DUE_FIRST,
                AllocationOptions.defaults(), parts);
        long[] applied = new long[columns.size()];
        for (int i = 0; i < applied.length; i++) {
            applied[i] = a.appliedMinor(i);
        }
        long[] unapplied = new long[payments.size()];
        for (int p = 0; p < unapplied.length; p++) {
            unapplied[p] = a.unappliedMinor(p);
        }
        return new Result(applied, unapplied);
    }

    /**
     * Runs only the bulk allocation (what the benchmark times).
     *
     * @param parts the number of parallel customer ranges, 1 or more
     * @return the allocation, not null
     */
    public BulkAllocation bulkAllocationOnly(int parts) {
        return BulkAllocation.allocate(columns, payments, AllocationStrategies.OLDEST_DUE_FIRST,
                AllocationOptions.defaults(), parts);
    }

    /**
     * Builds one {@link OpenItem} per item of the columns, in column order, whose refs sort in column order.
     *
     * @return the items, not null
     */
    public List<OpenItem> buildOpenItems() {
        List<OpenItem> items = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.customerCount(); c++) {
            for (int i = columns.customerStart(c); i < columns.customerStart(c + 1); i++) {
                Money open = Money.ofMinor(columns.getCurrency(columns.currencyIndex(i)), columns.openMinor(i));
                items.add(OpenItem.builder()
                        .ref(ItemRef.ofInstalment(InvoiceId.of(String.format(Locale.ROOT, "INV-%010d", i)), 1))
                        .customerId(columns.getCustomerId(c))
                        .issueDate(LocalDate.ofEpochDay(columns.issueEpochDay(i)))
                        .dueDate(LocalDate.ofEpochDay(columns.dueEpochDay(i)))
                        .originalAmount(open)
                        .openAmount(open)
                        .disputed(columns.isDisputed(i))
                        .build());
            }
        }
        return items;
    }

    /**
     * Allocates each payment with the object API: the strategy over the customer's open items in the
     * payment's currency (what the benchmark times).
     *
     * @param items the items of {@link #buildOpenItems()}, not null
     * @return the allocations, one per payment, not null
     */
    public Allocation[] objectAllocationOnly(List<OpenItem> items) {
        Allocation[] result = new Allocation[payments.size()];
        for (int p = 0; p < result.length; p++) {
            int c = payments.customerIndex(p);
            CurrencyUnit currency = payments.getCurrency(p);
            List<OpenItem> own = items.subList(columns.customerStart(c), columns.customerStart(c + 1));
            List<OpenItem> inCurrency = new ArrayList<>(own.size());
            for (OpenItem i : own) {
                if (i.getCurrency().equals(currency)) {
                    inCurrency.add(i);
                }
            }
            Remittance r = Remittance.ofPayment("PAY-" + p, Money.ofMinor(currency, payments.amountMinor(p)), PAID, List.of());
            result[p] = AllocationStrategies.OLDEST_DUE_FIRST.allocate(r, inCurrency, AllocationOptions.defaults());
        }
        return result;
    }

    /**
     * Allocates each payment with the object API and turns the allocations into a result.
     *
     * @param items the items of {@link #buildOpenItems()}, not null
     * @return the result, not null
     */
    public Result objectAllocation(List<OpenItem> items) {
        return toResult(objectAllocationOnly(items));
    }

    /**
     * Turns object-API allocations into a result: applied per item (read back from the refs), unapplied per payment.
     *
     * @param allocations the allocations of {@link #objectAllocationOnly(List)}, not null
     * @return the result, not null
     */
    public Result toResult(Allocation[] allocations) {
        long[] applied = new long[columns.size()];
        long[] unapplied = new long[allocations.length];
        for (int p = 0; p < allocations.length; p++) {
            for (Application a : allocations[p].getApplications()) {
                String id = a.getItemRef().getInvoiceId().getValue();
                applied[Integer.parseInt(id.substring(4))] += a.getSettled().getAmountMinorLong();
            }
            unapplied[p] = allocations[p].getUnapplied().getAmountMinorLong();
        }
        return new Result(applied, unapplied);
    }

    /**
     * Computes the open-item metrics per currency of the columns with the bulk path: percent current,
     * percent over 90 days past due and current receivables, as of the payment date.
     *
     * @return the figures, not null
     */
    public Figures bulkMetrics() {
        int nc = columns.getCurrencies().size();
        Figures f = new Figures(nc);
        PastDueFigures sums = BulkMetrics.pastDue(columns, PAID, 90); // one pass, every currency
        for (int k = 0; k < nc; k++) {
            CurrencyUnit c = columns.getCurrency(k);
            f.percentCurrent[k] = sums.percentCurrent(c);
            f.percentOver90[k] = sums.percentPastDue(c);
            f.currentMinor[k] = sums.getCurrentReceivables(c).getAmountMinorLong();
        }
        return f;
    }

    /**
     * Builds the object API's input of the open-item metrics: per currency of the columns, an
     * {@link OpenReceivable} per item.
     *
     * @param items the items of {@link #buildOpenItems()}, not null
     * @return the receivables per currency index, not null
     */
    public List<List<OpenReceivable>> buildOpenReceivables(List<OpenItem> items) {
        List<List<OpenReceivable>> lists = new ArrayList<>();
        for (int k = 0; k < columns.getCurrencies().size(); k++) {
            lists.add(new ArrayList<>());
        }
        for (OpenItem i : items) {
            lists.get(columns.getCurrencies().indexOf(i.getCurrency())).add(OpenReceivable.of(i.getDueDate(), i.getOpenAmount()));
        }
        return lists;
    }

    /**
     * Computes the open-item metrics with the object API: {@link PastDueShare} and the current
     * receivables summed as {@code LedgerFigures} does.
     *
     * @param receivables the lists of {@link #buildOpenReceivables(List)}, not null
     * @return the figures, not null
     */
    public Figures objectMetrics(List<List<OpenReceivable>> receivables) {
        Figures f = new Figures(receivables.size());
        for (int k = 0; k < receivables.size(); k++) {
            List<OpenReceivable> r = receivables.get(k);
            f.percentCurrent[k] = PastDueShare.percentCurrent(r, PAID);
            f.percentOver90[k] = PastDueShare.percentOver90DaysPastDue(r, PAID);
            Money current = Money.zero(columns.getCurrency(k));
            for (OpenReceivable o : r) {
                if (o.daysPastDue(PAID) <= 0) {
                    current = current.plus(o.getOpenAmount());
                }
            }
            f.currentMinor[k] = current.getAmountMinorLong();
        }
        return f;
    }

    /**
     * Loads the open items and the payments into an in-memory DuckDB database with its appender.
     *
     * @param threads the number of DuckDB threads, 1 or more
     * @return the loaded database, to be closed by the caller
     * @throws SQLException if DuckDB fails
     */
    public Duck loadDuckDb(int threads) throws SQLException {
        Connection connection = DuckDbAging.open(threads, "CREATE TABLE items (item INTEGER, customer INTEGER,"
                + " currency TINYINT, issue_day INTEGER, due_day INTEGER, open_minor BIGINT, disputed BOOLEAN)",
                "CREATE TABLE payments (payment INTEGER, customer INTEGER, currency TINYINT, amount BIGINT)");
        try {
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "items")) {
                for (int c = 0; c < columns.customerCount(); c++) {
                    for (int i = columns.customerStart(c); i < columns.customerStart(c + 1); i++) {
                        appender.beginRow();
                        appender.append(i);
                        appender.append(c);
                        appender.append((byte) columns.currencyIndex(i));
                        appender.append(columns.issueEpochDay(i));
                        appender.append(columns.dueEpochDay(i));
                        appender.append(columns.openMinor(i));
                        appender.append(columns.isDisputed(i));
                        appender.endRow();
                    }
                }
            }
            try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "payments")) {
                for (int p = 0; p < payments.size(); p++) {
                    appender.beginRow();
                    appender.append(p);
                    appender.append(payments.customerIndex(p));
                    appender.append((byte) columns.getCurrencies().indexOf(payments.getCurrency(p)));
                    appender.append(payments.amountMinor(p));
                    appender.endRow();
                }
            }
            return new Duck(connection, columns.size(), payments.size(), columns.getCurrencies().size());
        } catch (SQLException | RuntimeException ex) {
            connection.close();
            throw ex;
        }
    }

    /**
     * The allocation as SQL: per payment, the running sum of the open amounts of its customer's undisputed
     * items in its currency, by due date, issue date and item number; each item takes
     * {@code greatest(0, least(open, amount - (running_sum - open)))}; what a payment leaves is its amount
     * less the sum it applied. One payment per customer and currency, as in this workload.
     */
    static final String ALLOCATION_SQL = "WITH a AS ("
            + " SELECT i.item, p.payment, greatest(0, least(i.open_minor, p.amount - (sum(i.open_minor) OVER ("
            + "   PARTITION BY p.payment ORDER BY i.due_day, i.issue_day, i.item ROWS UNBOUNDED PRECEDING)"
            + "   - i.open_minor))) AS applied"
            + " FROM items i JOIN payments p ON p.customer = i.customer AND p.currency = i.currency"
            + " WHERE NOT i.disputed)"
            + " SELECT 0 AS kind, item AS id, applied FROM a WHERE applied > 0"
            + " UNION ALL"
            + " SELECT 1, p.payment, p.amount - coalesce(s.applied, 0)"
            + " FROM payments p LEFT JOIN (SELECT payment, sum(applied) AS applied FROM a GROUP BY payment) s"
            + " ON s.payment = p.payment";

    /**
     * A workload loaded into an in-memory DuckDB database, allocated with {@code ALLOCATION_SQL}.
     *
     * <p>This class is not thread-safe: it holds one JDBC connection.
     */
    public static final class Duck implements AutoCloseable {

        private final Connection connection;
        private final int items;
        private final int payments;
        private final int currencies;

        Duck(Connection connection, int items, int payments, int currencies) {
            this.connection = connection;
            this.items = items;
            this.payments = payments;
            this.currencies = currencies;
        }

        /**
         * Runs the allocation query and reads the applied amount per item and the unapplied amount per
         * payment back into arrays (what the benchmark times).
         *
         * @return the result, not null
         * @throws SQLException if DuckDB fails
         */
        public Result allocate() throws SQLException {
            long[] applied = new long[items];
            long[] unapplied = new long[payments];
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(ALLOCATION_SQL)) {
                while (r.next()) {
                    if (r.getInt(1) == 0) {
                        applied[r.getInt(2)] = r.getLong(3);
                    } else {
                        unapplied[r.getInt(2)] = r.getLong(3);
                    }
                }
            }
            return new Result(applied, unapplied);
        }

        /**
         * Computes the open-item metrics with SQL: per currency the total, the current part and the part
         * more than 90 days past due, one pass with filtered sums; the percentages are divided in Java
         * with the metrics' rounding (what the benchmark times).
         *
         * @return the figures, not null
         * @throws SQLException if DuckDB fails
         */
        public Figures metrics() throws SQLException {
            long asOf = PAID.toEpochDay();
            Figures f = new Figures(currencies);
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT currency, sum(open_minor), coalesce(sum(open_minor) FILTER (WHERE due_day >= " + asOf + "), 0),"
                    + " coalesce(sum(open_minor) FILTER (WHERE due_day < " + (asOf - 90) + "), 0)"
                    + " FROM items GROUP BY currency")) {
                while (r.next()) {
                    int k = r.getInt(1);
                    BigDecimal total = BigDecimal.valueOf(r.getLong(2));
                    f.currentMinor[k] = r.getLong(3);
                    f.percentCurrent[k] = BigDecimal.valueOf(r.getLong(3)).multiply(BigDecimal.valueOf(100))
                            .divide(total, MetricRounding.SCALE, MetricRounding.ROUNDING);
                    f.percentOver90[k] = BigDecimal.valueOf(r.getLong(4)).multiply(BigDecimal.valueOf(100))
                            .divide(total, MetricRounding.SCALE, MetricRounding.ROUNDING);
                }
            }
            return f;
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
    }

    /** What an allocation gave: minor units applied per item (column order) and left unapplied per payment. */
    public static final class Result {
        private final long[] applied;
        private final long[] unapplied;

        Result(long[] applied, long[] unapplied) {
            this.applied = applied;
            this.unapplied = unapplied;
        }

        /**
         * Gets the minor units applied to each item.
         *
         * @return a copy of the array, not null
         */
        public long[] applied() {
            return applied.clone();
        }

        /**
         * Gets the minor units each payment left unapplied.
         *
         * @return a copy of the array, not null
         */
        public long[] unapplied() {
            return unapplied.clone();
        }

        /**
         * Gets the sum of all applied minor units (all currencies together; a checksum).
         *
         * @return the sum
         */
        public long totalApplied() {
            long s = 0;
            for (long a : applied) {
                s += a;
            }
            return s;
        }

        /**
         * Checks whether another result is equal item by item and payment by payment.
         *
         * @param obj the other object
         * @return true if equal
         */
        @Override
        public boolean equals(Object obj) {
            return obj instanceof Result && Arrays.equals(applied, ((Result) obj).applied)
                    && Arrays.equals(unapplied, ((Result) obj).unapplied);
        }

        /**
         * A hash code consistent with equals.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return Arrays.hashCode(applied) * 31 + Arrays.hashCode(unapplied);
        }

        /**
         * A summary.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return "Result[items=" + applied.length + ", payments=" + unapplied.length + ", applied=" + totalApplied() + "]";
        }
    }

    /** The open-item metrics per currency index of the columns: percent current, percent over 90 days past due, current receivables. */
    public static final class Figures {
        private final BigDecimal[] percentCurrent;
        private final BigDecimal[] percentOver90;
        private final long[] currentMinor;

        Figures(int currencies) {
            percentCurrent = new BigDecimal[currencies];
            percentOver90 = new BigDecimal[currencies];
            currentMinor = new long[currencies];
        }

        /**
         * Checks whether another result holds the same figures (percentages compared by value).
         *
         * @param obj the other object
         * @return true if equal
         */
        @Override
        public boolean equals(Object obj) {
            if (!(obj instanceof Figures)) {
                return false;
            }
            Figures o = (Figures) obj;
            if (!Arrays.equals(currentMinor, o.currentMinor) || percentCurrent.length != o.percentCurrent.length) {
                return false;
            }
            for (int k = 0; k < percentCurrent.length; k++) {
                if (percentCurrent[k].compareTo(o.percentCurrent[k]) != 0 || percentOver90[k].compareTo(o.percentOver90[k]) != 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A hash code consistent with equals.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return Arrays.hashCode(currentMinor);
        }

        /**
         * The figures as text.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return "Figures[current%=" + Arrays.toString(percentCurrent) + ", over90%=" + Arrays.toString(percentOver90)
                    + ", currentMinor=" + Arrays.toString(currentMinor) + "]";
        }
    }
}
