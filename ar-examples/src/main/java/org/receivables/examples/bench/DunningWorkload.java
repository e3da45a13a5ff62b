package org.receivables.examples.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.aging.bulk.BulkAging;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.money.Percentage;
import org.receivables.dunning.AccountBlock;
import org.receivables.dunning.ActionKind;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningEngine;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.DunningProposal;
import org.receivables.dunning.DunningRecord;
import org.receivables.dunning.Exclusion;
import org.receivables.dunning.Gate;
import org.receivables.dunning.bulk.BulkDunning;
import org.receivables.dunning.bulk.BulkDunningInput;
import org.receivables.dunning.bulk.BulkDunningResult;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;

/**
 * A generated portfolio with its dunning state, for the dunning benchmark: the open items are
 * generated as {@link AgingWorkload} does (each customer billing in one currency, EUR 80%, USD 15%,
 * JPY 5%; issue dates 0 to 400 days before the run date, terms 0, 14, 30 or 60 days, open amounts
 * 1.00 to 10,000.00, 2% disputed), a fixed number per customer; the state is a history in which
 * 60% of the customers were dunned once, 1 to 60 days before the run date (0.5% on the run date
 * itself), each of their items recorded at a level 0 to 4, and 1% of the customers are blocked.
 *
 * <p>Customer and invoice ids are zero-padded, so the column order (customer by customer, item by
 * item) is also the engine's order (by customer id, then item ref), and the bulk input built from
 * plain values ({@link #bulkInput(OpenItemColumns)}) is the same as the one built from the accounts
 * and history ({@link BulkDunningInput#from}).
 *
 * <pre>
 *   DunningWorkload w = DunningWorkload.generate(100_000, 10, 42L);
 *   OpenItemColumns columns = w.buildColumns();
 *   BulkDunningResult r = BulkDunning.evaluate(w.bulkInput(columns), w.policy(), 2);
 *   AgingReport a = w.bulkAging(columns, 2);        // the same columns, aged
 *   w.check();                                      // bulk == engine on this data, as a list of mismatches
 * </pre>
 *
 * <p>This class is immutable after generation and thread-safe.
 */
public final class DunningWorkload {

    private static final LocalDate AS_OF = AgingWorkload.AS_OF;
    private static final int[] TERMS = AgingWorkload.TERMS;

    /**
     * The benchmark's policy: a reminder 3 days before due, a letter from 7 days (plus 3 grace days),
     * a second letter from 21 days for notices of EUR 50.00 or more and at least 60% of the open
     * balance, an agency hand-off from 60 days; 7 days between notices.
     */
    private static final LeveledPolicy POLICY = LeveledPolicy.builder().name("bench")
            .addLevels(DunningLevel.of(-3, ActionKind.REMINDER_EMAIL))
            .addLevels(DunningLevel.of(7, ActionKind.LETTER))
            .addLevels(DunningLevel.builder().daysPastDue(21).addActions(ActionKind.LETTER, ActionKind.PHONE_CALL_TASK)
                    .minimumAmount(Money.parse("EUR 50.00")).minimumShare(Percentage.of(60)).build())
            .addLevels(DunningLevel.of(60, ActionKind.AGENCY_HANDOFF))
            .graceDays(3).minimumDaysBetweenNotices(7)
            .build();

    private final int customers;
    private final CustomerId[] customerIds;
    private final int perCustomer;
    private final byte[] customerCurrency;
    private final int[] lastNotice;
    private final boolean[] blocked;
    private final int[] issueDay;
    private final int[] dueDay;
    private final long[] openMinor;
    private final boolean[] disputed;
    private final byte[] level;

    private DunningWorkload(int customers, int perCustomer, byte[] customerCurrency, int[] lastNotice,
            boolean[] blocked, int[] issueDay, int[] dueDay, long[] openMinor, boolean[] disputed, byte[] level) {
        this.customers = customers;
        this.customerIds = new CustomerId[customers];
        for (int c = 0; c < customers; c++) {
            customerIds[c] = CustomerId.of(String.format(java.util.Locale.ROOT, "C-%08d", c));
        }
        this.perCustomer = perCustomer;
        this.customerCurrency = customerCurrency;
        this.lastNotice = lastNotice;
        this.blocked = blocked;
        this.issueDay = issueDay;
        this.dueDay = dueDay;
        this.openMinor = openMinor;
        this.disputed = disputed;
        this.level = level;
    }

