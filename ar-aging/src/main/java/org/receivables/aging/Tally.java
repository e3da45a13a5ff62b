package org.receivables.aging;

import java.util.Arrays;
import org.joda.money.CurrencyUnit;
import org.receivables.core.customer.CustomerId;

/**
 * The rows of an aging report as columns of primitive values: per row (one customer in one currency)
 * the customer, the currency, and in {@code long} minor units and counts the amount and count per
 * bucket ({@code row * buckets + bucket}), the credits and the disputed part. No object per row but
 * the keys; {@link AgingAmounts} and {@link AgingLine} are made only when a row is read.
 *
 * <p>While a report is built the table grows (mutable, one builder's own); a report holds a table
 * whose rows are sorted by customer id and then currency code, one row per key, never changed again.
 * Every add computes all its sums before it stores any, so an overflow (an
 * {@link IllegalArgumentException}) changes nothing. Not thread-safe while mutable.
 */
final class Tally {

    final int width;
    int size;
    CustomerId[] customer;
    CurrencyUnit[] currency;
    long[] amounts;
    long[] counts;
    long[] credits;
    long[] creditCounts;
    long[] disputed;
    long[] disputedCounts;

    Tally(int width, int capacity) {
        this.width = width;
        int cap = Math.max(capacity, 4);
        customer = new CustomerId[cap];
        currency = new CurrencyUnit[cap];
        amounts = new long[cap * width];
        counts = new long[cap * width];
        credits = new long[cap];
        creditCounts = new long[cap];
        disputed = new long[cap];
        disputedCounts = new long[cap];
    }

    /** A table of finished rows, taking the arrays as they are; no credits. */
    static Tally of(int width, int size, CustomerId[] customer, CurrencyUnit[] currency, long[] amounts, long[] counts,
            long[] disputed, long[] disputedCounts) {
        Tally t = new Tally(width, 0);
        t.size = size;
        t.customer = customer;
        t.currency = currency;
        t.amounts = amounts;
        t.counts = counts;
        t.credits = new long[Math.max(4, size)];
        t.creditCounts = new long[Math.max(4, size)];
        t.disputed = disputed;
        t.disputedCounts = disputedCounts;
        return t;
    }

    /** Appends a zero row with the key and returns its index. */
    int append(CustomerId customerId, CurrencyUnit currencyUnit) {
        if (size == customer.length) {
            grow(size * 2);
        }
        customer[size] = customerId;
        currency[size] = currencyUnit;
        return size++;
    }

    private void grow(int cap) {
        customer = Arrays.copyOf(customer, cap);
        currency = Arrays.copyOf(currency, cap);
        amounts = Arrays.copyOf(amounts, cap * width);
        counts = Arrays.copyOf(counts, cap * width);
        credits = Arrays.copyOf(credits, cap);
        creditCounts = Arrays.copyOf(creditCounts, cap);
        disputed = Arrays.copyOf(disputed, cap);
        disputedCounts = Arrays.copyOf(disputedCounts, cap);
    }

    /** Compares the key of a row with a key: customer id, then currency code. */
    int compareKey(int row, CustomerId customerId, CurrencyUnit currencyUnit) {
        int c = customer[row] == customerId ? 0 : customer[row].compareTo(customerId);
        return c != 0 ? c : currency[row] == currencyUnit ? 0 : currency[row].compareTo(currencyUnit);
    }

    /** Compares the keys of two rows of two tables. */
    static int compareRows(Tally a, int i, Tally b, int j) {
        return a.compareKey(i, b.customer[j], b.currency[j]);
    }

    /** The row of a key in a sorted table, or {@code -(insertion point) - 1}. */
    int find(CustomerId customerId, CurrencyUnit currencyUnit) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareKey(mid, customerId, currencyUnit);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Adds one open item to a row. The error text is only built when a sum overflows. */
    void addItem(int row, int bucket, long minor, boolean isDisputed) {
        int k = row * width + bucket;
        long amount;
        long disputedAmount;
        try {
            amount = Math.addExact(amounts[k], minor);
            disputedAmount = isDisputed ? Math.addExact(disputed[row], minor) : disputed[row];
        } catch (ArithmeticException ex) {
            throw overflow("bucket " + bucket + " of customer " + customer[row], row, amounts[k], minor, ex);
        }
        amounts[k] = amount;
        counts[k]++;
        if (isDisputed) {
            disputed[row] = disputedAmount;
            disputedCounts[row]++;
        }
    }

