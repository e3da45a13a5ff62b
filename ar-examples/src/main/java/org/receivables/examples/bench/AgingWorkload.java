package org.receivables.examples.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.AgingBuckets;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.aging.bulk.BulkAging;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.DisputeId;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.DisputeOpened;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.Instalment;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;

/**
 * A generated portfolio of open items and the three ways of aging it that the benchmark compares: the
 * bulk path ({@link OpenItemColumns} and {@link BulkAging}), the object API ({@link OpenItem}s and
 * {@link AgingReport#of(LocalDate, Iterable, AgingOptions)}) and DuckDB running the equivalent SQL over
 * the same data loaded with its appender.
 *
 * <p>The source is held as plain arrays (as a feed or a database cursor would deliver it), grouped by
 * customer as ledgers are, customers in id order (ids {@code C-00000000}, {@code C-00000001}, ..., as a
 * {@code Portfolio} lists them): customer {@code c} has items {@code c * n / customers} to
 * {@code (c + 1) * n / customers - 1}, in ascending due date, then issue date, then the order they were
 * drawn in (as an open-item export ordered by customer and due date lists them, and as
 * {@code LedgerView.getOpenItems()} lists a ledger's items: invoice numbers are zero-padded, so ref order
 * is row order). {@link #buildColumnsInRandomOrder(long)} shuffles each customer's items instead. Each
 * customer bills in one currency (EUR 80%, USD 15%, JPY 5%);
 * issue dates are 0 to 400 days before the as-of date, terms 0, 14, 30 or 60 days, open amounts 1.00
 * to 10,000.00, 2% of items disputed. The aging uses the standard buckets on the due date.
 *
 * <pre>
 *   AgingWorkload w = AgingWorkload.generate(1_000_000, 10_000, 42L);
 *   AgingReport bulk = BulkAging.age(w.buildColumns(), w.asOf(), w.options(), 2);
 *   AgingReport objects = AgingReport.of(w.asOf(), w.buildOpenItems(), w.options());
 *   try (DuckDbAging duck = w.loadDuckDb(2)) { duck.age(); }
 * </pre>
 *
 * <p>This class is immutable after generation and thread-safe.
 */
public final class AgingWorkload {

    /** The as-of date of every generated benchmark portfolio. */
    static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
    private static final CurrencyUnit[] CURRENCIES = {CurrencyUnit.EUR, CurrencyUnit.USD, CurrencyUnit.of("JPY")};
    /** The most days an item's issue date lies before the as-of date. */
    static final int MAX_AGE_DAYS = 400;
    /** The payment terms, in days from issue to due, drawn for generated items. */
    static final int[] TERMS = {0, 14, 30, 60};

    private final CustomerId[] customerIds;
    private final int[] customer;
    private final byte[] currency;
    private final int[] issueDay;
    private final int[] dueDay;
    private final long[] openMinor;
    private final boolean[] disputed;

    private AgingWorkload(CustomerId[] customerIds, int[] customer, byte[] currency, int[] issueDay, int[] dueDay,
            long[] openMinor, boolean[] disputed) {
        this.customerIds = customerIds;
        this.customer = customer;
        this.currency = currency;
        this.issueDay = issueDay;
        this.dueDay = dueDay;
        this.openMinor = openMinor;
        this.disputed = disputed;
    }

