package org.receivables.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.joda.money.Money;
import org.receivables.aging.AgingAmounts;
import org.receivables.aging.AgingLine;
import org.receivables.core.ledger.Statement;
import org.receivables.core.ledger.StatementLine;
import org.receivables.core.money.Percentage;
import org.receivables.dunning.ActionKind;
import org.receivables.dunning.DunningNotice;
import org.receivables.dunning.NextChange;
import org.receivables.dunning.NoticeLine;
import org.receivables.dunning.ScorePart;
import org.receivables.dunning.WorklistEntry;
import org.receivables.dunning.fee.FixedFee;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;

/**
 * Renders a {@link PortfolioReport} as plain text for a terminal of {@value #WIDTH} columns:
 * sections numbered from 1, columns aligned, long text wrapped at word boundaries, amounts with
 * thousands separators and the currency in the column heading.
 */
final class TextReport {

    /** The widest line the report prints. */
    static final int WIDTH = 100;
    private static final String INDENT = "   ";

    private final PrintStream out;
    private int section;

    private TextReport(PrintStream out) {
        this.out = out;
    }

    /**
     * Prints a report.
     *
     * @param out where to print, not null
     * @param report the report, not null
     */
    static void print(PrintStream out, PortfolioReport report) {
        new TextReport(out).report(report);
    }

    private void report(PortfolioReport r) {
        out.println("Receivables report: " + r.getTitle() + " as of " + r.getAsOf());
        wrap("", r.getCustomerCount() + " customers; amounts in each currency without conversion; metrics for "
                + r.getQuarterLabel() + " unless stated");
        out.println("=".repeat(WIDTH));
        if (r.getCurrencies().isEmpty()) {
            out.println();
            out.println("No documents dated on or before " + r.getAsOf() + ".");
            return;
        }
        aging(r);
        topOverdue(r);
        metrics(r);
        allowance(r);
        r.getDunning().ifPresent(d -> dunning(r, d));
        r.getStatement().ifPresent(this::statement);
    }

    // ---- sections ----

    private void aging(PortfolioReport r) {
        heading("Portfolio aging as of " + r.getAsOf() + " (days past due; current = not yet due)");
        for (PortfolioReport.CurrencyReport c : r.getCurrencies()) {
            AgingAmounts a = c.getAging();
            out.println();
            out.println(INDENT + c.getCurrency() + ", " + c.getCustomerCount() + " customers");
            row("%-14s %8s %18s %9s", "bucket", "items", "amount " + c.getCurrency(), "share");
            for (int i = 0; i < a.getBuckets().size(); i++) {
                row("%-14s %8d %18s %9s", a.getBuckets().get(i).getLabel(), a.getCount(i), amount(a.getAmount(i)),
                        a.getPercentages().get(i).toPlainString() + "%");
            }
            row("%-14s %8d %18s %9s", "total", a.getItemCount(), amount(a.getTotal()), "100.00%");
            if (a.getCreditCount() > 0) {
                wrap(INDENT, "Not in the buckets: " + a.getCreditCount() + " unapplied credits on account, "
                        + amount(a.getCredits()) + "; the balance net of them is " + amount(a.getNetBalance()) + ".");
            }
        }
    }

    private void topOverdue(PortfolioReport r) {
        heading("Top " + PortfolioReport.TOP + " customers by overdue amount as of " + r.getAsOf());
        for (PortfolioReport.CurrencyReport c : r.getCurrencies()) {
            out.println();
            AgingAmounts totals = c.getAging();
            int last = totals.getBuckets().size() - 1;
            String oldest = totals.getBuckets().get(last).getLabel();
            out.println(INDENT + c.getCurrency() + " (overdue in total " + amount(totals.getOverdueAmount()) + ")");
            row("%3s  %-10s %16s %16s %10s %16s", "#", "customer", "overdue", "open balance", "overdue %",
                    oldest + " days");
            int rank = 0;
            for (AgingLine line : c.getTopOverdue()) {
                AgingAmounts a = line.getAmounts();
                row("%3d  %-10s %16s %16s %10s %16s", ++rank, line.getCustomerId(), amount(a.getOverdueAmount()),
                        amount(a.getTotal()), percent(a.getOverdueAmount(), a.getTotal()), amount(a.getAmount(last)));
            }
            if (rank == 0) {
                out.println(INDENT + "nothing overdue");
            }
        }
    }

