package org.receivables.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.aging.AgingAmounts;
import org.receivables.aging.AgingLine;
import org.receivables.core.ledger.Statement;
import org.receivables.core.ledger.StatementLine;
import org.receivables.dunning.ActionKind;
import org.receivables.dunning.DunningNotice;
import org.receivables.dunning.NextChange;
import org.receivables.dunning.NoticeLine;
import org.receivables.dunning.ScorePart;
import org.receivables.dunning.WorklistEntry;
import org.receivables.dunning.policy.LeveledPolicy;
import org.receivables.examples.report.Cell;
import org.receivables.examples.report.ChartKind;
import org.receivables.examples.report.ReportChart;
import org.receivables.examples.report.ReportDocument;
import org.receivables.examples.report.ReportSection;
import org.receivables.examples.report.ReportTable;

/** Turns a {@link PortfolioReport} into a format-neutral {@link ReportDocument}, section by section. */
final class PortfolioDocument {

    private PortfolioDocument() {
    }

    static ReportDocument of(PortfolioReport r) {
        ReportDocument.Builder doc = ReportDocument.builder("Receivables report: " + r.getTitle(), r.getAsOf())
                .subtitle(r.getCustomerCount() + " customers; amounts in each currency without conversion; metrics for "
                        + r.getQuarterLabel() + " unless stated");
        if (r.getCurrencies().isEmpty()) {
            return doc.section(ReportSection.builder("aging", "Portfolio aging as of " + r.getAsOf())
                    .note("No documents dated on or before " + r.getAsOf() + ".").build()).build();
        }
        doc.section(aging(r)).section(topOverdue(r)).section(metrics(r)).section(allowance(r));
        r.getDunning().ifPresent(d -> doc.section(dunning(r, d)).section(forecast(d)).section(worklist(r, d)));
        r.getStatement().ifPresent(s -> doc.section(statement(s)));
        return doc.build();
    }

    private static String key(CurrencyUnit currency) {
        return currency.getCode().toLowerCase(Locale.ROOT);
    }

    private static ReportSection aging(PortfolioReport r) {
        ReportSection.Builder section = ReportSection.builder("aging", "Portfolio aging as of " + r.getAsOf()
                + " (days past due; current = not yet due)");
        ReportChart.Builder chart = ReportChart.builder(ChartKind.BAR, "aging_chart")
                .title("Aging by bucket: share of open items").unit("%");
        List<String> labels = new ArrayList<>();
        for (PortfolioReport.CurrencyReport c : r.getCurrencies()) {
            AgingAmounts a = c.getAging();
            ReportTable.Builder table = ReportTable.builder("aging_" + key(c.getCurrency()))
                    .title(c.getCurrency() + ", " + c.getCustomerCount() + " customers")
                    .left("bucket", "Bucket").right("items", "Items").right("amount", "Amount").right("share", "Share");
            List<BigDecimal> shares = new ArrayList<>();
            for (int i = 0; i < a.getBuckets().size(); i++) {
                table.row(Cell.text(a.getBuckets().get(i).getLabel()), Cell.of(a.getCount(i)), Cell.of(a.getAmount(i)),
                        Cell.percent(a.getPercentages().get(i)));
                shares.add(a.getPercentages().get(i));
                if (labels.size() < a.getBuckets().size()) {
                    labels.add(a.getBuckets().get(i).getLabel());
                }
            }
            table.row(Cell.text("total"), Cell.of(a.getItemCount()), Cell.of(a.getTotal()),
                    Cell.percent(new BigDecimal("100.00")));
            section.table(table.build());
            if (a.getCreditCount() > 0) {
                section.note(c.getCurrency() + ": not in the buckets, " + a.getCreditCount()
                        + " unapplied credits on account of " + money(a.getCredits()) + "; the balance net of them is "
                        + money(a.getNetBalance()) + ".");
            }
            chart.series(key(c.getCurrency()), c.getCurrency().getCode(), shares);
        }
        return section.chart(chart.categories(labels).build()).build();
    }