    /**
     * Generates a portfolio, deterministically from the seed.
     *
     * @param items the number of open items, 1 or more
     * @param customers the number of customers, 1 to items
     * @param seed the random seed
     * @return the workload
     * @throws IllegalArgumentException if items or customers is out of range
     */
    public static AgingWorkload generate(int items, int customers, long seed) {
        if (items < 1 || customers < 1 || customers > items) {
            throw new IllegalArgumentException("items " + items + " and customers " + customers
                    + " must be at least 1, with no more customers than items");
        }
        SplittableRandom random = new SplittableRandom(seed);
        CustomerId[] ids = new CustomerId[customers];
        byte[] customerCurrency = new byte[customers];
        for (int c = 0; c < customers; c++) {
            // Zero-padded, so the customers come in id order, as from a Portfolio or an export sorted by customer.
            ids[c] = CustomerId.of(String.format(Locale.ROOT, "C-%08d", c));
            int r = random.nextInt(100);
            customerCurrency[c] = (byte) (r < 80 ? 0 : r < 95 ? 1 : 2);
        }
        int[] cust = new int[items];
        byte[] cur = new byte[items];
        int[] issue = new int[items];
        int[] due = new int[items];
        long[] minor = new long[items];
        boolean[] disp = new boolean[items];
        int asOf = (int) AS_OF.toEpochDay();
        for (int c = 0; c < customers; c++) {
            int from = (int) ((long) c * items / customers);
            int to = (int) ((long) (c + 1) * items / customers);
            for (int i = from; i < to; i++) {
                cust[i] = c;
                cur[i] = customerCurrency[c];
                issue[i] = asOf - random.nextInt(MAX_AGE_DAYS + 1);
                due[i] = issue[i] + TERMS[random.nextInt(TERMS.length)];
                long amount = 100 + random.nextLong(1_000_000 - 100 + 1);
                minor[i] = cur[i] == 2 ? Math.max(1, amount / 100) : amount;
                disp[i] = random.nextInt(50) == 0;
            }
            sortByDue(from, to, issue, due, minor, disp);
        }
        return new AgingWorkload(ids, cust, cur, issue, due, minor, disp);
    }

    /**
     * Puts the items {@code from} to {@code to - 1} (one customer's, so of one currency) in ascending due
     * date, then issue date, then generation order, as a ledger lists them: one sort of packed keys (due
     * and issue day as offsets from the earliest possible issue day, 9 bits each, then the generation
     * position).
     */
    private static void sortByDue(int from, int to, int[] issue, int[] due, long[] minor, boolean[] disp) {
        int n = to - from;
        int base = (int) AS_OF.toEpochDay() - MAX_AGE_DAYS;
        long[] keys = new long[n];
        for (int k = 0; k < n; k++) {
            keys[k] = ((long) (due[from + k] - base) << 41) | ((long) (issue[from + k] - base) << 32) | k;
        }
        Arrays.sort(keys);
        int[] issueCopy = Arrays.copyOfRange(issue, from, to);
        int[] dueCopy = Arrays.copyOfRange(due, from, to);
        long[] minorCopy = Arrays.copyOfRange(minor, from, to);
        boolean[] dispCopy = Arrays.copyOfRange(disp, from, to);
        for (int k = 0; k < n; k++) {
            int src = (int) (keys[k] & 0xFFFF_FFFFL);
            issue[from + k] = issueCopy[src];
            due[from + k] = dueCopy[src];
            minor[from + k] = minorCopy[src];
            disp[from + k] = dispCopy[src];
        }
    }

    /**
     * Gets the as-of date of the aging.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return AS_OF;
    }

    /**
     * Gets the aging options: the standard buckets on the due date, credits in their own column.
     *
     * @return the options, not null
     */
    public AgingOptions options() {
        return AgingOptions.defaults();
    }

    /**
     * Gets the number of open items.
     *
     * @return the number of items
     */
    public int size() {
        return openMinor.length;
    }

    /**
     * Gets the number of customers.
     *
     * @return the number of customers
     */
    public int customerCount() {
        return customerIds.length;
    }

    /**
     * Builds the bulk form from the source, row by row through {@link OpenItemColumns.Builder}.
     *
     * @return the columns, not null
     */
    public OpenItemColumns buildColumns() {
        OpenItemColumns.Builder b = OpenItemColumns.builder(size());
        for (int i = 0; i < openMinor.length; i++) {
            b.addItem(customerIds[customer[i]], CURRENCIES[currency[i]], issueDay[i], dueDay[i], openMinor[i], disputed[i]);
        }
        return b.build();
    }

    /**
     * Builds the bulk form with each customer's items in random order (shuffled deterministically from the
     * seed), not the source's due order: the same rows, as a feed in no particular order within customers
     * would deliver them. The order is drawn before the build starts: {@link #randomOrder(long)} and
     * {@link #buildColumns(int[])}.
     *
     * @param seed the seed of the shuffle
     * @return the columns, not null
     */
    public OpenItemColumns buildColumnsInRandomOrder(long seed) {
        return buildColumns(randomOrder(seed));
    }

