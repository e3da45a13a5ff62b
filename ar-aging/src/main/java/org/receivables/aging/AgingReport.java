package org.receivables.aging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.internal.AgeTable;
import org.receivables.aging.internal.AgingReportAccess;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.LedgerView;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.ledger.SourceBalance;

/**
 * An aging report as of a date: per customer and currency, the open amount and count of items in
 * each bucket, the total, the credits and the disputed part; portfolio totals and percentages per
 * currency; the customers most overdue; a total in a reporting currency.
 *
 * <p><b>Inputs.</b> A {@link Portfolio} of customer ledgers aged as of a date
 * ({@link #of(Portfolio, LocalDate, AgingOptions)}), a single {@link LedgerView}, or explicit open items
 * and credits as they stand at the end of the as-of date: each item with its open amount and its own
 * due date, so a partly paid item stays in the bucket of its own due date. An item issued after the as-of date, or a credit
 * dated after it, is <em>refused</em> (an {@link IllegalArgumentException} naming it), not skipped:
 * such an input cannot be a view as of the date (its open amount would also reflect payments made
 * after the date), and skipping it would hide the caller's mistake.
 *
 * <p><b>Ages and buckets.</b> An item's age is the as-of date minus its due date (or issue date,
 * {@link AgingOptions#getBasis()}); it sits in the one bucket that holds that age. An item due on the
 * as-of date is 0 days old and current. Credits and disputed items are presented as described in
 * {@link AgingAmounts}: disputed items stay inside the buckets and totals and are also shown in their
 * own memo column; credits are in their own column or netted into the bucket holding age 0,
 * as {@link AgingOptions#getCreditPresentation()} says.
 *
 * <p><b>Merging.</b> {@link #merge(AgingReport)} adds two reports of the same as-of date and options,
 * row by row. It is associative and commutative, and aging the union of two disjoint inputs equals
 * merging their reports, so a portfolio can be aged in parts (in parallel, or on a distributed
 * engine) and combined. Rows are kept sorted (customer id, then currency code), so every output is
 * deterministic whatever the input order. Merging the reports of consecutive customer ranges
 * concatenates their rows; any other merge is one linear pass.
 *
 * <p><b>Scale.</b> The rows are held as primitive arrays: per customer and currency the amount in
 * {@code long} minor units and the count of each bucket, the credits and the disputed part. Amounts
 * are summed with no per-item {@code BigDecimal} arithmetic or boxing, and {@link AgingLine},
 * {@link AgingAmounts} and {@link Money} objects are made only when a row is read; a sum beyond the
 * range of a {@code long} is an {@link IllegalArgumentException}. For large inputs use
 * {@link #builder(LocalDate, AgingOptions)}, fastest when each customer's items come together and
 * customers come in id order (as from a {@link Portfolio}).
 *
 * <pre>
 *   AgingReport report = AgingReport.of(portfolio, LocalDate.parse("2024-03-31"), AgingOptions.defaults());
 *   AgingReport same = AgingReport.of(LocalDate.parse("2024-03-31"), openItems, credits, AgingOptions.defaults());
 *   report.getLines();                                  // one AgingLine per customer and currency, sorted
 *   report.getTotals(CurrencyUnit.EUR).getAmounts();    // [EUR 300.00, EUR 300.00, EUR 400.00, EUR 0.00, EUR 50.00, EUR 500.00]
 *   report.getTotals(CurrencyUnit.EUR).getPercentages();// [19.35, 19.35, 25.81, 0.00, 3.23, 32.26]
 *   report.getTopOverdue(CurrencyUnit.EUR, 10);         // the ten customers most overdue, largest first
 *   report.getTotalIn(fxRates, RoundingMode.HALF_EVEN); // every currency in the reporting currency, rounded once
 *   AgingReport whole = partA.merge(partB);             // the same as aging A and B together
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgingReport {

    /** The fewest ledgers that {@link #of(Portfolio, LocalDate, AgingOptions)} ages in parallel. */
    private static final int PARALLEL_LEDGERS = 1024;

    static {
        // Finished rows from the bulk aging (sorted, exact) become a report as they are: no check, no copy.
        AgingReportAccess.register((asOf, options, size, customer, currency, amounts, counts, disputed, disputedCounts,
                totals) -> {
            boolean netted = options.getCreditPresentation() == CreditPresentation.NET_INTO_CURRENT;
            SortedMap<CurrencyUnit, AgingAmounts> sums = new TreeMap<>();
            for (Map.Entry<CurrencyUnit, long[]> e : totals.entrySet()) {
                sums.put(e.getKey(), AgingAmounts.ofAccumulator(e.getKey(), options.getBuckets(), netted, e.getValue()));
            }
            Tally rows = Tally.of(options.getBuckets().size(), size, customer, currency, amounts, counts, disputed,
                    disputedCounts);
            return new AgingReport(asOf, options, rows, Collections.unmodifiableSortedMap(sums));
        });
    }

    private final LocalDate asOf;
    private final AgingOptions options;
    /** The rows, sorted by customer id and then currency code, one per key; never changed. */
    private final Tally rows;
    private final SortedMap<CurrencyUnit, AgingAmounts> totals;

    private AgingReport(LocalDate asOf, AgingOptions options, Tally rows) {
        this(asOf, options, rows, sumTotals(options, rows));
    }

    private AgingReport(LocalDate asOf, AgingOptions options, Tally rows, SortedMap<CurrencyUnit, AgingAmounts> totals) {
        this.asOf = asOf;
        this.options = options;
        this.rows = rows;
        this.totals = totals;
    }

    /** The portfolio totals per currency: one accumulator per currency, one pass over the rows. */
    private static SortedMap<CurrencyUnit, AgingAmounts> sumTotals(AgingOptions options, Tally rows) {
        int nb = rows.width;
        Map<CurrencyUnit, long[]> acc = new HashMap<>();
        CurrencyUnit last = null;
        long[] a = null;
        for (int r = 0; r < rows.size; r++) {
            CurrencyUnit cu = rows.currency[r];
            if (cu != last) {
                a = acc.computeIfAbsent(cu, c -> new long[2 * nb + 4]);
                last = cu;
            }
            int base = r * nb;
            for (int i = 0; i < nb; i++) {
                a[i] = Tally.add(a[i], rows.amounts[base + i], "portfolio total", cu);
                a[nb + i] = Tally.add(a[nb + i], rows.counts[base + i], "portfolio total", cu);
            }
            a[2 * nb] = Tally.add(a[2 * nb], rows.credits[r], "portfolio total", cu);
            a[2 * nb + 1] = Tally.add(a[2 * nb + 1], rows.creditCounts[r], "portfolio total", cu);
            a[2 * nb + 2] = Tally.add(a[2 * nb + 2], rows.disputed[r], "portfolio total", cu);
            a[2 * nb + 3] = Tally.add(a[2 * nb + 3], rows.disputedCounts[r], "portfolio total", cu);
        }
        boolean netted = options.getCreditPresentation() == CreditPresentation.NET_INTO_CURRENT;
        SortedMap<CurrencyUnit, AgingAmounts> sums = new TreeMap<>();
        for (Map.Entry<CurrencyUnit, long[]> e : acc.entrySet()) {
            sums.put(e.getKey(), AgingAmounts.ofAccumulator(e.getKey(), options.getBuckets(), netted, e.getValue()));
        }
        return Collections.unmodifiableSortedMap(sums);
    }

    /**
     * Ages open items as of a date, without credits.
     *
     * @param asOf the as-of date, not null
     * @param items the open items as of that date, none issued after it, not null and holding no null
     * @param options the buckets, basis and presentation, not null
     * @return the report
     * @throws NullPointerException if an argument is null or items holds null
     * @throws IllegalArgumentException if an item was issued after asOf, or a sum overflows a long of minor units
     */
    public static AgingReport of(LocalDate asOf, Iterable<OpenItem> items, AgingOptions options) {
        return of(asOf, items, List.of(), options);
    }

    /**
     * Ages open items and credits as of a date.
     *
     * @param asOf the as-of date, not null
     * @param items the open items as of that date, none issued after it, not null and holding no null
     * @param credits the unapplied payments and open credit notes as of that date, none dated after it,
     *        not null and holding no null
     * @param options the buckets, basis and presentation, not null
     * @return the report
     * @throws NullPointerException if an argument is null or items or credits holds null
     * @throws IllegalArgumentException if an item was issued or a credit dated after asOf, or a sum
     *         overflows a long of minor units
     */
    public static AgingReport of(LocalDate asOf, Iterable<OpenItem> items, Iterable<OpenCredit> credits,
            AgingOptions options) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(options, "options");
        return builder(asOf, options).addItems(items).addCredits(credits).build();
    }

    /**
     * Ages every customer ledger of a portfolio as of a date: each ledger's view as of the end of that
     * date ({@link CustomerLedger#asOf(LocalDate)}), so documents issued and payments received after it
     * do not count, and a partly paid item keeps its own due date. See {@link Builder#addView(LedgerView)}
     * for what is taken from each view. Each view's open items are read from its columns
     * ({@link LedgerView#getOpenItemColumns()}, kept with the view, as the ledger keeps its views), and
     * portfolios of 1,024 ledgers or more are aged in ranges of ledgers in parallel (on the common
     * fork-join pool) whose reports are merged.
     *
     * <pre>
     *   AgingReport report = AgingReport.of(portfolio, LocalDate.parse("2024-03-31"), AgingOptions.defaults());
     * </pre>
     *
     * @param portfolio the ledgers, not null
     * @param asOf the as-of date, not null
     * @param options the buckets, basis and presentation, not null
     * @return the report
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a sum overflows a long of minor units
     */
    public static AgingReport of(Portfolio portfolio, LocalDate asOf, AgingOptions options) {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(options, "options");
        List<CustomerLedger> ledgers = portfolio.getLedgers();
        int n = ledgers.size();
        int parts = n < PARALLEL_LEDGERS ? 1 : Math.min(Runtime.getRuntime().availableProcessors(), 64);
        if (parts <= 1) {
            return ofLedgers(ledgers, asOf, options);
        }
        // Ranges of the ledgers (by customer id) aged in parallel, each into its own builder; the reports of
        // consecutive ranges merge by concatenating their rows.
        return IntStream.range(0, parts).parallel()
                .mapToObj(p -> ofLedgers(ledgers.subList((int) ((long) n * p / parts), (int) ((long) n * (p + 1) / parts)),
                        asOf, options))
                .reduce(AgingReport::merge)
                .orElseGet(() -> empty(asOf, options));
    }

    private static AgingReport ofLedgers(List<CustomerLedger> ledgers, LocalDate asOf, AgingOptions options) {
        Builder builder = builder(asOf, options);
        for (CustomerLedger ledger : ledgers) {
            builder.addView(ledger.asOf(asOf));
        }
        return builder.build();
    }

    /**
     * Ages one customer's ledger view as of its own date; see {@link Builder#addView(LedgerView)}.
     *
     * @param view the view, not null
     * @param options the buckets, basis and presentation, not null
     * @return the report, as of {@code view.getAsOf()}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a sum overflows a long of minor units
     */
    public static AgingReport of(LedgerView view, AgingOptions options) {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(options, "options");
        return builder(view.getAsOf(), options).addView(view).build();
    }

    /**
     * Obtains a report with no rows: the identity of {@link #merge(AgingReport)}.
     *
     * @param asOf the as-of date, not null
     * @param options the buckets, basis and presentation, not null
     * @return the empty report
     * @throws NullPointerException if an argument is null
     */
    public static AgingReport empty(LocalDate asOf, AgingOptions options) {
        return builder(asOf, options).build();
    }

    /**
     * Creates a builder that ages items and credits one at a time, for large or streamed inputs.
     *
     * @param asOf the as-of date, not null
     * @param options the buckets, basis and presentation, not null
     * @return a new builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(LocalDate asOf, AgingOptions options) {
        return new Builder(Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(options, "options"));
    }

    /**
     * Gets the as-of date.
     *
     * @return the date, not null
     */
    public LocalDate getAsOf() {
        return asOf;
    }

    /**
     * Gets the options the report was built with.
     *
     * @return the options, not null
     */
    public AgingOptions getOptions() {
        return options;
    }

    /**
     * Gets the buckets, one per column; the same as {@code getOptions().getBuckets()}.
     *
     * @return the buckets, not null
     */
    public AgingBuckets getBuckets() {
        return options.getBuckets();
    }

    /**
     * Gets every row, by customer id and then currency code.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<AgingLine> getLines() {
        boolean netted = isNetted();
        AgingLine[] lines = new AgingLine[rows.size];
        for (int r = 0; r < lines.length; r++) {
            lines[r] = new AgingLine(rows.customer[r], rows.toAmounts(r, getBuckets(), netted));
        }
        return Collections.unmodifiableList(Arrays.asList(lines));
    }

    /**
     * Gets one customer's row in one currency.
     *
     * @param customerId the customer, not null
     * @param currency the currency, not null
     * @return the line, empty if the customer has no item or credit in that currency
     * @throws NullPointerException if an argument is null
     */
    public Optional<AgingLine> getLine(CustomerId customerId, CurrencyUnit currency) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        int r = rows.find(customerId, currency);
        return r < 0 ? Optional.empty()
                : Optional.of(new AgingLine(rows.customer[r], rows.toAmounts(r, getBuckets(), isNetted())));
    }

    /**
     * Gets the customers with a row, in id order.
     *
     * @return the ids, unmodifiable, not null
     */
    public List<CustomerId> getCustomerIds() {
        List<CustomerId> ids = new ArrayList<>();
        for (int r = 0; r < rows.size; r++) {
            if (r == 0 || !rows.customer[r].equals(rows.customer[r - 1])) {
                ids.add(rows.customer[r]);
            }
        }
        return Collections.unmodifiableList(ids);
    }

    /**
     * Gets the currencies with a row, by currency code.
     *
     * @return the currencies, unmodifiable, not null
     */
    public List<CurrencyUnit> getCurrencies() {
        return Collections.unmodifiableList(new ArrayList<>(totals.keySet()));
    }

    /**
     * Gets the portfolio's totals in one currency: every customer's row in it, added.
     *
     * @param currency the currency, not null
     * @return the totals; all zero if no row is in that currency
     * @throws NullPointerException if currency is null
     */
    public AgingAmounts getTotals(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        AgingAmounts a = totals.get(currency);
        return a != null ? a : AgingAmounts.zero(currency, getBuckets(), isNetted());
    }

    /**
     * Gets the customers most overdue in one currency: rows with an overdue amount above zero
     * ({@link AgingAmounts#getOverdueAmount()}), by overdue amount descending, ties by customer id
     * ascending, at most {@code n} of them. A query on the report, so it gives the same answer on a
     * merged report as on a report of all the inputs.
     *
     * @param currency the currency, not null
     * @param n the most lines to return, zero or more
     * @return the lines, unmodifiable, not null
     * @throws NullPointerException if currency is null
     * @throws IllegalArgumentException if n is negative
     */
    public List<AgingLine> getTopOverdue(CurrencyUnit currency, int n) {
        Objects.requireNonNull(currency, "currency");
        if (n < 0) {
            throw new IllegalArgumentException("n " + n + " is negative");
        }
        AgingBuckets buckets = getBuckets();
        int nb = rows.width;
        List<Integer> candidates = new ArrayList<>();
        long[] overdue = new long[rows.size];
        for (int r = 0; r < rows.size; r++) {
            if (!rows.currency[r].equals(currency)) {
                continue;
            }
            long sum = 0;
            for (int b = 0; b < nb; b++) {
                if (buckets.get(b).isOverdue()) {
                    sum = Tally.add(sum, rows.amounts[r * nb + b], "overdue total", currency);
                }
            }
            if (sum > 0) {
                overdue[r] = sum;
                candidates.add(r);
            }
        }
        // Rows are in customer order, so a stable sort by overdue amount descending breaks ties by customer id.
        candidates.sort(Comparator.<Integer>comparingLong(r -> overdue[r]).reversed());
        List<AgingLine> top = new ArrayList<>();
        boolean netted = isNetted();
        for (int i = 0; i < Math.min(n, candidates.size()); i++) {
            int r = candidates.get(i);
            top.add(new AgingLine(rows.customer[r], rows.toAmounts(r, buckets, netted)));
        }
        return Collections.unmodifiableList(top);
    }

    /**
     * Gets the total of every currency's presented buckets ({@link AgingAmounts#getTotal()}) in a
     * reporting currency: {@code sum(total(c) x rate(c))}, multiplied exactly and rounded once to the
     * reporting currency's decimal places.
     *
     * @param rates the rates into the reporting currency, one for every currency of the report, not null
     * @param rounding how to round the exact sum, not null
     * @return the total in the reporting currency, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a currency of the report has no rate (the message names it), or
     *         rounding is {@link RoundingMode#UNNECESSARY} and the sum is not exact
     */
    public Money getTotalIn(FxRates rates, RoundingMode rounding) {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(rounding, "rounding");
        checkRates(rates);
        BigDecimal sum = BigDecimal.ZERO;
        for (AgingAmounts a : totals.values()) {
            sum = sum.add(a.getTotal().getAmount().multiply(rates.getRate(a.getCurrency())));
        }
        return round(sum, rates.getReportingCurrency(), rounding);
    }

    /**
     * Gets each presented bucket ({@link AgingAmounts#getAmounts()}) summed over every currency in a
     * reporting currency: for each bucket {@code sum(amount(c) x rate(c))}, multiplied exactly and rounded
     * once to the reporting currency's decimal places. As each bucket is rounded on its own, the buckets
     * may differ from {@link #getTotalIn(FxRates, RoundingMode)} by up to half a minor unit per bucket.
     *
     * @param rates the rates into the reporting currency, one for every currency of the report, not null
     * @param rounding how to round each exact sum, not null
     * @return one amount per bucket in the reporting currency, unmodifiable, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a currency of the report has no rate (the message names it), or
     *         rounding is {@link RoundingMode#UNNECESSARY} and a sum is not exact
     */
    public List<Money> getBucketTotalsIn(FxRates rates, RoundingMode rounding) {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(rounding, "rounding");
        checkRates(rates);
        BigDecimal[] sums = new BigDecimal[getBuckets().size()];
        Arrays.fill(sums, BigDecimal.ZERO);
        for (AgingAmounts a : totals.values()) {
            BigDecimal rate = rates.getRate(a.getCurrency());
            List<Money> amounts = a.getAmounts();
            for (int i = 0; i < sums.length; i++) {
                sums[i] = sums[i].add(amounts.get(i).getAmount().multiply(rate));
            }
        }
        List<Money> list = new ArrayList<>(sums.length);
        for (BigDecimal s : sums) {
            list.add(round(s, rates.getReportingCurrency(), rounding));
        }
        return Collections.unmodifiableList(list);
    }

    private void checkRates(FxRates rates) {
        for (CurrencyUnit c : totals.keySet()) {
            rates.getRate(c);
        }
    }

    private static Money round(BigDecimal exact, CurrencyUnit currency, RoundingMode rounding) {
        try {
            return Money.of(currency, exact.setScale(currency.getDecimalPlaces(), rounding));
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("amount " + exact.toPlainString() + " " + currency
                    + " is not exact at " + currency.getDecimalPlaces() + " decimal places and rounding is " + rounding, ex);
        }
    }

    /**
     * Adds another report of the same as-of date and options, row by row: the report of both inputs
     * together. Associative and commutative; {@link #empty(LocalDate, AgingOptions)} is its identity.
     *
     * @param other the report to add, not null
     * @return the merged report
     * @throws NullPointerException if other is null
     * @throws IllegalArgumentException if the as-of dates, buckets, basis or credit presentation differ
     *         (the message names both values), or a sum overflows a long of minor units
     */
    public AgingReport merge(AgingReport other) {
        Objects.requireNonNull(other, "other");
        if (!asOf.equals(other.asOf)) {
            throw new IllegalArgumentException("asOf " + other.asOf + " of the other report differs from asOf "
                    + asOf + "; only reports of the same date merge");
        }
        if (!getBuckets().equals(other.getBuckets())) {
            throw new IllegalArgumentException("buckets " + other.getBuckets() + " of the other report differ from buckets "
                    + getBuckets() + "; only reports with the same buckets merge");
        }
        if (options.getBasis() != other.options.getBasis()) {
            throw new IllegalArgumentException("basis " + other.options.getBasis() + " of the other report differs from basis "
                    + options.getBasis() + "; only reports of the same basis merge");
        }
        if (options.getCreditPresentation() != other.options.getCreditPresentation()) {
            throw new IllegalArgumentException("creditPresentation " + other.options.getCreditPresentation()
                    + " of the other report differs from creditPresentation " + options.getCreditPresentation()
                    + "; only reports of the same presentation merge");
        }
        // Both sides' rows are sorted: one linear merge, or a plain concatenation of the arrays when the
        // customers of one side all come before those of the other (as with ranges of a sorted portfolio).
        // The totals are the two sides' totals added, not a new pass over the rows.
        SortedMap<CurrencyUnit, AgingAmounts> sums = new TreeMap<>(totals);
        for (AgingAmounts a : other.totals.values()) {
            AgingAmounts previous = sums.get(a.getCurrency());
            sums.put(a.getCurrency(), previous == null ? a : previous.plus(a, "portfolio total"));
        }
        return new AgingReport(asOf, options, Tally.merge(rows, other.rows), Collections.unmodifiableSortedMap(sums));
    }

    private boolean isNetted() {
        return options.getCreditPresentation() == CreditPresentation.NET_INTO_CURRENT;
    }

    /**
     * Checks whether another object is a report of the same date and options with the same rows.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof AgingReport)) {
            return false;
        }
        AgingReport o = (AgingReport) obj;
        return asOf.equals(o.asOf) && options.equals(o.options) && rows.sameRows(o.rows);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(asOf, options) * 31 + rows.rowsHash();
    }

    /**
     * Returns a summary, such as {@code "AgingReport[asOf=2024-03-31, lines=12, totals={EUR=...}]"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "AgingReport[asOf=" + asOf + ", lines=" + rows.size + ", totals=" + totals.values() + "]";
    }

    /**
     * Builds an {@link AgingReport} one item and credit at a time. Each add is checked before it
     * changes anything, so a refused input leaves the builder as it was.
     *
     * <p>This class is <em>not</em> thread-safe: use one builder per thread and
     * {@linkplain AgingReport#merge(AgingReport) merge} the reports.
     */
    public static final class Builder {

        private static final long MIN_EPOCH_DAY = LocalDate.MIN.toEpochDay();
        private static final long MAX_EPOCH_DAY = LocalDate.MAX.toEpochDay();

        private final LocalDate asOf;
        private final long asOfDay;
        private final AgingOptions options;
        private final AgingBuckets buckets;
        private final boolean dueBasis;
        /**
         * The rows whose keys came in ascending order (the usual case: ledgers and bulk columns deliver
         * customers in id order), sorted; a key that comes later than a greater one and is not yet in
         * {@code sorted} gets a row in {@code late}, found through {@code lateIndex}, and is merged in by
         * {@link #build()}. Consecutive adds to the same key go straight to {@code lastRow}.
         */
        private Tally sorted;
        private Tally late;
        /** Whether the last report built shares {@code sorted}: copied before the next change. */
        private boolean shared;
        private final Map<CustomerId, Map<CurrencyUnit, Integer>> lateIndex = new HashMap<>();
        private CustomerId lastCustomer;
        private CurrencyUnit lastCurrency;
        private Tally lastTable;
        private int lastRow = -1;
        /** The bucket of each age, made on first use by addColumns. */
        private AgeTable ageTable;

        Builder(LocalDate asOf, AgingOptions options) {
            this.asOf = asOf;
            this.asOfDay = asOf.toEpochDay();
            this.options = options;
            this.buckets = options.getBuckets();
            this.dueBasis = options.getBasis() == AgingBasis.DUE_DATE;
            this.sorted = new Tally(buckets.size(), 64);
            this.late = new Tally(buckets.size(), 4);
        }

        /**
         * Ages one open item into its bucket.
         *
         * @param item the item as of the as-of date, not issued after it, not null
         * @return this builder
         * @throws NullPointerException if item is null
         * @throws IllegalArgumentException if the item was issued after the as-of date, or a sum overflows
         */
        public Builder addItem(OpenItem item) {
            Objects.requireNonNull(item, "item");
            checkIssued(item);
            long minor = minor(item.getOpenAmount(), item.getRef());
            long age = asOfDay - (dueBasis ? item.getDueDate() : item.getIssueDate()).toEpochDay();
            int bucket = buckets.indexOf(age);
            int row = row(item.getCustomerId(), item.getCurrency());
            lastTable.addItem(row, bucket, minor, item.isDisputed());
            return this;
        }

        /**
         * Ages one open item given as plain values, the bulk form for columnar or streamed data: no
         * {@link OpenItem} or {@link Money} is created, so aging millions of rows allocates almost
         * nothing per row. Gives the same report as {@link #addItem(OpenItem)} of the equivalent item.
         *
         * <pre>
         *   builder.addItem(customerId, CurrencyUnit.EUR,
         *       LocalDate.parse("2024-01-01").toEpochDay(), LocalDate.parse("2024-01-31").toEpochDay(),
         *       100_000L, false);   // EUR 1,000.00 open, due 2024-01-31
         * </pre>
         *
         * @param customerId the customer, not null
         * @param currency the currency of the open amount, not null
         * @param issueEpochDay the issue date as {@link LocalDate#toEpochDay()}, not after the as-of date
         * @param dueEpochDay the due date as {@link LocalDate#toEpochDay()}, not before the issue date
         * @param openMinor the open amount in the currency's minor units, positive
         * @param disputed whether the item is disputed
         * @return this builder
         * @throws NullPointerException if customerId or currency is null
         * @throws IllegalArgumentException if openMinor is not positive, the due day is before the issue day,
         *         the issue day is after the as-of date, or a sum overflows
         */
        public Builder addItem(CustomerId customerId, CurrencyUnit currency, long issueEpochDay, long dueEpochDay,
                long openMinor, boolean disputed) {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(currency, "currency");
            if (openMinor <= 0) {
                throw new IllegalArgumentException("openMinor must be positive: " + openMinor + " for customer " + customerId);
            }
            if (issueEpochDay < MIN_EPOCH_DAY || dueEpochDay > MAX_EPOCH_DAY) {
                throw new IllegalArgumentException("issueEpochDay " + issueEpochDay + " and dueEpochDay " + dueEpochDay
                        + " must be within the epoch days of LocalDate.MIN and LocalDate.MAX for customer " + customerId);
            }
            if (dueEpochDay < issueEpochDay) {
                throw new IllegalArgumentException("dueEpochDay " + dueEpochDay + " is before issueEpochDay " + issueEpochDay
                        + " for customer " + customerId);
            }
            if (issueEpochDay > asOfDay) {
                throw new IllegalArgumentException("issueEpochDay " + issueEpochDay + " is after asOf " + asOf
                        + " (epoch day " + asOfDay + ") for customer " + customerId);
            }
            int bucket = buckets.indexOf(asOfDay - (dueBasis ? dueEpochDay : issueEpochDay));
            int row = row(customerId, currency);
            lastTable.addItem(row, bucket, openMinor, disputed);
            return this;
        }

        /**
         * Adds the pre-aggregated sums of one customer's open items in one currency, the form a bulk or
         * database aggregation produces: per bucket the open amount in minor units and the number of items,
         * and the disputed part. Gives the same report as adding each of those items one at a time; sums
         * whose counts are all zero add nothing (no row appears). The arrays are read, not kept.
         *
         * <pre>
         *   // customer C-1, EUR: 2 items current (EUR 300.00), 1 item 31-60 days (EUR 50.00, disputed)
         *   builder.addSums(CustomerId.of("C-1"), CurrencyUnit.EUR,
         *       new long[] {30_000, 0, 5_000, 0, 0, 0}, new long[] {2, 0, 1, 0, 0, 0}, 5_000, 1);
         * </pre>
         *
         * @param customerId the customer, not null
         * @param currency the currency of the amounts, not null
         * @param bucketMinor the open amount per bucket in minor units, one per bucket, each zero or more, not null
         * @param bucketCounts the number of items per bucket, one per bucket, each zero or more, zero exactly
         *        where the amount is zero, not null
         * @param disputedMinor the disputed part of the amounts in minor units, zero to their sum
         * @param disputedCount the number of disputed items, zero to the number of items, zero exactly where
         *        disputedMinor is zero
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if an array's length is not the number of buckets, a value is
         *         negative or inconsistent as described (the message names it), or a sum overflows
         */
        public Builder addSums(CustomerId customerId, CurrencyUnit currency, long[] bucketMinor, long[] bucketCounts,
                long disputedMinor, long disputedCount) {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(currency, "currency");
            Objects.requireNonNull(bucketMinor, "bucketMinor");
            Objects.requireNonNull(bucketCounts, "bucketCounts");
            int n = buckets.size();
            if (bucketMinor.length != n || bucketCounts.length != n) {
                throw new IllegalArgumentException("bucketMinor length " + bucketMinor.length + " and bucketCounts length "
                        + bucketCounts.length + " must both be the number of buckets " + n + " for customer " + customerId);
            }
            long totalMinor = 0;
            long totalCount = 0;
            for (int i = 0; i < n; i++) {
                long m = bucketMinor[i];
                long c = bucketCounts[i];
                if (m < 0 || c < 0 || (m == 0) != (c == 0)) {
                    throw new IllegalArgumentException("bucketMinor[" + i + "] " + m + " and bucketCounts[" + i + "] " + c
                            + " must be zero or more and zero together for customer " + customerId);
                }
                try {
                    totalMinor = Math.addExact(totalMinor, m);
                    totalCount = Math.addExact(totalCount, c);
                } catch (ArithmeticException ex) {
                    throw new IllegalArgumentException("amount overflow: the sums of customer " + customerId + " in "
                            + currency + " exceed " + Long.MAX_VALUE + " minor units", ex);
                }
            }
            if (disputedMinor < 0 || disputedMinor > totalMinor || disputedCount < 0 || disputedCount > totalCount
                    || (disputedMinor == 0) != (disputedCount == 0)) {
                throw new IllegalArgumentException("disputedMinor " + disputedMinor + " and disputedCount " + disputedCount
                        + " must be zero together or within the sums " + totalMinor + " and counts " + totalCount
                        + " of customer " + customerId);
            }
            if (totalCount == 0) {
                return this;
            }
            int row = row(customerId, currency);
            lastTable.addSums(row, bucketMinor, bucketCounts, disputedMinor, disputedCount);
            return this;
        }

        /**
         * Ages open items; every item is checked before any is added.
         * The iterable is read twice, once to check and once to add.
         *
         * @param items the items, not null and holding no null
         * @return this builder
         * @throws NullPointerException if items is null or holds null
         * @throws IllegalArgumentException if an item was issued after the as-of date, or a sum overflows
         *         (in which case the items before the overflowing one were added)
         */
        public Builder addItems(Iterable<OpenItem> items) {
            return checkThenAdd(items, "items", this::checkIssued, this::addItem);
        }

        /**
         * Ages open items held as columns ({@link OpenItemColumns}), customer by customer in id order: the
         * same report as adding the equivalent items one at a time, read straight from the columns' minor
         * units and epoch days, with no object per item. Every item is checked before any is added.
         *
         * <pre>
         *   builder.addColumns(OpenItemColumns.of(openItems));   // the same as builder.addItems(openItems)
         * </pre>
         *
         * @param columns the open items, none issued after the as-of date, not null
         * @return this builder
         * @throws NullPointerException if columns is null
         * @throws IllegalArgumentException if an item was issued after the as-of date, or a sum overflows
         *         (in which case the items before the overflowing one were added)
         */
        public Builder addColumns(OpenItemColumns columns) {
            Objects.requireNonNull(columns, "columns");
            AgeTable.requireIssuedBy(columns, asOf);
            if (ageTable == null) {
                ageTable = AgeTable.of(buckets);
            }
            int customers = columns.customerCount();
            for (int k = 0; k < customers; k++) {
                int c = columns.customerInIdOrder(k);
                CustomerId id = columns.getCustomerId(c);
                int end = columns.customerStart(c + 1);
                for (int i = columns.customerStart(c); i < end; i++) {
                    int row = row(id, columns.getCurrency(columns.currencyIndex(i)));
                    long age = asOfDay - (dueBasis ? columns.dueEpochDay(i) : columns.issueEpochDay(i));
                    lastTable.addItem(row, ageTable.bucketOf(age), columns.openMinor(i), columns.isDisputed(i));
                }
            }
            return this;
        }

        /**
         * Ages a customer ledger's view of the as-of date: its open items (open amount, own due date,
         * dispute flag) into the buckets, and the unapplied rest of each payment
         * ({@link CreditKind#UNAPPLIED_PAYMENT}) and credit note ({@link CreditKind#CREDIT_NOTE}) into the
         * credits. Reversed payments and fully applied or refunded sources add nothing.
         *
         * @param view the view, as of the builder's as-of date, not null
         * @return this builder
         * @throws NullPointerException if view is null
         * @throws IllegalArgumentException if the view is as of another date, or a sum overflows
         */
        public Builder addView(LedgerView view) {
            Objects.requireNonNull(view, "view");
            if (!view.getAsOf().equals(asOf)) {
                throw new IllegalArgumentException("asOf " + view.getAsOf() + " of the view of customer "
                        + view.getCustomerId() + " differs from asOf " + asOf + " of the report");
            }
            OpenItemColumns columns;
            try {
                columns = view.getOpenItemColumns();
            } catch (IllegalArgumentException ex) {
                columns = null; // items that do not fit the columns (beyond a long of minor units): one by one
            }
            if (columns != null) {
                addColumns(columns);
            } else {
                addItems(view.getOpenItems());
            }
            for (SourceBalance source : view.getSources()) {
                Money unapplied = source.getUnapplied();
                if (unapplied.isPositive()) {
                    addCredit(OpenCredit.builder()
                            .customerId(view.getCustomerId())
                            .kind(source.getSource().isPayment() ? CreditKind.UNAPPLIED_PAYMENT : CreditKind.CREDIT_NOTE)
                            .date(source.getDate())
                            .amount(unapplied)
                            .build());
                }
            }
            return this;
        }

        /**
         * Adds one credit to its customer's credits column.
         *
         * @param credit the credit, not dated after the as-of date, not null
         * @return this builder
         * @throws NullPointerException if credit is null
         * @throws IllegalArgumentException if the credit is dated after the as-of date, or a sum overflows
         */
        public Builder addCredit(OpenCredit credit) {
            Objects.requireNonNull(credit, "credit");
            checkDated(credit);
            long minor = minor(credit.getAmount(), credit.getKind() + " credit");
            int row = row(credit.getCustomerId(), credit.getCurrency());
            lastTable.addCredit(row, minor);
            return this;
        }

        /**
         * Adds credits; every credit is checked before any is added.
         * The iterable is read twice, once to check and once to add.
         *
         * @param credits the credits, not null and holding no null
         * @return this builder
         * @throws NullPointerException if credits is null or holds null
         * @throws IllegalArgumentException if a credit is dated after the as-of date, or a sum overflows
         */
        public Builder addCredits(Iterable<OpenCredit> credits) {
            return checkThenAdd(credits, "credits", this::checkDated, this::addCredit);
        }

        /** Checks every element (null named by its index) before adding any: nothing is half-added. */
        private <T> Builder checkThenAdd(Iterable<T> elements, String name, Consumer<T> check, Consumer<T> add) {
            Objects.requireNonNull(elements, name);
            int i = 0;
            for (T element : elements) {
                Objects.requireNonNull(element, name + "[" + i + "]");
                check.accept(element);
                i++;
            }
            for (T element : elements) {
                add.accept(element);
            }
            return this;
        }

        /**
         * Builds the report of everything added so far; the builder may be used further.
         *
         * @return the report, not null
         */
        public AgingReport build() {
            // The report takes the rows as they are; the builder copies them before it changes them again.
            Tally rows = sorted;
            shared = true;
            lastCustomer = null;
            lastCurrency = null;
            lastRow = -1;
            if (late.size > 0) {
                Integer[] order = new Integer[late.size];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (a, b) -> Tally.compareRows(late, a, late, b));
                rows = Tally.merge(rows, late.select(order));
            }
            return new AgingReport(asOf, options, rows);
        }

        private void checkIssued(OpenItem item) {
            if (item.getIssueDate().toEpochDay() > asOfDay) {
                throw new IllegalArgumentException("issueDate " + item.getIssueDate() + " of item " + item.getRef()
                        + " is after asOf " + asOf + "; age the open items as of the date");
            }
        }

        private void checkDated(OpenCredit credit) {
            if (credit.getDate().toEpochDay() > asOfDay) {
                throw new IllegalArgumentException("date " + credit.getDate() + " of the " + credit.getKind()
                        + " credit of customer " + credit.getCustomerId() + " is after asOf " + asOf
                        + "; age the credits as of the date");
            }
        }

        /** The amount in minor units; what names the input in the error text, which is only built on overflow. */
        private static long minor(Money amount, Object what) {
            try {
                return amount.getAmountMinorLong();
            } catch (ArithmeticException ex) {
                throw new IllegalArgumentException("amount " + amount + " of " + what
                        + " exceeds the range of a long of minor units", ex);
            }
        }

        /**
         * The row of a key, made (all zero) if new, and {@code lastTable} set to its table. An empty row made
         * here always gets a sum right after (the callers have validated), so no row stays empty.
         */
        private int row(CustomerId customerId, CurrencyUnit currency) {
            if ((customerId == lastCustomer || customerId.equals(lastCustomer))
                    && (currency == lastCurrency || currency.equals(lastCurrency))) {
                return lastRow;
            }
            if (shared) {
                sorted = sorted.copy();
                late = late.copy();
                shared = false;
            }
            Tally table = sorted;
            int row;
            if (sorted.size == 0 || sorted.compareKey(sorted.size - 1, customerId, currency) < 0) {
                row = sorted.append(customerId, currency);
            } else {
                row = sorted.find(customerId, currency);
                if (row < 0) {
                    table = late;
                    Map<CurrencyUnit, Integer> byCurrency = lateIndex.computeIfAbsent(customerId, k -> new HashMap<>(2));
                    Integer known = byCurrency.get(currency);
                    if (known == null) {
                        known = late.append(customerId, currency);
                        byCurrency.put(currency, known);
                    }
                    row = known;
                }
            }
            lastCustomer = customerId;
            lastCurrency = currency;
            lastTable = table;
            lastRow = row;
            return row;
        }
    }
}
