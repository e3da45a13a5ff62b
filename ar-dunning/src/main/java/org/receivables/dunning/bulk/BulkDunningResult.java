package org.receivables.dunning.bulk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.dunning.DunningNotice;
import org.receivables.dunning.Gate;
import org.receivables.dunning.NoticeLine;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;

/**
 * The result of a {@linkplain BulkDunning bulk dunning evaluation}, as columns: per item its gate and
 * its level before and in the run, per customer the gate that left it out as a whole, and the
 * candidate notices (one per customer and currency in which an item rises), each proposed or held
 * back by a gate.
 *
 * <pre>
 *   BulkDunningResult result = BulkDunning.evaluate(input, policy);
 *   result.customerGate(3);           // Optional[ON_HOLD]: customer 3 is blocked, nothing else is decided for it
 *   result.itemGate(17);              // Optional[NOT_YET_DUE_PLUS_GRACE]
 *   result.itemLevel(18);             // 2: the level of item 18 on its notice line
 *   for (int n = 0; n &lt; result.noticeCount(); n++) {
 *       if (result.isProposed(n)) {   // else result.noticeGate(n) is BELOW_MINIMUM or INTERVAL_NOT_ELAPSED
 *           send(result.noticeCustomer(n), result.getNoticeCurrency(n), result.noticeLevel(n),
 *                result.noticeTotalMinor(n));
 *       }
 *   }
 *   List&lt;DunningNotice&gt; notices = result.toNotices();   // the engine's notices, when the input has item refs
 * </pre>
 *
 * <p>Gates mean what they mean in the engine's {@link org.receivables.dunning.Exclusion}s: an item's
 * gate is {@link Gate#ON_HOLD}, {@link Gate#FINAL_STAGE}, {@link Gate#NOT_YET_DUE_PLUS_GRACE},
 * {@link Gate#LEVEL_ALREADY_REACHED} (the engine reports these per item), or the gate of the held-back
 * notice it is a line of, {@link Gate#BELOW_MINIMUM} or {@link Gate#INTERVAL_NOT_ELAPSED} (the engine
 * reports these once per customer and currency). It is empty for a line of a proposed notice and for
 * every item of a customer left out as a whole ({@link Gate#ON_HOLD} or {@link Gate#POLICY_FAILED};
 * disputed items keep their {@link Gate#ON_HOLD} under a failed policy, as in the engine).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BulkDunningResult {

    private static final Gate[] GATES = Gate.values();

    private final BulkDunningInput input;
    private final LeveledPolicy policy;
    private final byte[] gate;
    private final byte[] level;
    private final byte[] previous;
    private final byte[] customerGate;
    private final int noticeCount;
    private final int[] noticeCustomer;
    private final int[] noticeCurrency;
    private final int[] noticeLevel;
    private final long[] noticeTotal;
    private final byte[] noticeGate;
    private final int proposed;

    private BulkDunningResult(BulkDunningInput input, LeveledPolicy policy, byte[] gate, byte[] level,
            byte[] previous, byte[] customerGate, BulkDunning.Notices notices) {
        this.input = input;
        this.policy = policy;
        this.gate = gate;
        this.level = level;
        this.previous = previous;
        this.customerGate = customerGate;
        this.noticeCount = notices.size;
        this.noticeCustomer = notices.customer;
        this.noticeCurrency = notices.currency;
        this.noticeLevel = notices.level;
        this.noticeTotal = notices.total;
        this.noticeGate = notices.gate;
        int p = 0;
        for (int n = 0; n < noticeCount; n++) {
            if (noticeGate[n] == 0) {
                p++;
            }
        }
        this.proposed = p;
    }

    static BulkDunningResult of(BulkDunningInput input, LeveledPolicy policy, byte[] gate, byte[] level,
            byte[] previous, byte[] customerGate, BulkDunning.Notices notices) {
        return new BulkDunningResult(input, policy, gate, level, previous, customerGate, notices);
    }

    /**
     * Gets the input evaluated.
     *
     * @return the input, not null
     */
    public BulkDunningInput getInput() {
        return input;
    }

    /**
     * Gets the policy evaluated.
     *
     * @return the policy, not null
     */
    public LeveledPolicy getPolicy() {
        return policy;
    }

    /**
     * Gets the gate that left an item out (see the class description).
     *
     * @param item the item index, 0 to {@code getInput().getItems().size() - 1}
     * @return the gate, or empty
     * @throws IllegalArgumentException if the index is out of range
     */
    public Optional<Gate> itemGate(int item) {
        checkItem(item);
        return gateOf(gate[item]);
    }

    /**
     * Gets the level an item has on its notice line: the level it rises to, or stays at.
     *
     * @param item the item index, 0 to {@code getInput().getItems().size() - 1}
     * @return the level, 0 if the item is on no line (left out before the notice was formed)
     * @throws IllegalArgumentException if the index is out of range
     */
    public int itemLevel(int item) {
        checkItem(item);
        return level[item];
    }

    /**
     * Gets the level an item had before the run as the policy counts it: its recorded level (or the
     * customer's, with keep level after payment), at most the policy's last level.
     *
     * @param item the item index, 0 to {@code getInput().getItems().size() - 1}
     * @return the level, 0 if never dunned or not assessed by the policy
     * @throws IllegalArgumentException if the index is out of range
     */
    public int itemPreviousLevel(int item) {
        checkItem(item);
        return previous[item];
    }

    /**
     * Gets the gate that left a customer out as a whole: {@link Gate#ON_HOLD} or {@link Gate#POLICY_FAILED}.
     *
     * @param customer the customer index, 0 to {@code getInput().getItems().customerCount() - 1}
     * @return the gate, or empty
     * @throws IllegalArgumentException if the index is out of range
     */
    public Optional<Gate> customerGate(int customer) {
        if (customer < 0 || customer >= customerGate.length) {
            throw outOfRange("customer", customer, "within 0 to ", (customerGate.length - 1));
        }
        return gateOf(customerGate[customer]);
    }

    /**
     * Gets the number of candidate notices, proposed or held back, in customer and currency-code order.
     *
     * @return the number, zero or more
     */
    public int noticeCount() {
        return noticeCount;
    }

    /**
     * Gets the number of notices proposed.
     *
     * @return the number, zero or more
     */
    public int proposedCount() {
        return proposed;
    }

    /**
     * Gets the customer index of a candidate notice.
     *
     * @param notice the notice index, 0 to {@code noticeCount() - 1}
     * @return the customer index
     * @throws IllegalArgumentException if the index is out of range
     */
    public int noticeCustomer(int notice) {
        checkNotice(notice);
        return noticeCustomer[notice];
    }

    /**
     * Gets the currency index (of {@link OpenItemColumns#getCurrencies()}) of a candidate notice.
     *
     * @param notice the notice index, 0 to {@code noticeCount() - 1}
     * @return the currency index
     * @throws IllegalArgumentException if the index is out of range
     */
    public int noticeCurrencyIndex(int notice) {
        checkNotice(notice);
        return noticeCurrency[notice];
    }

    /**
     * Gets the currency of a candidate notice.
     *
     * @param notice the notice index, 0 to {@code noticeCount() - 1}
     * @return the currency, not null
     * @throws IllegalArgumentException if the index is out of range
     */
    public CurrencyUnit getNoticeCurrency(int notice) {
        checkNotice(notice);
        return input.getItems().getCurrency(noticeCurrency[notice]);
    }

    /**
     * Gets the level of a candidate notice: the highest level of its lines.
     *
     * @param notice the notice index, 0 to {@code noticeCount() - 1}
     * @return the level, 1 or more
     * @throws IllegalArgumentException if the index is out of range
     */
    public int noticeLevel(int notice) {
        checkNotice(notice);
        return noticeLevel[notice];
    }

    /**
     * Gets the total open amount of a candidate notice's lines, in minor units of its currency.
     *
     * @param notice the notice index, 0 to {@code noticeCount() - 1}
     * @return the total, positive
     * @throws IllegalArgumentException if the index is out of range
     */
    public long noticeTotalMinor(int notice) {
        checkNotice(notice);
        return noticeTotal[notice];
    }

    /**
     * Gets the gate that held a candidate notice back: {@link Gate#BELOW_MINIMUM} or
     * {@link Gate#INTERVAL_NOT_ELAPSED}.
     *
     * @param notice the notice index, 0 to {@code noticeCount() - 1}
     * @return the gate, or empty if the notice is proposed
     * @throws IllegalArgumentException if the index is out of range
     */
    public Optional<Gate> noticeGate(int notice) {
        checkNotice(notice);
        return gateOf(noticeGate[notice]);
    }

    /**
     * Checks whether a candidate notice is proposed.
     *
     * @param notice the notice index, 0 to {@code noticeCount() - 1}
     * @return true if no gate held it back
     * @throws IllegalArgumentException if the index is out of range
     */
    public boolean isProposed(int notice) {
        checkNotice(notice);
        return noticeGate[notice] == 0;
    }

    /**
     * Returns the proposed notices as the engine's {@link DunningNotice}s, lines in column order (item-ref
     * order for an input {@linkplain BulkDunningInput#from built from accounts}) with the same rule texts:
     * equal to the engine's notices for the same accounts, history and date, with this policy and no
     * contact caps. Meant for checks and small portfolios: it creates objects per line.
     *
     * @return the notices, in customer and currency-code order, not null
     * @throws IllegalStateException if the input has no item refs (it was built from plain values)
     */
    public List<DunningNotice> toNotices() {
        if (!input.hasRefs()) {
            throw new IllegalStateException("input has no item refs: build it with BulkDunningInput.from(..)");
        }
        OpenItemColumns items = input.getItems();
        LocalDate asOf = input.getAsOf();
        List<DunningNotice> notices = new ArrayList<>();
        for (int n = 0; n < noticeCount; n++) {
            if (noticeGate[n] != 0) {
                continue;
            }
            int c = noticeCustomer[n];
            int k = noticeCurrency[n];
            CurrencyUnit unit = items.getCurrency(k);
            List<NoticeLine> lines = new ArrayList<>();
            for (int i = items.customerStart(c); i < items.customerStart(c + 1); i++) {
                if (items.currencyIndex(i) != k || gate[i] != 0 || level[i] == 0) {
                    continue;
                }
                long dpd = (long) input.asOfEpochDay() - items.dueEpochDay(i);
                int target = level[i];
                int current = previous[i];
                String rule;
                if (target > current) {
                    DunningLevel l = policy.getLevels().get(target - 1);
                    rule = "level " + target + " from " + l.getDaysPastDue() + " days past due"
                            + (l.getDaysPastDue() >= 1 && policy.getGraceDays() > 0
                                    ? " plus " + policy.getGraceDays() + " grace days" : "")
                            + "; item " + dpd + " days past due";
                } else {
                    rule = "stays at level " + current;
                }
                lines.add(NoticeLine.builder().ref(input.rawRef(i)).dueDate(LocalDate.ofEpochDay(items.dueEpochDay(i)))
                        .daysPastDue(dpd).openAmount(Money.ofMinor(unit, items.openMinor(i)))
                        .previousLevel(current).level(target).rule(rule).build());
            }
            notices.add(DunningNotice.builder().customerId(items.getCustomerId(c)).currency(unit)
                    .policyName(policy.getName()).lines(lines)
                    .actions(policy.getLevels().get(noticeLevel[n] - 1).getActions()).build());
        }
        return notices;
    }

    /**
     * Returns a summary, such as {@code "BulkDunningResult[asOf=2024-05-02, notices=3, proposed=2]"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "BulkDunningResult[asOf=" + input.getAsOf() + ", notices=" + noticeCount + ", proposed=" + proposed + "]";
    }

    private static Optional<Gate> gateOf(byte code) {
        return code == 0 ? Optional.empty() : Optional.of(GATES[code - 1]);
    }

    private void checkItem(int item) {
        if (item < 0 || item >= gate.length) {
            throw outOfRange("item", item, "within 0 to ", (gate.length - 1));
        }
    }

    private void checkNotice(int notice) {
        if (notice < 0 || notice >= noticeCount) {
            throw outOfRange("notice", notice, "within 0 to ", (noticeCount - 1));
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