    /**
     * Draws an order of the source rows that keeps the customers in order and shuffles each customer's
     * rows (Fisher-Yates), deterministically from the seed.
     *
     * @param seed the seed of the shuffle
     * @return the row indexes in the new order, not null
     */
    int[] randomOrder(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[size()];
        int from = 0;
        while (from < order.length) {
            int to = from;
            while (to < order.length && customer[to] == customer[from]) {
                order[to] = to;
                to++;
            }
            for (int k = to - 1; k > from; k--) {
                int j = from + random.nextInt(k - from + 1);
                int t = order[k];
                order[k] = order[j];
                order[j] = t;
            }
            from = to;
        }
        return order;
    }

    /**
     * Builds the bulk form from the source rows in the given order, row by row through
     * {@link OpenItemColumns.Builder}.
     *
     * @param order the row indexes, each customer's together, not null
     * @return the columns, not null
     */
    OpenItemColumns buildColumns(int[] order) {
        OpenItemColumns.Builder b = OpenItemColumns.builder(order.length);
        for (int i : order) {
            b.addItem(customerIds[customer[i]], CURRENCIES[currency[i]], issueDay[i], dueDay[i], openMinor[i], disputed[i]);
        }
        return b.build();
    }

    /**
     * Builds one {@link OpenItem} per source row (each with its own invoice id), for the object API.
     *
     * @return the items, not null
     */
    public List<OpenItem> buildOpenItems() {
        List<OpenItem> items = new ArrayList<>(size());
        for (int i = 0; i < openMinor.length; i++) {
            Money open = Money.ofMinor(CURRENCIES[currency[i]], openMinor[i]);
            items.add(OpenItem.builder()
                    .ref(ItemRef.ofInstalment(InvoiceId.of(invoiceNumber(i)), 1))
                    .customerId(customerIds[customer[i]])
                    .issueDate(LocalDate.ofEpochDay(issueDay[i]))
                    .dueDate(LocalDate.ofEpochDay(dueDay[i]))
                    .originalAmount(open)
                    .openAmount(open)
                    .disputed(disputed[i])
                    .build());
        }
        return items;
    }

    /**
     * Builds the portfolio as ledgers: per customer a {@link CustomerLedger} with one
     * {@link InvoiceIssued} per source row (one instalment due on the row's due date, for its open
     * amount) and a {@link DisputeOpened} on the issue date for each disputed row. Nothing is paid, so
     * each invoice is one open item as of {@link #asOf()} with the row's figures.
     *
     * @return the portfolio, not null
     */
    public Portfolio buildPortfolio() {
        List<CustomerLedger> ledgers = new ArrayList<>(customerIds.length);
        int i = 0;
        for (int c = 0; c < customerIds.length; c++) {
            CustomerLedger.Builder ledger = CustomerLedger.builder(customerIds[c]);
            for (; i < openMinor.length && customer[i] == c; i++) {
                InvoiceId invoiceId = InvoiceId.of(invoiceNumber(i));
                LocalDate issued = LocalDate.ofEpochDay(issueDay[i]);
                ledger.apply(InvoiceIssued.builder()
                        .invoiceId(invoiceId)
                        .customerId(customerIds[c])
                        .issueDate(issued)
                        .schedule(DueSchedule.of(List.of(Instalment.builder()
                                .number(1)
                                .dueDate(LocalDate.ofEpochDay(dueDay[i]))
                                .amount(Money.ofMinor(CURRENCIES[currency[i]], openMinor[i]))
                                .build())))
                        .build());
                if (disputed[i]) {
                    ledger.apply(DisputeOpened.builder()
                            .disputeId(DisputeId.of("D-" + i))
                            .customerId(customerIds[c])
                            .invoiceId(invoiceId)
                            .openedDate(issued)
                            .reason("disputed")
                            .build());
                }
            }
            ledgers.add(ledger.build());
        }
        return Portfolio.of(ledgers);
    }

