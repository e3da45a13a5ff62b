package org.receivables.dunning.bulk;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.dunning.Gate;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bulk dunning evaluation: for a {@link LeveledPolicy}, the decisions the
 * {@link org.receivables.dunning.DunningEngine} makes for each customer (holds, then the policy's
 * levels and gates) evaluated over {@link BulkDunningInput} columns with no object per item, in
 * parallel over customer ranges.
 *
 * <pre>
 *   BulkDunningInput input = BulkDunningInput.from(accounts, history, LocalDate.parse("2024-05-02"), 3);
 *   BulkDunningResult result = BulkDunning.evaluate(input, policy);      // parallel
 *   result.toNotices().equals(engine.propose(accounts, history, List.of(), asOf).getNotices());   // true
 *   BulkDunning.evaluate(input, policy, 1);                               // on the calling thread
 * </pre>
 *
 * <p><b>What it evaluates, exactly as the engine.</b> A customer on hold is left out as a whole
 * ({@link Gate#ON_HOLD}); disputed items and items on hold are left out as {@link Gate#ON_HOLD}; then,
 * per currency in currency-code order and per item in column order, the policy's rules: recorded
 * level (or the customer's level with <em>keep level after payment</em>), {@link Gate#FINAL_STAGE},
 * {@link Gate#NOT_YET_DUE_PLUS_GRACE}, one step per run or a jump to the matching level, not twice on
 * one day, {@link Gate#LEVEL_ALREADY_REACHED} when no item rises, {@link Gate#BELOW_MINIMUM} (minimum
 * amount and minimum share of the open balance) and {@link Gate#INTERVAL_NOT_ELAPSED}; and, like the
 * engine's check of a policy's outcome, {@link Gate#POLICY_FAILED} for a customer whose proposed
 * notice would put an item below its recorded level (a history recording more levels than the
 * policy has).
 *
 * <p><b>What it refuses.</b> The bulk path computes no money beyond open amounts, and it takes one
 * policy, not an engine, so these inputs make it throw {@link IllegalArgumentException} naming the
 * feature instead of giving a different result: a level with a fee (per item or per notice), interest
 * on the policy or a level, and late-payment compensation. It applies no contact caps and computes no
 * next-change dates: run the engine where either matters. Plugin policies (a
 * {@link org.receivables.dunning.spi.DunningPolicy} other than {@link LeveledPolicy}) and routers stay
 * on the object path.
 *
 * <p><b>Parallelism.</b> The customers are split into ranges of about equal item counts; each range
 * is evaluated by one task that writes only its own slice of the per-item and per-customer result
 * columns and keeps its notices in arrays of its own, which are concatenated in range order, so the
 * result does not depend on the number of ranges and no mutable state is shared between tasks.
 *
 * <p>This class is immutable and thread-safe (it has no state).
 */
public final class BulkDunning {

    private static final Logger LOG = LoggerFactory.getLogger(BulkDunning.class);

    private BulkDunning() {
    }

    /**
     * Evaluates the policy over the input, in parallel over the available processors.
     *
     * @param input the items and their dunning state, not null
     * @param policy the policy, not null
     * @return the result, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the policy uses a feature outside the bulk path (see above), or
     *     a notice total overflows a long of minor units
     */
    public static BulkDunningResult evaluate(BulkDunningInput input, LeveledPolicy policy) {
        return evaluate(input, policy, 4 * Runtime.getRuntime().availableProcessors());
    }

    /**
     * Evaluates the policy over the input in a given number of customer ranges, on the common
     * fork-join pool; 1 evaluates on the calling thread.
     *
     * @param input the items and their dunning state, not null
     * @param policy the policy, not null
     * @param parts the number of ranges, 1 to 4096
     * @return the result, the same for every number of ranges, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if parts is out of range, the policy uses a feature outside the
     *     bulk path, or a notice total overflows a long of minor units
     */
    public static BulkDunningResult evaluate(BulkDunningInput input, LeveledPolicy policy, int parts) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(policy, "policy");
        if (parts < 1 || parts > 4096) {
            throw new IllegalArgumentException("parts " + parts + " must be 1 to 4096");
        }
        checkPolicy(policy);
        Plan plan = new Plan(input, policy);
        OpenItemColumns items = input.getItems();
        int customers = items.customerCount();
        byte[] gate = new byte[items.size()];
        byte[] level = new byte[items.size()];
        byte[] previous = new byte[items.size()];
        byte[] customerGate = new byte[customers];
        int ranges = Math.max(1, Math.min(parts, customers));
        int[] bounds = items.customerRanges(ranges);
        Out out = new Out(gate, level, previous, customerGate);
        List<Notices> found;
        if (ranges == 1) {
            found = List.of(evaluateRange(plan, out, 0, customers));
        } else {
            found = IntStream.range(0, ranges).parallel()
                    .mapToObj(p -> evaluateRange(plan, out, bounds[p], bounds[p + 1])).toList();
        }
        BulkDunningResult result = BulkDunningResult.of(input, policy, gate, level, previous, customerGate,
                Notices.concat(found));
        LOG.debug("bulk dunning by policy {} as of {}: {} customers, {} items in {} ranges; {} notices proposed, {} held back",
                policy.getName(), input.getAsOf(), customers, items.size(), ranges, result.proposedCount(),
                result.noticeCount() - result.proposedCount());
        return result;
    }

    /**
     * Checks that a policy is within the bulk path.
     *
     * @param policy the policy, not null
     * @throws NullPointerException if policy is null
     * @throws IllegalArgumentException naming the feature, if the policy charges a fee, interest or
     *     compensation, or has more than {@link BulkDunningInput#MAX_LEVEL} levels
     */
    public static void checkPolicy(LeveledPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        String name = "policy '" + policy.getName() + "'";
        if (policy.getLevels().size() > BulkDunningInput.MAX_LEVEL) {
            throw new IllegalArgumentException(name + " has " + policy.getLevels().size() + " levels; the bulk path"
                    + " takes at most " + BulkDunningInput.MAX_LEVEL);
        }
        if (policy.getInterest().isPresent()) {
            throw new IllegalArgumentException(name + " charges interest " + policy.getInterest().get()
                    + "; the bulk path computes no interest: use DunningEngine");
        }
        if (policy.getCompensation().isPresent()) {
            throw new IllegalArgumentException(name + " charges compensation " + policy.getCompensation().get()
                    + "; the bulk path computes no compensation: use DunningEngine");
        }
        for (int n = 1; n <= policy.getLevels().size(); n++) {
            DunningLevel level = policy.getLevels().get(n - 1);
            if (level.getFee().isPresent()) {
                throw new IllegalArgumentException(name + " level " + n + " charges a fee " + level.getFee().get()
                        + " " + level.getFeeBasis() + "; the bulk path computes no fees: use DunningEngine");
            }
            if (level.getInterest().isPresent()) {
                throw new IllegalArgumentException(name + " level " + n + " charges interest "
                        + level.getInterest().get() + "; the bulk path computes no interest: use DunningEngine");
            }
        }
    }


    /** The per-item and per-customer result columns; each range writes only its own slice. */
    private static final class Out {
        final byte[] gate;
        final byte[] level;
        final byte[] previous;
        final byte[] customerGate;

        Out(byte[] gate, byte[] level, byte[] previous, byte[] customerGate) {
            this.gate = gate;
            this.level = level;
            this.previous = previous;
            this.customerGate = customerGate;
        }
    }

    /** The policy flattened into arrays and tables, built once per evaluation. */
    private static final class Plan {
        /** The widest span of level thresholds, in days, that {@link #matching} looks up in a table. */
        private static final int MAX_TABLE_SPAN = 1 << 12;

        final BulkDunningInput input;
        final LeveledPolicy policy;
        final int levels;
        final int[] threshold;
        /** Per level, 0 to the last: whether it is a final stage (never for level 0). */
        final boolean[] finalStage;
        /**
         * The engine's rules for one item, by its level before the run ({@code current}), the level its
         * days past due match and whether it was dunned on the run date: entry
         * {@code ((current * (levels + 1) + matched) << 1) | dunnedToday} holds the item's gate code
         * ({@link #GATE} bits), its level on a notice line ({@link #LEVEL_SHIFT}, 0 for none) and the
         * flags {@link #LINE}, {@link #RISING} (a line above the current level) and {@link #ZERO_LINE}
         * (a line at level 0, which the engine's notice line refuses, failing the policy).
         */
        final int[] decision;
        static final int GATE = 0xFF;
        static final int LEVEL_SHIFT = 8;
        static final int LINE_SHIFT = 16;
        static final int LINE = 1 << LINE_SHIFT;
        static final int RISING = 1 << 17;
        static final int ZERO_LINE = 1 << 18;
        /** Per level: the currency index of its minimum amount in the columns, -1 for none or another currency. */
        final int[] minimumCurrency;
        final long[] minimumMinor;
        /** Per level: whether it has a minimum share. */
        final boolean[] hasShare;
        /**
         * Per level: its minimum share as {@code shareNumerator / shareDenominator} of the open balance,
         * exactly; a denominator of 0 when the share's digits do not fit a long (then BigDecimal is used).
         */
        final long[] shareNumerator;
        final long[] shareDenominator;
        final boolean jump;
        final boolean keep;
        final int interval;
        final int asOf;
        /** Per currency index: its rank by currency code. */
        final int[] rank;
        /**
         * The matching level by days past due: {@code matchTable[clamp(dpd - matchBase, 0, length - 1)]},
         * covering the span of the thresholds; null when the span is too wide for a table.
         */
        final byte[] matchTable;
        final long matchBase;

        Plan(BulkDunningInput input, LeveledPolicy policy) {
            this.input = input;
            this.policy = policy;
            OpenItemColumns items = input.getItems();
            levels = policy.getLevels().size();
            threshold = new int[levels + 1];
            finalStage = new boolean[levels + 1];
            minimumCurrency = new int[levels + 1];
            minimumMinor = new long[levels + 1];
            hasShare = new boolean[levels + 1];
            shareNumerator = new long[levels + 1];
            shareDenominator = new long[levels + 1];
            List<CurrencyUnit> currencies = items.getCurrencies();
            long lowest = Long.MAX_VALUE;
            long highest = Long.MIN_VALUE;
            for (int n = 1; n <= levels; n++) {
                DunningLevel level = policy.getLevels().get(n - 1);
                threshold[n] = policy.thresholdOf(n);
                lowest = Math.min(lowest, threshold[n]);
                highest = Math.max(highest, threshold[n]);
                finalStage[n] = level.isFinalStage();
                minimumCurrency[n] = level.getMinimumAmount().map(m -> currencies.indexOf(m.getCurrencyUnit())).orElse(-1);
                minimumMinor[n] = level.getMinimumAmount().map(Money::getAmountMinorLong).orElse(0L);
                if (level.getMinimumShare().isPresent()) {
                    hasShare[n] = true;
                    BigDecimal percent = level.getMinimumShare().get().getValue();
                    // percent = unscaled / 10^scale, so the share of a balance is balance * unscaled / (100 * 10^scale)
                    if (percent.scale() >= 0 && percent.scale() <= 16 && percent.unscaledValue().bitLength() < 63) {
                        shareNumerator[n] = percent.unscaledValue().longValue();
                        shareDenominator[n] = BigDecimal.ONE.scaleByPowerOfTen(percent.scale() + 2).longValueExact();
                    }
                }
            }
            jump = policy.isJumpToMatchingLevel();
            keep = policy.isKeepLevelAfterPayment();
            interval = policy.getMinimumDaysBetweenNotices();
            asOf = input.asOfEpochDay();
            Integer[] order = new Integer[currencies.size()];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.comparing(k -> currencies.get(k).getCode()));
            rank = new int[order.length];
            for (int r = 0; r < order.length; r++) {
                rank[order[r]] = r;
            }
            decision = new int[(levels + 1) * (levels + 1) * 2];
            for (int current = 0; current <= levels; current++) {
                for (int matched = 0; matched <= levels; matched++) {
                    for (int today = 0; today <= 1; today++) {
                        decision[((current * (levels + 1) + matched) << 1) | today] = rule(current, matched, today == 1);
                    }
                }
            }
            if (levels > 0 && highest - lowest <= MAX_TABLE_SPAN) {
                // entry 0 is below the lowest threshold (no level), the last is at or above the highest (every level)
                matchBase = lowest - 1;
                matchTable = new byte[(int) (highest - lowest) + 2];
                for (int j = 0; j < matchTable.length; j++) {
                    matchTable[j] = (byte) loopMatching(matchBase + j);
                }
            } else {
                matchBase = 0;
                matchTable = null;
            }
        }

        /** The engine's rules for one item (as {@link #evaluateCurrencies} applies them), as a {@link #decision} entry. */
        private int rule(int current, int matched, boolean dunnedToday) {
            if (finalStage[current]) {
                return FINAL_STAGE;
            }
            if (current == 0 && matched == 0) {
                return NOT_YET_DUE;
            }
            int target = current;
            if (matched > current && !dunnedToday) {
                target = jump ? matched : current + 1;
            }
            if (target == 0) {
                return ZERO_LINE;
            }
            return LINE | target << LEVEL_SHIFT | (target > current ? RISING : 0);
        }

        int matching(long dpd) {
            byte[] table = matchTable;
            if (table != null) {
                long j = Math.max(0L, Math.min(dpd - matchBase, table.length - 1L));
                return table[(int) j];
            }
            return loopMatching(dpd);
        }

        /** The highest level whose threshold the days past due reach, as {@link LeveledPolicy#matchingLevel}. */
        private int loopMatching(long dpd) {
            int matched = 0;
            for (int n = 1; n <= levels; n++) {
                if (dpd >= threshold[n]) {
                    matched = n;
                }
            }
            return matched;
        }
    }

    private static final byte NONE = 0;

    static byte code(Gate gate) {
        return (byte) (gate.ordinal() + 1);
    }

    private static final byte ON_HOLD = code(Gate.ON_HOLD);
    private static final byte FINAL_STAGE = code(Gate.FINAL_STAGE);
    private static final byte NOT_YET_DUE = code(Gate.NOT_YET_DUE_PLUS_GRACE);
    private static final byte LEVEL_REACHED = code(Gate.LEVEL_ALREADY_REACHED);
    private static final byte BELOW_MINIMUM = code(Gate.BELOW_MINIMUM);
    private static final byte INTERVAL = code(Gate.INTERVAL_NOT_ELAPSED);
    private static final byte POLICY_FAILED = code(Gate.POLICY_FAILED);

    /**
     * Evaluates customers {@code from} to {@code to} (exclusive), each in one pass over its items
     * assuming its items in scope share one currency (the usual case); at an item in a second currency
     * it undoes that customer's pass and evaluates it currency by currency ({@link #evaluateCurrencies}).
     * Both give the same decisions. The policy's arrays are read into locals once per range.
     */
    private static Notices evaluateRange(Plan plan, Out out, int from, int to) {
        Notices notices = new Notices(to - from + 1); // one per customer unless customers bill in several currencies
        int[] seen = new int[4];
        BulkDunningInput input = plan.input;
        OpenItemColumns items = input.getItems();
        byte[] gate = out.gate;
        byte[] level = out.level;
        byte[] previous = out.previous;
        int levels = plan.levels;
        int[] decision = plan.decision;
        int width = levels + 1;
        boolean keep = plan.keep;
        long asOf = plan.asOf;
        byte[] matchTable = plan.matchTable;
        long matchBase = plan.matchBase;
        long matchLast = matchTable == null ? 0 : matchTable.length - 1;
        int e = items.customerStart(from);
        for (int c = from; c < to; c++) {
            int s = e;
            e = items.customerStart(c + 1);
            if (input.rawCustomerHeld(c)) {
                out.customerGate[c] = ON_HOLD;
                continue;
            }
            int inherited = keep ? Math.min(input.rawCustomerLevel(c), levels) : 0;
            int firstNotice = notices.size;
            int currency = -1;
            int flags = 0;
            int lowered = 0;
            boolean several = false;
            int noticeLevel = 0;
            long total = 0;
            long balance = 0;
            for (int i = s; i < e; i++) {
                if (items.isDisputed(i) | input.rawItemHeld(i)) {
                    gate[i] = ON_HOLD;
                    continue;
                }
                int k = items.currencyIndex(i);
                if (k != currency) {
                    if (currency >= 0) {
                        several = true;
                        clear(out, s, i);
                        break;
                    }
                    currency = k;
                }
                // the engine's rules for one item, looked up rather than branched on (the levels of a
                // customer's items vary at random, so branches on them mispredict)
                long open = items.openMinor(i);
                balance = add(balance, open, c, items);
                int own = input.rawItemLevel(i);
                int current = Math.min(own | (inherited & ((own - 1) >> 31)), levels);
                previous[i] = (byte) current;
                int matched;
                if (matchTable != null) { // the index clamped to the table without branches
                    long day = asOf - items.dueEpochDay(i) - matchBase;
                    day &= ~(day >> 63);
                    long over = matchLast - day;
                    matched = matchTable[(int) (day + (over & (over >> 63)))];
                } else {
                    matched = plan.matching(asOf - items.dueEpochDay(i));
                }
                int d = decision[((current * width + matched) << 1) | input.rawDunnedTodayBit(i)];
                gate[i] = (byte) d; // the GATE bits
                int lineLevel = (d >>> Plan.LEVEL_SHIFT) & 0xFF;
                level[i] = (byte) lineLevel;
                flags |= d;
                int line = (d >>> Plan.LINE_SHIFT) & 1;
                lowered |= line & ((lineLevel - own) >>> 31);
                noticeLevel = Math.max(noticeLevel, lineLevel);
                total += open & -(long) line; // part of the balance, which did not overflow
            }
            if (several) {
                evaluateCurrencies(plan, out, notices, c, s, e, inherited, seen);
                continue;
            }
            boolean failed = (flags & Plan.ZERO_LINE) != 0;
            if ((flags & Plan.LINE) != 0) { // as decide(..) does, written out here so that the JIT inlines its parts
                boolean rising = (flags & Plan.RISING) != 0;
                byte held = rising ? noticeGate(plan, c, currency, noticeLevel, total, balance) : LEVEL_REACHED;
                if (held != NONE) {
                    gateLines(out, s, e, held);
                }
                if (rising) {
                    notices.add(c, currency, noticeLevel, total, held);
                    failed |= held == NONE && lowered != 0;
                }
            }
            if (failed) {
                fail(out, notices, firstNotice, c, s, e);
            }
        }
        return notices;
    }

    /** Resets what a pass wrote for items {@code from} to {@code to} (exclusive), holds aside. */
    private static void clear(Out out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.gate[i] != ON_HOLD) {
                out.gate[i] = NONE;
                out.level[i] = 0;
                out.previous[i] = 0;
            }
        }
    }

    /** As the engine does when a policy's outcome fails its check: only the holds stay. */
    private static void fail(Out out, Notices notices, int firstNotice, int c, int s, int e) {
        notices.size = firstNotice;
        out.customerGate[c] = POLICY_FAILED;
        clear(out, s, e);
    }

    /** Evaluates a customer whose items in scope are in several currencies, currency by currency in code order. */
    private static void evaluateCurrencies(Plan plan, Out out, Notices notices, int c, int s, int e, int inherited,
            int[] seenIn) {
        BulkDunningInput input = plan.input;
        OpenItemColumns items = input.getItems();
        // 1. holds; the distinct currencies in scope, by currency code
        int[] seen = seenIn;
        int distinct = 0;
        for (int i = s; i < e; i++) {
            if (items.isDisputed(i) || input.rawItemHeld(i)) {
                out.gate[i] = ON_HOLD;
                continue;
            }
            int k = items.currencyIndex(i);
            boolean known = false;
            for (int d = 0; d < distinct; d++) {
                if (seen[d] == k) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                if (distinct == seen.length) {
                    seen = Arrays.copyOf(seen, distinct * 2);
                }
                seen[distinct++] = k;
            }
        }
        if (distinct > 1) {
            sortByRank(seen, distinct, plan.rank);
        }
        // 2. the policy, per currency
        int firstNotice = notices.size;
        boolean failed = false;
        for (int d = 0; d < distinct; d++) {
            int k = seen[d];
            boolean rising = false;
            boolean belowRecorded = false;
            boolean lines = false;
            int noticeLevel = 0;
            long total = 0;
            long balance = 0;
            for (int i = s; i < e; i++) {
                if (items.currencyIndex(i) != k || out.gate[i] == ON_HOLD) {
                    continue;
                }
                balance = add(balance, items.openMinor(i), c, items);
                int own = input.rawItemLevel(i);
                int current = Math.min(own > 0 ? own : inherited, plan.levels);
                out.previous[i] = (byte) current;
                if (plan.finalStage[current]) {
                    out.gate[i] = FINAL_STAGE;
                    continue;
                }
                long dpd = (long) plan.asOf - items.dueEpochDay(i);
                int matched = plan.matching(dpd);
                if (current == 0 && matched == 0) {
                    out.gate[i] = NOT_YET_DUE;
                    continue;
                }
                int target = current;
                if (matched > current && !input.rawDunnedToday(i)) {
                    target = plan.jump ? matched : current + 1;
                }
                if (target == 0) {
                    // dunned today but at no level: the engine's notice line refuses level 0, failing the policy
                    failed = true;
                    continue;
                }
                out.level[i] = (byte) target;
                lines = true;
                rising |= target > current;
                belowRecorded |= target < own;
                noticeLevel = Math.max(noticeLevel, target);
                total = add(total, items.openMinor(i), c, items);
            }
            if (lines) {
                failed |= decide(plan, out, notices, c, s, e, k, true, rising, belowRecorded, noticeLevel, total,
                        balance);
            }
        }
        if (failed) {
            fail(out, notices, firstNotice, c, s, e);
        }
    }

    /**
     * Decides the notice of a customer in one currency once its lines are known: no notice when no
     * line rises (its lines gated {@link Gate#LEVEL_ALREADY_REACHED}), else a notice, proposed or held
     * back by the minimum or the interval (its lines gated alike).
     *
     * @param byCurrency whether the customer's items are in several currencies (lines are then told
     *     apart by currency index {@code k}), else every item in scope is in {@code k}
     * @return true if the notice fails the engine's check of a policy's outcome (a line below its
     *     item's recorded level)
     */
    private static boolean decide(Plan plan, Out out, Notices notices, int c, int s, int e, int k, boolean byCurrency,
            boolean rising, boolean belowRecorded, int noticeLevel, long total, long balance) {
        byte gate = rising ? noticeGate(plan, c, k, noticeLevel, total, balance) : LEVEL_REACHED;
        if (gate != NONE) {
            if (byCurrency) {
                gateLines(out, plan.input.getItems(), s, e, k, gate);
            } else {
                gateLines(out, s, e, gate);
            }
        }
        if (!rising) {
            return false;
        }
        notices.add(c, k, noticeLevel, total, gate);
        return gate == NONE && belowRecorded;
    }

    /** The gate that holds back a notice whose lines rise: below the minimum, the interval, or none. */
    private static byte noticeGate(Plan plan, int c, int k, int noticeLevel, long total, long balance) {
        // every condition evaluated (they are cheap and free of effects), then one choice: fewer branches
        // that mispredict from one customer to the next
        int last = plan.input.rawLastNotice(c);
        boolean below = plan.minimumCurrency[noticeLevel] == k & total < plan.minimumMinor[noticeLevel]
                | belowShare(plan, noticeLevel, k, total, balance);
        boolean early = last != BulkDunningInput.NO_NOTICE & (long) plan.asOf - last < plan.interval;
        return below ? BELOW_MINIMUM : early ? INTERVAL : NONE;
    }

    /** Gates the lines (no gate yet, a level) of items {@code s} to {@code e}, all in the notice's currency. */
    private static void gateLines(Out out, int s, int e, byte gate) {
        byte[] g = out.gate;
        byte[] level = out.level;
        for (int i = s; i < e; i++) { // in 0/1 ints rather than branches
            int line = ((g[i] - 1) >>> 31) & (-level[i] >>> 31);
            g[i] = (byte) (g[i] + line * gate);
        }
    }

    /** Gates the lines (no gate yet, a level) in currency {@code k} of items {@code s} to {@code e}. */
    private static void gateLines(Out out, OpenItemColumns items, int s, int e, int k, byte gate) {
        for (int i = s; i < e; i++) {
            if (out.gate[i] == NONE && out.level[i] > 0 && items.currencyIndex(i) == k) {
                out.gate[i] = gate;
            }
        }
    }

    /**
     * Whether a notice total is below the level's minimum share of the open balance, the share
     * rounded HALF_EVEN to minor units as {@link org.receivables.core.money.Percentage#applyTo(Money)}
     * does: in longs when the product fits, else in BigDecimal.
     */
    private static boolean belowShare(Plan plan, int noticeLevel, int k, long total, long balance) {
        if (!plan.hasShare[noticeLevel]) {
            return false;
        }
        long denominator = plan.shareDenominator[noticeLevel];
        if (denominator != 0) {
            // with x = balance * numerator / denominator, the share is x rounded HALF_EVEN, and a whole
            // total is below it when x > total + 1/2, or x = total + 1/2 and total is odd (the tie goes
            // up to the even total + 1): compared as 2 * balance * numerator against (2 * total + 1) * denominator
            long numerator = plan.shareNumerator[noticeLevel];
            long twiceBalance = balance << 1;
            long lhs = twiceBalance * numerator;
            long half = (total << 1) + 1;
            long rhs = half * denominator;
            if (balance >>> 61 == 0 && total >>> 61 == 0
                    && Math.multiplyHigh(twiceBalance, numerator) == (lhs >> 63)
                    && Math.multiplyHigh(half, denominator) == (rhs >> 63)) {
                return lhs > rhs || (lhs == rhs && (total & 1) != 0);
            }
        }
        return belowShareExactly(plan, noticeLevel, k, total, balance);
    }

    /** {@link #belowShare} when the products do not fit a long: as the engine computes it, in BigDecimal. */
    private static boolean belowShareExactly(Plan plan, int noticeLevel, int k, long total, long balance) {
        DunningLevel level = plan.policy.getLevels().get(noticeLevel - 1);
        CurrencyUnit unit = plan.input.getItems().getCurrency(k);
        Money required = level.getMinimumShare().get().applyTo(Money.ofMinor(unit, balance));
        return total < required.getAmountMinorLong();
    }

    private static long add(long sum, long minor, int c, OpenItemColumns items) {
        long r = sum + minor;
        if (((sum ^ r) & (minor ^ r)) < 0) {
            throw new IllegalArgumentException("open amount total of customer " + items.getCustomerId(c)
                    + " exceeds " + Long.MAX_VALUE + " minor units");
        }
        return r;
    }

    private static void sortByRank(int[] seen, int n, int[] rank) {
        for (int a = 1; a < n; a++) {
            int v = seen[a];
            int b = a - 1;
            while (b >= 0 && rank[seen[b]] > rank[v]) {
                seen[b + 1] = seen[b];
                b--;
            }
            seen[b + 1] = v;
        }
    }

    /** The notices of one range, in customer and currency-code order, in growable arrays of its own. */
    static final class Notices {
        int size;
        /** While evaluating: per notice its customer, currency, level and gate in one long (see {@link #add}). */
        long[] key;
        long[] total;
        /** After {@link #concat}: the keys as columns, as the result reads them. */
        int[] customer;
        int[] currency;
        int[] level;
        byte[] gate;

        Notices(int capacity) {
            key = new long[capacity];
            total = new long[capacity];
        }

        void add(int c, int k, int lvl, long sum, byte g) {
            if (size == key.length) {
                key = Arrays.copyOf(key, size * 2 + 16);
                total = Arrays.copyOf(total, size * 2 + 16);
            }
            key[size] = (long) c << 24 | k << 16 | lvl << 8 | (g & 0xFF); // c >= 0, k < 256, lvl < 128
            total[size] = sum;
            size++;
        }

        /** Concatenates the ranges' notices in range order and unpacks their keys into columns. */
        static Notices concat(List<Notices> parts) {
            Notices all;
            if (parts.size() == 1) {
                all = parts.get(0);
                if (all.total.length != all.size) { // the result keeps the totals: no spare capacity
                    all.total = Arrays.copyOf(all.total, all.size);
                }
            } else {
                all = new Notices(0);
                int n = parts.stream().mapToInt(p -> p.size).sum();
                all.key = new long[n];
                all.total = new long[n];
                for (Notices p : parts) {
                    System.arraycopy(p.key, 0, all.key, all.size, p.size);
                    System.arraycopy(p.total, 0, all.total, all.size, p.size);
                    all.size += p.size;
                }
            }
            int n = all.size;
            all.customer = new int[n];
            all.currency = new int[n];
            all.level = new int[n];
            all.gate = new byte[n];
            for (int m = 0; m < n; m++) {
                long key = all.key[m];
                all.customer[m] = (int) (key >>> 24);
                all.currency[m] = (int) (key >>> 16) & 0xFF;
                all.level[m] = (int) (key >>> 8) & 0xFF;
                all.gate[m] = (byte) key;
            }
            all.key = null;
            return all;
        }
    }
}
