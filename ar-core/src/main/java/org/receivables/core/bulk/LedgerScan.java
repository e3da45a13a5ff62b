package org.receivables.core.bulk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.DisputeId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.ledger.AllocationPosted;
import org.receivables.core.ledger.ChargePosted;
import org.receivables.core.ledger.CreditSource;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.DisputeOpened;
import org.receivables.core.ledger.DisputeResolved;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.ItemApplication;
import org.receivables.core.ledger.LedgerEvent;
import org.receivables.core.ledger.LedgerView;
import org.receivables.core.ledger.PaymentReversed;
import org.receivables.core.ledger.WriteOffPosted;
import org.receivables.core.terms.Instalment;

/**
 * Replays a ledger's events up to a date straight into a columns builder: the open items of
 * {@link CustomerLedger#asOf(LocalDate)}, in the order of {@link LedgerView#getOpenItems()}, with no view,
 * {@code OpenItem} or {@code Money} made per item and nothing cached on the ledger.
 *
 * <p>It follows the ledger's own replay for what decides an open item, and nothing else: items are the
 * instalments of invoices and the charges; allocations reduce an item by what they settle (cash,
 * discount and write-off) down to zero at most (the rest is a recovery); write-offs reduce it; a payment
 * reversal gives back to each item what the payment's applications in force took from it; an
 * instalment is disputed while its invoice has a dispute open. Amounts are kept in minor units; a ledger
 * whose amounts do not fit a long is handed to the view instead, so the columns are the same either way.
 * Events are admitted by the ledger, so nothing is checked again here.
 *
 * <p>Not thread-safe: one per thread, reused from ledger to ledger.
 */
final class LedgerScan {

    /** One application in force of a source: the item and what it took from the item's open amount. */
    private static final class Entry {
        final int item;
        final long reduction;
        boolean live = true;

        Entry(int item, long reduction) {
            this.item = item;
            this.reduction = reduction;
        }
    }

    // ---- the items of the current ledger, in creation order ----
    private int count;
    private int[] issue = new int[64];
    private int[] due = new int[64];
    private long[] open = new long[64];
    private CurrencyUnit[] currency = new CurrencyUnit[64];
    /** The invoice of an instalment, or null for a charge. */
    private InvoiceId[] invoice = new InvoiceId[64];
    /** The instalment number, or 0 for a charge. */
    private int[] number = new int[64];
    /** Whether an open item is disputed, set by {@link #markDisputed} (only read after it). */
    private boolean[] disputed = new boolean[64];
    private InvoiceId[] disputedIds = new InvoiceId[4];
    private int[] disputedHashes = new int[4];
    /** The ref of a charge (null for an instalment, whose ref is made only when needed). */
    private ItemRef[] chargeRef = new ItemRef[64];
    private long[] key = new long[64];
    private int[] order = new int[64];
    private int[] scratch = new int[64];

    /** The items by ref, made at the first event that names an item; null until then. */
    private Map<ItemRef, Integer> byRef;
    /** The applications in force by source, made at the first allocation; null until then. */
    private Map<CreditSource, List<Entry>> entries;
    /** The open disputes and the number open per invoice, made at the first dispute; null until then. */
    private Map<DisputeId, InvoiceId> openDisputes;
    private Map<InvoiceId, Integer> disputesPerInvoice;

    /**
     * Adds the open items of a ledger as of the end of a date to a builder.
     *
     * @param b the builder
     * @param ledger the ledger
     * @param asOf the date
     */
    void addOpenItems(OpenItemColumns.Builder b, CustomerLedger ledger, LocalDate asOf) {
        try {
            replay(ledger.getEvents(), asOf);
        } catch (ArithmeticException ex) {
            // an amount beyond a long of minor units or a date beyond an int of epoch days: the view gives
            // the same items, or the builder refuses the one that does not fit, as it would from the view
            reset();
            b.addItems(ledger.asOf(asOf).getOpenItems());
            return;
        }
        int n = sort();
        boolean anyDisputed = markDisputed(n);
        CustomerId customerId = ledger.getCustomerId();
        for (int k = 0; k < n; k++) {
            int i = order[k];
            b.addItem(customerId, currency[i], issue[i], due[i], open[i], anyDisputed && disputed[i]);
        }
        reset();
    }