    /**
     * Ages the ledgers with the object API ({@link AgingReport#of(Portfolio, LocalDate, AgingOptions)}).
     *
     * @param portfolio the ledgers of this workload, not null
     * @return the report, not null
     */
    public AgingReport ledgerAging(Portfolio portfolio) {
        return AgingReport.of(portfolio, AS_OF, options());
    }

    /**
     * Builds the bulk form from the ledgers as of the as-of date ({@link OpenItemColumns#of(Portfolio, LocalDate)}).
     *
     * @param portfolio the ledgers of this workload, not null
     * @return the columns, not null
     */
    public OpenItemColumns columnsFromLedgers(Portfolio portfolio) {
        return OpenItemColumns.of(portfolio, AS_OF);
    }

    /**
     * Ages the columns with the bulk path.
     *
     * @param columns the columns of this workload, not null
     * @param parts the number of parallel customer ranges, 1 or more
     * @return the report, not null
     */
    public AgingReport bulkAging(OpenItemColumns columns, int parts) {
        return BulkAging.age(columns, AS_OF, options(), parts);
    }

    /**
     * Ages the items with the object API.
     *
     * @param items the items of this workload, not null
     * @return the report, not null
     */
    public AgingReport objectAging(List<OpenItem> items) {
        return AgingReport.of(AS_OF, items, options());
    }

    /**
     * Loads the source into an in-memory DuckDB table with its appender.
     *
     * @param threads the number of DuckDB threads, 1 or more
     * @return the loaded database, to be closed by the caller
     * @throws SQLException if DuckDB fails
     */
    public DuckDbAging loadDuckDb(int threads) throws SQLException {
        Connection connection = DuckDbAging.open(threads, "CREATE TABLE items (customer INTEGER, currency TINYINT,"
                + " issue_day INTEGER, due_day INTEGER, open_minor BIGINT, disputed BOOLEAN)");
        try {
            DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
            try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "items")) {
                for (int i = 0; i < openMinor.length; i++) {
                    appender.beginRow();
                    appender.append(customer[i]);
                    appender.append(currency[i]);
                    appender.append(issueDay[i]);
                    appender.append(dueDay[i]);
                    appender.append(openMinor[i]);
                    appender.append(disputed[i]);
                    appender.endRow();
                }
            }
            return new DuckDbAging(connection, this);
        } catch (SQLException | RuntimeException ex) {
            connection.close();
            throw ex;
        }
    }

    /**
     * The invoice number of source row {@code i}: {@code INV-} and ten digits, so that refs sort in row
     * order and a ledger lists equal due and issue dates in the source's order.
     */
    static String invoiceNumber(int i) {
        String digits = Integer.toString(i);
        return "INV-" + "0000000000".substring(digits.length()) + digits;
    }

    CustomerId customerId(int index) {
        return customerIds[index];
    }

    static CurrencyUnit currencyUnit(int index) {
        return CURRENCIES[index];
    }

    /**
     * The aging SQL for the given options: the bucket of {@code asOf - due_day} as a CASE over the buckets'
     * lower bounds, amount, count and disputed part per customer, currency and bucket, and the totals per
     * currency and bucket as a second grouping set (customer NULL).
     *
     * @param options the options (due-date basis), not null
     * @return the SQL text, not null
     */
    static String agingSql(AgingOptions options) {
        Objects.requireNonNull(options, "options");
        AgingBuckets buckets = options.getBuckets();
        StringBuilder bucket = new StringBuilder("CASE");
        for (int b = buckets.size() - 1; b >= 1; b--) {
            bucket.append(" WHEN age >= ").append(buckets.get(b).getMinDays()).append(" THEN ").append(b);
        }
        bucket.append(" ELSE 0 END");
        return "SELECT customer, currency, bucket, sum(open_minor) AS amount, count(*) AS items,"
                + " coalesce(sum(open_minor) FILTER (WHERE disputed), 0) AS disputed_amount,"
                + " count(*) FILTER (WHERE disputed) AS disputed_items"
                + " FROM (SELECT customer, currency, open_minor, disputed, " + bucket + " AS bucket"
                + " FROM (SELECT *, " + AS_OF.toEpochDay() + " - due_day AS age FROM items))"
                + " GROUP BY GROUPING SETS ((customer, currency, bucket), (currency, bucket))";
    }
}