    private void metrics(PortfolioReport r) {
        heading("Metrics (" + r.getQuarterLabel() + " unless stated; days, 2 decimals, rounded once)");
        List<PortfolioReport.CurrencyReport> all = r.getCurrencies();
        for (int from = 0; from < all.size(); from += 4) {
            List<PortfolioReport.CurrencyReport> chunk = all.subList(from, Math.min(all.size(), from + 4));
            out.println();
            StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-48s", "metric"));
            for (PortfolioReport.CurrencyReport c : chunk) {
                head.append(String.format(Locale.ROOT, " %11s", c.getCurrency()));
            }
            out.println(INDENT + head);
            List<String> notes = new ArrayList<>();
            for (int m = 0; m < chunk.get(0).getMetrics().size(); m++) {
                PortfolioReport.Metric first = chunk.get(0).getMetrics().get(m);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-48s",
                        first.getName() + ("%".equals(first.getUnit()) ? ", %" : "times".equals(first.getUnit())
                                ? " (times)" : "")));
                for (PortfolioReport.CurrencyReport c : chunk) {
                    PortfolioReport.Metric metric = find(c, first.getName());
                    line.append(String.format(Locale.ROOT, " %11s", metric == null ? "-"
                            : metric.getValue().map(BigDecimal::toPlainString).orElse("n/a")));
                    if (metric != null && metric.getNote().isPresent()) {
                        notes.add(c.getCurrency() + " " + metric.getName() + ": n/a, " + metric.getNote().get());
                    }
                }
                out.println(INDENT + line);
            }
            for (String note : notes) {
                wrap(INDENT, note);
            }
        }
        out.println();
        out.println(INDENT + "DSO, standard, at each month-end (ending receivables over the 3 months' sales)");
        SortedMap<YearMonth, Optional<BigDecimal>> months = all.get(0).getDsoTrend();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-5s", ""));
        for (YearMonth m : months.keySet()) {
            head.append(String.format(Locale.ROOT, " %6s", m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT)
                    + String.format(Locale.ROOT, "%02d", m.getYear() % 100)));
        }
        out.println(INDENT + head);
        for (PortfolioReport.CurrencyReport c : all) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-5s", c.getCurrency()));
            for (Optional<BigDecimal> dso : c.getDsoTrend().values()) {
                line.append(String.format(Locale.ROOT, " %6s", dso.map(d -> d.setScale(1, RoundingMode.HALF_EVEN)
                        .toPlainString()).orElse("n/a")));
            }
            out.println(INDENT + line);
        }
    }

    private void allowance(PortfolioReport r) {
        heading("Allowance for doubtful debts: provision matrix, loss rates from the ledger's "
                + PortfolioReport.ROLL_RATE_MONTHS + "-month balance-weighted roll rates");
        boolean over100 = false;
        for (PortfolioReport.CurrencyReport c : r.getCurrencies()) {
            out.println();
            out.println(INDENT + c.getCurrency());
            if (c.getAllowanceNote().isPresent()) {
                wrap(INDENT, "not available: " + c.getAllowanceNote().get());
                continue;
            }
            row("%-14s %10s %10s %18s %16s", "bucket", "roll rate", "loss rate", "balance " + c.getCurrency(),
                    "allowance");
            for (PortfolioReport.AllowanceRow row : c.getAllowance()) {
                over100 |= row.getRollRate().map(p -> p.compareTo(Percentage.ONE_HUNDRED) > 0).orElse(false);
                row("%-14s %10s %10s %18s %16s", row.getBucket(), row.getRollRate().map(TextReport::percent).orElse("-"),
                        percent(row.getLossRate()), amount(row.getBalance()), amount(row.getAllowance()));
            }
            Money total = c.getAging().getTotal();
            Money allowance = c.getAllowanceTotal().orElseThrow();
            row("%-14s %10s %10s %18s %16s", "total", "", percent(allowance, total), amount(total), amount(allowance));
        }
        out.println();
        wrap(INDENT, "Roll rate: the share of a bucket's balance that is one bucket older a month later, averaged "
                + "over the last " + PortfolioReport.ROLL_RATE_MONTHS + " month-ends; loss rate: the roll rates "
                + "chained to the oldest bucket, which is taken as lost."
                + (over100 ? " A roll into the open-ended oldest bucket can pass 100%, as that bucket also holds older"
                        + " debt; it is capped at 100% when chained." : ""));
    }

    private void dunning(PortfolioReport r, PortfolioReport.Dunning d) {
        LeveledPolicy policy = LeveledPolicy.parse(PortfolioReport.POLICY);
        heading("Dunning proposal as of " + r.getAsOf() + " (policy '" + policy.getName() + "')");
        wrap(INDENT, policyText(policy, d));
        out.println();
        List<DunningNotice> notices = d.getProposal().getNotices();
        out.println(INDENT + notices.size() + " notice(s) to send:");
        row("%-10s %-3s %5s %5s %16s %10s  %s", "customer", "cur", "level", "items", "amount", "fee", "actions");
        for (DunningNotice notice : notices) {
            row("%-10s %-3s %5d %5d %16s %10s  %s", notice.getCustomerId(), notice.getCurrency(), notice.getLevel(),
                    notice.getLines().size(), amount(notice.getTotal()),
                    notice.getTotalFee().map(TextReport::amount).orElse("-"), actions(notice.getActions()));
            NoticeLine why = PortfolioReport.reason(notice);
            wrap(INDENT + "    ", "why: " + why.getRef() + " is " + days(why.getDaysPastDue()) + ": " + why.getRule());
        }
        if (!notices.isEmpty()) {
            wrap(INDENT, "A notice's level is the highest level of its items; 'why' names the item that set it,"
                    + " or the item that rises when the others stay where they were.");
        }
        out.println();
        out.println(INDENT + "Left out of this run, by gate:");
        row("%-24s %6s %9s  %s", "gate", "items", "customers", "for example");
        for (PortfolioReport.GateSummary gate : d.getGates()) {
            String example = gate.getExample().getCustomerId() + ": " + gate.getExample().getDetail();
            List<String> lines = lines(example, WIDTH - INDENT.length() - 44);
            row("%-24s %6d %9d  %s", gate.getGate(), gate.getExclusions(), gate.getCustomers(), lines.get(0));
            for (String more : lines.subList(1, lines.size())) {
                row("%-42s  %s", "", more);
            }
        }
        List<NextChange> next = d.getNextChanges();
        if (!next.isEmpty()) {
            out.println();
            out.println(INDENT + "Next changes foreseen (the first " + next.size() + "):");
            for (NextChange change : next) {
                wrap(INDENT + "  ", change.getDate() + "  " + change.getCustomerId() + ": " + change.getReason());
            }
        }
        out.println();
        StringBuilder funnel = new StringBuilder("Customers with open items by highest dunning level after this run: ");
        for (Map.Entry<Integer, Integer> e : d.getFunnel().entrySet()) {
            funnel.append(e.getKey() == 0 ? "never dunned " : ", level " + e.getKey() + " ").append(e.getValue());
        }
        wrap(INDENT, funnel + ".");
        wrap(INDENT, pluginText(d));

        heading("Dunning forecast, " + d.getForecast().getStart() + " to "
                + d.getForecast().getStart().plusDays(d.getForecast().getDays() - 1)
                + ", assuming no payment arrives (notices by level)");
        int levels = policy.getLevels().size();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-10s %-3s %7s ", "date", "day", "notices"));
        for (int level = 1; level <= levels; level++) {
            head.append(String.format(Locale.ROOT, " %8s", "level " + level));
        }
        out.println(INDENT + head);
        for (Map.Entry<LocalDate, SortedMap<Integer, Integer>> day : d.getForecastByLevel().entrySet()) {
            int total = day.getValue().values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s %-3s %7d ", day.getKey(),
                    day.getKey().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT), total));
            for (int level = 1; level <= levels; level++) {
                int count = day.getValue().getOrDefault(level, 0);
                line.append(String.format(Locale.ROOT, " %8s", count == 0 ? "." : String.valueOf(count)));
            }
            out.println(INDENT + line);
        }

        heading("Collections worklist as of " + r.getAsOf() + " (top " + d.getWorklist().size()
                + "; score = the sum of its parts)");
        row("%3s  %-10s %10s  %s", "#", "customer", "score", "parts");
        int rank = 0;
        for (WorklistEntry entry : d.getWorklist()) {
            List<String> parts = new ArrayList<>();
            for (ScorePart part : entry.getParts()) {
                if (part.getPoints().signum() != 0) {
                    parts.add(part.getName() + " " + part.getPoints().toPlainString());
                }
            }
            List<String> lines = lines(String.join(" + ", parts), WIDTH - INDENT.length() - 29);
            row("%3d  %-10s %10s  %s", ++rank, entry.getCustomerId(), entry.getScore().toPlainString(), lines.get(0));
            for (String more : lines.subList(1, lines.size())) {
                row("%-27s  %s", "", more);
            }
        }
    }

    private void statement(PortfolioReport.CustomerStatement s) {
        Statement st = s.getStatement();
        heading("Statement of account: " + st.getCustomerId() + ", " + st.getCurrency() + ", " + st.getStartDate()
                + " to " + st.getEndDate());
        wrap(INDENT, "Chosen because " + s.getReason() + ".");
        out.println();
        row("%-10s  %-13s  %-22s %16s %16s", "date", "movement", "document", "amount " + st.getCurrency(), "balance");
        row("%-10s  %-13s  %-22s %16s %16s", st.getStartDate(), "", "opening balance", "",
                amount(st.getOpeningBalance()));
        for (StatementLine line : st.getLines()) {
            String kind = line.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            List<String> doc = lines(line.getDocument(), 22);
            row("%-10s  %-13s  %-22s %16s %16s", line.getDate(), kind, doc.get(0), amount(line.getAmount()),
                    amount(line.getBalanceAfter()));
            for (String more : doc.subList(1, doc.size())) {
                row("%-10s  %-13s  %-22s", "", "", more);
            }
        }
        row("%-10s  %-13s  %-22s %16s %16s", st.getEndDate(), "", "closing balance", "",
                amount(st.getClosingBalance()));
    }

    // ---- helpers ----

    /** The policy in words, for the dunning section. */
    static String policyText(LeveledPolicy policy, PortfolioReport.Dunning d) {
        StringBuilder text = new StringBuilder("Policy: " + policy.getGraceDays() + " days' grace, at least "
                + policy.getMinimumDaysBetweenNotices() + " days between notices; ");
        int n = 0;
        for (DunningLevel level : policy.getLevels()) {
            text.append(n++ == 0 ? "" : "; ").append("level ").append(n).append(" at ")
                    .append(days(level.getDaysPastDue())).append(": ").append(actions(level.getActions()));
            level.getFee().ifPresent(fee -> text.append(fee instanceof FixedFee
                    ? ", fee " + ((FixedFee) fee).getFee() : " and a fee"));
        }
        text.append(". A fee is charged once per item and level, and only on items in the fee's currency. Weekly")
                .append(" runs since ").append(d.getHistorySince()).append(" are recorded as sent.");
        return text.toString();
    }

    /** What the sample plugin proposes, for the dunning section. */
    static String pluginText(PortfolioReport.Dunning d) {
        return "Plugin '" + PortfolioReport.PLUGIN + "' (found through ServiceLoader) proposes "
                + d.getPluginProposal().getNotices().size() + " notice(s) and holds " + d.getPluginCustomersHeld()
                + " customer(s)" + d.getPluginProposal().getNextChanges().stream().findFirst()
                        .map(c -> ", resuming on " + c.getDate()).orElse("") + ".";
    }


    private static PortfolioReport.Metric find(PortfolioReport.CurrencyReport c, String name) {
        for (PortfolioReport.Metric m : c.getMetrics()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        return null;
    }

    private void heading(String title) {
        out.println();
        List<String> lines = lines(++section + ". " + title, WIDTH);
        out.println(lines.get(0));
        for (String more : lines.subList(1, lines.size())) {
            out.println(INDENT + more);
        }
    }

    private void row(String format, Object... args) {
        out.println((INDENT + String.format(Locale.ROOT, format, args)).stripTrailing());
    }

    private void wrap(String indent, String text) {
        for (String line : lines(text, WIDTH - indent.length())) {
            out.println(indent + line);
        }
    }

    /** Breaks text into lines of at most {@code width} characters at spaces; a longer word gets its own line. */
    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** An amount with thousands separators and the currency's decimals, without the currency code. */
    static String amount(Money money) {
        return String.format(Locale.ROOT, "%,." + money.getCurrencyUnit().getDecimalPlaces() + "f", money.getAmount());
    }

    private static String percent(Percentage p) {
        return p.getValue().setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static String percent(Money part, Money whole) {
        if (whole.isZero()) {
            return "-";
        }
        return part.getAmount().multiply(BigDecimal.valueOf(100))
                .divide(whole.getAmount(), 2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    static String days(long daysPastDue) {
        if (daysPastDue < 0) {
            return -daysPastDue + " days before due";
        }
        return daysPastDue == 0 ? "due today" : daysPastDue + (daysPastDue == 1 ? " day" : " days") + " past due";
    }

    static String actions(List<ActionKind> actions) {
        List<String> names = new ArrayList<>();
        for (ActionKind action : actions) {
            names.add(action.name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("email", "e-mail"));
        }
        return String.join(" + ", names);
    }
}
