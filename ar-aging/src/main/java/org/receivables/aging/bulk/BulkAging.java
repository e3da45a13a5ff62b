package org.receivables.aging.bulk;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.receivables.aging.AgingBasis;
import org.receivables.aging.AgingBuckets;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.aging.internal.AgeTable;
import org.receivables.aging.internal.AgingReportAccess;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.customer.CustomerId;

/**
 * The aging of {@link OpenItemColumns}: per customer, currency and bucket the open amount and count,
 * the disputed part, and the portfolio totals, as the exact same {@link AgingReport} that
 * {@link AgingReport#of(LocalDate, Iterable, AgingOptions)} gives for the equivalent open items.
 *
 * <p><b>How.</b> One pass over the columns, customer by customer, in storage order (memory is read
 * sequentially), each customer's sums added in {@code long} minor units to a small array, with no object
 * and no map look-up per item:
 * <ul>
 *   <li>a customer whose items are in ascending due order ({@link OpenItemColumns#isInDueOrder(int)}, as
 *       ledgers list them), aged by due date, is read as runs: ages fall as due days rise, so each bucket
 *       is one run of its items, the oldest first, summed in a short loop that ends when an item's due day
 *       passes the bucket's limit (a test that is rarely true, so well predicted); its disputed items are
 *       visited through the dispute bits;</li>
 *   <li>any other customer has each item's bucket looked up in a table of ages (a binary search when the
 *       buckets span more than 65,536 days), in {@code int} days with branch-free clamps.</li>
 * </ul>
 * Neither loop checks for overflow per item: a customer whose item count and amounts do not prove its
 * sums fit a {@code long}, or with a day beyond +-2^29 epoch days in the table loop, is aged again by an
 * exact loop in {@code long} arithmetic that reports an overflow; the portfolio totals are proven or
 * re-added exactly the same way, once per range. Each customer's rows (one per currency, by currency
 * code) go to the range's slice of the report's arrays, counted and sized before the scan, when the
 * customers are stored in id order (as from a portfolio); otherwise to the range's own table, laid out in
 * customer-id order ({@link OpenItemColumns#customerInIdOrder(int)}) afterwards. The rows then become the
 * report as they are, with no further check or copy. The parallel form scans ranges of
 * customers of about equal item counts (one task each, on the common fork-join pool, no shared mutable
 * state) and lays out their rows together.
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
     * scanned in parallel (on the common fork-join pool) and then put together; 1 ages on the calling thread.
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
        AgeTable.requireIssuedBy(columns, asOf);
        Plan plan = new Plan(columns, asOf, options);
        int customers = columns.customerCount();
        int ranges = parts == 1 || customers < 2 ? 1 : parts;
        int[] stored = ranges == 1 ? new int[] {0, customers} : columns.customerRanges(ranges);
        // Customers stored in id order: each range writes its rows straight into the report's arrays, at an
        // offset counted beforehand; otherwise each range keeps its own and they are laid out afterwards.
        Rows shared = inIdOrder(columns) ? Rows.exact(columns, plan, stored) : null;
        if (ranges == 1) {
            return assemble(columns, plan, new Sums[] {scan(columns, plan, 0, customers, shared, 0)}, 0, customers,
                    shared);
        }
        // Each part scans a range of customers in storage order (sequential memory) into its own sums; the
        // finished, read-only sums are then put together in customer-id order on the calling thread.
        Sums[] sums = IntStream.range(0, parts).parallel()
                .mapToObj(p -> scan(columns, plan, stored[p], stored[p + 1], shared, p))
                .toArray(Sums[]::new);
        return assemble(columns, plan, sums, 0, customers, shared);
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
        AgeTable.requireIssuedBy(columns, asOf);
        Plan plan = new Plan(columns, asOf, options);
        return assemble(columns, plan, new Sums[] {scan(columns, plan, fromCustomer, toCustomer, null, 0)}, fromCustomer,
                toCustomer, null);
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
        /** The bucket of each age (shared with the report's builder); its table and span for the fast loop. */
        final AgeTable ageTable;
        final int[] table;
        final long span;
        /** Whether the fast loop applies (table, at most 64 currencies, the as-of day near enough). */
        final boolean fast;
        final int base;
        /**
         * Per bucket, the latest due day of an item in that bucket or a later one: its age is at least the
         * bucket's first day when its due day is at most {@code asOfDay - minDays}; for bucket 0 every day.
         */
        final long[] dueLimit;

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
            ageTable = AgeTable.of(buckets);
            table = ageTable.table();
            span = ageTable.span();
            // The fast loop ages in int arithmetic from base = asOfDay - lo, exact while every day it reads is
            // within +-2^29 (about 1.47 million years around 1970) and base too; it flags any other day, and
            // the customer is then aged again by the exact general loop, as when its sums could overflow.
            long baseLong = asOfDay - ageTable.low();
            fast = ageTable.hasTable() && nc <= 64 && baseLong >= -FAST_DAYS && baseLong < FAST_DAYS;
            base = (int) baseLong;
            dueLimit = new long[nb];
            dueLimit[0] = Long.MAX_VALUE; // every item is at least as old as bucket 0 allows
            for (int b = 1; b < nb; b++) {
                long min = buckets.get(b).getMinDays();
                // Beyond a long (a first day below about -9.2e18): every item is at least that old.
                dueLimit[b] = min < 0 && asOfDay > Long.MAX_VALUE + min ? Long.MAX_VALUE : asOfDay - min;
            }
        }
    }

    /**
     * The sums of a range of customers {@code from} to {@code to - 1} (storage order): customer {@code c}'s
     * rows are {@code firstRow[c - from]} to {@code firstRow[c - from + 1] - 1}, in currency-code order; and
     * per currency the range's totals. Written by one scan only, then read-only.
     */
    private static final class Sums {
        final int from;
        final int[] firstRow;
        /** Where this range's rows start in the arrays (0 unless they are the report's, shared by every range). */
        final int base;
        final boolean shared;
        int rows;
        int[] currency;
        long[] amount;
        long[] count;
        long[] disputedAmount;
        long[] disputedCount;
        /** Per currency index: amounts and counts per bucket, credits (0), credit count (0), disputed, count. */
        final long[][] totals;

        Sums(int from, int to, int nb, int nc, Rows rows, int part) {
            this.from = from;
            this.firstRow = new int[to - from + 1];
            totals = new long[nc][];
            shared = rows != null;
            if (shared) { // exactly sized by Rows.exact: this range writes only its own slice
                base = rows.offset[part];
                currency = rows.currency;
                amount = rows.amount;
                count = rows.count;
                disputedAmount = rows.disputedAmount;
                disputedCount = rows.disputedCount;
                return;
            }
            base = 0;
            int cap = Math.max(16, to - from + (to - from) / 8);
            currency = new int[cap];
            amount = new long[cap * nb];
            count = new long[cap * nb];
            disputedAmount = new long[cap];
            disputedCount = new long[cap];
        }

        void ensure(int nb) {
            if (!shared && rows == currency.length) {
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
     * The rows of the whole report, when the customers are stored in id order: sized exactly (one row per
     * currency of each customer) before the scan, so the ranges write disjoint slices of the same arrays and
     * the report takes them as they are. Each range writes only its own slice, and the arrays are read only
     * after every range has finished.
     */
    private static final class Rows {
        final int[] offset;
        final int size;
        final int[] currency;
        final long[] amount;
        final long[] count;
        final long[] disputedAmount;
        final long[] disputedCount;

        private Rows(int[] offset, int size, int nb) {
            this.offset = offset;
            this.size = size;
            currency = new int[size];
            amount = new long[size * nb];
            count = new long[size * nb];
            disputedAmount = new long[size];
            disputedCount = new long[size];
        }

        /** Counts the rows of each range (a customer has one per currency it has items in). */
        static Rows exact(OpenItemColumns columns, Plan plan, int[] stored) {
            int ranges = stored.length - 1;
            int[] offset = new int[ranges + 1];
            boolean[] seen = new boolean[plan.nc];
            for (int p = 0; p < ranges; p++) {
                int rows = 0;
                for (int c = stored[p]; c < stored[p + 1]; c++) {
                    if (columns.customerCurrencyIndex(c) >= 0) {
                        rows++;
                        continue;
                    }
                    int start = columns.customerStart(c);
                    int end = columns.customerStart(c + 1);
                    for (int i = start; i < end; i++) {
                        int cu = columns.currencyIndex(i);
                        if (!seen[cu]) {
                            seen[cu] = true;
                            rows++;
                        }
                    }
                    for (int i = start; i < end; i++) {
                        seen[columns.currencyIndex(i)] = false;
                    }
                }
                offset[p + 1] = offset[p] + rows;
            }
            return new Rows(offset, offset[ranges], plan.nb);
        }
    }

    /** Whether the customers are stored in customer-id order (as from a portfolio). */
    private static boolean inIdOrder(OpenItemColumns columns) {
        for (int k = 0; k < columns.customerCount(); k++) {
            if (columns.customerInIdOrder(k) != k) {
                return false;
            }
        }
        return true;
    }

    /** The accumulators of one scan: a customer's sums per currency and bucket, cleared after each customer. */
    private static final class Acc {
        final long[] amount;
        final long[] count;
        final long[] disputedAmount;
        final long[] disputedCount;
        /** The currencies the customer has items in, in the order first met. */
        final int[] touched;
        /** The bitwise or of every amount the fast loops summed in this range. */
        long anyMinor;
        /** Whether a customer of the range was summed by the exact loop (its amounts are not in anyMinor). */
        boolean exactLoop;

        Acc(int nb, int nc) {
            amount = new long[nc * nb];
            count = new long[nc * nb];
            disputedAmount = new long[nc];
            disputedCount = new long[nc];
            touched = new int[nc];
        }
    }

    /**
     * Scans customers {@code from} to {@code to - 1} in storage order (so memory is read sequentially) into
     * their sums. Only this call's own arrays are written.
     */
    private static Sums scan(OpenItemColumns columns, Plan plan, int from, int to, Rows shared, int part) {
        int nb = plan.nb;
        Sums out = new Sums(from, to, nb, plan.nc, shared, part);
        Acc acc = new Acc(nb, plan.nc);
        long[] amount = acc.amount;
        long[] count = acc.count;
        long[] disputedAmount = acc.disputedAmount;
        long[] disputedCount = acc.disputedCount;
        int[] table = plan.table;
        int base = plan.base;
        int spanInt = (int) plan.span;
        boolean fast = plan.fast;
        boolean byDue = plan.byDue;
        for (int c = from; c < to; c++) {
            int start = columns.customerStart(c);
            int end = columns.customerStart(c + 1);
            int touched;
            if (byDue && columns.isInDueOrder(c) && (plan.nc <= 64 || columns.customerCurrencyIndex(c) >= 0)) {
                touched = ageRanges(columns, plan, c, start, end, acc);
            } else {
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
                if (fast && outside == 0 && fits(anyMinor, end - start)) {
                    acc.anyMinor |= anyMinor;
                    touched = 0;
                    for (long bits = mask; bits != 0; bits &= bits - 1) {
                        acc.touched[touched++] = Long.numberOfTrailingZeros(bits);
                    }
                } else {
                    touched = reageExactly(columns, plan, c, start, end, acc, mask);
                }
            }
            finish(plan, out, c, acc, touched);
        }
        out.firstRow[to - from] = out.rows;
        if (shared != null && out.rows != shared.offset[part + 1] - shared.offset[part]) {
            throw new IllegalStateException("range " + part + " wrote " + out.rows + " rows, not the "
                    + (shared.offset[part + 1] - shared.offset[part]) + " counted");
        }
        int items = columns.customerStart(to) - columns.customerStart(from);
        if (acc.exactLoop || !fits(acc.anyMinor, items)) {
            exactTotals(plan, out); // the plain sums of finish could have overflowed: add the rows again, exactly
        }
        return out;
    }

    /**
     * No sum of a customer's items can overflow when (items) x (the least power of 2 above every amount)
     * fits 2^63; {@code anyMinor} is the bitwise or of the amounts.
     */
    private static boolean fits(long anyMinor, int items) {
        return (64 - Long.numberOfLeadingZeros(anyMinor)) + (32 - Integer.numberOfLeadingZeros(items)) <= 63;
    }

    /**
     * Ages a customer whose items are in ascending due order: ages fall as due days rise, so each bucket is
     * one range of its items (the oldest bucket first), found by comparing due days with the bucket's limit
     * and summed as it is walked, with no lookup per item. Disputed items are visited through the dispute
     * bits. Returns the number of currencies touched (in {@code acc.touched}); falls back to the exact loop
     * when the sums could overflow.
     */
    private static int ageRanges(OpenItemColumns columns, Plan plan, int c, int start, int end, Acc acc) {
        int nb = plan.nb;
        long[] amount = acc.amount;
        long[] count = acc.count;
        long[] dueLimit = plan.dueLimit;
        int single = columns.customerCurrencyIndex(c);
        long anyMinor = 0;
        long mask = 0;
        // Ages fall as due days rise: the oldest bucket's items come first, each bucket one run. A run is
        // summed until an item's due day passes the bucket's limit, a test that is rarely true (well
        // predicted); several currencies are walked item by item, b the bucket of the current item.
        int b = nb - 1;
        long limit = dueLimit[b];
        if (single >= 0) {
            int row = single * nb;
            int k = start;
            for (; k < end; b--) { // bucket 0's limit takes every remaining item, so b stays at 0 or above
                limit = dueLimit[b];
                int first = k;
                long sum = 0;
                while (k < end && columns.dueEpochDay(k) <= limit) {
                    long m = columns.openMinor(k);
                    sum += m;
                    anyMinor |= m;
                    k++;
                }
                amount[row + b] = sum;
                count[row + b] = k - first;
            }
            if (start < end) {
                acc.touched[0] = single;
            }
        } else { // several currencies (at most 64), interleaved: each item goes to its currency's row
            for (int i = start; i < end; i++) {
                int due = columns.dueEpochDay(i);
                while (due > limit) {
                    limit = dueLimit[--b];
                }
                int cu = columns.currencyIndex(i);
                long m = columns.openMinor(i);
                amount[cu * nb + b] += m;
                count[cu * nb + b]++;
                anyMinor |= m;
                mask |= 1L << cu;
            }
        }
        acc.anyMinor |= anyMinor;
        if (!fits(anyMinor, end - start)) {
            return reageExactly(columns, plan, c, start, end, acc, single >= 0 ? 1L << Math.min(63, single) : mask);
        }
        for (int i = columns.nextDisputed(start); i < end; i = columns.nextDisputed(i + 1)) {
            int cu = columns.currencyIndex(i);
            acc.disputedAmount[cu] += columns.openMinor(i);
            acc.disputedCount[cu]++;
        }
        if (single >= 0) {
            return start < end ? 1 : 0;
        }
        int touched = 0;
        for (long bits = mask; bits != 0; bits &= bits - 1) {
            acc.touched[touched++] = Long.numberOfTrailingZeros(bits);
        }
        return touched;
    }

    /**
     * Clears what a fast loop left for customer {@code c} (its currencies in {@code mask}, or every currency
     * when a currency index is 64 or more) and ages it again with the exact loop.
     */
    private static int reageExactly(OpenItemColumns columns, Plan plan, int c, int start, int end, Acc acc, long mask) {
        int nb = plan.nb;
        acc.exactLoop = true;
        if (plan.nc > 64) {
            Arrays.fill(acc.amount, 0L);
            Arrays.fill(acc.count, 0L);
            Arrays.fill(acc.disputedAmount, 0L);
            Arrays.fill(acc.disputedCount, 0L);
        } else {
            for (long bits = mask; bits != 0; bits &= bits - 1) {
                int cu = Long.numberOfTrailingZeros(bits);
                Arrays.fill(acc.amount, cu * nb, cu * nb + nb, 0L);
                Arrays.fill(acc.count, cu * nb, cu * nb + nb, 0L);
                acc.disputedAmount[cu] = 0;
                acc.disputedCount[cu] = 0;
            }
        }
        return ageExactly(columns, plan, c, start, end, acc.amount, acc.count, acc.disputedAmount, acc.disputedCount,
                acc.touched);
    }

    /**
     * Ends customer {@code c}: appends its rows, by currency code, adds them to the range's totals (exactly)
     * and clears the accumulators.
     */
    private static void finish(Plan plan, Sums out, int c, Acc acc, int touchedCount) {
        int nb = plan.nb;
        int[] touched = acc.touched;
        out.firstRow[c - out.from] = out.rows;
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
        long[] amount = acc.amount;
        long[] count = acc.count;
        for (int t = 0; t < touchedCount; t++) {
            int cu = touched[t];
            out.ensure(nb);
            int r = out.base + out.rows++;
            out.currency[r] = cu;
            System.arraycopy(amount, cu * nb, out.amount, r * nb, nb);
            System.arraycopy(count, cu * nb, out.count, r * nb, nb);
            out.disputedAmount[r] = acc.disputedAmount[cu];
            out.disputedCount[r] = acc.disputedCount[cu];
            long[] total = out.totals[cu];
            if (total == null) {
                total = new long[2 * nb + 4];
                out.totals[cu] = total;
            }
            for (int b = 0; b < nb; b++) { // plain sums: checked once for the whole range (see scan)
                total[b] += amount[cu * nb + b];
                total[nb + b] += count[cu * nb + b];
            }
            total[2 * nb + 2] += acc.disputedAmount[cu];
            total[2 * nb + 3] += acc.disputedCount[cu];
            Arrays.fill(amount, cu * nb, cu * nb + nb, 0L);
            Arrays.fill(count, cu * nb, cu * nb + nb, 0L);
            acc.disputedAmount[cu] = 0;
            acc.disputedCount[cu] = 0;
        }
    }

    /** Sums the range's totals again from its rows, exactly: an overflow is an IllegalArgumentException. */
    private static void exactTotals(Plan plan, Sums out) {
        int nb = plan.nb;
        for (long[] total : out.totals) {
            if (total != null) {
                Arrays.fill(total, 0L);
            }
        }
        for (int r = out.base; r < out.base + out.rows; r++) {
            int cu = out.currency[r];
            long[] total = out.totals[cu];
            try {
                for (int b = 0; b < nb; b++) {
                    total[b] = Math.addExact(total[b], out.amount[r * nb + b]);
                    total[nb + b] += out.count[r * nb + b]; // item counts fit a long: at most 2^31 items
                }
                total[2 * nb + 2] = Math.addExact(total[2 * nb + 2], out.disputedAmount[r]);
            } catch (ArithmeticException ex) {
                throw totalOverflow(plan.currencies[cu], ex);
            }
            total[2 * nb + 3] += out.disputedCount[r];
        }
    }

    private static IllegalArgumentException totalOverflow(CurrencyUnit currency, ArithmeticException ex) {
        return new IllegalArgumentException("amount overflow: the portfolio total in " + currency + " exceeds "
                + Long.MAX_VALUE + " minor units", ex);
    }

    /** Ages one customer's items with long arithmetic and exact sums; returns the number of currencies touched. */
    private static int ageExactly(OpenItemColumns columns, Plan plan, int c, int start, int end, long[] amount,
            long[] count, long[] disputedAmount, long[] disputedCount, int[] touched) {
        int nb = plan.nb;
        int touchedCount = 0;
        long seen = 0;
        boolean[] seenBig = plan.nc > 64 ? new boolean[plan.nc] : null;
        int i = start;
        try {
            for (; i < end; i++) {
                int cu = columns.currencyIndex(i);
                long age = plan.asOfDay - (plan.byDue ? columns.dueEpochDay(i) : columns.issueEpochDay(i));
                int b = plan.ageTable.bucketOf(age);
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
     * Puts the sums of customers {@code fromCustomer} to {@code toCustomer - 1} together into the report:
     * their rows in customer-id order (already in place when the customers are stored in id order: each
     * range wrote its slice of {@code shared}), the totals of the parts added exactly. {@code sums} hold
     * consecutive ranges of customers.
     */
    private static AgingReport assemble(OpenItemColumns columns, Plan plan, Sums[] sums, int fromCustomer,
            int toCustomer, Rows shared) {
        int nb = plan.nb;
        int rows = 0;
        for (Sums s : sums) {
            rows += s.rows;
        }
        CustomerId[] customer = new CustomerId[rows];
        CurrencyUnit[] currency = new CurrencyUnit[rows];
        long[] amounts;
        long[] counts;
        long[] disputed;
        long[] disputedCounts;
        if (shared != null) { // the rows are in place, in id order: only their keys are left to fill in
            amounts = shared.amount;
            counts = shared.count;
            disputed = shared.disputedAmount;
            disputedCounts = shared.disputedCount;
            for (Sums s : sums) {
                for (int c = s.from; c < s.from + s.firstRow.length - 1; c++) {
                    CustomerId id = columns.getCustomerId(c);
                    for (int q = s.base + s.firstRow[c - s.from]; q < s.base + s.firstRow[c - s.from + 1]; q++) {
                        customer[q] = id;
                        currency[q] = plan.currencies[shared.currency[q]];
                    }
                }
            }
        } else {
            amounts = new long[rows * nb];
            counts = new long[rows * nb];
            disputed = new long[rows];
            disputedCounts = new long[rows];
            int r = 0;
            for (int k = 0; k < columns.customerCount(); k++) {
                int c = columns.customerInIdOrder(k);
                if (c < fromCustomer || c >= toCustomer) {
                    continue;
                }
                Sums s = sums[partOf(sums, c)];
                CustomerId id = columns.getCustomerId(c);
                for (int q = s.firstRow[c - s.from]; q < s.firstRow[c - s.from + 1]; q++) {
                    customer[r] = id;
                    currency[r] = plan.currencies[s.currency[q]];
                    System.arraycopy(s.amount, q * nb, amounts, r * nb, nb);
                    System.arraycopy(s.count, q * nb, counts, r * nb, nb);
                    disputed[r] = s.disputedAmount[q];
                    disputedCounts[r] = s.disputedCount[q];
                    r++;
                }
            }
        }
        Map<CurrencyUnit, long[]> totals = new HashMap<>();
        for (int cu = 0; cu < plan.nc; cu++) {
            long[] total = null;
            for (Sums s : sums) {
                long[] t = s.totals[cu];
                if (t == null) {
                    continue;
                }
                if (total == null) {
                    total = t.clone();
                    continue;
                }
                try {
                    for (int i = 0; i < t.length; i++) {
                        total[i] = Math.addExact(total[i], t[i]);
                    }
                } catch (ArithmeticException ex) {
                    throw totalOverflow(plan.currencies[cu], ex);
                }
            }
            if (total != null) {
                totals.put(plan.currencies[cu], total);
            }
        }
        return AgingReportAccess.factory().report(plan.asOf, plan.options, rows, customer, currency, amounts, counts,
                disputed, disputedCounts, totals);
    }

    /** The part whose range holds customer {@code c}: the last with {@code from <= c}. */
    private static int partOf(Sums[] sums, int c) {
        int lo = 0;
        int hi = sums.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sums[mid].from <= c) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
