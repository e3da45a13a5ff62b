package org.receivables.examples.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/**
 * A realistic sample report for the renderer tests, shaped like the demo's: aging by bucket per
 * currency with a chart, the top overdue customers, metrics with a DSO trend, an allowance table,
 * a dunning proposal with a funnel, a forecast, a worklist and a statement. The figures are made up
 * (but add up) so the tests do not depend on the report helper's computations.
 */
final class ReportSamples {

    static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    private ReportSamples() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Money eur(String amount) {
        return Money.parse("EUR " + amount);
    }

    /** @return the sample report */
    static ReportDocument sample() {
        String[] buckets = {"current", "1-30", "31-60", "61-90", "91-120", "over 120"};
        String[] eur = {"231516.02", "126454.92", "54357.52", "24129.46", "19323.19", "124103.59"};
        long[] items = {90, 45, 24, 9, 7, 46};
        String[] share = {"39.92", "21.81", "9.37", "4.16", "3.33", "21.40"};
        ReportTable.Builder aging = ReportTable.builder("aging_eur").title("Aging, EUR (221 open items)")
                .left("bucket", "Bucket").right("items", "Items").right("amount", "Amount").right("share", "Share");
        List<BigDecimal> agingValues = new ArrayList<>();
        for (int i = 0; i < buckets.length; i++) {
            aging.row(Cell.text(buckets[i]), Cell.of(items[i]), Cell.of(eur(eur[i])), Cell.percent(d(share[i])));
            agingValues.add(d(eur[i]));
        }
        aging.row(Cell.text("total"), Cell.of(221), Cell.of(eur("579884.70")), Cell.percent(d("100.00")));
        ReportTable.Builder agingUsd = ReportTable.builder("aging_usd").title("Aging, USD (38 open items)")
                .left("bucket", "Bucket").right("items", "Items").right("amount", "Amount").right("share", "Share");
        String[] usd = {"48210.00", "12004.50", "3300.00", "0.00", "1250.75", "-420.00"};
        List<BigDecimal> usdValues = new ArrayList<>();
        for (int i = 0; i < buckets.length; i++) {
            agingUsd.row(Cell.text(buckets[i]), Cell.of(i == 3 ? 0 : 7), Cell.of(Money.parse("USD " + usd[i])),
                    Cell.empty());
            usdValues.add(d(usd[i]));
        }
        ReportSection agingSection = ReportSection.builder("aging", "Portfolio aging")
                .table(aging.build())
                .table(agingUsd.build())
                .chart(ReportChart.builder(ChartKind.BAR, "aging_chart").title("Aging by bucket").unit("EUR")
                        .categories(List.of(buckets)).series("eur", "EUR", agingValues).build())
                .chart(ReportChart.builder(ChartKind.BAR, "aging_usd_chart").title("Aging by bucket").unit("USD")
                        .categories(List.of(buckets)).series("usd", "USD", usdValues).build())
                .note("Days past due are counted from each instalment's due date; an item not yet due is current. "
                        + "The USD ledger holds an unapplied credit of USD 420.00 in the oldest bucket.")
                .build();

        ReportTable.Builder top = ReportTable.builder("top_overdue").title("Top 10 customers by overdue amount")
                .left("customer", "Customer").left("name", "Name").right("overdue", "Overdue")
                .right("open", "Open balance").right("oldest", "Oldest due").right("dpd", "Max DPD");
        String[][] customers = {
            {"C-029", "Harbour & Sons <Ltd>", "48270.22", "55340.31", "2024-01-15", "351"},
            {"C-014", "Müller Maschinenbau GmbH", "33391.98", "42023.38", "2024-02-09", "326"},
            {"C-024", "Société Générale d'Équipement", "32160.96", "41601.90", "2024-03-18", "288"},
            {"C-039", "Nordic \"Fjord\" Supplies AB", "28191.39", "39919.89", "2024-02-15", "320"},
            {"C-004", "Acme Corp", "27433.80", "27571.95", "2024-04-14", "261"},
        };
        for (String[] c : customers) {
            top.row(Cell.text(c[0]), Cell.text(c[1]), Cell.of(eur(c[2])), Cell.of(eur(c[3])),
                    Cell.of(LocalDate.parse(c[4])), Cell.of(Long.parseLong(c[5])));
        }
        ReportSection topSection = ReportSection.builder("top_overdue", "Top overdue customers").table(top.build()).build();

        ReportTable metrics = ReportTable.builder("metrics").title("Q4 2024 unless stated; days, 2 decimals")
                .left("metric", "Metric").right("value", "Value")
                .row(Cell.text("DSO, standard (ending receivables)"), Cell.of(d("84.66")).withDisplay("84.66 days"))
                .row(Cell.text("DSO, countback"), Cell.of(d("84.25")).withDisplay("84.25 days"))
                .row(Cell.text("Best possible DSO"), Cell.of(d("33.80")).withDisplay("33.80 days"))
                .row(Cell.text("Average days delinquent"), Cell.of(d("50.86")).withDisplay("50.86 days"))
                .row(Cell.text("CEI, December 2024"), Cell.percent(d("36.21")))
                .row(Cell.text("Receivables turnover, 2024"), Cell.of(d("8.32")).withDisplay("8.32 times"))
                .build();
        String[] months = {"2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08",
            "2024-09", "2024-10", "2024-11", "2024-12"};
        String[] dso = {"71.20", "73.05", "70.44", "74.90", "76.12", "78.30", "77.95", "80.41", "82.07", "83.10",
            "85.92", "84.66"};
        List<BigDecimal> dsoValues = new ArrayList<>();
        for (String v : dso) {
            dsoValues.add(d(v));
        }
        ReportSection metricsSection = ReportSection.builder("metrics", "Metrics")
                .table(metrics)
                .chart(ReportChart.builder(ChartKind.LINE, "dso_trend").title("DSO over the last 12 months")
                        .unit("days").categories(List.of(months)).series("dso", "DSO", dsoValues).build())
                .build();

        ReportTable allowance = ReportTable.builder("allowance").title("Provision matrix from 6-month roll rates")
                .left("bucket", "Bucket").right("roll_rate", "Roll rate").right("loss_rate", "Loss rate")
                .right("balance", "Balance").right("allowance", "Allowance")
                .row(Cell.text("current"), Cell.percent(d("47.7458")), Cell.percent(d("8.026")), Cell.of(eur("231516.02")),
                        Cell.of(eur("18581.48")))
                .row(Cell.text("1-30"), Cell.percent(d("52.9842")), Cell.percent(d("16.8098")), Cell.of(eur("126454.92")),
                        Cell.of(eur("21256.82")))
                .row(Cell.text("over 120"), Cell.empty().withDisplay("-"), Cell.percent(d("100")),
                        Cell.of(eur("124103.59")), Cell.of(eur("124103.59")))
                .row(Cell.text("total"), Cell.empty(), Cell.empty(), Cell.of(eur("482074.53")), Cell.of(eur("163941.89")))
                .build();
        ReportSection allowanceSection = ReportSection.builder("allowance", "Allowance for doubtful debts")
                .table(allowance)
                .note("A roll into the open-ended last bucket can pass 100%: that bucket also holds older debt; "
                        + "it is capped at 100% when the rates are chained into loss rates.")
                .build();

        ReportTable proposal = ReportTable.builder("proposal").title("Dunning proposal (policy 'standard')")
                .left("customer", "Customer").right("level", "Level").right("items", "Items").right("amount", "Amount")
                .right("fee", "Fee").left("actions", "Actions").left("reason", "Why")
                .row(Cell.text("C-004"), Cell.of(4), Cell.of(4), Cell.of(eur("8083.61")), Cell.of(eur("40.00")),
                        Cell.text("LETTER, PHONE_CALL_TASK"),
                        Cell.text("C-004-INV-17#1, 10 days past due: level 2 from 7 days past due plus 3 grace days"))
                .row(Cell.text("C-017"), Cell.of(2), Cell.of(2), Cell.of(eur("2706.95")), Cell.empty(),
                        Cell.text("REMINDER_EMAIL"), Cell.text("C-017-INV-3#1, 35 days past due: level 2"))
                .build();
        ReportSection dunningSection = ReportSection.builder("dunning", "Dunning proposal")
                .table(proposal)
                .chart(ReportChart.builder(ChartKind.FUNNEL, "funnel").title("Dunning funnel by level").unit("count")
                        .categories(List.of("Level 1: reminder", "Level 2: second reminder", "Level 3: letter",
                                "Level 4: call", "Level 5: agency"))
                        .series("customers", "Customers", List.of(d("38"), d("24"), d("15"), d("9"), d("3"))).build())
                .build();

        ReportTable.Builder forecast = ReportTable.builder("forecast").title("Notices by day, assuming no payment arrives")
                .left("date", "Date").right("notices", "Notices").right("l1", "L1").right("l2", "L2").right("l3", "L3")
                .right("l4", "L4").right("l5", "L5");
        forecast.row(Cell.of(LocalDate.of(2025, 1, 1)), Cell.of(1), Cell.empty(), Cell.empty(), Cell.of(1), Cell.empty(),
                Cell.empty());
        forecast.row(Cell.of(LocalDate.of(2025, 1, 6)), Cell.of(19), Cell.of(1), Cell.of(6), Cell.of(4), Cell.of(7),
                Cell.of(1));
        forecast.row(Cell.of(LocalDate.of(2025, 1, 13)), Cell.of(19), Cell.of(1), Cell.of(4), Cell.of(4), Cell.of(9),
                Cell.of(1));
        ReportSection forecastSection = ReportSection.builder("forecast", "Dunning forecast, next 30 days")
                .table(forecast.build()).build();

        ReportTable worklist = ReportTable.builder("worklist").title("Collections worklist (top 3)")
                .left("customer", "Customer").right("score", "Score").left("why", "Score parts")
                .row(Cell.text("C-029"), Cell.of(d("808.70")), Cell.text("overdue amount 482.70 + days past due 326.00"))
                .row(Cell.text("C-014"), Cell.of(d("651.92")), Cell.text("overdue amount 333.92 + days past due 318.00"))
                .row(Cell.text("C-024"), Cell.of(d("609.61")), Cell.text("overdue amount 321.61 + days past due 288.00"))
                .build();
        ReportTable statement = ReportTable.builder("statement_c-1001").title("Statement for C-1001, December 2024")
                .left("date", "Date").left("document", "Document").right("amount", "Amount").right("balance", "Balance")
                .row(Cell.empty(), Cell.text("opening balance"), Cell.empty(), Cell.of(eur("900.00")))
                .row(Cell.of(LocalDate.of(2024, 12, 2)), Cell.text("INVOICE INV-103"), Cell.of(eur("450.00")),
                        Cell.of(eur("1350.00")))
                .row(Cell.of(LocalDate.of(2024, 12, 6)), Cell.text("CREDIT_NOTE CN-7"), Cell.of(eur("-50.00")),
                        Cell.of(eur("1300.00")))
                .row(Cell.of(LocalDate.of(2024, 12, 12)), Cell.text("PAYMENT PAY-55"), Cell.of(eur("-700.00")),
                        Cell.of(eur("600.00")))
                .row(Cell.empty(), Cell.text("closing balance"), Cell.empty(), Cell.of(eur("600.00")))
                .build();
        return ReportDocument.builder("Receivables report", AS_OF)
                .subtitle("Sample portfolio: 40 customers, 1,204 invoices, EUR and USD")
                .subtitle("Aging basis: due date; buckets current, 1-30, 31-60, 61-90, 91-120, over 120 days")
                .section(agingSection)
                .section(topSection)
                .section(metricsSection)
                .section(allowanceSection)
                .section(dunningSection)
                .section(forecastSection)
                .section(ReportSection.builder("worklist", "Collections worklist").table(worklist).build())
                .section(ReportSection.builder("statement", "Customer statement").table(statement).build())
                .build();
    }
}
