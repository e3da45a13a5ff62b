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
 * arithmetic that reports an overflow. Customers are scanned in storage order, so memory is read
 * sequentially, and each customer's sums (one row per currency, by currency code) go to a small table;
 * then the rows are read from that table in customer-id order ({@link OpenItemColumns#customerInIdOrder(int)})
 * into the report ({@link AgingReport.Builder#addSums}), already in their sorted place. The parallel form
 * scans ranges of customers of about equal item counts, each into its own table, then reads ranges of
 * the id order from the finished, read-only tables (no shared mutable state) and
 * {@linkplain AgingReport#merge(AgingReport) merges} the reports, which for consecutive ranges is a
 * concatenation of their arrays.
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
        Plan plan = new Plan(columns, asOf, options);
        int customers = columns.customerCount();
        if (parts == 1 || customers < 2) {
            Sums sums = scan(columns, plan, 0, customers);
            return emit(columns, plan, new Sums[] {sums}, new int[] {0, customers}, 0, customers, 0, customers);
        }
        // Phase 1: each part scans a range of customers in storage order (sequential memory) into its own sums.
        int[] stored = columns.customerRanges(parts);
        Sums[] sums = IntStream.range(0, parts).parallel()
                .mapToObj(p -> scan(columns, plan, stored[p], stored[p + 1]))
                .toArray(Sums[]::new);
        // Phase 2: each part reads the (now read-only) sums of a range of customer-id order into a report,
        // already sorted; the reports of consecutive ranges merge by concatenation.
        int[] byId = split(columns, parts);
        return IntStream.range(0, parts).parallel()
                .mapToObj(p -> emit(columns, plan, sums, stored, byId[p], byId[p + 1], 0, customers))
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
        Plan plan = new Plan(columns, asOf, options);
        Sums sums = scan(columns, plan, fromCustomer, toCustomer);
        return emit(columns, plan, new Sums[] {sums}, new int[] {fromCustomer, toCustomer}, 0, columns.customerCount(),
                fromCustomer, toCustomer);
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


    /** What every scan of one call shares, read-only: the bucket lookup table and the currency order. */
    private static final class Plan {
        final LocalDate asOf;
        final AgingOptions options;
        final AgingBuckets buckets;
        final int nb;
        final int nc;
        final long asOfDay;
        final boolean byDue;
        final CurrencyUnit[] currencies;
        /** Each currency's rank by code, the order of a customer's rows. */
        final int[] codeRank;
        /** Ages at or below lo are in bucket 0, at or above lo + span in the last one. */
        final long lo;
        final long span;
        final boolean useTable;
        final int[] table;
        /** Whether the fast loop applies (table, at most 64 currencies, the as-of day near enough). */
        final boolean fast;
        final int base;

        Plan(OpenItemColumns columns, LocalDate asOf, AgingOptions options) {
            this.asOf = asOf;
            this.options = options;
            buckets = options.getBuckets();
            nb = buckets.size();
            asOfDay = asOf.toEpochDay();
            byDue = options.getBasis() == AgingBasis.DUE_DATE;
            List<CurrencyUnit> list = columns.getCurrencies();
            nc = list.size();
            currencies = list.toArray(new CurrencyUnit[0]);
            codeRank = new int[nc];
            for (int a = 0; a < nc; a++) {
                for (int b = 0; b < nc; b++) {
                    if (currencies[b].compareTo(currencies[a]) < 0) {
                        codeRank[a]++;
                    }
                }
            }
            lo = nb > 1 ? buckets.get(1).getMinDays() - 1 : 0;
            long hi = nb > 1 ? buckets.get(nb - 1).getMinDays() : 0;
            span = hi - lo;
            useTable = span < MAX_TABLE;
            table = useTable ? new int[(int) span + 1] : new int[0];
            for (int k = 0; k < table.length; k++) {
                table[k] = buckets.indexOf(lo + k);
            }
            // The fast loop ages in int arithmetic from base = asOfDay - lo, exact while every day it reads is
            // within +-2^29 (about 1.47 million years around 1970) and base too; it flags any other day, and
            // the customer is then aged again by the exact general loop, as when its sums could overflow.
            long baseLong = asOfDay - lo;
            fast = useTable && nc <= 64 && baseLong >= -FAST_DAYS && baseLong < FAST_DAYS;
            base = (int) baseLong;
        }
    }

    /**
     * The sums of a range of customers {@code from} to {@code to - 1} (storage order): customer {@code c}'s
     * rows are {@code firstRow[c - from]} to {@code firstRow[c - from + 1] - 1}, in currency-code order.
     * Written by one scan only, then read-only.
     */
    private static final class Sums {
        final int from;
        final int[] firstRow;
        int rows;
        int[] currency;
        long[] amount;
        long[] count;
        long[] disputedAmount;
        long[] disputedCount;

        Sums(int from, int to, int nb) {
            this.from = from;
            this.firstRow = new int[to - from + 1];
            int cap = Math.max(16, to - from + (to - from) / 8);
            currency = new int[cap];
            amount = new long[cap * nb];
            count = new long[cap * nb];
            disputedAmount = new long[cap];
            disputedCount = new long[cap];
        }

        void ensure(int nb) {
            if (rows == currency.length) {
                int cap = rows * 2;
                currency = Arrays.copyOf(currency, cap);
                amount = Arrays.copyOf(amount, cap * nb);
                count = Arrays.copyOf(count, cap * nb);
                disputedAmount = Arrays.copyOf(disputedAmount, cap);
                disputedCount = Arrays.copyOf(disputedCount, cap);
            }
        }
    }

    /**
     * Scans customers {@code from} to {@code to - 1} in storage order (so memory is read sequentially) into
     * their sums. Only this call's own arrays are written.
     */
    private static Sums scan(OpenItemColumns columns, Plan plan, int from, int to) {
        int nb = plan.nb;
        int nc = plan.nc;
        Sums out = new Sums(from, to, nb);
        long[] amount = new long[nc * nb];
        long[] count = new long[nc * nb];
        long[] disputedAmount = new long[nc];
        long[] disputedCount = new long[nc];
        int[] touched = new int[nc];
        int[] table = plan.table;
        int base = plan.base;
        int spanInt = (int) plan.span;
        boolean fast = plan.fast;
        boolean byDue = plan.byDue;
        for (int c = from; c < to; c++) {
            int start = columns.customerStart(c);
            int end = columns.customerStart(c + 1);
            long mask = 0;
            long anyMinor = 0;
            int outside = 0;
            if (fast) {
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
            }
            finish(columns, plan, out, c, mask, anyMinor, outside, fast, amount, count, disputedAmount, disputedCount,
                    touched);
        }
        out.firstRow[to - from] = out.rows;
        return out;
    }

    /**
     * Ends customer {@code c}: if the fast loop did not age it exactly (or did not run), ages it again with
     * the exact general loop; then appends its rows, by currency code, and clears the accumulators.
     */
    private static void finish(OpenItemColumns columns, Plan plan, Sums out, int c, long mask, long anyMinor,
            int outside, boolean fastDone, long[] amount, long[] count, long[] disputedAmount, long[] disputedCount,
            int[] touched) {
        int nb = plan.nb;
        int start = columns.customerStart(c);
        int end = columns.customerStart(c + 1);
        out.firstRow[c - out.from] = out.rows;
        int touchedCount = 0;
        // No sum can overflow when (items) x (the least power of 2 above every amount) fits 2^63.
        boolean exact = fastDone && outside == 0
                && (64 - Long.numberOfLeadingZeros(anyMinor)) + (32 - Integer.numberOfLeadingZeros(end - start)) <= 63;
        if (exact) {
            for (long bits = mask; bits != 0; bits &= bits - 1) {
                touched[touchedCount++] = Long.numberOfTrailingZeros(bits);
            }
        } else {
            for (long bits = mask; bits != 0; bits &= bits - 1) {
                int cu = Long.numberOfTrailingZeros(bits);
                Arrays.fill(amount, cu * nb, cu * nb + nb, 0L);
                Arrays.fill(count, cu * nb, cu * nb + nb, 0L);
                disputedAmount[cu] = 0;
                disputedCount[cu] = 0;
            }
            touchedCount = ageExactly(columns, plan, c, start, end, amount, count, disputedAmount, disputedCount, touched);
        }
        int[] codeRank = plan.codeRank;
        for (int t = 1; t < touchedCount; t++) { // insertion sort by currency code; usually one currency
            int x = touched[t];
            int u = t - 1;
            while (u >= 0 && codeRank[touched[u]] > codeRank[x]) {
                touched[u + 1] = touched[u];
                u--;
            }
            touched[u + 1] = x;
        }
        for (int t = 0; t < touchedCount; t++) {
            int cu = touched[t];
            out.ensure(nb);
            int r = out.rows++;
            out.currency[r] = cu;
            System.arraycopy(amount, cu * nb, out.amount, r * nb, nb);
            System.arraycopy(count, cu * nb, out.count, r * nb, nb);
            out.disputedAmount[r] = disputedAmount[cu];
            out.disputedCount[r] = disputedCount[cu];
            Arrays.fill(amount, cu * nb, cu * nb + nb, 0L);
            Arrays.fill(count, cu * nb, cu * nb + nb, 0L);
            disputedAmount[cu] = 0;
            disputedCount[cu] = 0;
        }
    }

    /** Ages one customer's items with long arithmetic and exact sums; returns the number of currencies touched. */
    private static int ageExactly(OpenItemColumns columns, Plan plan, int c, int start, int end, long[] amount,
            long[] count, long[] disputedAmount, long[] disputedCount, int[] touched) {
        int nb = plan.nb;
        long lo = plan.lo;
        long span = plan.span;
        int touchedCount = 0;
        long seen = 0;
        boolean[] seenBig = plan.nc > 64 ? new boolean[plan.nc] : null;
        int i = start;
        try {
            for (; i < end; i++) {
                int cu = columns.currencyIndex(i);
                long age = plan.asOfDay - (plan.byDue ? columns.dueEpochDay(i) : columns.issueEpochDay(i));
                int b;
                if (plan.useTable) {
                    // Clamp to 0..span with bit arithmetic: on JDK 17, Math.min/max of longs compile to
                    // branches, which random ages mispredict.
                    long x = age - lo;
                    x &= ~(x >> 63);
                    long d = x - span;
                    b = plan.table[(int) (span + (d & (d >> 63)))];
                } else {
                    b = plan.buckets.indexOf(age);
                }
                int idx = cu * nb + b;
                long m = columns.openMinor(i);
                amount[idx] = Math.addExact(amount[idx], m);
                count[idx]++;
                if (columns.isDisputed(i)) {
                    disputedAmount[cu] = Math.addExact(disputedAmount[cu], m);
                    disputedCount[cu]++;
                }
                boolean isNew = seenBig != null ? !seenBig[cu] : (seen & (1L << cu)) == 0;
                if (isNew) {
                    if (seenBig != null) {
                        seenBig[cu] = true;
                    } else {
                        seen |= 1L << cu;
                    }
                    touched[touchedCount++] = cu;
                }
            }
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("amount overflow: customer " + columns.getCustomerId(c) + " in "
                    + columns.getCurrency(columns.currencyIndex(i)) + " exceeds " + Long.MAX_VALUE + " minor units", ex);
        }
        return touchedCount;
    }

    /**
     * Reads the sums of the customers at positions {@code fromPosition} to {@code toPosition - 1} of
     * customer-id order that lie in {@code fromCustomer} to {@code toCustomer - 1} into a report, whose rows
     * so come in their sorted order. {@code sums[p]} holds customers {@code stored[p]} to {@code stored[p + 1] - 1}.
     */
    private static AgingReport emit(OpenItemColumns columns, Plan plan, Sums[] sums, int[] stored, int fromPosition,
            int toPosition, int fromCustomer, int toCustomer) {
        int nb = plan.nb;
        long[] rowAmount = new long[nb];
        long[] rowCount = new long[nb];
        AgingReport.Builder report = AgingReport.builder(plan.asOf, plan.options);
        for (int k = fromPosition; k < toPosition; k++) {
            int c = columns.customerInIdOrder(k);
            if (c < fromCustomer || c >= toCustomer) {
                continue;
            }
            int p = 0;
            if (sums.length > 1) { // the part holding c: the last p with stored[p] <= c
                int lo = 0;
                int hi = sums.length - 1;
                while (lo < hi) {
                    int mid = (lo + hi + 1) >>> 1;
                    if (stored[mid] <= c) {
                        lo = mid;
                    } else {
                        hi = mid - 1;
                    }
                }
                p = lo;
            }
            Sums s = sums[p];
            int first = s.firstRow[c - s.from];
            int last = s.firstRow[c - s.from + 1];
            if (first == last) {
                continue;
            }
            CustomerId id = columns.getCustomerId(c);
            for (int r = first; r < last; r++) {
                System.arraycopy(s.amount, r * nb, rowAmount, 0, nb);
                System.arraycopy(s.count, r * nb, rowCount, 0, nb);
                report.addSums(id, plan.currencies[s.currency[r]], rowAmount, rowCount, s.disputedAmount[r],
                        s.disputedCount[r]);
            }
        }
        return report.build();
    }
}
