package org.receivables.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.AgingAmounts;
import org.receivables.aging.AgingBuckets;
import org.receivables.aging.AgingLine;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.aging.allowance.Allowance;
import org.receivables.aging.allowance.MonthEndBalances;
import org.receivables.aging.allowance.ProvisionMatrix;
import org.receivables.aging.allowance.RollRateAnalysis;
import org.receivables.aging.allowance.RollRateAveraging;
import org.receivables.aging.metrics.CeiSalesConvention;
import org.receivables.aging.metrics.CollectionEffectiveness;
import org.receivables.aging.metrics.CountbackDays;
import org.receivables.aging.metrics.CountbackResult;
import org.receivables.aging.metrics.DaysSalesOutstanding;
import org.receivables.aging.metrics.LedgerFigures;
import org.receivables.aging.metrics.MeasurementPeriod;
import org.receivables.aging.metrics.MonthlySales;
import org.receivables.aging.metrics.PaymentTiming;
import org.receivables.aging.metrics.PeriodFigures;
import org.receivables.aging.metrics.ReceivablesBasis;
import org.receivables.aging.metrics.ReceivablesTurnover;
import org.receivables.aging.metrics.SettledInvoice;
import org.receivables.aging.metrics.YearBasis;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.AccountTotals;
import org.receivables.core.ledger.AllocationPosted;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.ItemApplication;
import org.receivables.core.ledger.LedgerEvent;
import org.receivables.core.ledger.LedgerView;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.ledger.Statement;
import org.receivables.core.money.Percentage;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningEngine;
import org.receivables.dunning.DunningForecast;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.DunningNotice;
import org.receivables.dunning.DunningProposal;
import org.receivables.dunning.Exclusion;
import org.receivables.dunning.Gate;
import org.receivables.dunning.NextChange;
import org.receivables.dunning.NoticeLine;
import org.receivables.dunning.WorklistEntry;
import org.receivables.dunning.policy.LeveledPolicy;
import org.receivables.dunning.spi.DunningPolicies;
import org.receivables.examples.report.ReportDocument;