    /** Adds pre-aggregated, validated sums of items to a row. */
    void addSums(int row, long[] minor, long[] itemCounts, long disputedMinor, long disputedItems) {
        int base = row * width;
        try {
            for (int i = 0; i < width; i++) {
                Math.addExact(amounts[base + i], minor[i]);
                Math.addExact(counts[base + i], itemCounts[i]);
            }
            Math.addExact(disputed[row], disputedMinor);
            Math.addExact(disputedCounts[row], disputedItems);
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("amount overflow: the sums of customer " + customer[row] + " in "
                    + currency[row] + " exceed " + Long.MAX_VALUE + " minor units", ex);
        }
        for (int i = 0; i < width; i++) {
            amounts[base + i] += minor[i];
            counts[base + i] += itemCounts[i];
        }
        disputed[row] += disputedMinor;
        disputedCounts[row] += disputedItems;
    }

    /** Adds one credit to a row. */
    void addCredit(int row, long minor) {
        long amount;
        try {
            amount = Math.addExact(credits[row], minor);
        } catch (ArithmeticException ex) {
            throw overflow("credits of customer " + customer[row], row, credits[row], minor, ex);
        }
        credits[row] = amount;
        creditCounts[row]++;
    }

    /** Copies row {@code from} of another table into row {@code to} of this one (a new row, all zero). */
    private void copyRow(int to, Tally other, int from) {
        customer[to] = other.customer[from];
        currency[to] = other.currency[from];
        System.arraycopy(other.amounts, from * width, amounts, to * width, width);
        System.arraycopy(other.counts, from * width, counts, to * width, width);
        credits[to] = other.credits[from];
        creditCounts[to] = other.creditCounts[from];
        disputed[to] = other.disputed[from];
        disputedCounts[to] = other.disputedCounts[from];
    }

    /** Copies rows {@code from} to {@code from + n - 1} of another table to rows starting at {@code to}. */
    private void copyRows(int to, Tally other, int from, int n) {
        System.arraycopy(other.customer, from, customer, to, n);
        System.arraycopy(other.currency, from, currency, to, n);
        System.arraycopy(other.amounts, from * width, amounts, to * width, n * width);
        System.arraycopy(other.counts, from * width, counts, to * width, n * width);
        System.arraycopy(other.credits, from, credits, to, n);
        System.arraycopy(other.creditCounts, from, creditCounts, to, n);
        System.arraycopy(other.disputed, from, disputed, to, n);
        System.arraycopy(other.disputedCounts, from, disputedCounts, to, n);
    }

    /** Adds row {@code from} of another table (same key) to row {@code to}; overflow changes nothing. */
    private void addRow(int to, Tally other, int from) {
        String where = "customer " + customer[to];
        CurrencyUnit cu = currency[to];
        long[] a = new long[width];
        long[] c = new long[width];
        for (int i = 0; i < width; i++) {
            a[i] = add(amounts[to * width + i], other.amounts[from * width + i], where, cu);
            c[i] = add(counts[to * width + i], other.counts[from * width + i], where, cu);
        }
        long cr = add(credits[to], other.credits[from], where, cu);
        long crn = add(creditCounts[to], other.creditCounts[from], where, cu);
        long d = add(disputed[to], other.disputed[from], where, cu);
        long dn = add(disputedCounts[to], other.disputedCounts[from], where, cu);
        System.arraycopy(a, 0, amounts, to * width, width);
        System.arraycopy(c, 0, counts, to * width, width);
        credits[to] = cr;
        creditCounts[to] = crn;
        disputed[to] = d;
        disputedCounts[to] = dn;
    }

    /** An exact-size copy of the rows. */
    Tally copy() {
        Tally t = new Tally(width, size);
        t.copyRows(0, this, 0, size);
        t.size = size;
        return t;
    }

