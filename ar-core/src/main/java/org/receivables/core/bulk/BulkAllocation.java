package org.receivables.core.bulk;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.allocation.AllocationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FIFO allocation of a batch of payments over {@link OpenItemColumns}, and its result as columns:
 * the minor units applied to each item, the open amount each item is left with, and the minor units
 * each payment leaves unapplied. The input columns are not changed.
 *
 * <p><b>What it computes.</b> Each payment is applied, in batch order, to its customer's items in the
 * payment's currency that are still open (after the batch's earlier payments), taken in turn by the
 * strategy's order, each settled up to its open amount until the payment runs out; what is left is
 * unapplied. This is exactly what {@link AllocationStrategies#OLDEST_DUE_FIRST} (or
 * {@link AllocationStrategies#OLDEST_ISSUED_FIRST}) gives when it allocates a payment of the same amount,
 * with the same options, over the customer's open items in that currency as
 * {@code LedgerView.allocate} passes them, payment after payment, with each item's open amount lowered
 * by what the earlier payments applied. The columns carry no item kind, discount tiers or refs, so the
 * equality holds for what they describe:
 * <ul>
 *   <li><b>Order.</b> Oldest due first takes items by due date, then issue date; oldest issued first by
 *       issue date, then due date. Items equal on both are taken in column order, which is the
 *       strategy's {@code ItemRef} tie-break when the columns were built from ledger views
 *       ({@link OpenItemColumns#of(org.receivables.core.ledger.Portfolio, java.time.LocalDate)}, whose
 *       open items come by due date, issue date and ref) or from each customer's items in ref order.</li>
 *   <li><b>Kinds and discounts.</b> Every item counts as principal without discount tiers: no
 *       early-payment discount is taken and the charge order plays no part.</li>
 *   <li><b>Disputes.</b> As the options say: by default ({@link AllocationOptions#defaults()}) disputed
 *       items are left alone; {@link AllocationOptions#isDisputedIncluded()} settles them in turn.</li>
 *   <li><b>Write-off.</b> The bulk form makes no tolerance write-off: the options' tolerance must be none
 *       (the default).</li>
 * </ul>
 *
 * <p><b>How.</b> Payments are grouped by customer (a counting sort that keeps batch order). The customers
 * are split into ranges of about equal item counts, allocated in parallel, each range into its own result
 * arrays (no shared mutable state), copied into the result at the end. Per customer the items are put in
 * the strategy's order by a stable sort of their positions on primitive keys (skipped when they already
 * are in order), then settled in turn with {@code long} minor units; nothing is created per item.
 *
 * <pre>
 *   OpenItemColumns items = OpenItemColumns.of(portfolio, asOf);
 *   PaymentColumns payments = PaymentColumns.builder()
 *       .addPayment(0, CurrencyUnit.EUR, 150_000L)
 *       .build();
 *   BulkAllocation a = BulkAllocation.allocate(items, payments, AllocationStrategies.OLDEST_DUE_FIRST,
 *       AllocationOptions.defaults());
 *   a.appliedMinor(0);            // minor units the batch applied to item 0
 *   a.openMinorAfter(0);          // item 0's open amount afterwards, 0 if settled
 *   a.unappliedMinor(0);          // what payment 0 left unapplied
 *   a.remainingItems();           // the items still open, as new columns
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BulkAllocation {

    private static final Logger LOG = LoggerFactory.getLogger(BulkAllocation.class);

    /** Positions of a customer's items up to which insertion sort is used. */
    private static final int INSERTION_SORT_MAX = 24;

    /** Packed sort keys: the spans of the two day keys and the most items of a customer they fit. */
    private static final long PACKED_SPAN1 = 1L << 23;
    private static final long PACKED_SPAN2 = 1L << 20;
    private static final int PACKED_ITEMS = 1 << 20;
    private static final long PACKED_ITEMS_MASK = PACKED_ITEMS - 1;

    private final OpenItemColumns items;
    private final PaymentColumns payments;
    private final long[] applied;
    private final long[] unapplied;

    private BulkAllocation(OpenItemColumns items, PaymentColumns payments, long[] applied, long[] unapplied) {
        this.items = items;
        this.payments = payments;
        this.applied = applied;
        this.unapplied = unapplied;
    }

    /**
     * Allocates a batch of payments over open items, in parallel over the available processors.
     *
     * @param items the open items, not null
     * @param payments the payments, in batch order, not null
     * @param strategy {@link AllocationStrategies#OLDEST_DUE_FIRST} or {@link AllocationStrategies#OLDEST_ISSUED_FIRST}, not null
     * @param options the options: whether disputed items are settled; the tolerance must be none; not null
     * @return the allocation, not null
     * @throws NullPointerException if an argument is null
     * @throws CurrencyMismatchException if a payment's currency is not the currency of any item of its customer
     * @throws IllegalArgumentException if the strategy has no bulk form, the options ask for a write-off
     *         tolerance, or a payment's customer index is not a customer of the items
     */
    public static BulkAllocation allocate(OpenItemColumns items, PaymentColumns payments, AllocationStrategy strategy,
            AllocationOptions options) {
        return allocate(items, payments, strategy, options, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Allocates a batch of payments over open items in a given number of customer ranges of about equal
     * item counts, allocated in parallel (on the common fork-join pool); 1 allocates on the calling thread.
     * The result does not depend on the number of ranges.
     *
     * @param items the open items, not null
     * @param payments the payments, in batch order, not null
     * @param strategy {@link AllocationStrategies#OLDEST_DUE_FIRST} or {@link AllocationStrategies#OLDEST_ISSUED_FIRST}, not null
     * @param options the options: whether disputed items are settled; the tolerance must be none; not null
     * @param parts the number of ranges, 1 to 4096
     * @return the allocation, not null
     * @throws NullPointerException if an argument is null
     * @throws CurrencyMismatchException if a payment's currency is not the currency of any item of its customer
     * @throws IllegalArgumentException if parts is out of range, the strategy has no bulk form, the options
     *         ask for a write-off tolerance, or a payment's customer index is not a customer of the items
     */
    public static BulkAllocation allocate(OpenItemColumns items, PaymentColumns payments, AllocationStrategy strategy,
            AllocationOptions options, int parts) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(options, "options");
        if (parts < 1 || parts > 4096) {
            throw new IllegalArgumentException("parts " + parts + " must be 1 to 4096");
        }
        boolean byIssue;
        if (strategy == AllocationStrategies.OLDEST_DUE_FIRST) {
            byIssue = false;
        } else if (strategy == AllocationStrategies.OLDEST_ISSUED_FIRST) {
            byIssue = true;
        } else {
            throw new IllegalArgumentException("strategy " + strategy
                    + " has no bulk form; use OLDEST_DUE_FIRST or OLDEST_ISSUED_FIRST");
        }
        if (!options.getTolerance().isNone()) {
            throw new IllegalArgumentException("tolerance " + options.getTolerance()
                    + " is not supported by the bulk allocation, which makes no write-off");
        }
        boolean disputedIncluded = options.isDisputedIncluded();

        // Validate every payment before computing anything; map payment currencies to item currencies.
        int customers = items.customerCount();
        int[] currencyMap = mapCurrencies(items, payments);
        int n = payments.size();
        int[] perCustomer = new int[customers + 1];
        for (int p = 0; p < n; p++) {
            int c = payments.customerUnchecked(p);
            if (c >= customers) {
                throw new IllegalArgumentException("customerIndex " + c + " of payment " + p + (customers == 0
                        ? " names no customer: the items have none"
                        : " must be 0 to " + (customers - 1) + ", the customers of the items"));
            }
            int cu = currencyMap[payments.currencyIndexUnchecked(p)];
            if (cu < 0 || !hasCurrency(items, c, cu)) {
                throw new CurrencyMismatchException(payments.currencyAt(payments.currencyIndexUnchecked(p)),
                        items.getCurrency(items.currencyIndex(items.customerStart(c))));
            }
            perCustomer[c + 1]++;
        }

        // Group the payments by customer, keeping batch order (counting sort).
        for (int c = 0; c < customers; c++) {
            perCustomer[c + 1] += perCustomer[c];
        }
        int[] paymentStart = perCustomer;
        int[] order = new int[n];
        int[] cursor = Arrays.copyOf(paymentStart, customers);
        for (int p = 0; p < n; p++) {
            order[cursor[payments.customerUnchecked(p)]++] = p;
        }

        int[] bounds = items.customerRanges(parts);
        long[] applied = new long[items.size()];
        long[] unapplied = new long[n];
        Part[] results;
        if (parts == 1) {
            results = new Part[] {allocateRange(items, payments, currencyMap, paymentStart, order, 0, customers, byIssue,
                    disputedIncluded)};
        } else {
            results = IntStream.range(0, parts).parallel()
                    .mapToObj(p -> allocateRange(items, payments, currencyMap, paymentStart, order, bounds[p],
                            bounds[p + 1], byIssue, disputedIncluded))
                    .toArray(Part[]::new);
        }
        for (Part part : results) {
            System.arraycopy(part.applied, 0, applied, part.firstItem, part.applied.length);
            for (int k = 0; k < part.unapplied.length; k++) {
                unapplied[order[part.firstPayment + k]] = part.unapplied[k];
            }
        }
        LOG.debug("bulk allocation by {}: {} payments over {} items of {} customers in {} parts", strategy, n,
                items.size(), customers, parts);
        return new BulkAllocation(items, payments, applied, unapplied);
    }

    /** For each payment currency index, the item currency index, or -1 if no item is in that currency. */
    private static int[] mapCurrencies(OpenItemColumns items, PaymentColumns payments) {
        int[] map = new int[payments.currencyCount()];
        for (int k = 0; k < map.length; k++) {
            map[k] = items.getCurrencies().indexOf(payments.currencyAt(k));
        }
        return map;
    }

    private static boolean hasCurrency(OpenItemColumns items, int customer, int currencyIndex) {
        for (int i = items.customerStart(customer), end = items.customerStart(customer + 1); i < end; i++) {
            if (items.currencyIndex(i) == currencyIndex) {
                return true;
            }
        }
        return false;
    }


    /** The result of one customer range: applied per item of the range, unapplied per payment in grouped order. */
    private static final class Part {
        final int firstItem;
        final long[] applied;
        final int firstPayment;
        final long[] unapplied;

        Part(int firstItem, long[] applied, int firstPayment, long[] unapplied) {
            this.firstItem = firstItem;
            this.applied = applied;
            this.firstPayment = firstPayment;
            this.unapplied = unapplied;
        }
    }

    private static Part allocateRange(OpenItemColumns items, PaymentColumns payments, int[] currencyMap,
            int[] paymentStart, int[] order, int from, int to, boolean byIssue, boolean disputedIncluded) {
        int firstItem = items.customerStart(from);
        int firstPayment = paymentStart[from];
        long[] applied = new long[items.customerStart(to) - firstItem];
        long[] unapplied = new long[paymentStart[to] - firstPayment];
        int[] sorted = new int[16];
        int[] scratch = new int[16];
        int[] key1 = new int[16];
        int[] key2 = new int[16];
        long[] packed = new long[16];
        int nc = items.getCurrencies().size();
        int[] currencyCursor = new int[nc];
        int[] cursorOwner = new int[nc];
        Arrays.fill(cursorOwner, -1);
        for (int c = from; c < to; c++) {
            int pFrom = paymentStart[c];
            int pTo = paymentStart[c + 1];
            if (pFrom == pTo) {
                continue;
            }
            int start = items.customerStart(c);
            int count = items.customerStart(c + 1) - start;
            if (sorted.length < count) {
                int cap = Math.max(count, sorted.length * 2);
                sorted = new int[cap];
                scratch = new int[cap];
                key1 = new int[cap];
                key2 = new int[cap];
            }
            boolean inOrder = true;
            int min1 = Integer.MAX_VALUE;
            int max1 = Integer.MIN_VALUE;
            int min2 = Integer.MAX_VALUE;
            int max2 = Integer.MIN_VALUE;
            for (int k = 0; k < count; k++) {
                int i = start + k;
                int k1 = byIssue ? items.issueEpochDay(i) : items.dueEpochDay(i);
                int k2 = byIssue ? items.dueEpochDay(i) : items.issueEpochDay(i);
                key1[k] = k1;
                key2[k] = k2;
                sorted[k] = k;
                min1 = Math.min(min1, k1);
                max1 = Math.max(max1, k1);
                min2 = Math.min(min2, k2);
                max2 = Math.max(max2, k2);
                if (k > 0 && inOrder && compare(key1, key2, k - 1, k) > 0) {
                    inOrder = false;
                }
            }
            if (!inOrder) {
                if ((long) max1 - min1 < PACKED_SPAN1 && (long) max2 - min2 < PACKED_SPAN2 && count <= PACKED_ITEMS) {
                    packed = sortPacked(sorted, packed, count, key1, key2, min1, min2);
                } else {
                    sort(sorted, scratch, count, key1, key2);
                }
            }
            for (int q = pFrom; q < pTo; q++) {
                int p = order[q];
                int cu = currencyMap[payments.currencyIndexUnchecked(p)];
                if (cursorOwner[cu] != c) {
                    cursorOwner[cu] = c;
                    currencyCursor[cu] = 0;
                }
                long remaining = payments.amountUnchecked(p);
                int k = currencyCursor[cu];
                while (remaining > 0 && k < count) {
                    int local = sorted[k];
                    int i = start + local;
                    int r = i - firstItem;
                    long open = items.openMinor(i) - applied[r];
                    if (open == 0 || items.currencyIndex(i) != cu || (!disputedIncluded && items.isDisputed(i))) {
                        k++; // never open to this currency's cash again in this batch
                        continue;
                    }
                    long take = Math.min(open, remaining);
                    applied[r] += take;
                    remaining -= take;
                    if (take == open) {
                        k++;
                    }
                }
                currencyCursor[cu] = k;
                unapplied[q - firstPayment] = remaining;
            }
        }
        return new Part(firstItem, applied, firstPayment, unapplied);
    }

    /**
     * Sorts positions 0 to n - 1 by (key1, key2, position) through one long per item: key1's offset in
     * the top 23 bits, key2's in the next 20, the position in the low 20 (the caller checked the spans).
     */
    private static long[] sortPacked(int[] pos, long[] packed, int n, int[] key1, int[] key2, int min1, int min2) {
        long[] p = packed.length >= n ? packed : new long[Math.max(n, packed.length * 2)];
        for (int k = 0; k < n; k++) {
            p[k] = ((long) (key1[k] - min1) << 40) | ((long) (key2[k] - min2) << 20) | k;
        }
        Arrays.sort(p, 0, n);
        for (int k = 0; k < n; k++) {
            pos[k] = (int) (p[k] & PACKED_ITEMS_MASK);
        }
        return p;
    }

    private static int compare(int[] key1, int[] key2, int a, int b) {
        int c = Integer.compare(key1[a], key1[b]);
        return c != 0 ? c : Integer.compare(key2[a], key2[b]);
    }

    /** A stable sort of positions 0 to n - 1 by (key1, key2): insertion sort for short runs, then merging. */
    private static void sort(int[] pos, int[] tmp, int n, int[] key1, int[] key2) {
        for (int lo = 0; lo < n; lo += INSERTION_SORT_MAX) {
            int hi = Math.min(n, lo + INSERTION_SORT_MAX);
            for (int j = lo + 1; j < hi; j++) {
                int v = pos[j];
                int m = j - 1;
                while (m >= lo && compare(key1, key2, pos[m], v) > 0) {
                    pos[m + 1] = pos[m];
                    m--;
                }
                pos[m + 1] = v;
            }
        }
        int[] src = pos;
        int[] dst = tmp;
        for (int width = INSERTION_SORT_MAX; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(n, lo + width);
                int hi = Math.min(n, lo + 2 * width);
                int a = lo;
                int b = mid;
                int d = lo;
                while (a < mid && b < hi) {
                    dst[d++] = compare(key1, key2, src[b], src[a]) < 0 ? src[b++] : src[a++];
                }
                while (a < mid) {
                    dst[d++] = src[a++];
                }
                while (b < hi) {
                    dst[d++] = src[b++];
                }
            }
            int[] t = src;
            src = dst;
            dst = t;
        }
        if (src != pos) {
            System.arraycopy(src, 0, pos, 0, n);
        }
    }

    /**
     * Gets the open items the payments were allocated over.
     *
     * @return the items, not null
     */
    public OpenItemColumns getItems() {
        return items;
    }

    /**
     * Gets the payments that were allocated.
     *
     * @return the payments, not null
     */
    public PaymentColumns getPayments() {
        return payments;
    }

    /**
     * Returns the minor units the whole batch applied to an item.
     *
     * @param item the item index, 0 to {@code getItems().size() - 1}
     * @return the minor units, 0 to the item's open amount before the batch
     * @throws IllegalArgumentException if the item index is out of range
     */
    public long appliedMinor(int item) {
        return items.openMinor(item) - openMinorAfter(item);
    }

    /**
     * Returns the open amount of an item after the batch, in minor units: 0 if it was settled.
     *
     * @param item the item index, 0 to {@code getItems().size() - 1}
     * @return the minor units, 0 to the item's open amount before the batch
     * @throws IllegalArgumentException if the item index is out of range
     */
    public long openMinorAfter(int item) {
        return items.openMinor(item) - applied[item];
    }

    /**
     * Returns the minor units a payment left unapplied (an on-account credit).
     *
     * @param payment the payment index, 0 to {@code getPayments().size() - 1}
     * @return the minor units, 0 to the payment's amount
     * @throws IllegalArgumentException if the payment index is out of range
     */
    public long unappliedMinor(int payment) {
        payments.amountMinor(payment); // the range check
        return unapplied[payment];
    }

    /**
     * Returns the minor units of a payment that were applied to items.
     *
     * @param payment the payment index, 0 to {@code getPayments().size() - 1}
     * @return the payment's amount less what it left unapplied
     * @throws IllegalArgumentException if the payment index is out of range
     */
    public long paymentAppliedMinor(int payment) {
        return payments.amountMinor(payment) - unapplied[payment];
    }

    /**
     * Gets the sum the batch applied in one currency, in minor units.
     *
     * @param currencyUnit the currency, not null
     * @return the minor units, zero if nothing was applied in that currency
     * @throws NullPointerException if currencyUnit is null
     */
    public long totalAppliedMinor(CurrencyUnit currencyUnit) {
        Objects.requireNonNull(currencyUnit, "currencyUnit");
        long sum = 0;
        for (int p = 0; p < unapplied.length; p++) {
            if (payments.currencyAt(payments.currencyIndexUnchecked(p)).equals(currencyUnit)) {
                sum += payments.amountUnchecked(p) - unapplied[p];
            }
        }
        return sum;
    }

    /**
     * Builds the columns of the items still open after the batch, with their lowered open amounts, in
     * their order; customers with no item left open are dropped, so customer indexes may differ from
     * {@link #getItems()}'s.
     *
     * @return the new columns, not null
     */
    public OpenItemColumns remainingItems() {
        OpenItemColumns.Builder b = OpenItemColumns.builder(items.size());
        for (int c = 0; c < items.customerCount(); c++) {
            for (int i = items.customerStart(c), end = items.customerStart(c + 1); i < end; i++) {
                long open = items.openMinor(i) - applied[i];
                if (open > 0) {
                    b.addItem(items.getCustomerId(c), items.getCurrency(items.currencyIndex(i)), items.issueEpochDay(i),
                            items.dueEpochDay(i), open, items.isDisputed(i));
                }
            }
        }
        return b.build();
    }

    /**
     * Returns a summary, such as {@code "BulkAllocation[payments=10000, items=1000000]"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "BulkAllocation[payments=" + payments.size() + ", items=" + items.size() + "]";
    }
}
