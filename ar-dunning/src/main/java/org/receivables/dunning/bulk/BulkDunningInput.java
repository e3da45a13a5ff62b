package org.receivables.dunning.bulk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.PaymentPlan;

/**
 * What the bulk dunning evaluation reads for one run date: a portfolio's open items as
 * {@link OpenItemColumns} and, as columns beside them, the dunning state the
 * {@link org.receivables.dunning.DunningEngine} would look up in the {@link DunningHistory} and the
 * {@link DunningAccount}s: per item its recorded level, whether it was dunned on the run date and
 * whether a hold (a kept payment plan) leaves it out; per customer its highest recorded level, the
 * day of its last notice and whether a hold (an active account block or a pending promise to pay)
 * leaves it out as a whole. Disputed items are flagged in the item columns themselves.
 *
 * <pre>
 *   // from the object API's inputs, exactly as the engine would see them:
 *   BulkDunningInput input = BulkDunningInput.from(accounts, history, LocalDate.parse("2024-05-02"), 3);
 *
 *   // or from plain values, with no object per item:
 *   BulkDunningInput.Builder b = BulkDunningInput.builder(columns, LocalDate.parse("2024-05-02"));
 *   b.itemLevel(17, 2).dunnedToday(18).itemOnHold(19);             // item indexes of the columns
 *   b.customerLevel(3, 2).lastNoticeEpochDay(3, LocalDate.parse("2024-04-20").toEpochDay()).customerOnHold(4);
 *   BulkDunningInput input = b.build();
 * </pre>
 *
 * <p>Memory: 1 byte and 2 bits per item and 9 bytes and a bit per customer besides the columns, plus
 * the item refs when built {@linkplain #from from accounts}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BulkDunningInput {

    /** The highest level the columns hold for an item or a customer. */
    public static final int MAX_LEVEL = Byte.MAX_VALUE;

    /** The value of {@link #lastNoticeEpochDay(int)} for a customer never dunned. */
    public static final int NO_NOTICE = Integer.MIN_VALUE;

    private final OpenItemColumns items;
    private final int asOfDay;
    private final byte[] itemLevel;
    private final long[] dunnedToday;
    private final long[] itemHeld;
    private final byte[] customerLevel;
    private final int[] lastNotice;
    private final long[] customerHeld;
    /** The item refs in column order, or null when built from plain values. */
    private final ItemRef[] refs;

    private BulkDunningInput(Builder b, ItemRef[] refs) {
        this.items = b.items;
        this.asOfDay = b.asOfDay;
        this.itemLevel = b.itemLevel.clone();
        this.dunnedToday = b.dunnedToday.clone();
        this.itemHeld = b.itemHeld.clone();
        this.customerLevel = b.customerLevel.clone();
        this.lastNotice = b.lastNotice.clone();
        this.customerHeld = b.customerHeld.clone();
        this.refs = refs;
    }

    /**
     * Creates a builder over columns of open items for a run date, with every item and customer at
     * level 0, never dunned and not on hold.
     *
     * @param items the open items, not null
     * @param asOf the run date, not null
     * @return a new builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(OpenItemColumns items, LocalDate asOf) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(asOf, "asOf");
        return new Builder(items, asOf);
    }

    /**
     * Obtains the input the engine would see for accounts and a history on a date. Accounts are taken
     * in customer-id order and each account's items in item-ref order, as the engine takes them, so
     * customer {@code c} of the columns is the {@code c}-th account with an open item. A customer is on
     * hold when one of its {@linkplain org.receivables.dunning.AccountBlock blocks} is active on the
     * date or one of its promises to pay was made on or before the date and its promised date plus the
     * grace days is not before it; an item is on hold when a {@linkplain PaymentPlan#isKeptOn kept}
     * payment plan holds it. Accounts with no open item are not part of the columns: the engine
     * proposes nothing for them either, though it reports their holds.
     *
     * @param accounts the customers' accounts, one per customer, in any order, not null
     * @param history the executed dunning history, not null
     * @param asOf the run date, not null
     * @param promiseGraceDays the engine's {@linkplain org.receivables.dunning.DunningEngine#getPromiseGraceDays()
     *     promise grace days}, 0 or more
     * @return the input, with item refs, not null
     * @throws NullPointerException if an argument or an account is null
     * @throws IllegalArgumentException if promiseGraceDays is negative, two accounts have the same customer
     *     id, an item does not fit the columns, or a recorded level exceeds {@link #MAX_LEVEL}
     */
    public static BulkDunningInput from(Collection<DunningAccount> accounts, DunningHistory history, LocalDate asOf,
            int promiseGraceDays) {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(asOf, "asOf");
        if (promiseGraceDays < 0) {
            throw new IllegalArgumentException("promiseGraceDays " + promiseGraceDays + " must not be negative");
        }
        TreeMap<CustomerId, DunningAccount> byId = new TreeMap<>();
        for (DunningAccount account : accounts) {
            Objects.requireNonNull(account, "accounts element");
            if (byId.put(account.getCustomerId(), account) != null) {
                throw new IllegalArgumentException("accounts customerId " + account.getCustomerId() + " appears twice");
            }
        }
        List<DunningAccount> sorted = new ArrayList<>();
        int count = 0;
        for (DunningAccount account : byId.values()) {
            if (!account.getOpenItems().isEmpty()) {
                sorted.add(account);
                count += account.getOpenItems().size();
            }
        }
        OpenItemColumns.Builder cb = OpenItemColumns.builder(count);
        List<ItemRef> refs = new ArrayList<>(count);
        List<List<OpenItem>> itemsOf = new ArrayList<>();
        for (DunningAccount account : sorted) {
            List<OpenItem> items = new ArrayList<>(account.getOpenItems());
            items.sort((x, y) -> x.getRef().compareTo(y.getRef()));
            for (OpenItem item : items) {
                cb.addItem(item);
                refs.add(item.getRef());
            }
            itemsOf.add(items);
        }
        Builder b = builder(cb.build(), asOf);
        int i = 0;
        for (int c = 0; c < sorted.size(); c++) {
            DunningAccount account = sorted.get(c);
            CustomerId id = account.getCustomerId();
            if (!account.activeBlocks(asOf).isEmpty() || !account.pendingPromises(asOf, promiseGraceDays).isEmpty()) {
                b.customerOnHold(c);
            }
            b.customerLevel(c, history.customerLevel(id, asOf));
            Optional<LocalDate> last = history.lastNoticeDate(id, asOf);
            if (last.isPresent()) {
                b.lastNoticeEpochDay(c, last.get().toEpochDay());
            }
            Set<ItemRef> planned = account.keptPlanItems(asOf).keySet();
            for (OpenItem item : itemsOf.get(c)) {
                b.itemLevel(i, history.levelOf(item.getRef(), asOf));
                if (history.isDunnedOn(item.getRef(), asOf)) {
                    b.dunnedToday(i);
                }
                if (planned.contains(item.getRef())) {
                    b.itemOnHold(i);
                }
                i++;
            }
        }
        return new BulkDunningInput(b, refs.toArray(new ItemRef[0]));
    }

    /**
     * Gets the open items.
     *
     * @return the columns, not null
     */
    public OpenItemColumns getItems() {
        return items;
    }

    /**
     * Gets the run date.
     *
     * @return the date, not null
     */
    public LocalDate getAsOf() {
        return LocalDate.ofEpochDay(asOfDay);
    }

    /**
     * Gets the run date as an epoch day.
     *
     * @return the epoch day
     */
    public int asOfEpochDay() {
        return asOfDay;
    }

    /**
     * Gets the highest level recorded for an item on or before the run date.
     *
     * @param item the item index, 0 to {@code getItems().size() - 1}
     * @return the level, 0 if never dunned
     * @throws IllegalArgumentException if the index is out of range
     */
    public int itemLevel(int item) {
        checkItem(item);
        return itemLevel[item];
    }

    /**
     * Checks whether an item was dunned on the run date already.
     *
     * @param item the item index, 0 to {@code getItems().size() - 1}
     * @return true if a record of the item carries the run date
     * @throws IllegalArgumentException if the index is out of range
     */
    public boolean isDunnedToday(int item) {
        checkItem(item);
        return bit(dunnedToday, item);
    }

    /**
     * Checks whether a hold other than a dispute (a kept payment plan) leaves an item out.
     *
     * @param item the item index, 0 to {@code getItems().size() - 1}
     * @return true if the item is on hold
     * @throws IllegalArgumentException if the index is out of range
     */
    public boolean isItemOnHold(int item) {
        checkItem(item);
        return bit(itemHeld, item);
    }

    /**
     * Gets the highest level any item of a customer reached on or before the run date, paid items included.
     *
     * @param customer the customer index, 0 to {@code getItems().customerCount() - 1}
     * @return the level, 0 if never dunned
     * @throws IllegalArgumentException if the index is out of range
     */
    public int customerLevel(int customer) {
        checkCustomer(customer);
        return customerLevel[customer];
    }

    /**
     * Gets the epoch day of a customer's last notice on or before the run date.
     *
     * @param customer the customer index, 0 to {@code getItems().customerCount() - 1}
     * @return the epoch day, or {@link #NO_NOTICE} if the customer was never dunned
     * @throws IllegalArgumentException if the index is out of range
     */
    public int lastNoticeEpochDay(int customer) {
        checkCustomer(customer);
        return lastNotice[customer];
    }

    /**
     * Checks whether a hold (an active account block, a pending promise to pay) leaves a customer out.
     *
     * @param customer the customer index, 0 to {@code getItems().customerCount() - 1}
     * @return true if the customer is on hold
     * @throws IllegalArgumentException if the index is out of range
     */
    public boolean isCustomerOnHold(int customer) {
        checkCustomer(customer);
        return bit(customerHeld, customer);
    }

    /**
     * Gets the ref of an item, known when the input was built {@linkplain #from from accounts}.
     *
     * @param item the item index, 0 to {@code getItems().size() - 1}
     * @return the ref, or empty when the input was built from plain values
     * @throws IllegalArgumentException if the index is out of range
     */
    public Optional<ItemRef> getItemRef(int item) {
        checkItem(item);
        return refs == null ? Optional.empty() : Optional.of(refs[item]);
    }

    // ---- unchecked access for the evaluation (same package) ----

    int rawItemLevel(int item) {
        return itemLevel[item];
    }

    boolean rawDunnedToday(int item) {
        return bit(dunnedToday, item);
    }

    /** Whether the item was dunned on the run date, as 1 or 0. */
    int rawDunnedTodayBit(int item) {
        return (int) (dunnedToday[item >>> 6] >>> item) & 1;
    }

    boolean rawItemHeld(int item) {
        return bit(itemHeld, item);
    }

    int rawCustomerLevel(int customer) {
        return customerLevel[customer];
    }

    int rawLastNotice(int customer) {
        return lastNotice[customer];
    }

    boolean rawCustomerHeld(int customer) {
        return bit(customerHeld, customer);
    }

    boolean hasRefs() {
        return refs != null;
    }

    ItemRef rawRef(int item) {
        return refs[item];
    }

    private static boolean bit(long[] bits, int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    private void checkItem(int item) {
        if (item < 0 || item >= itemLevel.length) {
            throw outOfRange("item", item, "within 0 to ", (itemLevel.length - 1));
        }
    }

    private void checkCustomer(int customer) {
        if (customer < 0 || customer >= customerLevel.length) {
            throw outOfRange("customer", customer, "within 0 to ", (customerLevel.length - 1));
        }
    }

    /**
     * Returns a summary, such as {@code "BulkDunningInput[asOf=2024-05-02, items=10, customers=2]"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "BulkDunningInput[asOf=" + getAsOf() + ", items=" + items.size() + ", customers="
                + items.customerCount() + "]";
    }

    /**
     * Builds a {@link BulkDunningInput} from plain values over columns of open items. Each setter checks
     * its arguments before it changes anything.
     *
     * <p>This class is <em>not</em> thread-safe: use one builder per thread.
     */
    public static final class Builder {
        private final OpenItemColumns items;
        private final int asOfDay;
        private final byte[] itemLevel;
        private final long[] dunnedToday;
        private final long[] itemHeld;
        private final byte[] customerLevel;
        private final int[] lastNotice;
        private final long[] customerHeld;

        private Builder(OpenItemColumns items, LocalDate asOf) {
            long day = asOf.toEpochDay();
            if (day <= Integer.MIN_VALUE || day > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("asOf " + asOf + " must be an epoch day within an int");
            }
            this.items = items;
            this.asOfDay = (int) day;
            this.itemLevel = new byte[items.size()];
            this.dunnedToday = new long[(items.size() + 63) >>> 6];
            this.itemHeld = new long[(items.size() + 63) >>> 6];
            this.customerLevel = new byte[items.customerCount()];
            this.lastNotice = new int[items.customerCount()];
            java.util.Arrays.fill(lastNotice, NO_NOTICE);
            this.customerHeld = new long[(items.customerCount() + 63) >>> 6];
        }

        /**
         * Sets the highest level recorded for an item on or before the run date.
         *
         * @param item the item index, 0 to {@code items.size() - 1}
         * @param level the level, 0 to {@link #MAX_LEVEL}
         * @return this builder
         * @throws IllegalArgumentException if the index or the level is out of range
         */
        public Builder itemLevel(int item, int level) {
            checkItem(item);
            checkLevel("itemLevel", level, "item " + item);
            itemLevel[item] = (byte) level;
            return this;
        }

        /**
         * Marks an item as dunned on the run date already (it does not rise again that day).
         *
         * @param item the item index, 0 to {@code items.size() - 1}
         * @return this builder
         * @throws IllegalArgumentException if the index is out of range
         */
        public Builder dunnedToday(int item) {
            checkItem(item);
            dunnedToday[item >>> 6] |= 1L << item;
            return this;
        }

        /**
         * Puts an item on hold (as a kept payment plan does); disputed items are on hold by their column.
         *
         * @param item the item index, 0 to {@code items.size() - 1}
         * @return this builder
         * @throws IllegalArgumentException if the index is out of range
         */
        public Builder itemOnHold(int item) {
            checkItem(item);
            itemHeld[item >>> 6] |= 1L << item;
            return this;
        }

        /**
         * Sets the highest level any item of a customer reached on or before the run date.
         *
         * @param customer the customer index, 0 to {@code items.customerCount() - 1}
         * @param level the level, 0 to {@link #MAX_LEVEL}
         * @return this builder
         * @throws IllegalArgumentException if the index or the level is out of range
         */
        public Builder customerLevel(int customer, int level) {
            checkCustomer(customer);
            checkLevel("customerLevel", level, "customer " + customer);
            customerLevel[customer] = (byte) level;
            return this;
        }

        /**
         * Sets the day of a customer's last notice on or before the run date.
         *
         * @param customer the customer index, 0 to {@code items.customerCount() - 1}
         * @param epochDay the day as {@link LocalDate#toEpochDay()}, not after the run date
         * @return this builder
         * @throws IllegalArgumentException if the index is out of range or the day is after the run date
         *     or outside an int
         */
        public Builder lastNoticeEpochDay(int customer, long epochDay) {
            checkCustomer(customer);
            if (epochDay > asOfDay || epochDay <= Integer.MIN_VALUE) {
                throw new IllegalArgumentException("lastNoticeEpochDay " + epochDay + " of customer " + customer
                        + " must not be after asOf " + LocalDate.ofEpochDay(asOfDay) + " (epoch day " + asOfDay + ")");
            }
            lastNotice[customer] = (int) epochDay;
            return this;
        }

        /**
         * Puts a customer on hold as a whole (as an active account block or a pending promise does).
         *
         * @param customer the customer index, 0 to {@code items.customerCount() - 1}
         * @return this builder
         * @throws IllegalArgumentException if the index is out of range
         */
        public Builder customerOnHold(int customer) {
            checkCustomer(customer);
            customerHeld[customer >>> 6] |= 1L << customer;
            return this;
        }

        /**
         * Builds the input; the builder may be used further.
         *
         * @return the input, without item refs, not null
         */
        public BulkDunningInput build() {
            return new BulkDunningInput(this, null);
        }

        private void checkItem(int item) {
            if (item < 0 || item >= itemLevel.length) {
                throw outOfRange("item", item, "within 0 to ", (itemLevel.length - 1));
            }
        }

        private void checkCustomer(int customer) {
            if (customer < 0 || customer >= customerLevel.length) {
                throw outOfRange("customer", customer, "within 0 to ", (customerLevel.length - 1));
            }
        }

        private static void checkLevel(String field, int level, String of) {
            if (level < 0 || level > MAX_LEVEL) {
                throw new IllegalArgumentException(field + " " + level + " of " + of + " must be 0 to " + MAX_LEVEL);
            }
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