/**
 * The content of the demo's receivables report on a portfolio as of a date, computed once and then
 * rendered as text, CSV, JSON or HTML: per currency the aging, the top overdue customers, the
 * metrics, the DSO of the last twelve month-ends and the allowance from roll rates; for the whole
 * portfolio the dunning proposal, forecast, worklist and funnel; and one customer statement.
 *
 * <pre>
 *   PortfolioReport r = PortfolioReport.of("sample", portfolio, LocalDate.of(2024, 12, 31));
 *   r.getCurrencies().get(0).getAging().getTotal();    // EUR 2303331.16, the open EUR balance
 *   r.getStatement().get().getReason();                // why that customer was chosen
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PortfolioReport {

    /** How many customers the top overdue lists and the worklist show. */
    public static final int TOP = 10;
    /** How many months the customer statement covers, ending on the as-of date. */
    public static final int STATEMENT_MONTHS = 3;
    /** How many month-ends the DSO trend covers, ending with the last complete month. */
    public static final int TREND_MONTHS = 12;
    /** How many days the dunning forecast covers, starting the day after the as-of date. */
    public static final int FORECAST_DAYS = 30;
    /** How many months of roll rates are averaged into the provision matrix. */
    public static final int ROLL_RATE_MONTHS = 6;

    /** The dunning policy of the report, in the plain-text form {@link LeveledPolicy#parse(CharSequence)} reads. */
    public static final String POLICY = String.join("\n",
            "policy standard",
            "grace 3 days",
            "interval 7 days",
            "level -3: REMINDER_EMAIL",
            "level 7: REMINDER_EMAIL",
            "level 21: LETTER fee EUR 5.00",
            "level 45: LETTER, PHONE_CALL_TASK fee EUR 15.00",
            "level 90: AGENCY_HANDOFF");

    /** The name of the sample dunning plugin the report runs next to the policy. */
    public static final String PLUGIN = "quiet-season";

    private final String title;
    private final LocalDate asOf;
    private final Periods periods;
    private final int customerCount;
    private final List<CurrencyReport> currencies;
    private final Dunning dunning;
    private final CustomerStatement statement;

    private PortfolioReport(String title, LocalDate asOf, Periods periods, int customerCount,
            List<CurrencyReport> currencies, Dunning dunning, CustomerStatement statement) {
        this.title = title;
        this.asOf = asOf;
        this.periods = periods;
        this.customerCount = customerCount;
        this.currencies = List.copyOf(currencies);
        this.dunning = dunning;
        this.statement = statement;
    }

    /**
     * Computes the report.
     *
     * @param title what the portfolio is called in the report, not null
     * @param portfolio the portfolio, not null
     * @param asOf the as-of date, not null
     * @return the report
     * @throws NullPointerException if an argument is null
     */
    public static PortfolioReport of(String title, Portfolio portfolio, LocalDate asOf) {
        return of(title, portfolio, asOf, null);
    }

    /**
     * Computes the report, printing a progress line on a stream at most every few seconds while the
     * long steps run (replaying the ledgers to each date the report reads, the dunning runs and the
     * forecast); a large portfolio takes minutes, a small one prints nothing.
     *
     * @param title what the portfolio is called in the report, not null
     * @param portfolio the portfolio, not null
     * @param asOf the as-of date, not null
     * @param progress where to print progress lines, null for none
     * @return the report
     * @throws NullPointerException if title, portfolio or asOf is null
     */
    public static PortfolioReport of(String title, Portfolio portfolio, LocalDate asOf, PrintStream progress) {
        return of(title, portfolio, asOf, progress, PROGRESS_EVERY_MILLIS);
    }

    /** The least time between two progress lines. */
    static final long PROGRESS_EVERY_MILLIS = 3_000;

    static PortfolioReport of(String title, Portfolio portfolio, LocalDate asOf, PrintStream progress,
            long everyMillis) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(asOf, "asOf");
        Periods periods = new Periods(asOf);
        Progress lines = new Progress(progress, everyMillis);
        Pass pass = Pass.run(portfolio, asOf, periods, lines);
        List<MonthEnd> monthEnds = new ArrayList<>();
        for (YearMonth m = periods.trendFirst; !m.isAfter(periods.lastMonth); m = m.plusMonths(1)) {
            monthEnds.add(pass.monthEnds.get(m.atEndOfMonth()));
        }
        AgingReport aging = pass.aging;
        List<CurrencyReport> currencies = new ArrayList<>();
        for (Map.Entry<CurrencyUnit, Integer> e : pass.customersByCurrency.entrySet()) {
            currencies.add(CurrencyReport.of(portfolio, aging, monthEnds, pass, periods, e.getKey(), e.getValue()));
        }
        Dunning dunning = null;
        if (!currencies.isEmpty()) {
            lines.force(() -> "dunning proposal, plugin, " + FORECAST_DAYS + "-day forecast and worklist");
            dunning = Dunning.of(pass.engine, pass.since, pass.history, pass.accounts, asOf);
        }
        CustomerStatement statement = CustomerStatement.choose(portfolio, asOf, currencies);
        return new PortfolioReport(title, asOf, periods, portfolio.size(), currencies, dunning, statement);
    }

    /**
     * What the report reads of the aging at a month-end, for each currency: the bucket balances of the
     * roll rates and the open-item total of the DSO trend. Keeping these instead of the agings keeps a
     * customer line per month-end off the heap.
     */
    static final class MonthEnd {
        private final AgingReport empty;
        private final Map<CurrencyUnit, MonthEndBalances> balances = new HashMap<>();
        private final Map<CurrencyUnit, Money> openItems = new HashMap<>();

        MonthEnd(AgingReport report) {
            empty = AgingReport.empty(report.getAsOf(), report.getOptions());
            for (CurrencyUnit currency : report.getCurrencies()) {
                balances.put(currency, MonthEndBalances.from(report, currency));
                openItems.put(currency, report.getTotals(currency).getOpenItemTotal());
            }
        }

        MonthEndBalances balances(CurrencyUnit currency) {
            MonthEndBalances b = balances.get(currency);
            return b != null ? b : MonthEndBalances.from(empty, currency);
        }

        Money openItemTotal(CurrencyUnit currency) {
            Money total = openItems.get(currency);
            return total != null ? total : empty.getTotals(currency).getOpenItemTotal();
        }
    }

    /** Prints a progress line at most every so often; prints nothing without a stream. */
    private static final class Progress {
        private final PrintStream out;
        private final long everyNanos;
        private long last = System.nanoTime();

        Progress(PrintStream out, long everyMillis) {
            this.out = out;
            this.everyNanos = everyMillis * 1_000_000L;
        }

        void report(Supplier<String> line) {
            if (out != null && System.nanoTime() - last >= everyNanos) {
                force(line);
            }
        }

        void force(Supplier<String> line) {
            if (out != null && System.nanoTime() - last >= everyNanos) {
                out.println("report: " + line.get());
                last = System.nanoTime();
            }
        }
    }

    /**
     * One pass over the dates the report reads, in ascending order so each ledger's replay resumes
     * where the previous date left it: at each date every ledger's view is made once and fed to what
     * needs it (the aging at the month-ends and the as-of date, the receivables at the month-ends, the
     * weekly dunning runs), then dropped, so at most one date's views are held at a time.
     */
    static final class Pass {
        /** What the report reads of the aging at each month-end of the trend; the agings themselves are dropped. */
        final SortedMap<LocalDate, MonthEnd> monthEnds = new TreeMap<>();
        /** The aging as of the as-of date. */
        AgingReport aging;
        /** The open items by currency at each month-end, as ledger totals. */
        final Map<LocalDate, Map<CurrencyUnit, Money>> receivables = new HashMap<>();
        /** The open items not past due at the last month-end, by currency. */
        final Map<CurrencyUnit, Money> current = new HashMap<>();
        final SortedMap<CurrencyUnit, Integer> customersByCurrency = new TreeMap<>();
        /** The settled invoices as of the as-of date by currency, in ledger and event order. */
        final Map<CurrencyUnit, List<SettledInvoice>> settled = new HashMap<>();
        DunningEngine engine;
        LocalDate since;
        DunningHistory history = DunningHistory.empty();
        List<DunningAccount> accounts;

        static Pass run(Portfolio portfolio, LocalDate asOf, Periods p, Progress progress) {
            Pass pass = new Pass();
            pass.engine = DunningEngine.builder().policy(LeveledPolicy.parse(POLICY)).build();
            // the runs a user would have executed: every Monday of the twelve weeks before the as-of date
            pass.since = asOf.minusWeeks(12).with(DayOfWeek.MONDAY);
            SortedSet<LocalDate> runs = new TreeSet<>();
            for (LocalDate run = pass.since; run.isBefore(asOf); run = run.plusWeeks(1)) {
                runs.add(run);
            }
            SortedSet<LocalDate> agingDates = new TreeSet<>();
            for (YearMonth m = p.trendFirst; !m.isAfter(p.lastMonth); m = m.plusMonths(1)) {
                agingDates.add(m.atEndOfMonth());
            }
            agingDates.add(asOf);
            SortedSet<LocalDate> monthEnds = new TreeSet<>();
            YearMonth first = p.trendFirst.isBefore(p.firstOfYear) ? p.trendFirst : p.firstOfYear;
            for (YearMonth m = first.minusMonths(1); !m.isAfter(p.lastMonth); m = m.plusMonths(1)) {
                monthEnds.add(m.atEndOfMonth());
            }
            LocalDate lastMonthEnd = p.lastMonth.atEndOfMonth();
            SortedSet<LocalDate> dates = new TreeSet<>();
            dates.addAll(runs);
            dates.addAll(agingDates);
            dates.addAll(monthEnds);
            List<CustomerLedger> ledgers = portfolio.getLedgers();
            int index = 0;
            for (LocalDate date : dates) {
                index++;
                boolean aged = agingDates.contains(date);
                boolean monthEnd = monthEnds.contains(date);
                boolean run = runs.contains(date);
                boolean last = date.equals(asOf);
                AgingReport.Builder aging = aged ? AgingReport.builder(date, AgingOptions.defaults()) : null;
                Map<CurrencyUnit, Money> open = monthEnd ? new HashMap<>() : null;
                List<DunningAccount> accounts = run || last ? new ArrayList<>(ledgers.size()) : null;
                int done = 0;
                for (CustomerLedger ledger : ledgers) {
                    LedgerView view = ledger.asOf(date);
                    if (aging != null) {
                        aging.addView(view);
                    }
                    if (open != null) {
                        for (AccountTotals totals : view.getTotals()) {
                            open.merge(totals.getCurrency(), totals.getOpenItems(), (x, y) -> x.plus(y));
                        }
                    }
                    if (date.equals(lastMonthEnd)) {
                        for (OpenItem item : view.getOpenItems()) {
                            if (item.daysPastDue(date) <= 0) {
                                pass.current.merge(item.getOpenAmount().getCurrencyUnit(), item.getOpenAmount(),
                                        (x, y) -> x.plus(y));
                            }
                        }
                    }
                    if (accounts != null) {
                        accounts.add(DunningAccount.builder().customerId(view.getCustomerId())
                                .kind(CustomerKind.BUSINESS).addAllOpenItems(view.getOpenItems()).build());
                    }
                    if (last) {
                        for (CurrencyUnit currency : view.getCurrencies()) {
                            pass.customersByCurrency.merge(currency, 1, Integer::sum);
                        }
                        settle(ledger, view, pass.settled);
                    }
                    done++;
                    int n = index;
                    int d = done;
                    progress.report(() -> String.format(Locale.ROOT,
                            "ledgers as of %s (date %d of %d): %,d of %,d customers", date, n, dates.size(), d,
                            ledgers.size()));
                }
                if (aging != null) {
                    AgingReport built = aging.build();
                    if (last) {
                        pass.aging = built;
                    }
                    if (!last || date.equals(lastMonthEnd)) {
                        pass.monthEnds.put(date, new MonthEnd(built));
                    }
                }
                if (open != null) {
                    pass.receivables.put(date, open);
                }
                if (run) {
                    pass.history = pass.history.plus(
                            pass.engine.propose(accounts, pass.history, List.of(), date).toRecords());
                    int n = runs.headSet(date).size() + 1;
                    progress.report(() -> "dunning run of " + date + " (" + n + " of " + runs.size() + ")");
                }
                if (last) {
                    pass.accounts = accounts;
                }
            }
            return pass;
        }

        /**
         * Adds a ledger's settled invoices as of its view's date to the lists by currency (also used by
         * {@link AgingDemo#settledInvoices}): invoices issued by then whose instalments are all paid,
         * with the date of the last payment applied to them.
         */
        static void settle(CustomerLedger ledger, LedgerView view,
                Map<CurrencyUnit, List<SettledInvoice>> settled) {
            LocalDate asOf = view.getAsOf();
            Set<InvoiceId> open = new HashSet<>();
            for (OpenItem item : view.getOpenItems()) {
                if (item.getRef().isInstalment()) {
                    open.add(item.getRef().getInvoiceId());
                }
            }
            Map<InvoiceId, LocalDate> paid = new HashMap<>();
            for (LedgerEvent e : ledger.getEvents()) {
                if (e instanceof AllocationPosted && !e.getDate().isAfter(asOf)
                        && ((AllocationPosted) e).getSource().isPayment()) {
                    for (ItemApplication a : ((AllocationPosted) e).getApplications()) {
                        if (a.getItem().isInstalment()) {
                            paid.merge(a.getItem().getInvoiceId(), e.getDate(), (x, y) -> x.isAfter(y) ? x : y);
                        }
                    }
                }
            }
            for (LedgerEvent e : ledger.getEvents()) {
                if (e instanceof InvoiceIssued) {
                    InvoiceIssued inv = (InvoiceIssued) e;
                    LocalDate paidDate = paid.get(inv.getInvoiceId());
                    if (paidDate != null && !open.contains(inv.getInvoiceId()) && !inv.getIssueDate().isAfter(asOf)) {
                        settled.computeIfAbsent(inv.getCurrency(), c -> new ArrayList<>()).add(SettledInvoice.of(
                                inv.getIssueDate(), inv.getSchedule().getFinalDueDate(), paidDate, inv.getTotal()));
                    }
                }
            }
        }

        /** The open items in a currency at a month-end. */
        Money receivables(LocalDate monthEnd, CurrencyUnit currency) {
            return receivables.get(monthEnd).getOrDefault(currency, Money.zero(currency));
        }
    }

    /**
     * Turns the report into a format-neutral document (sections of tables, notes and charts) that the
     * renderers of {@link org.receivables.examples.report.ReportFormat} write as text, CSV, JSON or
     * HTML. Its charts: the aging by bucket (BAR), the DSO at each month-end (LINE) and the dunning
     * funnel (FUNNEL).
     *
     * @return the document
     */
    public ReportDocument toDocument() {
        return PortfolioDocument.of(this);
    }

    /** The line that set a notice's level: the highest rising line, else the highest line. */
    static NoticeLine reason(DunningNotice notice) {
        NoticeLine why = notice.getLines().get(0);
        for (NoticeLine line : notice.getLines()) {
            if (line.isRising() && (!why.isRising() || line.getLevel() > why.getLevel())
                    || !why.isRising() && line.getLevel() > why.getLevel()) {
                why = line;
            }
        }
        return why;
    }

    /**
     * Gets what the portfolio is called.
     *
     * @return the title
     */
    public String getTitle() {
        return title;
    }

    /**
     * Gets the as-of date.
     *
     * @return the date
     */
    public LocalDate getAsOf() {
        return asOf;
    }

    /**
     * Gets the number of customers in the portfolio, with or without documents.
     *
     * @return the count
     */
    public int getCustomerCount() {
        return customerCount;
    }

    /**
     * Gets the label of the quarter the metrics measure unless they say otherwise, such as "Q4 2024".
     *
     * @return the label
     */
    public String getQuarterLabel() {
        return periods.quarterLabel;
    }

    /**
     * Gets the label of the twelve months the yearly metrics measure, such as "2024".
     *
     * @return the label
     */
    public String getYearLabel() {
        return periods.yearLabel;
    }

    /**
     * Gets the per-currency parts of the report, in currency-code order.
     *
     * @return the parts, empty if nothing is dated on or before the as-of date
     */
    public List<CurrencyReport> getCurrencies() {
        return currencies;
    }

    /**
     * Gets the dunning part of the report.
     *
     * @return the dunning part, empty if nothing is dated on or before the as-of date
     */
    public Optional<Dunning> getDunning() {
        return Optional.ofNullable(dunning);
    }

    /**
     * Gets the customer statement of the report.
     *
     * @return the statement, empty if no customer has anything overdue
     */
    public Optional<CustomerStatement> getStatement() {
        return Optional.ofNullable(statement);
    }

    /** The measurement periods that follow from the as-of date. */
    static final class Periods {
        final YearMonth lastMonth;
        final YearMonth firstOfYear;
        final YearMonth firstOfQuarter;
        final YearMonth trendFirst;
        final String quarterLabel;
        final String yearLabel;
        final String monthLabel;

        Periods(LocalDate asOf) {
            lastMonth = asOf.equals(YearMonth.from(asOf).atEndOfMonth())
                    ? YearMonth.from(asOf) : YearMonth.from(asOf).minusMonths(1);
            firstOfYear = lastMonth.minusMonths(11);
            firstOfQuarter = lastMonth.minusMonths(2);
            trendFirst = lastMonth.minusMonths(TREND_MONTHS - 1);
            yearLabel = lastMonth.getMonthValue() == 12 ? String.valueOf(lastMonth.getYear())
                    : firstOfYear + " to " + lastMonth;
            quarterLabel = lastMonth.getMonthValue() % 3 == 0
                    ? "Q" + lastMonth.getMonthValue() / 3 + " " + lastMonth.getYear()
                    : firstOfQuarter + " to " + lastMonth;
            String monthName = lastMonth.getMonth().name();
            monthLabel = monthName.charAt(0) + monthName.substring(1).toLowerCase(Locale.ROOT) + " "
                    + lastMonth.getYear();
        }
    }

    /**
     * One metric of the report: a name, a unit, and a value or the reason it is undefined.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Metric {
        private final String name;
        private final String unit;
        private final BigDecimal value;
        private final String note;

        private Metric(String name, String unit, BigDecimal value, String note) {
            this.name = name;
            this.unit = unit;
            this.value = value;
            this.note = note;
        }

        static Metric of(String name, String unit, Supplier<BigDecimal> value) {
            try {
                return new Metric(name, unit, value.get(), null);
            } catch (IllegalArgumentException ex) {
                return new Metric(name, unit, null, ex.getMessage());
            }
        }

        static Metric explained(String name, String unit, String note) {
            return new Metric(name, unit, null, note);
        }

        /**
         * Gets the name, with its period when it differs from the report's quarter.
         *
         * @return the name
         */
        public String getName() {
            return name;
        }

        /**
         * Gets the unit: "days", "%" or "times".
         *
         * @return the unit
         */
        public String getUnit() {
            return unit;
        }

        /**
         * Gets the value.
         *
         * @return the value, empty when the data leave the metric undefined (see {@link #getNote()})
         */
        public Optional<BigDecimal> getValue() {
            return Optional.ofNullable(value);
        }

        /**
         * Gets why the metric is undefined.
         *
         * @return the reason, empty when there is a value
         */
        public Optional<String> getNote() {
            return Optional.ofNullable(note);
        }
    }

    /**
     * One bucket of the allowance: its roll rate, its loss rate, the balance in it and the allowance on it.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class AllowanceRow {
        private final String bucket;
        private final Percentage rollRate;
        private final Percentage lossRate;
        private final Money balance;
        private final Money allowance;

        AllowanceRow(String bucket, Percentage rollRate, Percentage lossRate, Money balance, Money allowance) {
            this.bucket = bucket;
            this.rollRate = rollRate;
            this.lossRate = lossRate;
            this.balance = balance;
            this.allowance = allowance;
        }

        /**
         * Gets the bucket's label.
         *
         * @return the label
         */
        public String getBucket() {
            return bucket;
        }

        /**
         * Gets the share of the bucket's balance that rolled into the next bucket a month later.
         *
         * @return the roll rate, empty for the last bucket (it rolls nowhere)
         */
        public Optional<Percentage> getRollRate() {
            return Optional.ofNullable(rollRate);
        }

        /**
         * Gets the expected loss rate of the bucket: its roll rates chained to the last bucket.
         *
         * @return the loss rate
         */
        public Percentage getLossRate() {
            return lossRate;
        }

        /**
         * Gets the open balance in the bucket on the as-of date.
         *
         * @return the balance
         */
        public Money getBalance() {
            return balance;
        }

        /**
         * Gets the allowance on the bucket: its balance times its loss rate.
         *
         * @return the allowance
         */
        public Money getAllowance() {
            return allowance;
        }
    }

    /**
     * The report's part for one currency.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class CurrencyReport {
        private final CurrencyUnit currency;
        private final int customerCount;
        private final AgingAmounts aging;
        private final List<AgingLine> topOverdue;
        private final List<Metric> metrics;
        private final SortedMap<YearMonth, Optional<BigDecimal>> dsoTrend;
        private final List<AllowanceRow> allowance;
        private final Money allowanceTotal;
        private final String allowanceNote;

        private CurrencyReport(CurrencyUnit currency, int customerCount, AgingAmounts aging, List<AgingLine> topOverdue,
                List<Metric> metrics, SortedMap<YearMonth, Optional<BigDecimal>> dsoTrend, List<AllowanceRow> allowance,
                Money allowanceTotal, String allowanceNote) {
            this.currency = currency;
            this.customerCount = customerCount;
            this.aging = aging;
            this.topOverdue = List.copyOf(topOverdue);
            this.metrics = List.copyOf(metrics);
            this.dsoTrend = Collections.unmodifiableSortedMap(new TreeMap<>(dsoTrend));
            this.allowance = List.copyOf(allowance);
            this.allowanceTotal = allowanceTotal;
            this.allowanceNote = allowanceNote;
        }

        static CurrencyReport of(Portfolio portfolio, AgingReport aging, List<MonthEnd> monthEnds, Pass pass,
                Periods p, CurrencyUnit currency, int customers) {
            List<CustomerLedger> ledgers = portfolio.getLedgers();
            AgingAmounts totals = aging.getTotals(currency);
            List<SettledInvoice> settled = new ArrayList<>();
            for (SettledInvoice s : pass.settled.getOrDefault(currency, List.of())) {
                YearMonth paid = YearMonth.from(s.getPaidDate());
                if (!paid.isBefore(p.firstOfYear) && !paid.isAfter(p.lastMonth)) {
                    settled.add(s);
                }
            }
            // the figures LedgerFigures.periodFigures would read, from the month-end views of the pass
            SortedMap<YearMonth, Money> yearSales = monthlySales(ledgers, p.firstOfYear, p.lastMonth, currency);
            PeriodFigures quarter = figures(pass, yearSales, p.firstOfQuarter, p.lastMonth, currency);
            PeriodFigures year = figures(pass, yearSales, p.firstOfYear, p.lastMonth, currency);
            PeriodFigures month = figures(pass, yearSales, p.lastMonth, p.lastMonth, currency);
            List<MonthlySales> history = LedgerFigures.monthlySales(ledgers, p.firstOfYear, p.lastMonth, currency);
            CountbackResult countback = DaysSalesOutstanding.countback(quarter.getEndingReceivables(), history,
                    CountbackDays.ACTUAL_DAYS);
            CountbackResult bestCountback = DaysSalesOutstanding.countback(
                    quarter.getEndingCurrentReceivables().orElseThrow(), history, CountbackDays.ACTUAL_DAYS);

            List<Metric> metrics = new ArrayList<>();
            metrics.add(Metric.of("DSO, standard (ending receivables)", "days",
                    () -> DaysSalesOutstanding.standard(quarter, ReceivablesBasis.ENDING)));
            metrics.add(countback.isExplained() && countback.getDays().isPresent()
                    ? Metric.of("DSO, countback (actual days)", "days", () -> countback.getDays().orElseThrow())
                    : Metric.explained("DSO, countback (actual days)", "days", countback.getExplanation()));
            metrics.add(Metric.of("Best possible DSO", "days", () -> DaysSalesOutstanding.bestPossible(quarter)));
            metrics.add(Metric.of("Average days delinquent (DSO - best possible)", "days",
                    () -> DaysSalesOutstanding.averageDaysDelinquent(quarter)));
            if (countback.isExplained() && bestCountback.isExplained()) {
                metrics.add(Metric.of("Average days delinquent, countback", "days",
                        () -> DaysSalesOutstanding.averageDaysDelinquent(countback, bestCountback)));
            }
            metrics.add(Metric.of("Collection effectiveness index, " + p.monthLabel, "%",
                    () -> CollectionEffectiveness.index(month, CeiSalesConvention.WHOLE_PERIOD_SALES)));
            metrics.add(Metric.of("Receivables turnover, " + p.yearLabel, "times",
                    () -> ReceivablesTurnover.ratio(year)));
            metrics.add(Metric.of("Receivables turnover in days, " + p.yearLabel, "days",
                    () -> ReceivablesTurnover.days(year, YearBasis.DAYS_365)));
            metrics.add(Metric.of("Average days to pay, " + p.yearLabel, "days",
                    () -> PaymentTiming.averageDaysToPay(settled)));
            metrics.add(Metric.of("Average days late, " + p.yearLabel, "days",
                    () -> PaymentTiming.averageDaysLate(settled)));
            metrics.add(Metric.of("Average days late, amount-weighted, " + p.yearLabel, "days",
                    () -> PaymentTiming.weightedAverageDaysLate(settled)));

            // The trend reads the month-end agings already made for the roll rates, and the sales of
            // each month from the invoices, instead of replaying every ledger twice per month-end.
            SortedMap<YearMonth, Money> sales = monthlySales(ledgers, p.trendFirst.minusMonths(2), p.lastMonth, currency);
            SortedMap<YearMonth, Optional<BigDecimal>> trend = new TreeMap<>();
            int index = 0;
            for (YearMonth m = p.trendFirst; !m.isAfter(p.lastMonth); m = m.plusMonths(1)) {
                PeriodFigures q = PeriodFigures.builder()
                        .period(MeasurementPeriod.ofMonths(m.minusMonths(2), m))
                        .creditSales(sales.get(m.minusMonths(2)).plus(sales.get(m.minusMonths(1))).plus(sales.get(m)))
                        .endingReceivables(monthEnds.get(index++).openItemTotal(currency))
                        .build();
                trend.put(m, Metric.of("", "days", () -> DaysSalesOutstanding.standard(q, ReceivablesBasis.ENDING))
                        .getValue());
            }

            List<AllowanceRow> rows = new ArrayList<>();
            Money allowanceTotal = null;
            String note = null;
            try {
                List<MonthEndBalances> series = new ArrayList<>();
                for (MonthEnd monthEnd : monthEnds.subList(monthEnds.size() - 12, monthEnds.size())) {
                    series.add(monthEnd.balances(currency));
                }
                RollRateAnalysis rolls = RollRateAnalysis.of(series, ROLL_RATE_MONTHS, RollRateAveraging.BALANCE_WEIGHTED);
                ProvisionMatrix matrix = rolls.toProvisionMatrix();
                Allowance allowance = matrix.allowanceFor(aging);
                AgingBuckets buckets = aging.getBuckets();
                for (int i = 0; i < buckets.size(); i++) {
                    rows.add(new AllowanceRow(buckets.get(i).getLabel(),
                            i < rolls.getRollRates().size() ? rolls.getRollRates().get(i) : null,
                            matrix.getDefaultRates().get(i), allowance.getGrossAmounts(currency).get(i),
                            allowance.getAmounts(currency).get(i)));
                }
                allowanceTotal = allowance.getTotal(currency);
            } catch (IllegalArgumentException ex) {
                // user data with too little history: say why instead of failing the whole report
                note = ex.getMessage();
                rows.clear();
            }
            List<AgingLine> top = aging.getTopOverdue(currency, TOP);
            List<AgingLine> overdue = new ArrayList<>();
            for (AgingLine line : top) {
                if (line.getAmounts().getOverdueAmount().isPositive()) {
                    overdue.add(line);
                }
            }
            return new CurrencyReport(currency, customers, totals, overdue, metrics, trend, rows, allowanceTotal, note);
        }

        /** The figures of the months from first to last, as {@link LedgerFigures#periodFigures} reads them. */
        private static PeriodFigures figures(Pass pass, SortedMap<YearMonth, Money> sales, YearMonth first,
                YearMonth last, CurrencyUnit currency) {
            Money credit = Money.zero(currency);
            for (Money m : sales.subMap(first, last.plusMonths(1)).values()) {
                credit = credit.plus(m);
            }
            return PeriodFigures.builder().period(MeasurementPeriod.ofMonths(first, last)).creditSales(credit)
                    .beginningReceivables(pass.receivables(first.minusMonths(1).atEndOfMonth(), currency))
                    .endingReceivables(pass.receivables(last.atEndOfMonth(), currency))
                    .endingCurrentReceivables(pass.current.getOrDefault(currency, Money.zero(currency))).build();
        }

        /** The credit sales of each month: the invoices issued in it, before credit notes and discounts. */
        private static SortedMap<YearMonth, Money> monthlySales(List<CustomerLedger> ledgers, YearMonth first,
                YearMonth last, CurrencyUnit currency) {
            SortedMap<YearMonth, Money> sales = new TreeMap<>();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                sales.put(m, Money.zero(currency));
            }
            for (CustomerLedger ledger : ledgers) {
                for (LedgerEvent e : ledger.getEvents()) {
                    if (e instanceof InvoiceIssued && ((InvoiceIssued) e).getCurrency().equals(currency)) {
                        sales.computeIfPresent(YearMonth.from(e.getDate()),
                                (m, total) -> total.plus(((InvoiceIssued) e).getTotal()));
                    }
                }
            }
            return sales;
        }

        /**
         * Gets the currency.
         *
         * @return the currency
         */
        public CurrencyUnit getCurrency() {
            return currency;
        }

        /**
         * Gets the number of customers with documents in this currency dated on or before the as-of date.
         *
         * @return the count
         */
        public int getCustomerCount() {
            return customerCount;
        }

        /**
         * Gets the aging of the open items in this currency: counts and amounts by bucket.
         *
         * @return the aging totals
         */
        public AgingAmounts getAging() {
            return aging;
        }

        /**
         * Gets the customers with the largest overdue amounts, largest first, at most {@link PortfolioReport#TOP}
         * (ties by customer id); customers with nothing overdue are left out.
         *
         * @return the lines
         */
        public List<AgingLine> getTopOverdue() {
            return topOverdue;
        }

        /**
         * Gets the metrics, in report order.
         *
         * @return the metrics
         */
        public List<Metric> getMetrics() {
            return metrics;
        }

        /**
         * Gets the standard DSO (ending receivables over the three months' sales, times their days)
         * at each of the last {@link PortfolioReport#TREND_MONTHS} month-ends.
         *
         * @return the DSO by month, empty values where there were no sales
         */
        public SortedMap<YearMonth, Optional<BigDecimal>> getDsoTrend() {
            return dsoTrend;
        }

        /**
         * Gets the allowance by bucket.
         *
         * @return the rows, empty when there is too little history (see {@link #getAllowanceNote()})
         */
        public List<AllowanceRow> getAllowance() {
            return allowance;
        }

        /**
         * Gets the total allowance.
         *
         * @return the total, empty when there is too little history
         */
        public Optional<Money> getAllowanceTotal() {
            return Optional.ofNullable(allowanceTotal);
        }

        /**
         * Gets why there is no allowance.
         *
         * @return the reason, empty when there is one
         */
        public Optional<String> getAllowanceNote() {
            return Optional.ofNullable(allowanceNote);
        }
    }

    /**
     * The customers left out of a dunning run by one gate: how many items and customers, and one example.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class GateSummary {
        private final Gate gate;
        private final int items;
        private final int customers;
        private final Exclusion example;

        GateSummary(Gate gate, int items, int customers, Exclusion example) {
            this.gate = gate;
            this.items = items;
            this.customers = customers;
            this.example = example;
        }

        /**
         * Gets the gate.
         *
         * @return the gate
         */
        public Gate getGate() {
            return gate;
        }

        /**
         * Gets how many exclusions the gate made (items, or whole customers for customer-level gates).
         *
         * @return the count
         */
        public int getExclusions() {
            return items;
        }

        /**
         * Gets how many different customers the gate left out (in part or in whole).
         *
         * @return the count
         */
        public int getCustomers() {
            return customers;
        }

        /**
         * Gets the first exclusion by the gate, as an example.
         *
         * @return the exclusion
         */
        public Exclusion getExample() {
            return example;
        }
    }

    /**
     * The dunning part of the report: the proposal of the as-of date after twelve weeks of weekly
     * runs recorded as executed, the sample plugin's proposal, a forecast, the worklist and the funnel.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Dunning {
        private final LocalDate historySince;
        private final DunningProposal proposal;
        private final List<GateSummary> gates;
        private final DunningProposal plugin;
        private final int pluginCustomersHeld;
        private final DunningForecast forecast;
        private final List<WorklistEntry> worklist;
        private final SortedMap<Integer, Integer> funnel;

        private Dunning(LocalDate historySince, DunningProposal proposal, List<GateSummary> gates,
                DunningProposal plugin, int pluginCustomersHeld, DunningForecast forecast, List<WorklistEntry> worklist,
                SortedMap<Integer, Integer> funnel) {
            this.historySince = historySince;
            this.proposal = proposal;
            this.gates = List.copyOf(gates);
            this.plugin = plugin;
            this.pluginCustomersHeld = pluginCustomersHeld;
            this.forecast = forecast;
            this.worklist = List.copyOf(worklist);
            this.funnel = Collections.unmodifiableSortedMap(new TreeMap<>(funnel));
        }

        static Dunning of(DunningEngine engine, LocalDate since, DunningHistory history,
                List<DunningAccount> accounts, LocalDate asOf) {
            DunningProposal proposal = engine.propose(accounts, history, List.of(), asOf);

            Map<Gate, List<Exclusion>> byGate = new TreeMap<>();
            for (Exclusion exclusion : proposal.getExclusions()) {
                byGate.computeIfAbsent(exclusion.getGate(), g -> new ArrayList<>()).add(exclusion);
            }
            List<GateSummary> gates = new ArrayList<>();
            for (Map.Entry<Gate, List<Exclusion>> e : byGate.entrySet()) {
                gates.add(new GateSummary(e.getKey(), e.getValue().size(), distinctCustomers(e.getValue()),
                        e.getValue().get(0)));
            }

            DunningProposal plugin = DunningEngine.builder().policy(DunningPolicies.byName(PLUGIN)).build()
                    .propose(accounts, history, List.of(), asOf);
            List<Exclusion> held = new ArrayList<>();
            for (Exclusion e : plugin.getExclusions()) {
                if (e.getGate() == Gate.ON_HOLD) {
                    held.add(e);
                }
            }

            DunningHistory after = history.plus(proposal.toRecords());
            DunningForecast forecast = engine.forecast(accounts, after, List.of(), asOf.plusDays(1), FORECAST_DAYS);
            List<WorklistEntry> worklist = engine.worklist(accounts, asOf);

            SortedMap<Integer, Integer> funnel = new TreeMap<>();
            for (int level = 0; level <= LeveledPolicy.parse(POLICY).getLevels().size(); level++) {
                funnel.put(level, 0);
            }
            for (DunningAccount account : accounts) {
                int level = -1;
                for (OpenItem item : account.getOpenItems()) {
                    level = Math.max(level, after.levelOf(item.getRef(), asOf));
                }
                if (level >= 0) {
                    funnel.merge(level, 1, Integer::sum);
                }
            }
            return new Dunning(since, proposal, gates, plugin, held.isEmpty() ? 0 : distinctCustomers(held), forecast,
                    worklist.subList(0, Math.min(TOP, worklist.size())), funnel);
        }

        private static int distinctCustomers(List<Exclusion> exclusions) {
            SortedSet<CustomerId> customers = new TreeSet<>();
            for (Exclusion e : exclusions) {
                customers.add(e.getCustomerId());
            }
            return customers.size();
        }

        /**
         * Gets the date of the first weekly run recorded before the proposal.
         *
         * @return the date, a Monday
         */
        public LocalDate getHistorySince() {
            return historySince;
        }

        /**
         * Gets the proposal of the as-of date under the report's policy.
         *
         * @return the proposal
         */
        public DunningProposal getProposal() {
            return proposal;
        }

        /**
         * Gets what the proposal left out, by gate.
         *
         * @return the summaries, in gate order
         */
        public List<GateSummary> getGates() {
            return gates;
        }

        /**
         * Gets the proposal of the sample plugin found through {@code ServiceLoader}.
         *
         * @return the proposal
         */
        public DunningProposal getPluginProposal() {
            return plugin;
        }

        /**
         * Gets the number of different customers the plugin put on hold.
         *
         * @return the count
         */
        public int getPluginCustomersHeld() {
            return pluginCustomersHeld;
        }

        /**
         * Gets the forecast of the {@link PortfolioReport#FORECAST_DAYS} days after the as-of date, assuming no payment arrives.
         *
         * @return the forecast
         */
        public DunningForecast getForecast() {
            return forecast;
        }

        /**
         * Gets the first {@link PortfolioReport#TOP} entries of the collections worklist, highest score first.
         *
         * @return the entries
         */
        public List<WorklistEntry> getWorklist() {
            return worklist;
        }

        /**
         * Gets the dunning funnel: for each level (0 = never dunned), the number of customers with open
         * items whose highest level on an open item is that level, after the proposal is executed.
         *
         * @return the counts by level, every level of the policy present
         */
        public SortedMap<Integer, Integer> getFunnel() {
            return funnel;
        }

        /**
         * Gets the next change of each customer the proposal foresees, in date order, at most {@link PortfolioReport#TOP}.
         *
         * @return the next changes
         */
        public List<NextChange> getNextChanges() {
            List<NextChange> next = new ArrayList<>(proposal.getNextChanges());
            next.sort(Comparator.comparing(NextChange::getDate).thenComparing(NextChange::getCustomerId));
            return List.copyOf(next.subList(0, Math.min(TOP, next.size())));
        }

        /**
         * Gets the notices of the forecast by day and level.
         *
         * @return for each forecast day, the number of notices at each level
         */
        public SortedMap<LocalDate, SortedMap<Integer, Integer>> getForecastByLevel() {
            SortedMap<LocalDate, SortedMap<Integer, Integer>> days = new TreeMap<>();
            for (DunningProposal day : forecast.getProposals()) {
                SortedMap<Integer, Integer> byLevel = new TreeMap<>();
                for (DunningNotice notice : day.getNotices()) {
                    byLevel.merge(notice.getLevel(), 1, Integer::sum);
                }
                days.put(day.getAsOf(), Collections.unmodifiableSortedMap(byLevel));
            }
            return Collections.unmodifiableSortedMap(days);
        }
    }

    /**
     * The customer statement of the report, with why that customer was chosen.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class CustomerStatement {
        private final Statement statement;
        private final String reason;
        private final Money ledgerBalance;

        private CustomerStatement(Statement statement, String reason, Money ledgerBalance) {
            this.statement = statement;
            this.reason = reason;
            this.ledgerBalance = ledgerBalance;
        }

        /** The top overdue customer of the currency with the most customers, over the last three months. */
        static CustomerStatement choose(Portfolio portfolio, LocalDate asOf, List<CurrencyReport> currencies) {
            CurrencyReport main = null;
            for (CurrencyReport c : currencies) {
                if (!c.getTopOverdue().isEmpty() && (main == null || c.getCustomerCount() > main.getCustomerCount())) {
                    main = c;
                }
            }
            if (main == null) {
                return null;
            }
            AgingLine top = main.getTopOverdue().get(0);
            CustomerLedger ledger = portfolio.getLedger(top.getCustomerId()).orElseThrow();
            LocalDate start = asOf.minusMonths(STATEMENT_MONTHS).plusDays(1);
            Statement statement = ledger.statement(main.getCurrency(), start, asOf);
            String reason = top.getCustomerId() + " has the largest overdue balance in " + main.getCurrency()
                    + " (" + top.getCurrency() + " " + TextReport.amount(top.getAmounts().getOverdueAmount())
                    + "), the currency with the most customers";
            return new CustomerStatement(statement, reason, ledger.asOf(asOf).getBalance(main.getCurrency()));
        }

        /**
         * Gets the statement.
         *
         * @return the statement
         */
        public Statement getStatement() {
            return statement;
        }

        /**
         * Gets why this customer's statement is in the report.
         *
         * @return the reason, one sentence without a full stop
         */
        public String getReason() {
            return reason;
        }

        /**
         * Gets the customer's ledger balance in the statement's currency on its end date, read from
         * the ledger independently of the statement; it equals the closing balance.
         *
         * @return the balance
         */
        public Money getLedgerBalance() {
            return ledgerBalance;
        }
    }
}