    private static ReportSection topOverdue(PortfolioReport r) {
        ReportSection.Builder section = ReportSection.builder("top_overdue", "Top " + PortfolioReport.TOP
                + " customers by overdue amount as of " + r.getAsOf());
        for (PortfolioReport.CurrencyReport c : r.getCurrencies()) {
            int last = c.getAging().getBuckets().size() - 1;
            ReportTable.Builder table = ReportTable.builder("top_overdue_" + key(c.getCurrency()))
                    .title(c.getCurrency() + " (overdue in total " + money(c.getAging().getOverdueAmount()) + ")")
                    .right("rank", "#").left("customer", "Customer").right("overdue", "Overdue")
                    .right("open_balance", "Open balance").right("overdue_share", "Overdue %")
                    .right("oldest", c.getAging().getBuckets().get(last).getLabel() + " days");
            int rank = 0;
            for (AgingLine line : c.getTopOverdue()) {
                AgingAmounts a = line.getAmounts();
                table.row(Cell.of(++rank), Cell.text(line.getCustomerId().toString()), Cell.of(a.getOverdueAmount()),
                        Cell.of(a.getTotal()), share(a.getOverdueAmount(), a.getTotal()), Cell.of(a.getAmount(last)));
            }
            section.table(table.build());
        }
        return section.build();
    }