    /**
     * Generates a portfolio and its dunning state, deterministically from the seed.
     *
     * @param customers the number of customers, 1 to 10,000,000
     * @param itemsPerCustomer the open items of each customer, 1 to 1000, at most 2^31 - 9 in all
     * @param seed the random seed
     * @return the workload
     * @throws IllegalArgumentException if a count is out of range
     */
    public static DunningWorkload generate(int customers, int itemsPerCustomer, long seed) {
        if (customers < 1 || customers > 10_000_000 || itemsPerCustomer < 1 || itemsPerCustomer > 1000
                || (long) customers * itemsPerCustomer > OpenItemColumns.MAX_ITEMS) {
            throw new IllegalArgumentException("customers " + customers + " and itemsPerCustomer " + itemsPerCustomer
                    + " must be 1 to 10,000,000 and 1 to 1000, with at most " + OpenItemColumns.MAX_ITEMS + " items");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int n = customers * itemsPerCustomer;
        byte[] cc = new byte[customers];
        int[] last = new int[customers];
        boolean[] block = new boolean[customers];
        int[] issue = new int[n];
        int[] due = new int[n];
        long[] minor = new long[n];
        boolean[] disp = new boolean[n];
        byte[] lvl = new byte[n];
        int asOf = (int) AS_OF.toEpochDay();
        for (int c = 0; c < customers; c++) {
            int r = random.nextInt(100);
            cc[c] = (byte) (r < 80 ? 0 : r < 95 ? 1 : 2);
            int dunned = random.nextInt(1000);
            last[c] = dunned < 600 ? asOf - (dunned < 5 ? 0 : 1 + random.nextInt(60)) : BulkDunningInput.NO_NOTICE;
            block[c] = random.nextInt(100) == 0;
            for (int i = c * itemsPerCustomer; i < (c + 1) * itemsPerCustomer; i++) {
                issue[i] = asOf - random.nextInt(401);
                due[i] = issue[i] + TERMS[random.nextInt(TERMS.length)];
                long amount = 100 + random.nextLong(1_000_000 - 100 + 1);
                minor[i] = cc[c] == 2 ? Math.max(1, amount / 100) : amount;
                disp[i] = random.nextInt(50) == 0;
                lvl[i] = last[c] == BulkDunningInput.NO_NOTICE ? 0 : (byte) random.nextInt(5);
            }
        }
        return new DunningWorkload(customers, itemsPerCustomer, cc, last, block, issue, due, minor, disp, lvl);
    }

    /**
     * Gets the run date.
     *
     * @return the date, not null
     */
    public LocalDate asOf() {
        return AS_OF;
    }

    /**
     * Gets the policy the benchmark evaluates (see the class description).
     *
     * @return the policy, not null
     */
    public LeveledPolicy policy() {
        return POLICY;
    }

    /**
     * Gets the number of customers.
     *
     * @return the number of customers
     */
    public int customerCount() {
        return customers;
    }

    /**
     * Gets the number of open items.
     *
     * @return the number of items
     */
    public int size() {
        return openMinor.length;
    }

    private CustomerId customerId(int c) {
        return customerIds[c];
    }

    private ItemRef ref(int i) {
        return ItemRef.ofInstalment(InvoiceId.of(String.format(java.util.Locale.ROOT, "INV-%010d", i)), 1);
    }

    /**
     * Builds the bulk form of the open items, row by row through {@link OpenItemColumns.Builder}.
     *
     * @return the columns, customer {@code c} holding items {@code c * itemsPerCustomer} onwards, not null
     */
    public OpenItemColumns buildColumns() {
        OpenItemColumns.Builder b = OpenItemColumns.builder(size());
        for (int c = 0; c < customers; c++) {
            CustomerId id = customerId(c);
            CurrencyUnit unit = AgingWorkload.currencyUnit(customerCurrency[c]);
            for (int i = c * perCustomer; i < (c + 1) * perCustomer; i++) {
                b.addItem(id, unit, issueDay[i], dueDay[i], openMinor[i], disputed[i]);
            }
        }
        return b.build();
    }

    /**
     * Builds the bulk dunning input over this workload's columns from plain values: no object per item.
     *
     * @param columns the columns of {@link #buildColumns()}, not null
     * @return the input, not null
     */
    public BulkDunningInput bulkInput(OpenItemColumns columns) {
        BulkDunningInput.Builder b = BulkDunningInput.builder(columns, AS_OF);
        int asOf = (int) AS_OF.toEpochDay();
        for (int c = 0; c < customers; c++) {
            int max = 0;
            for (int i = c * perCustomer; i < (c + 1) * perCustomer; i++) {
                if (level[i] > 0) {
                    b.itemLevel(i, level[i]);
                    if (lastNotice[c] == asOf) {
                        b.dunnedToday(i);
                    }
                    max = Math.max(max, level[i]);
                }
            }
            if (max > 0) {
                b.customerLevel(c, max).lastNoticeEpochDay(c, lastNotice[c]);
            }
            if (blocked[c]) {
                b.customerOnHold(c);
            }
        }
        return b.build();
    }

    /**
     * Evaluates the policy over the columns with the bulk path.
     *
     * @param input the input of {@link #bulkInput(OpenItemColumns)}, not null
     * @param parts the number of parallel customer ranges, 1 or more
     * @return the result, not null
     */
    public BulkDunningResult bulkDunning(BulkDunningInput input, int parts) {
        return BulkDunning.evaluate(input, POLICY, parts);
    }

    /**
     * Ages the same columns with the bulk aging (standard buckets on the due date).
     *
     * @param columns the columns, not null
     * @param parts the number of parallel customer ranges, 1 or more
     * @return the report, not null
     */
    public AgingReport bulkAging(OpenItemColumns columns, int parts) {
        return BulkAging.age(columns, AS_OF, AgingOptions.defaults(), parts);
    }

    /**
     * Builds the object API's accounts: one per customer with its {@link OpenItem}s, blocked customers
     * with an open-ended block.
     *
     * @return the accounts, in customer order, not null
     */
    public List<DunningAccount> buildAccounts() {
        List<DunningAccount> accounts = new ArrayList<>(customers);
        for (int c = 0; c < customers; c++) {
            CustomerId id = customerId(c);
            CurrencyUnit unit = AgingWorkload.currencyUnit(customerCurrency[c]);
            DunningAccount.Builder b = DunningAccount.builder().customerId(id).kind(CustomerKind.BUSINESS);
            for (int i = c * perCustomer; i < (c + 1) * perCustomer; i++) {
                Money open = Money.ofMinor(unit, openMinor[i]);
                b.addOpenItems(OpenItem.builder().ref(ref(i)).customerId(id)
                        .issueDate(LocalDate.ofEpochDay(issueDay[i])).dueDate(LocalDate.ofEpochDay(dueDay[i]))
                        .originalAmount(open).openAmount(open).disputed(disputed[i]).build());
            }
            if (blocked[c]) {
                b.addBlocks(AccountBlock.of("benchmark block", AS_OF.minusDays(30), Optional.empty()));
            }
            accounts.add(b.build());
        }
        return accounts;
    }

    /**
     * Builds the history the dunning state stands for: one record per item at a level, dated its
     * customer's last notice.
     *
     * @return the history, not null
     */
    public DunningHistory buildHistory() {
        List<DunningRecord> records = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            for (int i = c * perCustomer; i < (c + 1) * perCustomer; i++) {
                if (level[i] > 0) {
                    records.add(DunningRecord.builder().customerId(customerId(c)).ref(ref(i)).level(level[i])
                            .date(LocalDate.ofEpochDay(lastNotice[c])).build());
                }
            }
        }
        return DunningHistory.of(records);
    }