    /**
     * Sets {@link #disputed} for the open items (the first n of {@link #order}): an instalment is disputed
     * while its invoice has a dispute open. Returns false, setting nothing, when no invoice has one.
     */
    private boolean markDisputed(int n) {
        if (disputesPerInvoice == null) {
            return false;
        }
        int held = 0;
        for (Map.Entry<InvoiceId, Integer> me : disputesPerInvoice.entrySet()) {
            if (me.getValue() > 0) {
                if (held == disputedIds.length) {
                    disputedIds = Arrays.copyOf(disputedIds, held * 2);
                    disputedHashes = Arrays.copyOf(disputedHashes, held * 2);
                }
                disputedIds[held] = me.getKey();
                disputedHashes[held++] = me.getKey().hashCode();
            }
        }
        if (held == 0) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            int i = order[k];
            InvoiceId id = invoice[i];
            if (id == null) {
                disputed[i] = false;
            } else if (held > 8) {
                disputed[i] = disputesPerInvoice.getOrDefault(id, 0) > 0;
            } else {
                // usually one or two invoices are disputed: comparing hashes (the id's text is not read
                // unless they match) costs less than a hash map look-up per item
                int h = id.hashCode();
                boolean found = false;
                for (int j = 0; j < held && !found; j++) {
                    found = disputedHashes[j] == h && disputedIds[j].equals(id);
                }
                disputed[i] = found;
            }
        }
        return true;
    }

    /**
     * Replays the events dated on or before asOf; ArithmeticException if an amount does not fit a long of
     * minor units or a date an int of epoch days.
     */
    private void replay(List<LedgerEvent> events, LocalDate asOf) {
        int size = events.size();
        for (int k = 0; k < size; k++) {
            LedgerEvent e = events.get(k);
            if (e.getDate().isAfter(asOf)) {
                break; // canonical order: every later event is dated after too
            }
            if (e instanceof InvoiceIssued) {
                InvoiceIssued inv = (InvoiceIssued) e;
                int issued = Math.toIntExact(inv.getIssueDate().toEpochDay());
                InvoiceId id = inv.getInvoiceId();
                for (Instalment i : inv.getSchedule().getInstalments()) {
                    Money amount = i.getAmount();
                    int slot = add(issued, Math.toIntExact(i.getDueDate().toEpochDay()), minor(amount), amount.getCurrencyUnit(),
                            id, i.getNumber(), null);
                    if (byRef != null) {
                        byRef.put(ItemRef.ofInstalment(id, i.getNumber()), slot);
                    }
                }
            } else if (e instanceof ChargePosted) {
                ChargePosted c = (ChargePosted) e;
                Money amount = c.getAmount();
                ItemRef ref = c.getItemRef();
                int slot = add(Math.toIntExact(c.getPostedDate().toEpochDay()), Math.toIntExact(c.getDueDate().toEpochDay()), minor(amount),
                        amount.getCurrencyUnit(), null, 0, ref);
                if (byRef != null) {
                    byRef.put(ref, slot);
                }
            } else if (e instanceof AllocationPosted) {
                allocate((AllocationPosted) e);
            } else if (e instanceof WriteOffPosted) {
                WriteOffPosted w = (WriteOffPosted) e;
                int slot = slot(w.getItem());
                open[slot] = Math.subtractExact(open[slot], minor(w.getAmount()));
            } else if (e instanceof PaymentReversed) {
                reverse(CreditSource.ofPayment(((PaymentReversed) e).getPaymentId()));
            } else if (e instanceof DisputeOpened) {
                DisputeOpened d = (DisputeOpened) e;
                if (openDisputes == null) {
                    openDisputes = new HashMap<>();
                    disputesPerInvoice = new HashMap<>();
                }
                openDisputes.put(d.getDisputeId(), d.getInvoiceId());
                disputesPerInvoice.merge(d.getInvoiceId(), 1, Integer::sum);
            } else if (e instanceof DisputeResolved) {
                InvoiceId resolved = openDisputes == null ? null
                        : openDisputes.remove(((DisputeResolved) e).getDisputeId());
                if (resolved != null) {
                    disputesPerInvoice.merge(resolved, -1, Integer::sum);
                }
            }
            // credit notes, payments, refunds and promises change no open item
        }
    }

    private void allocate(AllocationPosted a) {
        if (entries == null) {
            entries = new HashMap<>();
        }
        List<Entry> list = entries.computeIfAbsent(a.getSource(), s -> new ArrayList<>());
        for (ItemApplication app : a.getApplications()) {
            int slot = slot(app.getItem());
            long settled = Math.addExact(Math.addExact(minor(app.getAmount()), minor(app.getDiscount())),
                    minor(app.getWriteOff()));
            // what is settled beyond the open amount is a recovery and leaves the item at zero
            long reduction = Math.min(settled, open[slot]);
            open[slot] -= reduction;
            list.add(new Entry(slot, reduction));
        }
    }

    private void reverse(CreditSource source) {
        List<Entry> list = entries == null ? null : entries.get(source);
        if (list == null) {
            return;
        }
        for (Entry en : list) {
            if (en.live) {
                en.live = false;
                open[en.item] = Math.addExact(open[en.item], en.reduction);
            }
        }
    }

    private int slot(ItemRef ref) {
        if (byRef == null) {
            byRef = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                byRef.put(ref(i), i);
            }
        }
        return byRef.get(ref);
    }

    private ItemRef ref(int i) {
        return invoice[i] == null ? chargeRef[i] : ItemRef.ofInstalment(invoice[i], number[i]);
    }

    /** The amount in minor units, as {@link Money#getAmountMinorLong()} (which throws if it does not fit). */
    private static long minor(Money m) {
        return m.getAmountMinorLong();
    }

    private int add(int issued, int dueDay, long minor, CurrencyUnit unit, InvoiceId inv, int num, ItemRef charge) {
        if (count == open.length) {
            int cap = count * 2;
            issue = Arrays.copyOf(issue, cap);
            due = Arrays.copyOf(due, cap);
            open = Arrays.copyOf(open, cap);
            currency = Arrays.copyOf(currency, cap);
            invoice = Arrays.copyOf(invoice, cap);
            number = Arrays.copyOf(number, cap);
            chargeRef = Arrays.copyOf(chargeRef, cap);
            disputed = new boolean[cap];
            key = new long[cap];
            order = new int[cap];
            scratch = new int[cap];
        }
        int i = count++;
        issue[i] = issued;
        due[i] = dueDay;
        open[i] = minor;
        currency[i] = unit;
        invoice[i] = inv;
        number[i] = num;
        chargeRef[i] = charge;
        return i;
    }

    /**
     * Puts the open items in {@link #order} by due date, then issue date, then ref; returns how many.
     * Usually the dates fit one long with the item's slot, so a primitive sort does it and only runs of
     * equal dates (rare) are ordered by ref; otherwise a merge sort compares dates and refs.
     */
    private int sort() {
        int n = 0;
        long minDue = Long.MAX_VALUE;
        long maxDue = Long.MIN_VALUE;
        long minIssue = Long.MAX_VALUE;
        long maxIssue = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            if (open[i] > 0) {
                order[n++] = i;
                minDue = Math.min(minDue, due[i]);
                maxDue = Math.max(maxDue, due[i]);
                minIssue = Math.min(minIssue, issue[i]);
                maxIssue = Math.max(maxIssue, issue[i]);
            }
        }
        if (n < 2) {
            return n;
        }
        int slotBits = 32 - Integer.numberOfLeadingZeros(count - 1);
        int issueBits = 64 - Long.numberOfLeadingZeros(maxIssue - minIssue);
        int dueBits = 64 - Long.numberOfLeadingZeros(maxDue - minDue);
        if (slotBits + issueBits + dueBits <= 63) {
            for (int k = 0; k < n; k++) {
                int i = order[k];
                key[k] = ((due[i] - minDue) << (issueBits + slotBits)) | ((issue[i] - minIssue) << slotBits) | i;
            }
            Arrays.sort(key, 0, n);
            long slotMask = (1L << slotBits) - 1;
            for (int k = 0; k < n; k++) {
                order[k] = (int) (key[k] & slotMask);
            }
            for (int k = 0; k < n;) { // runs of equal due and issue dates: by ref
                long dates = key[k] >>> slotBits;
                int end = k + 1;
                while (end < n && key[end] >>> slotBits == dates) {
                    end++;
                }
                if (end - k > 1) {
                    mergeSort(k, end, false);
                }
                k = end;
            }
        } else {
            for (int k = 0; k < n; k++) {
                int i = order[k];
                key[i] = ((long) due[i] << 32) | ((issue[i] ^ Integer.MIN_VALUE) & 0xFFFF_FFFFL);
            }
            mergeSort(0, n, true);
        }
        return n;
    }

    /** Sorts {@link #order} from (inclusive) to to (exclusive) by {@link #compare}, or by ref alone. */
    private void mergeSort(int from, int to, boolean byDates) {
        if (to - from <= 24) {
            for (int k = from + 1; k < to; k++) {
                int v = order[k];
                int j = k - 1;
                while (j >= from && compare(order[j], v, byDates) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(from, mid, byDates);
        mergeSort(mid, to, byDates);
        if (compare(order[mid - 1], order[mid], byDates) <= 0) {
            return; // already in order
        }
        System.arraycopy(order, from, scratch, from, to - from);
        int a = from;
        int b = mid;
        for (int k = from; k < to; k++) {
            if (b >= to || (a < mid && compare(scratch[a], scratch[b], byDates) <= 0)) {
                order[k] = scratch[a++];
            } else {
                order[k] = scratch[b++];
            }
        }
    }

    /**
     * The order of {@link LedgerView#getOpenItems()} with {@link #key} by slot (due date, issue date, ref),
     * or of the refs alone.
     */
    private int compare(int x, int y, boolean byDates) {
        int c = byDates ? Long.compare(key[x], key[y]) : 0;
        return c != 0 ? c : compareRefs(x, y);
    }

    /** The order of the items' {@link ItemRef}s, without making them for two instalments. */
    private int compareRefs(int x, int y) {
        if (invoice[x] != null && invoice[y] != null) { // two instalments: as ItemRef compares them
            int c = invoice[x].compareTo(invoice[y]);
            return c != 0 ? c : Integer.compare(number[x], number[y]);
        }
        return ref(x).compareTo(ref(y));
    }

    /**
     * Forgets the ledger. The slots keep their references until overwritten: they are the portfolio's own
     * objects, alive while it is read, and the scan is dropped with its range.
     */
    private void reset() {
        count = 0;
        byRef = null;
        entries = null;
        openDisputes = null;
        disputesPerInvoice = null;
    }
}