    private static ReportSection metrics(PortfolioReport r) {
        ReportSection.Builder section = ReportSection.builder("metrics", "Metrics (" + r.getQuarterLabel()
                + " unless stated; days, 2 decimals, rounded once)");
        List<PortfolioReport.CurrencyReport> cs = r.getCurrencies();
        ReportTable.Builder table = ReportTable.builder("metrics").left("metric", "Metric").left("unit", "Unit");
        for (PortfolioReport.CurrencyReport c : cs) {
            table.right(key(c.getCurrency()), c.getCurrency().getCode());
        }
        List<String> notes = new ArrayList<>();
        for (int m = 0; m < cs.get(0).getMetrics().size(); m++) {
            PortfolioReport.Metric first = cs.get(0).getMetrics().get(m);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(first.getName()), Cell.text(first.getUnit())));
            for (PortfolioReport.CurrencyReport c : cs) {
                PortfolioReport.Metric metric = c.getMetrics().stream().filter(x -> x.getName().equals(first.getName()))
                        .findFirst().orElse(null);
                row.add(metric == null ? Cell.empty() : metric.getValue().map(Cell::of).orElse(Cell.text("n/a")));
                if (metric != null && metric.getNote().isPresent()) {
                    notes.add(c.getCurrency() + " " + metric.getName() + ": n/a, " + metric.getNote().get());
                }
            }
            table.row(row);
        }
        section.table(table.build());
        for (String note : notes) {
            section.note(note);
        }
        ReportTable.Builder trend = ReportTable.builder("dso_trend")
                .title("DSO, standard, at each month-end (ending receivables over the 3 months' sales)")
                .left("month", "Month");
        ReportChart.Builder chart = ReportChart.builder(ChartKind.LINE, "dso_chart")
                .title("DSO at each month-end, last " + PortfolioReport.TREND_MONTHS + " months").unit("days");
        for (PortfolioReport.CurrencyReport c : cs) {
            trend.right(key(c.getCurrency()), c.getCurrency().getCode());
        }
        List<String> months = new ArrayList<>();
        for (YearMonth month : cs.get(0).getDsoTrend().keySet()) {
            months.add(month.toString());
            List<Cell> row = new ArrayList<>(List.of(Cell.text(month.toString())));
            for (PortfolioReport.CurrencyReport c : cs) {
                row.add(c.getDsoTrend().getOrDefault(month, Optional.empty()).map(Cell::of).orElse(Cell.text("n/a")));
            }
            trend.row(row);
        }
        boolean gaps = false;
        for (PortfolioReport.CurrencyReport c : cs) {
            List<BigDecimal> values = new ArrayList<>();
            for (Optional<BigDecimal> v : c.getDsoTrend().values()) {
                values.add(v.orElse(BigDecimal.ZERO));
                gaps |= v.isEmpty();
            }
            chart.series(key(c.getCurrency()), c.getCurrency().getCode(), values);
        }
        section.table(trend.build()).chart(chart.categories(months).build());
        if (gaps) {
            section.note("A month without sales has no DSO; the chart draws it at 0.");
        }
        return section.build();
    }

    private static ReportSection allowance(PortfolioReport r) {
        ReportSection.Builder section = ReportSection.builder("allowance", "Allowance for doubtful debts: provision"
                + " matrix, loss rates from the ledger's " + PortfolioReport.ROLL_RATE_MONTHS
                + "-month balance-weighted roll rates");
        for (PortfolioReport.CurrencyReport c : r.getCurrencies()) {
            if (c.getAllowanceNote().isPresent()) {
                section.note(c.getCurrency() + ": not available, " + c.getAllowanceNote().get());
                continue;
            }
            ReportTable.Builder table = ReportTable.builder("allowance_" + key(c.getCurrency()))
                    .title(c.getCurrency().getCode()).left("bucket", "Bucket").right("roll_rate", "Roll rate")
                    .right("loss_rate", "Loss rate").right("balance", "Balance").right("allowance", "Allowance");
            for (PortfolioReport.AllowanceRow row : c.getAllowance()) {
                table.row(Cell.text(row.getBucket()), row.getRollRate().map(p -> Cell.percent(round(p.getValue())))
                        .orElse(Cell.empty()), Cell.percent(round(row.getLossRate().getValue())),
                        Cell.of(row.getBalance()), Cell.of(row.getAllowance()));
            }
            Money total = c.getAging().getTotal();
            Money allowance = c.getAllowanceTotal().orElseThrow();
            table.row(Cell.text("total"), Cell.empty(), share(allowance, total), Cell.of(total), Cell.of(allowance));
            section.table(table.build());
        }
        return section.note("Roll rate: the share of a bucket's balance that is one bucket older a month later,"
                + " averaged over the last " + PortfolioReport.ROLL_RATE_MONTHS + " month-ends; loss rate: the roll"
                + " rates chained to the oldest bucket, which is taken as lost. A roll into the open-ended oldest"
                + " bucket can pass 100%, as that bucket also holds older debt; it is capped at 100% when chained.")
                .build();
    }

    private static ReportSection dunning(PortfolioReport r, PortfolioReport.Dunning d) {
        LeveledPolicy policy = LeveledPolicy.parse(PortfolioReport.POLICY);
        ReportSection.Builder section = ReportSection.builder("dunning", "Dunning proposal as of " + r.getAsOf()
                + " (policy '" + policy.getName() + "')");
        section.note(TextReport.policyText(policy, d));
        ReportTable.Builder notices = ReportTable.builder("dunning_notices")
                .title(d.getProposal().getNotices().size() + " notice(s) to send")
                .left("customer", "Customer").left("currency", "Cur").right("level", "Level").right("items", "Items")
                .right("amount", "Amount").right("fee", "Fee").left("actions", "Actions").left("reason", "Why");
        for (DunningNotice n : d.getProposal().getNotices()) {
            NoticeLine why = PortfolioReport.reason(n);
            notices.row(Cell.text(n.getCustomerId().toString()), Cell.text(n.getCurrency().getCode()),
                    Cell.of(n.getLevel()), Cell.of(n.getLines().size()), Cell.of(n.getTotal()),
                    n.getTotalFee().map(Cell::of).orElse(Cell.empty()), Cell.text(actions(n.getActions())),
                    Cell.text(why.getRef() + " is " + TextReport.days(why.getDaysPastDue()) + ": " + why.getRule()));
        }
        section.table(notices.build());
        ReportTable.Builder gates = ReportTable.builder("dunning_left_out").title("Left out of this run, by gate")
                .left("gate", "Gate").right("items", "Items").right("customers", "Customers").left("example", "For example");
        for (PortfolioReport.GateSummary g : d.getGates()) {
            gates.row(Cell.text(g.getGate().name()), Cell.of(g.getExclusions()), Cell.of(g.getCustomers()),
                    Cell.text(g.getExample().getCustomerId() + ": " + g.getExample().getDetail()));
        }
        section.table(gates.build());
        ReportTable.Builder next = ReportTable.builder("dunning_next").title("Next changes foreseen")
                .left("date", "Date").left("customer", "Customer").left("change", "Change");
        for (NextChange change : d.getNextChanges()) {
            next.row(Cell.of(change.getDate()), Cell.text(change.getCustomerId().toString()),
                    Cell.text(change.getReason()));
        }
        section.table(next.build());
        ReportTable.Builder funnel = ReportTable.builder("dunning_funnel")
                .title("Customers with open items by highest dunning level after this run")
                .left("level", "Level").right("customers", "Customers");
        List<String> stages = new ArrayList<>();
        List<BigDecimal> reached = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : d.getFunnel().entrySet()) {
            funnel.row(Cell.text(e.getKey() == 0 ? "never dunned" : "level " + e.getKey()), Cell.of(e.getValue()));
            // the chart's stages are cumulative, as a funnel's are: customers at this level or beyond
            int atLeast = d.getFunnel().tailMap(e.getKey()).values().stream().mapToInt(Integer::intValue).sum();
            stages.add(e.getKey() == 0 ? "with open items" : "reached level " + e.getKey());
            reached.add(BigDecimal.valueOf(atLeast));
        }
        section.table(funnel.build()).chart(ReportChart.builder(ChartKind.FUNNEL, "dunning_funnel_chart")
                .title("Dunning funnel: customers with open items reaching each level").unit("customers")
                .categories(stages).series("customers", "Customers", reached).build());
        return section.note(TextReport.pluginText(d)).build();
    }

    private static ReportSection forecast(PortfolioReport.Dunning d) {
        LocalDate start = d.getForecast().getStart();
        int levels = LeveledPolicy.parse(PortfolioReport.POLICY).getLevels().size();
        ReportTable.Builder table = ReportTable.builder("dunning_forecast").left("date", "Date").right("notices", "Notices");
        for (int level = 1; level <= levels; level++) {
            table.right("level_" + level, "Level " + level);
        }
        for (Map.Entry<LocalDate, SortedMap<Integer, Integer>> day : d.getForecastByLevel().entrySet()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(day.getKey()),
                    Cell.of(day.getValue().values().stream().mapToInt(Integer::intValue).sum())));
            for (int level = 1; level <= levels; level++) {
                row.add(Cell.of(day.getValue().getOrDefault(level, 0)));
            }
            table.row(row);
        }
        return ReportSection.builder("dunning_forecast", "Dunning forecast, " + start + " to "
                + start.plusDays(d.getForecast().getDays() - 1) + ", assuming no payment arrives (notices by level)")
                .table(table.build()).build();
    }

    private static ReportSection worklist(PortfolioReport r, PortfolioReport.Dunning d) {
        ReportTable.Builder table = ReportTable.builder("worklist").right("rank", "#").left("customer", "Customer")
                .right("score", "Score").left("parts", "Parts");
        int rank = 0;
        for (WorklistEntry w : d.getWorklist()) {
            List<String> parts = new ArrayList<>();
            for (ScorePart p : w.getParts()) {
                if (p.getPoints().signum() != 0) {
                    parts.add(p.getName() + " " + p.getPoints().toPlainString());
                }
            }
            table.row(Cell.of(++rank), Cell.text(w.getCustomerId().toString()), Cell.of(w.getScore()),
                    Cell.text(String.join(" + ", parts)));
        }
        return ReportSection.builder("worklist", "Collections worklist as of " + r.getAsOf() + " (top "
                + d.getWorklist().size() + "; score = the sum of its parts)").table(table.build()).build();
    }

    private static ReportSection statement(PortfolioReport.CustomerStatement s) {
        Statement st = s.getStatement();
        ReportTable.Builder table = ReportTable.builder("statement").left("date", "Date").left("movement", "Movement")
                .left("document", "Document").right("amount", "Amount").right("balance", "Balance");
        table.row(Cell.of(st.getStartDate()), Cell.empty(), Cell.text("opening balance"), Cell.empty(),
                Cell.of(st.getOpeningBalance()));
        for (StatementLine line : st.getLines()) {
            table.row(Cell.of(line.getDate()), Cell.text(line.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ')),
                    Cell.text(line.getDocument()), Cell.of(line.getAmount()), Cell.of(line.getBalanceAfter()));
        }
        table.row(Cell.of(st.getEndDate()), Cell.empty(), Cell.text("closing balance"), Cell.empty(),
                Cell.of(st.getClosingBalance()));
        return ReportSection.builder("statement", "Statement of account: " + st.getCustomerId() + ", "
                + st.getCurrency() + ", " + st.getStartDate() + " to " + st.getEndDate())
                .note("Chosen because " + s.getReason() + ".").table(table.build()).build();
    }

    private static String money(Money money) {
        return money.getCurrencyUnit() + " " + TextReport.amount(money);
    }

    private static Cell share(Money part, Money whole) {
        if (whole.isZero()) {
            return Cell.empty();
        }
        return Cell.percent(part.getAmount().multiply(BigDecimal.valueOf(100))
                .divide(whole.getAmount(), 2, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal round(BigDecimal percent) {
        return percent.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static String actions(List<ActionKind> actions) {
        return TextReport.actions(actions);
    }
}