    /** The rows of this table in the order of the given row indexes. */
    Tally select(Integer[] order) {
        Tally t = new Tally(width, order.length);
        for (int i = 0; i < order.length; i++) {
            t.copyRow(i, this, order[i]);
        }
        t.size = order.length;
        return t;
    }

    /**
     * The rows of two sorted tables together, sorted, rows of the same key added: a plain concatenation
     * when every key of one comes before every key of the other, otherwise a linear merge.
     */
    static Tally merge(Tally a, Tally b) {
        if (b.size == 0) {
            return a;
        }
        if (a.size == 0) {
            return b;
        }
        if (compareRows(b, 0, a, a.size - 1) > 0) {
            return concat(a, b);
        }
        if (compareRows(a, 0, b, b.size - 1) > 0) {
            return concat(b, a);
        }
        Tally m = new Tally(a.width, a.size + b.size);
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.size && j < b.size) {
            int c = compareRows(a, i, b, j);
            if (c < 0) {
                m.copyRow(n++, a, i++);
            } else if (c > 0) {
                m.copyRow(n++, b, j++);
            } else {
                m.copyRow(n, a, i++);
                m.addRow(n++, b, j++);
            }
        }
        m.copyRows(n, a, i, a.size - i);
        n += a.size - i;
        m.copyRows(n, b, j, b.size - j);
        n += b.size - j;
        m.size = n;
        return m;
    }

    private static Tally concat(Tally first, Tally second) {
        Tally m = new Tally(first.width, first.size + second.size);
        m.copyRows(0, first, 0, first.size);
        m.copyRows(first.size, second, 0, second.size);
        m.size = first.size + second.size;
        return m;
    }

    /** The figures of one row, made on demand. */
    AgingAmounts toAmounts(int row, AgingBuckets buckets, boolean netted) {
        int base = row * width;
        return new AgingAmounts(currency[row], buckets, netted, Arrays.copyOfRange(amounts, base, base + width),
                Arrays.copyOfRange(counts, base, base + width), credits[row], creditCounts[row], disputed[row],
                disputedCounts[row]);
    }

    /** Whether two sorted tables hold the same rows. */
    boolean sameRows(Tally o) {
        if (size != o.size || width != o.width) {
            return false;
        }
        int n = size * width;
        return Arrays.equals(customer, 0, size, o.customer, 0, size)
                && Arrays.equals(currency, 0, size, o.currency, 0, size)
                && Arrays.equals(amounts, 0, n, o.amounts, 0, n)
                && Arrays.equals(counts, 0, n, o.counts, 0, n)
                && Arrays.equals(credits, 0, size, o.credits, 0, size)
                && Arrays.equals(creditCounts, 0, size, o.creditCounts, 0, size)
                && Arrays.equals(disputed, 0, size, o.disputed, 0, size)
                && Arrays.equals(disputedCounts, 0, size, o.disputedCounts, 0, size);
    }

    /** A hash of the rows consistent with {@link #sameRows(Tally)}. */
    int rowsHash() {
        int h = 1;
        for (int r = 0; r < size; r++) {
            h = 31 * h + customer[r].hashCode();
            h = 31 * h + currency[r].hashCode();
            h = 31 * h + Long.hashCode(credits[r]) + 7 * Long.hashCode(disputed[r]);
        }
        for (int i = 0; i < size * width; i++) {
            h = 31 * h + Long.hashCode(amounts[i]) + 3 * Long.hashCode(counts[i]);
        }
        return h;
    }

    private IllegalArgumentException overflow(String where, int row, long a, long b, ArithmeticException ex) {
        return new IllegalArgumentException("amount overflow: " + where + " in " + currency[row]
                + " exceeds " + Long.MAX_VALUE + " minor units (" + a + " + " + b + ")", ex);
    }

    static long add(long a, long b, String where, CurrencyUnit currency) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("amount overflow: " + where + " in " + currency
                    + " exceeds " + Long.MAX_VALUE + " minor units (" + a + " + " + b + ")", ex);
        }
    }

    static long subtract(long a, long b, String where, CurrencyUnit currency) {
        try {
            return Math.subtractExact(a, b);
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("amount overflow: " + where + " in " + currency
                    + " exceeds the range of a long of minor units (" + a + " - " + b + ")", ex);
        }
    }
}
