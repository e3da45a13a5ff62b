package org.receivables.aging.bulk;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.receivables.aging.AgingBasis;
import org.receivables.aging.AgingBuckets;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.customer.CustomerId;

/**
 * The aging of {@link OpenItemColumns}: per customer, currency and bucket the open amount and count,
 * the disputed part, and the portfolio totals, as the exact same {@link AgingReport} that
 * {@link AgingReport#of(LocalDate, Iterable, AgingOptions)} gives for the equivalent open items.
 *
 * <p><b>How.</b> One pass over the columns, customer by customer: each item's age picks its bucket
 * from a lookup table (a binary search when the buckets span more than 65,536 days), and its amount is
 * added in {@code long} minor units to a small array of the customer's sums; no object is created per
 * item and no map is consulted per item. The loop works in {@code int} days with branch-free clamps and
 * no per-item overflow check; a customer with a day beyond +-2^29 epoch days, or whose item count and
 * amounts do not prove its sums fit a {@code long}, is aged again by an exact loop in {@code long}
 * arithmetic that reports an overflow. Customers are walked in id order
 * ({@link OpenItemColumns#customerInIdOrder(int)}), so at the end of each customer its sums are appended
 * to the report's rows, already in their sorted place, once per currency
 * ({@link AgingReport.Builder#addSums}): a few array writes, no map, no object. The parallel form splits
 * the id order into ranges of about equal item counts, ages each range on its own (no shared mutable
 * state) and {@linkplain AgingReport#merge(AgingReport) merges} the reports, which for consecutive ranges
 * is a concatenation of their arrays.
 *
 * <pre>
 *   OpenItemColumns columns = OpenItemColumns.of(openItems);
 *   AgingReport report = BulkAging.age(columns, LocalDate.parse("2024-03-31"), AgingOptions.defaults());
 *   report.equals(AgingReport.of(LocalDate.parse("2024-03-31"), openItems, AgingOptions.defaults())); // true
 *   BulkAging.age(columns, asOf, options, 4);                          // in 4 ranges, in parallel
 *   BulkAging.ageCustomers(columns, 0, 1000, asOf, options);           // the first 1000 customers only
 * </pre>
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class BulkAging {

    /** The largest bucket lookup table, in days. */
    private static final long MAX_TABLE = 1 << 16;
    /** The fast loop's limit of epoch days (and of the as-of day less the table's start): 2^29. */
    private static final int FAST_DAYS = 1 << 29;

    private BulkAging() {
    }

    /**
     * Ages the columns as of a date, in parallel over the available processors.
     *
     * @param columns the open items, not null
     * @param asOf the as-of date, not before any item's issue date, not null
     * @param options the buckets, basis and presentation, not null
     * @return the report, equal to the object API's report of the same items
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an item was issued after asOf, or a sum overflows a long of minor units
     */
    public static AgingReport age(OpenItemColumns columns, LocalDate asOf, AgingOptions options) {
        return age(columns, asOf, options, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Ages the columns as of a date in a given number of customer ranges of about equal item counts,
     * aged in parallel (on the common fork-join pool) and merged; 1 ages on the calling thread.
     *
     * @param columns the open items, not null
     * @param asOf the as-of date, not before any item's issue date, not null
     * @param options the buckets, basis and presentation, not null
     * @param parts the number of ranges, 1 to 4096
     * @return the report, equal to the object API's report of the same items
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if parts is out of range, an item was issued after asOf, or a sum
     *         overflows a long of minor units
     */
    public static AgingReport age(OpenItemColumns columns, LocalDate asOf, AgingOptions options, int parts) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(options, "options");
        if (parts < 1 || parts > 4096) {
            throw new IllegalArgumentException("parts " + parts + " must be 1 to 4096");
        }
        checkIssued(columns, asOf);
        if (parts == 1) {
            return ageRange(columns, 0, columns.customerCount(), true, asOf, options);
        }
        int[] bounds = split(columns, parts);
        return IntStream.range(0, parts).parallel()
                .mapToObj(p -> ageRange(columns, bounds[p], bounds[p + 1], true, asOf, options))
                .reduce(AgingReport::merge)
                .orElseGet(() -> AgingReport.empty(asOf, options));
    }

    /**
     * Ages the items of a range of customers, on the calling thread; the reports of disjoint ranges merge
     * into the report of their union.
     *
     * @param columns the open items, not null
     * @param fromCustomer the first customer index, inclusive, 0 to toCustomer
     * @param toCustomer the last customer index, exclusive, fromCustomer to {@code columns.customerCount()}
     * @param asOf the as-of date, not before the issue date of any item in the range, not null
     * @param options the buckets, basis and presentation, not null
     * @return the report of the range
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the range is invalid, an item was issued after asOf, or a sum overflows
     */
    public static AgingReport ageCustomers(OpenItemColumns columns, int fromCustomer, int toCustomer, LocalDate asOf,
            AgingOptions options) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(options, "options");
        if (fromCustomer < 0 || toCustomer < fromCustomer || toCustomer > columns.customerCount()) {
            throw new IllegalArgumentException("customer range " + fromCustomer + " to " + toCustomer
                    + " must be within 0 to " + columns.customerCount());
        }
        checkIssued(columns, asOf);
        return ageRange(columns, fromCustomer, toCustomer, false, asOf, options);
    }

    private static void checkIssued(OpenItemColumns columns, LocalDate asOf) {
        long asOfDay = asOf.toEpochDay();
        if (columns.maxIssueEpochDay() <= asOfDay) {
            return;
        }
        for (int c = 0; c < columns.customerCount(); c++) {
            for (int i = columns.customerStart(c); i < columns.customerStart(c + 1); i++) {
                if (columns.issueEpochDay(i) > asOfDay) {
                    throw new IllegalArgumentException("issueDate " + LocalDate.ofEpochDay(columns.issueEpochDay(i))
                            + " of an item of customer " + columns.getCustomerId(c) + " is after asOf " + asOf
                            + "; age the open items as of the date");
                }
            }
        }
    }

    /** Boundaries, in positions of customer-id order, of parts ranges of about equal item counts. */
    private static int[] split(OpenItemColumns columns, int parts) {
        int customers = columns.customerCount();
        int[] bounds = new int[parts + 1];
        long total = columns.size();
        long seen = 0;
        int p = 1;
        for (int k = 0; k < customers && p < parts; k++) {
            while (p < parts && seen >= total * p / parts) {
                bounds[p++] = k;
            }
            int c = columns.customerInIdOrder(k);
            seen += columns.customerStart(c + 1) - columns.customerStart(c);
        }
        while (p < parts) {
            bounds[p++] = customers;
        }
        bounds[parts] = customers;
        return bounds;
    }

    /**
     * Ages customers {@code from} to {@code to - 1}, either positions of id order (so the report's rows
     * come in their sorted order and need no sorting, and the reports of consecutive ranges merge by
     * concatenation) or, if not {@code inIdOrder}, customer indexes.
     */
    private static AgingReport ageRange(OpenItemColumns columns, int from, int to, boolean inIdOrder, LocalDate asOf,
            AgingOptions options) {
        AgingBuckets buckets = options.getBuckets();
        int nb = buckets.size();
        long asOfDay = asOf.toEpochDay();
        boolean byDue = options.getBasis() == AgingBasis.DUE_DATE;
        List<CurrencyUnit> currencies = columns.getCurrencies();
        int nc = currencies.size();
        // Each customer's currencies go into the report by currency code, the order of its rows.
        int[] codeRank = new int[nc];
        for (int a = 0; a < nc; a++) {
            for (int b = 0; b < nc; b++) {
                if (currencies.get(b).compareTo(currencies.get(a)) < 0) {
                    codeRank[a]++;
                }
            }
        }

        // Bucket lookup: ages at or below lo are in bucket 0, at or above hi in the last one.
        long lo = nb > 1 ? buckets.get(1).getMinDays() - 1 : 0;
        long hi = nb > 1 ? buckets.get(nb - 1).getMinDays() : 0;
        long span = hi - lo;
        boolean useTable = span < MAX_TABLE;
        int[] table = useTable ? new int[(int) (hi - lo) + 1] : new int[0];
        for (int k = 0; k < table.length; k++) {
            table[k] = buckets.indexOf(lo + k);
        }

        long[] amount = new long[nc * nb];
        long[] count = new long[nc * nb];
        long[] disputedAmount = new long[nc];
        long[] disputedCount = new long[nc];
        boolean[] touched = new boolean[nc];
        int[] touchedList = new int[nc];
        long[] rowAmount = new long[nb];
        long[] rowCount = new long[nb];

        // The fast loop ages in int arithmetic from base = asOfDay - lo, exact while every day it reads is
        // within +-2^29 (about 1.47 million years around 1970) and base too; it flags any other day, and then
        // the customer is aged again by the general loop. Likewise when its sums could overflow a long.
        long baseLong = asOfDay - lo;
        boolean fast = useTable && nc <= 64 && baseLong >= -FAST_DAYS && baseLong < FAST_DAYS;
        int base = (int) baseLong;
        int spanInt = (int) span;
        AgingReport.Builder report = AgingReport.builder(asOf, options);
        for (int k = from; k < to; k++) {
            int c = inIdOrder ? columns.customerInIdOrder(k) : k;
            int touchedCount = 0;
            int start = columns.customerStart(c);
            int end = columns.customerStart(c + 1);
            boolean done = false;
            if (fast) {
                long mask = 0;
                long anyMinor = 0;
                int outside = 0;
                for (int i = start; i < end; i++) {
                    int cu = columns.currencyIndex(i);
                    int day = byDue ? columns.dueEpochDay(i) : columns.issueEpochDay(i);
                    outside |= (day + FAST_DAYS) >>> 30; // 0 for days in -2^29 .. 2^29 - 1
                    int idx = cu * nb + table[Math.max(0, Math.min(spanInt, base - day))];
                    long m = columns.openMinor(i);
                    anyMinor |= m;
                    amount[idx] += m;
                    count[idx]++;
                    if (columns.isDisputed(i)) {
                        disputedAmount[cu] += m;
                        disputedCount[cu]++;
                    }
                    mask |= 1L << cu;
                }
                // No sum can overflow when (items) x (the largest power of 2 above every amount) fits 2^63.
                boolean safe = outside == 0
                        && (64 - Long.numberOfLeadingZeros(anyMinor)) + (32 - Integer.numberOfLeadingZeros(end - start)) <= 63;
                for (long bits = mask; bits != 0; bits &= bits - 1) {
                    int cu = Long.numberOfTrailingZeros(bits);
                    if (safe) {
                        touched[cu] = true;
                        touchedList[touchedCount++] = cu;
                    } else {
                        Arrays.fill(amount, cu * nb, cu * nb + nb, 0L);
                        Arrays.fill(count, cu * nb, cu * nb + nb, 0L);
                        disputedAmount[cu] = 0;
                        disputedCount[cu] = 0;
                    }
                }
                done = safe;
            }
            int i = start;
            try {
                for (; !done && i < end; i++) {
                    int cu = columns.currencyIndex(i);
                    long age = asOfDay - (byDue ? columns.dueEpochDay(i) : columns.issueEpochDay(i));
                    int b;
                    if (useTable) {
                        // Clamp to 0..span with bit arithmetic: on JDK 17, Math.min/max of longs compile to
                        // branches, and the ages are random enough to mispredict them (several times slower).
                        long x = age - lo;
                        x &= ~(x >> 63);
                        long d = x - span;
                        b = table[(int) (span + (d & (d >> 63)))];
                    } else {
                        b = buckets.indexOf(age);
                    }
                    int idx = cu * nb + b;
                    long m = columns.openMinor(i);
                    amount[idx] = Math.addExact(amount[idx], m);
                    count[idx]++;
                    if (columns.isDisputed(i)) {
                        disputedAmount[cu] = Math.addExact(disputedAmount[cu], m);
                        disputedCount[cu]++;
                    }
                    if (!touched[cu]) {
                        touched[cu] = true;
                        touchedList[touchedCount++] = cu;
                    }
                }
            } catch (ArithmeticException ex) {
                throw new IllegalArgumentException("amount overflow: customer " + columns.getCustomerId(c) + " in "
                        + columns.getCurrency(columns.currencyIndex(i)) + " exceeds " + Long.MAX_VALUE + " minor units", ex);
            }
            for (int t = 1; t < touchedCount; t++) { // insertion sort by currency code; usually one currency
                int x = touchedList[t];
                int u = t - 1;
                while (u >= 0 && codeRank[touchedList[u]] > codeRank[x]) {
                    touchedList[u + 1] = touchedList[u];
                    u--;
                }
                touchedList[u + 1] = x;
            }
            CustomerId id = touchedCount > 0 ? columns.getCustomerId(c) : null;
            for (int t = 0; t < touchedCount; t++) {
                int cu = touchedList[t];
                System.arraycopy(amount, cu * nb, rowAmount, 0, nb);
                System.arraycopy(count, cu * nb, rowCount, 0, nb);
                report.addSums(id, currencies.get(cu), rowAmount, rowCount, disputedAmount[cu], disputedCount[cu]);
                Arrays.fill(amount, cu * nb, cu * nb + nb, 0L);
                Arrays.fill(count, cu * nb, cu * nb + nb, 0L);
                disputedAmount[cu] = 0;
                disputedCount[cu] = 0;
                touched[cu] = false;
            }
        }
        return report.build();
    }
}