    /**
     * Builds the engine the bulk path stands for: this policy, no contact caps.
     *
     * @return the engine, not null
     */
    public DunningEngine engine() {
        return DunningEngine.builder().policy(POLICY).build();
    }

    /**
     * Checks the bulk path against the object engine on this workload: the bulk input from plain values
     * equals the one built from the accounts and history, the notices equal the engine's, and each gate
     * excludes as many items, currencies and customers as the engine's exclusions say.
     *
     * @return the mismatches found, empty if none
     */
    public List<String> check() {
        List<DunningAccount> accounts = buildAccounts();
        DunningHistory history = buildHistory();
        return check(accounts, history, engine().propose(accounts, history, List.of(), AS_OF));
    }

    /**
     * Checks the bulk path against a proposal the object engine made on this workload, as {@link #check()}.
     *
     * @param accounts the accounts of {@link #buildAccounts()}, not null
     * @param history the history of {@link #buildHistory()}, not null
     * @param expected the proposal of {@link #engine()} for them as of {@link #asOf()}, not null
     * @return the mismatches found, empty if none
     */
    public List<String> check(List<DunningAccount> accounts, DunningHistory history, DunningProposal expected) {
        BulkDunningInput fromObjects = BulkDunningInput.from(accounts, history, AS_OF, 0);
        OpenItemColumns columns = buildColumns();
        BulkDunningInput plain = bulkInput(columns);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (plain.itemLevel(i) != fromObjects.itemLevel(i) || plain.isDunnedToday(i) != fromObjects.isDunnedToday(i)
                    || columns.dueEpochDay(i) != fromObjects.getItems().dueEpochDay(i)) {
                problems.add("item " + i + " differs between the plain and the object input");
            }
        }
        for (int c = 0; c < customers; c++) {
            if (plain.customerLevel(c) != fromObjects.customerLevel(c)
                    || plain.lastNoticeEpochDay(c) != fromObjects.lastNoticeEpochDay(c)
                    || plain.isCustomerOnHold(c) != fromObjects.isCustomerOnHold(c)) {
                problems.add("customer " + c + " differs between the plain and the object input");
            }
        }
        BulkDunningResult bulk = bulkDunning(fromObjects, 2);
        if (!bulk.toNotices().equals(expected.getNotices())) {
            problems.add("notices differ: bulk " + bulk.proposedCount() + ", engine " + expected.getNotices().size());
        }
        if (!gateCounts(bulk).equals(gateCounts(expected))) {
            problems.add("gates differ: bulk " + gateCounts(bulk) + ", engine " + gateCounts(expected));
        }
        BulkDunningResult fromPlain = bulkDunning(plain, 3);
        if (!gateCounts(fromPlain).equals(gateCounts(bulk)) || fromPlain.proposedCount() != bulk.proposedCount()) {
            problems.add("the plain input gives other gates: " + gateCounts(fromPlain) + " vs " + gateCounts(bulk));
        }
        return problems;
    }

    /**
     * Counts the engine's exclusions by gate.
     *
     * @param proposal the proposal, not null
     * @return the counts, by gate
     */
    static Map<Gate, Integer> gateCounts(DunningProposal proposal) {
        Map<Gate, Integer> counts = new EnumMap<>(Gate.class);
        for (Exclusion e : proposal.getExclusions()) {
            counts.merge(e.getGate(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Counts the bulk result's exclusions by gate as the engine reports them: per item, except notices
     * held back (once per customer and currency) and customers left out as a whole.
     *
     * @param r the result, not null
     * @return the counts, by gate
     */
    static Map<Gate, Integer> gateCounts(BulkDunningResult r) {
        Map<Gate, Integer> counts = new EnumMap<>(Gate.class);
        OpenItemColumns items = r.getInput().getItems();
        for (int c = 0; c < items.customerCount(); c++) {
            r.customerGate(c).ifPresent(g -> counts.merge(g, 1, Integer::sum));
        }
        for (int i = 0; i < items.size(); i++) {
            Optional<Gate> g = r.itemGate(i);
            if (g.isPresent() && g.get() != Gate.BELOW_MINIMUM && g.get() != Gate.INTERVAL_NOT_ELAPSED) {
                counts.merge(g.get(), 1, Integer::sum);
            }
        }
        for (int n = 0; n < r.noticeCount(); n++) {
            r.noticeGate(n).ifPresent(g -> counts.merge(g, 1, Integer::sum));
        }
        return counts;
    }
}
