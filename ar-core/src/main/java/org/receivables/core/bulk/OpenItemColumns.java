package org.receivables.core.bulk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.Portfolio;

/**
 * The open items of a portfolio in bulk form: columns of primitive values (currency index, issue and
 * due epoch days, open amount in minor units, a disputed bit), clustered by customer, so millions of
 * items can be aged without an object per item.
 *
 * <p><b>Layout.</b> Items {@code customerStart(c)} (inclusive) to {@code customerStart(c + 1)}
 * (exclusive) belong to customer {@code c}; customers are numbered in the order they first appeared.
 * Per item the columns hold 1 byte of currency index, 4 + 4 bytes of epoch days, 8 bytes of minor units
 * and 1 bit: <b>17.125 bytes per item</b>, plus about 10 bytes and the id per customer (start, id order,
 * shared currency, due-order bit) and one entry per currency
 * ({@link #retainedBytes()} adds up the arrays). While building, the builder holds another 4 bytes per
 * item (the customer index) and arrays grown by doubling; if the items did not arrive grouped by customer,
 * {@link Builder#build()} briefly holds a second copy of the columns to cluster them. Within a customer the
 * items keep the order they were added in; a customer whose items came in ascending due date (as ledgers
 * list them) is marked so ({@link #isInDueOrder(int)}) and is aged fastest.
 *
 * <p><b>Limits.</b> At most 256 distinct currencies and {@link Integer#MAX_VALUE} - 8 items; epoch days
 * must fit an {@code int} (years -5,877,641 to 5,881,580). Credits are not part of the columns.
 *
 * <pre>
 *   OpenItemColumns.Builder b = OpenItemColumns.builder();
 *   b.addItem(CustomerId.of("C-1"), CurrencyUnit.EUR,
 *       LocalDate.parse("2024-01-01").toEpochDay(), LocalDate.parse("2024-01-31").toEpochDay(), 100_000L, false);
 *   b.addItems(openItems);                         // or from OpenItem objects
 *   OpenItemColumns columns = b.build();
 *   columns.size();                                // the number of items
 *   BulkAging.age(columns, asOf, AgingOptions.defaults());
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OpenItemColumns {

    /** The most items the columns hold (the usual largest Java array). */
    public static final int MAX_ITEMS = Integer.MAX_VALUE - 8;

    private static final int MAX_CURRENCIES = 256;

    /** The fewest ledgers that {@link #of(Portfolio, LocalDate)} replays in parallel. */
    private static final int PARALLEL_LEDGERS = 1024;

    private final CustomerId[] customers;
    private final int[] customerStart;
    private final CurrencyUnit[] currencies;
    private final byte[] currency;
    private final int[] issueDay;
    private final int[] dueDay;
    private final long[] openMinor;
    private final long[] disputed;
    private final int maxIssueDay;
    /** The customer indexes in customer-id order (sorted once, when built). */
    private final int[] idOrder;
    /** Per customer, bit set: its items are in ascending due-day order (found when built). */
    private final long[] dueOrdered;
    /** Per customer, the currency index of all its items, or -1 when they are in more than one. */
    private final short[] customerCurrency;

    private OpenItemColumns(CustomerId[] customers, int[] customerStart, CurrencyUnit[] currencies, byte[] currency,
            int[] issueDay, int[] dueDay, long[] openMinor, long[] disputed, int maxIssueDay, int[] idOrder) {
        this.customers = customers;
        this.customerStart = customerStart;
        this.currencies = currencies;
        this.currency = currency;
        this.issueDay = issueDay;
        this.dueDay = dueDay;
        this.openMinor = openMinor;
        this.disputed = disputed;
        this.maxIssueDay = maxIssueDay;
        this.idOrder = idOrder;
        this.dueOrdered = new long[(customers.length + 63) >>> 6];
        this.customerCurrency = new short[customers.length];
        for (int c = 0; c < customers.length; c++) {
            int start = customerStart[c];
            int end = customerStart[c + 1];
            boolean ordered = true;
            boolean one = true;
            for (int i = start + 1; i < end; i++) {
                ordered &= dueDay[i - 1] <= dueDay[i];
                one &= currency[i] == currency[start];
            }
            if (ordered) {
                dueOrdered[c >>> 6] |= 1L << c;
            }
            customerCurrency[c] = (short) (one && end > start ? currency[start] & 0xFF : -1);
        }
    }

    /**
     * Creates a builder that takes items one at a time, in any order (fastest when each customer's items
     * come together, as they do from ledgers).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder(1024);
    }

    /**
     * Creates a builder sized for an expected number of items, so the columns need not grow.
     *
     * @param expectedItems the expected number of items, zero or more
     * @return a new builder
     * @throws IllegalArgumentException if expectedItems is negative or above {@link #MAX_ITEMS}
     */
    public static Builder builder(int expectedItems) {
        if (expectedItems < 0 || expectedItems > MAX_ITEMS) {
            throw outOfRange("expectedItems", expectedItems, "0 to ", MAX_ITEMS);
        }
        return new Builder(Math.max(16, expectedItems));
    }

    /**
     * Obtains the columns of open items.
     *
     * @param items the items, not null and holding no null
     * @return the columns, not null
     * @throws NullPointerException if items is null or holds null
     * @throws IllegalArgumentException if an item does not fit the columns (see {@link Builder#addItem(OpenItem)})
     */
    public static OpenItemColumns of(Iterable<OpenItem> items) {
        return builder().addItems(items).build();
    }

    /**
     * Obtains the columns of the open items of every ledger of a portfolio as of the end of a date
     * ({@link CustomerLedger#asOf(LocalDate)}); unapplied payments and credit notes are not included.
     * Each customer's items come in the order of {@link org.receivables.core.ledger.LedgerView#getOpenItems()}
     * (due date, then issue date, then ref), customers in the portfolio's order.
     *
     * <p>Each ledger's events are replayed straight into the columns, in minor units and epoch days: no
     * view, {@link OpenItem} or {@code Money} is made per item and nothing is kept on the ledgers (unlike
     * {@code asOf}, which keeps its views for reuse), so the cost is one pass over the events up to the date,
     * every time. A portfolio of 1,024 ledgers or more is split into as many ranges of ledgers as there are
     * processors, replayed in parallel (on the common fork-join pool, no shared mutable state) and the
     * ranges' columns are concatenated, the same columns as one pass would give.
     *
     * @param portfolio the ledgers, not null
     * @param asOf the date, not null
     * @return the columns, clustered by ledger, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an item does not fit the columns (see {@link Builder#addItem(OpenItem)})
     */
    public static OpenItemColumns of(Portfolio portfolio, LocalDate asOf) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(asOf, "asOf");
        List<CustomerLedger> ledgers = portfolio.getLedgers();
        int parts = ledgers.size() < PARALLEL_LEDGERS ? 1 : Math.min(Runtime.getRuntime().availableProcessors(), 64);
        if (parts <= 1) {
            return ofLedgers(ledgers, asOf).build();
        }
        List<Builder> ranges = IntStream.range(0, parts).parallel()
                .mapToObj(p -> ofLedgers(ledgers.subList(ledgers.size() * p / parts, ledgers.size() * (p + 1) / parts), asOf))
                .collect(Collectors.toList());
        return concat(ranges);
    }

    /**
     * The open items of ledgers of distinct customers, replayed straight into a builder (see
     * {@link LedgerScan}): no view, {@code OpenItem} or {@code Money} per item, and nothing cached on the ledgers.
     */
    private static Builder ofLedgers(List<CustomerLedger> ledgers, LocalDate asOf) {
        // a portfolio holds one ledger per customer; its events bound its items closely enough to size the
        // columns once (more when invoices have several instalments, and then they grow)
        long events = 0;
        for (CustomerLedger ledger : ledgers) {
            events += ledger.getEvents().size();
        }
        Builder b = new Builder((int) Math.max(16, Math.min(MAX_ITEMS, events)), true);
        LedgerScan scan = new LedgerScan();
        for (CustomerLedger ledger : ledgers) {
            scan.addOpenItems(b, ledger, asOf);
        }
        return b;
    }

    /**
     * The columns of builders holding consecutive ranges of distinct customers, one after the other (read
     * straight from the builders, so the columns are copied once): customers and currencies keep their
     * order of first appearance, so the result equals building from all the items in one pass.
     */
    private static OpenItemColumns concat(List<Builder> ranges) {
        List<CurrencyUnit> units = new ArrayList<>();
        long items = 0;
        int customerCount = 0;
        for (Builder r : ranges) {
            if (!r.clustered) {
                throw new IllegalStateException("ranges of ledgers hold one run per customer");
            }
            items += r.size;
            customerCount += r.customerIds.size();
            for (CurrencyUnit u : r.currencyUnits) {
                if (!units.contains(u)) {
                    units.add(u);
                }
            }
        }
        if (units.size() > MAX_CURRENCIES) {
            throw new IllegalArgumentException("currencies " + units.size() + " exceed the most the columns hold, " + MAX_CURRENCIES);
        }
        if (items > MAX_ITEMS) {
            throw new IllegalArgumentException("size " + items + " exceeds the most items the columns hold, " + MAX_ITEMS);
        }
        int n = (int) items;
        CustomerId[] ids = new CustomerId[customerCount];
        int[] starts = new int[customerCount + 1];
        byte[] cur = new byte[n];
        int[] issue = new int[n];
        int[] due = new int[n];
        long[] minor = new long[n];
        long[] bits = new long[(n + 63) >>> 6];
        int maxIssue = Integer.MIN_VALUE;
        int off = 0;
        int coff = 0;
        for (Builder r : ranges) {
            byte[] map = new byte[r.currencyUnits.size()];
            for (int k = 0; k < map.length; k++) {
                map[k] = (byte) units.indexOf(r.currencyUnits.get(k));
            }
            int size = r.size;
            for (int i = 0; i < size; i++) {
                cur[off + i] = map[r.currency[i] & 0xFF];
            }
            for (int i = 0; i < size; i++) {
                if ((r.disputed[i >>> 6] & (1L << i)) != 0) {
                    bits[(off + i) >>> 6] |= 1L << (off + i);
                }
            }
            System.arraycopy(r.issueDay, 0, issue, off, size);
            System.arraycopy(r.dueDay, 0, due, off, size);
            System.arraycopy(r.openMinor, 0, minor, off, size);
            int rc = r.customerIds.size();
            for (int c = 0; c < rc; c++) {
                ids[coff + c] = r.customerIds.get(c);
                starts[coff + c] = off;
                off += r.itemsPerCustomer[c];
            }
            maxIssue = Math.max(maxIssue, r.maxIssueDay);
            coff += rc;
        }
        starts[customerCount] = off;
        return new OpenItemColumns(ids, starts, units.toArray(new CurrencyUnit[0]), cur, issue, due, minor, bits,
                maxIssue, Builder.idOrder(ids));
    }

    /**
     * Gets the number of items.
     *
     * @return the number of items, zero or more
     */
    public int size() {
        return openMinor.length;
    }

    /**
     * Gets the number of customers with at least one item.
     *
     * @return the number of customers, zero or more
     */
    public int customerCount() {
        return customers.length;
    }

    /**
     * Gets the id of a customer by its index.
     *
     * @param customer the customer index, 0 to {@code customerCount() - 1}
     * @return the id, not null
     * @throws IllegalArgumentException if the index is out of range
     */
    public CustomerId getCustomerId(int customer) {
        checkCustomer(customer, customers.length - 1);
        return customers[customer];
    }

    /**
     * Gets the index of the first item of a customer; {@code customerStart(customerCount())} is
     * {@link #size()}, so a customer's items are {@code customerStart(c)} to {@code customerStart(c + 1) - 1}.
     *
     * @param customer the customer index, 0 to {@code customerCount()}
     * @return the item index, 0 to {@code size()}
     * @throws IllegalArgumentException if the index is out of range
     */
    public int customerStart(int customer) {
        checkCustomer(customer, customers.length);
        return customerStart[customer];
    }

    /**
     * Splits the customers, in storage order, into ranges of about equal item counts, for bulk
     * operations that work on ranges in parallel: range {@code p} is customers {@code bounds[p]}
     * (inclusive) to {@code bounds[p + 1]} (exclusive). A range starts at the first customer whose items
     * start at or after its share of the items, so ranges may be empty but never overlap.
     *
     * @param parts the number of ranges, 1 or more
     * @return the {@code parts + 1} boundaries, from 0 to {@link #customerCount()}, non-decreasing
     * @throws IllegalArgumentException if parts is not positive
     */
    public int[] customerRanges(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts " + parts + " must be at least 1");
        }
        int count = customers.length;
        int[] bounds = new int[parts + 1];
        for (int p = 1; p < parts; p++) {
            long target = (long) openMinor.length * p / parts;
            int lo = bounds[p - 1];
            int hi = count;
            while (lo < hi) { // the first customer whose items start at or after the target
                int mid = (lo + hi) >>> 1;
                if (customerStart[mid] < target) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            bounds[p] = lo;
        }
        bounds[parts] = count;
        return bounds;
    }

    /**
     * Gets the index of the customer at a position of customer-id order: {@code customerInIdOrder(0)} is
     * the customer with the smallest {@link CustomerId}. Bulk operations that produce per-customer rows in
     * id order (as reports keep them) walk the customers this way; the order is computed once, when built.
     *
     * <pre>
     *   for (int k = 0; k &lt; columns.customerCount(); k++) {
     *       int c = columns.customerInIdOrder(k);       // customers C-1, C-10, C-2, ... in that order
     *       for (int i = columns.customerStart(c); i &lt; columns.customerStart(c + 1); i++) { ... }
     *   }
     * </pre>
     *
     * @param position the position in id order, 0 to {@code customerCount() - 1}
     * @return the customer index, 0 to {@code customerCount() - 1}
     * @throws IllegalArgumentException if the position is out of range
     */
    public int customerInIdOrder(int position) {
        checkCustomer(position, customers.length - 1);
        return idOrder[position];
    }

    /**
     * Gets the currencies of the items, in the order of their index.
     *
     * @return the currencies, unmodifiable, not null
     */
    public List<CurrencyUnit> getCurrencies() {
        return Collections.unmodifiableList(Arrays.asList(currencies.clone()));
    }

    /**
     * Gets the latest issue date of any item as an epoch day: the columns can be aged as of that day or later.
     *
     * @return the epoch day, or {@link Integer#MIN_VALUE} if there is no item
     */
    public int maxIssueEpochDay() {
        return maxIssueDay;
    }

    /**
     * Gets the sum of every item's open amount in one currency, in minor units.
     *
     * @param currencyUnit the currency, not null
     * @return the sum in minor units, zero if no item is in that currency
     * @throws NullPointerException if currencyUnit is null
     * @throws IllegalArgumentException if the sum overflows a long
     */
    public long totalMinor(CurrencyUnit currencyUnit) {
        Objects.requireNonNull(currencyUnit, "currencyUnit");
        int index = Arrays.asList(currencies).indexOf(currencyUnit);
        if (index < 0) {
            return 0;
        }
        long sum = 0;
        for (int i = 0; i < openMinor.length; i++) {
            if (currency[i] == (byte) index) {
                try {
                    sum = Math.addExact(sum, openMinor[i]);
                } catch (ArithmeticException ex) {
                    throw new IllegalArgumentException("total of " + currencyUnit + " exceeds " + Long.MAX_VALUE
                            + " minor units", ex);
                }
            }
        }
        return sum;
    }

    /**
     * Gets the bytes held by the columns' arrays (array headers and the id objects excluded): about
     * 17.125 per item, 18.125 per customer (start, id order, id reference, currency, due-order bit) and 8
     * per currency.
     *
     * @return the bytes
     */
    public long retainedBytes() {
        return (long) currency.length + 4L * issueDay.length + 4L * dueDay.length + 8L * openMinor.length
                + 8L * disputed.length + 4L * customerStart.length + 4L * idOrder.length + 8L * customers.length
                + 8L * dueOrdered.length + 2L * customerCurrency.length + 8L * currencies.length;
    }

    /**
     * Returns whether a customer's items are in ascending order of due date (equal dates in any order), the
     * order in which {@link org.receivables.core.ledger.LedgerView#getOpenItems()} lists a ledger's items
     * and in which an export sorted by customer and due date delivers them. Found once, when the columns
     * are built. Bulk aging by due date reads each bucket of such a customer as one range of its items
     * (ages fall as due dates rise) instead of looking up every item's bucket, so columns of items added
     * in this order age fastest; any other order gives the same results.
     *
     * @param customer the customer index, 0 to {@code customerCount() - 1}
     * @return true if every item's due day is on or after the previous item's
     * @throws IllegalArgumentException if the index is out of range
     */
    public boolean isInDueOrder(int customer) {
        checkCustomer(customer, customers.length - 1);
        return (dueOrdered[customer >>> 6] & (1L << customer)) != 0;
    }

    /**
     * Returns the currency index that all of a customer's items share (an index into
     * {@link #getCurrencies()}), or -1 if its items are in more than one currency.
     *
     * @param customer the customer index, 0 to {@code customerCount() - 1}
     * @return the currency index, 0 to 255, or -1
     * @throws IllegalArgumentException if the index is out of range
     */
    public int customerCurrencyIndex(int customer) {
        checkCustomer(customer, customers.length - 1);
        return customerCurrency[customer];
    }

    /**
     * Returns the first disputed item at or after an item index, or {@link #size()} if there is none: a
     * word of 64 dispute bits at a time, so visiting a range's disputed items costs little more than their
     * number.
     *
     * <pre>
     *   for (int i = columns.nextDisputed(from); i &lt; to; i = columns.nextDisputed(i + 1)) {
     *       // item i is disputed
     *   }
     * </pre>
     *
     * @param fromItem the first item index to look at, 0 to {@code size()}
     * @return the index of the first disputed item at or after fromItem, or {@code size()}
     * @throws IllegalArgumentException if fromItem is out of range
     */
    public int nextDisputed(int fromItem) {
        int n = openMinor.length;
        if (fromItem < 0 || fromItem > n) {
            throw outOfRange("fromItem", fromItem, "within 0 to ", n);
        }
        if (fromItem == n) {
            return n;
        }
        int w = fromItem >>> 6;
        long bits = disputed[w] & (-1L << fromItem);
        while (bits == 0) {
            if (++w == disputed.length) {
                return n;
            }
            bits = disputed[w];
        }
        return Math.min(n, (w << 6) + Long.numberOfTrailingZeros(bits));
    }

    // ---- per-item access for the bulk operations of other modules (inlined by the JIT) ----

    /**
     * Returns the currency of an index of {@link #getCurrencies()}.
     *
     * @param currencyIndex the index, 0 to the number of currencies - 1
     * @return the currency
     * @throws IllegalArgumentException if the index is out of range
     */
    public CurrencyUnit getCurrency(int currencyIndex) {
        if (currencyIndex < 0 || currencyIndex >= currencies.length) {
            throw outOfRange("currencyIndex", currencyIndex, "within 0 to ", (currencies.length - 1));
        }
        return currencies[currencyIndex];
    }

    /**
     * Returns the currency index of an item (an index into {@link #getCurrencies()}).
     *
     * @param item the item index, 0 to {@code size() - 1}
     * @return the currency index, 0 to 255
     * @throws IllegalArgumentException if the item index is out of range
     */
    public int currencyIndex(int item) {
        checkItem(item);
        return currency[item] & 0xFF;
    }

    /**
     * Returns the issue date of an item as an epoch day ({@link LocalDate#toEpochDay()}).
     *
     * @param item the item index, 0 to {@code size() - 1}
     * @return the issue epoch day
     * @throws IllegalArgumentException if the item index is out of range
     */
    public int issueEpochDay(int item) {
        checkItem(item);
        return issueDay[item];
    }

    /**
     * Returns the due date of an item as an epoch day ({@link LocalDate#toEpochDay()}).
     *
     * @param item the item index, 0 to {@code size() - 1}
     * @return the due epoch day
     * @throws IllegalArgumentException if the item index is out of range
     */
    public int dueEpochDay(int item) {
        checkItem(item);
        return dueDay[item];
    }

    /**
     * Returns the open amount of an item in minor units of its currency (positive).
     *
     * @param item the item index, 0 to {@code size() - 1}
     * @return the open amount in minor units
     * @throws IllegalArgumentException if the item index is out of range
     */
    public long openMinor(int item) {
        checkItem(item);
        return openMinor[item];
    }

    /**
     * Returns whether an item is disputed.
     *
     * @param item the item index, 0 to {@code size() - 1}
     * @return true if the item is disputed
     * @throws IllegalArgumentException if the item index is out of range
     */
    public boolean isDisputed(int item) {
        checkItem(item);
        return (disputed[item >>> 6] & (1L << item)) != 0;
    }

    private void checkItem(int item) {
        if (item < 0 || item >= openMinor.length) {
            throw outOfRange("item", item, "within 0 to ", (openMinor.length - 1));
        }
    }

    private static void checkCustomer(int customer, int max) {
        if (customer < 0 || customer > max) {
            throw outOfRange("customer", customer, "0 to ", max);
        }
    }

    /**
     * Returns a summary, such as {@code "OpenItemColumns[items=1000000, customers=10000, currencies=[EUR]]"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "OpenItemColumns[items=" + size() + ", customers=" + customers.length + ", currencies="
                + Arrays.toString(currencies) + "]";
    }

    /**
     * Builds {@link OpenItemColumns} one item at a time. Each add is checked before it changes anything,
     * so a refused item leaves the builder as it was.
     *
     * <p>This class is <em>not</em> thread-safe: use one builder per thread.
     */
    public static final class Builder {

        private final Map<CustomerId, Integer> customerIndex = new HashMap<>();
        private final List<CustomerId> customerIds = new ArrayList<>();
        private final List<CurrencyUnit> currencyUnits = new ArrayList<>();
        private int[] itemCustomer;
        private byte[] currency;
        private int[] issueDay;
        private int[] dueDay;
        private long[] openMinor;
        private long[] disputed;
        private int size;
        private int maxIssueDay = Integer.MIN_VALUE;
        private CustomerId lastCustomer;
        private int lastCustomerIndex = -1;
        private CurrencyUnit lastCurrency;
        private int lastCurrencyIndex = -1;
        /** Whether every customer's items came as one run so far. */
        private boolean clustered = true;
        private int[] itemsPerCustomer = new int[16];
        /**
         * Set by {@link OpenItemColumns#of(Portfolio, LocalDate)}: the caller adds each customer's items as one
         * run and never returns to a customer (ledgers of distinct customers), so a customer that is not the
         * last one is a new one and the index by id is not needed.
         */
        private final boolean distinctRuns;

        Builder(int capacity) {
            this(capacity, false);
        }

        private Builder(int capacity, boolean distinctRuns) {
            this.distinctRuns = distinctRuns;
            // with distinct runs the items are clustered as they come: no customer per item is needed to cluster them
            itemCustomer = distinctRuns ? null : new int[capacity];
            currency = new byte[capacity];
            issueDay = new int[capacity];
            dueDay = new int[capacity];
            openMinor = new long[capacity];
            disputed = new long[(capacity + 63) >>> 6];
        }

        /**
         * Adds one open item given as plain values: no object is created per item.
         *
         * @param customerId the customer, not null
         * @param currencyUnit the currency of the open amount, not null
         * @param issueEpochDay the issue date as {@link LocalDate#toEpochDay()}, within an int
         * @param dueEpochDay the due date as {@link LocalDate#toEpochDay()}, within an int, not before the issue day
         * @param minor the open amount in the currency's minor units, positive
         * @param isDisputed whether the item is disputed
         * @return this builder
         * @throws NullPointerException if customerId or currencyUnit is null
         * @throws IllegalArgumentException if minor is not positive, a day is outside an int or the due day
         *         is before the issue day, the item would be the 257th currency, or the columns are full
         */
        public Builder addItem(CustomerId customerId, CurrencyUnit currencyUnit, long issueEpochDay, long dueEpochDay,
                long minor, boolean isDisputed) {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(currencyUnit, "currencyUnit");
            if (minor <= 0) {
                throw new IllegalArgumentException("openMinor " + minor + " must be positive for customer " + customerId);
            }
            if (issueEpochDay < Integer.MIN_VALUE || issueEpochDay > Integer.MAX_VALUE
                    || dueEpochDay < Integer.MIN_VALUE || dueEpochDay > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("issueEpochDay " + issueEpochDay + " and dueEpochDay " + dueEpochDay
                        + " must fit an int for customer " + customerId);
            }
            if (dueEpochDay < issueEpochDay) {
                throw new IllegalArgumentException("dueEpochDay " + dueEpochDay + " is before issueEpochDay "
                        + issueEpochDay + " for customer " + customerId);
            }
            if (size == MAX_ITEMS) {
                throw new IllegalArgumentException("size " + size + " is the most items the columns hold");
            }
            int cur = currencyIndex(currencyUnit);
            int cust = customerIndex(customerId);
            if (size == openMinor.length) {
                grow();
            }
            if (itemCustomer != null) {
                itemCustomer[size] = cust;
            }
            currency[size] = (byte) cur;
            issueDay[size] = (int) issueEpochDay;
            dueDay[size] = (int) dueEpochDay;
            openMinor[size] = minor;
            if (isDisputed) {
                disputed[size >>> 6] |= 1L << size;
            }
            if (issueEpochDay > maxIssueDay) {
                maxIssueDay = (int) issueEpochDay;
            }
            itemsPerCustomer[cust]++;
            size++;
            return this;
        }

        /**
         * Adds one open item: its customer, currency, issue and due dates, open amount and dispute flag.
         *
         * @param item the item, not null
         * @return this builder
         * @throws NullPointerException if item is null
         * @throws IllegalArgumentException as {@link #addItem(CustomerId, CurrencyUnit, long, long, long, boolean)},
         *         or if the open amount exceeds a long of minor units
         */
        public Builder addItem(OpenItem item) {
            Objects.requireNonNull(item, "item");
            long minor;
            try {
                minor = item.getOpenAmount().getAmountMinorLong();
            } catch (ArithmeticException ex) {
                throw new IllegalArgumentException("openAmount " + item.getOpenAmount() + " of item " + item.getRef()
                        + " exceeds the range of a long of minor units", ex);
            }
            return addItem(item.getCustomerId(), item.getCurrency(), item.getIssueDate().toEpochDay(),
                    item.getDueDate().toEpochDay(), minor, item.isDisputed());
        }

        /**
         * Adds open items in their order.
         *
         * @param items the items, not null and holding no null
         * @return this builder
         * @throws NullPointerException if items is null or holds null
         * @throws IllegalArgumentException as {@link #addItem(OpenItem)} (the items before the refused one were added)
         */
        public Builder addItems(Iterable<OpenItem> items) {
            Objects.requireNonNull(items, "items");
            int i = 0;
            for (OpenItem item : items) {
                if (item == null) {
                    throw new NullPointerException("items[" + i + "]");
                }
                addItem(item);
                i++;
            }
            return this;
        }

        /**
         * Builds the columns of everything added so far, clustered by customer; the builder may be used further.
         *
         * @return the columns, not null
         */
        public OpenItemColumns build() {
            int customerCount = customerIds.size();
            int[] starts = new int[customerCount + 1];
            for (int c = 0; c < customerCount; c++) {
                starts[c + 1] = starts[c] + itemsPerCustomer[c];
            }
            byte[] cur;
            int[] issue;
            int[] due;
            long[] minor;
            long[] bits;
            if (clustered) {
                // Customers were numbered in order of appearance and each came as one run: already in place.
                cur = Arrays.copyOf(currency, size);
                issue = Arrays.copyOf(issueDay, size);
                due = Arrays.copyOf(dueDay, size);
                minor = Arrays.copyOf(openMinor, size);
                bits = Arrays.copyOf(disputed, (size + 63) >>> 6);
                if ((size & 63) != 0 && bits.length > 0) {
                    bits[bits.length - 1] &= (1L << size) - 1;
                }
            } else {
                int[] cursor = Arrays.copyOf(starts, customerCount);
                cur = new byte[size];
                issue = new int[size];
                due = new int[size];
                minor = new long[size];
                bits = new long[(size + 63) >>> 6];
                for (int i = 0; i < size; i++) {
                    int p = cursor[itemCustomer[i]]++;
                    cur[p] = currency[i];
                    issue[p] = issueDay[i];
                    due[p] = dueDay[i];
                    minor[p] = openMinor[i];
                    if ((disputed[i >>> 6] & (1L << i)) != 0) {
                        bits[p >>> 6] |= 1L << p;
                    }
                }
            }
            CustomerId[] ids = customerIds.toArray(new CustomerId[0]);
            return new OpenItemColumns(ids, starts, currencyUnits.toArray(new CurrencyUnit[0]), cur, issue, due, minor,
                    bits, maxIssueDay, idOrder(ids));
        }

        /** The customer indexes sorted by id; linear when they already are (as from a portfolio). */
        private static int[] idOrder(CustomerId[] ids) {
            int[] order = new int[ids.length];
            boolean inOrder = true;
            for (int c = 0; c < ids.length; c++) {
                order[c] = c;
                inOrder &= c == 0 || ids[c - 1].compareTo(ids[c]) < 0;
            }
            if (inOrder) {
                return order;
            }
            Integer[] boxed = new Integer[ids.length];
            for (int c = 0; c < ids.length; c++) {
                boxed[c] = c;
            }
            Arrays.sort(boxed, (a, b) -> ids[a].compareTo(ids[b]));
            for (int c = 0; c < ids.length; c++) {
                order[c] = boxed[c];
            }
            return order;
        }

        private int currencyIndex(CurrencyUnit unit) {
            if (unit == lastCurrency) {
                return lastCurrencyIndex;
            }
            int index = -1;
            for (int k = 0; k < currencyUnits.size(); k++) {
                if (currencyUnits.get(k) == unit) { // currency units are usually shared instances
                    index = k;
                    break;
                }
            }
            if (index < 0) {
                index = currencyUnits.indexOf(unit);
            }
            if (index < 0) {
                if (currencyUnits.size() == MAX_CURRENCIES) {
                    throw new IllegalArgumentException("currency " + unit + " would be currency number "
                            + (MAX_CURRENCIES + 1) + "; the columns hold at most " + MAX_CURRENCIES);
                }
                index = currencyUnits.size();
                currencyUnits.add(unit);
            }
            lastCurrency = unit;
            lastCurrencyIndex = index;
            return index;
        }

        private int customerIndex(CustomerId id) {
            if (id == lastCustomer || id.equals(lastCustomer)) {
                return lastCustomerIndex;
            }
            Integer known = distinctRuns ? null : customerIndex.get(id);
            int index;
            if (known != null) {
                index = known;
                clustered = false; // the customer's items resume after another customer's: not one run
            } else {
                index = customerIds.size();
                customerIds.add(id);
                if (!distinctRuns) {
                    customerIndex.put(id, index);
                }
                if (index == itemsPerCustomer.length) {
                    itemsPerCustomer = Arrays.copyOf(itemsPerCustomer, index * 2);
                }
            }
            lastCustomer = id;
            lastCustomerIndex = index;
            return index;
        }

        private void grow() {
            int capacity = (int) Math.min(MAX_ITEMS, Math.max(16L, openMinor.length * 2L));
            if (itemCustomer != null) {
                itemCustomer = Arrays.copyOf(itemCustomer, capacity);
            }
            currency = Arrays.copyOf(currency, capacity);
            issueDay = Arrays.copyOf(issueDay, capacity);
            dueDay = Arrays.copyOf(dueDay, capacity);
            openMinor = Arrays.copyOf(openMinor, capacity);
            disputed = Arrays.copyOf(disputed, (capacity + 63) >>> 6);
        }
    }

    /**
     * The error for an index out of range, built apart from the checks so that the per-item accessors
     * stay a few bytes of code, which the JIT inlines into every loop that calls them.
     */
    private static IllegalArgumentException outOfRange(String name, int value, String range, long last) {
        return new IllegalArgumentException(name + " " + value + " must be " + range + last);
    }
}
