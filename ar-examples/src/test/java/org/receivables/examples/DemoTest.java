package org.receivables.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.ledger.LedgerView;

/**
 * The demo prints the worked results it promises. Each expected line is computed by hand here:
 * 2/10 Net 30 on 2024-01-31 is due 30 days later on 2024-03-01 (2024 is a leap year), the 2% discount
 * of EUR 1250.00 is EUR 25.00 through 2024-02-10; the last instalment takes the rounding residual;
 * 2024-12-25 is a holiday Wednesday, so Following lands on Friday the 27th after the 26th's holiday.
 */
class DemoTest {

    // ---- run ----

    @Test
    void printsTheDueScheduleWithItsDiscountWindow() {
        String out = demo();
        assertContains(out, "#1 due 2024-03-01 (Fri)  EUR 1250.00  less EUR 25.00 if paid by 2024-02-10");
        assertContains(out, "paid on 2024-02-10: discount EUR 25.00, pays EUR 1225.00");
        assertContains(out, "paid on 2024-02-11: discount EUR 0.00, pays EUR 1250.00");
    }

    @Test
    void printsInstalmentsWhoseLastTakesTheResidual() {
        String out = demo();
        assertContains(out, "#3 due 2024-04-30 (Tue)  JPY 33340");
        assertContains(out, "#3 due 2024-04-30 (Tue)  EUR 333.40");
        assertContains(out, "#3 due 2024-04-30 (Tue)  BHD 33.340");
    }

    @Test
    void printsBusinessDayAdjustments() {
        String out = demo();
        // Net 30 from 2024-11-25 is the Christmas holiday; EOM August 2024 is a Saturday
        assertContains(out, "Net 30   2024-11-25  2024-12-25 Wed  2024-12-27    2024-12-27    2024-12-24");
        assertContains(out, "EOM      2024-08-12  2024-08-31 Sat  2024-09-02    2024-08-30    2024-08-30");
    }

    @Test
    void printsAnExactSplitAndFitsA100ColumnTerminal() {
        String out = demo();
        assertContains(out, "[EUR 33.34, EUR 33.33, EUR 33.33] sum EUR 100.00");
        for (String line : out.split("\n")) {
            assertTrue(line.length() <= 100, "line longer than 100 columns: " + line);
        }
    }

    /**
     * The ledger sections. After CN-7 (EUR 50.00) settles part of INV-103, the open items on 2024-02-12
     * are INV-101 600.00, INV-102 300.00 (its 2/10 window closed on 2024-01-30) and INV-103 400.00.
     * Oldest due first: 600.00 then 100.00. Proportional: 700 x 600/1300 = 323.077 -> 323.08,
     * 700 x 300/1300 = 161.538 -> 161.54, 700 x 400/1300 = 215.385 -> 215.38; sum 700.00.
     * Statement for February: opening 900.00 (INV-101 + INV-102), +450.00, -50.00, -700.00 = 600.00.
     */
    @Test
    void printsOnePaymentAllocatedByTwoStrategiesAndAStatement() {
        String out = demo();
        assertContains(out, "oldestDueFirst    INV-101#1 EUR 600.00  INV-102#1 EUR 100.00");
        assertContains(out, "proportional      INV-101#1 EUR 323.08  INV-102#1 EUR 161.54  INV-103#1 EUR 215.38");
        assertContains(out, "opening balance                               EUR 900.00");
        assertContains(out, "2024-02-12  PAYMENT PAY-55               EUR -700.00      EUR 600.00");
        assertContains(out, "closing balance                               EUR 600.00");
        assertContains(out, "open items on 2024-02-12: 2, balance EUR 600.00, unapplied EUR 0.00");
    }

    /**
     * The aging sections on the built-in sample. Their numbers come from a generated portfolio, so
     * instead of pinning them this test checks what must hold between them: the aging total is the
     * portfolio's open items read independently from the ledgers, the top list is in descending
     * order, average days delinquent is DSO less best possible DSO, loss rates never fall with age,
     * and the allowance buckets add up to the allowance total within rounding.
     */
    @Test
    void printsAgingMetricsAndAllowanceThatAgreeWithTheLedgers() {
        String out = demo();
        Money open = Money.zero(CurrencyUnit.EUR);
        for (LedgerView view : SamplePortfolio.build().portfolio().asOf(SamplePortfolio.AS_OF)) {
            open = open.plus(view.getTotals(CurrencyUnit.EUR).getOpenItems());
        }
        Matcher total = Pattern.compile("\\n   total\\s+\\d+\\s+(EUR [0-9.]+)\\n").matcher(out);
        assertTrue(total.find(), out);
        assertEquals(open, Money.parse(total.group(1)));

        List<BigDecimal> overdue = numbers(out, "overdue\\s+EUR ([0-9.]+) of");
        assertEquals(5, overdue.size());
        for (int i = 1; i < overdue.size(); i++) {
            assertTrue(overdue.get(i - 1).compareTo(overdue.get(i)) >= 0, overdue.toString());
        }

        BigDecimal dso = numbers(out, "DSO, standard \\(ending receivables\\)\\s+([0-9.]+)").get(0);
        BigDecimal best = numbers(out, "Best possible DSO\\s+([0-9.]+)").get(0);
        BigDecimal add = numbers(out, "Average days delinquent\\s+([0-9.-]+)").get(0);
        assertEquals(0, dso.subtract(best).compareTo(add), dso + " - " + best + " != " + add);

        String allowanceSection = out.substring(out.indexOf("9. Allowance"));
        List<BigDecimal> lossRates = numbers(allowanceSection, "\\s([0-9.]+)%\\s+EUR");
        assertEquals(6, lossRates.size(), allowanceSection);
        for (int i = 1; i < lossRates.size(); i++) {
            assertTrue(lossRates.get(i - 1).compareTo(lossRates.get(i)) <= 0, lossRates.toString());
        }
        List<BigDecimal> allowances = numbers(allowanceSection, "EUR [0-9.]+\\s+EUR ([0-9.]+)\\n");
        assertEquals(7, allowances.size(), allowanceSection);   // six buckets and the total
        BigDecimal sum = allowances.subList(0, 6).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(sum.subtract(allowances.get(6)).abs().compareTo(new BigDecimal("0.06")) <= 0,
                sum + " vs " + allowances.get(6));
    }

    /**
     * The dunning sections: a proposal with its reasons, a 30-day forecast and the worklist. Checked
     * for what must hold between the printed figures: each forecast day's count is the sum of its
     * notices by level, the worklist is ranked by score, and each score is the sum of its parts.
     */
    @Test
    void printsADunningProposalWithReasonsAForecastAndAWorklist() {
        String out = demo();
        assertContains(out, "10. Dunning proposal as of 2024-12-31");
        assertContains(out, "left out (gate, items or customers, an example):");
        assertContains(out, "11. Dunning forecast, 2025-01-01 to 2025-01-30");
        // 2024-12-31 is inside the sample plugin's quiet season (20 Dec to 6 Jan): all 40 customers held
        assertContains(out, "plugin 'quiet-season' (via ServiceLoader): 0 notices, 40 customers on hold, resuming 2025-01-07");
        Matcher day = Pattern.compile("\\n   (2025-01-\\d\\d)  (\\d+) notices  \\{([^}]*)\\}").matcher(out);
        int days = 0;
        while (day.find()) {
            days++;
            int sum = 0;
            for (String entry : day.group(3).split(", ")) {
                sum += Integer.parseInt(entry.substring(entry.indexOf('=') + 1));
            }
            assertEquals(Integer.parseInt(day.group(2)), sum, day.group());
        }
        assertTrue(days > 0, out);
        Matcher entry = Pattern.compile("\\n   (C-\\d+)  ([0-9.]+)  = ([^\\n]+)").matcher(out);
        List<BigDecimal> scores = new ArrayList<>();
        while (entry.find()) {
            BigDecimal score = new BigDecimal(entry.group(2));
            scores.add(score);
            BigDecimal parts = numbers(entry.group(3), " ([0-9.]+)(?: \\+|$)").stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, score.compareTo(parts), entry.group());
        }
        assertEquals(5, scores.size(), out);
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1).compareTo(scores.get(i)) >= 0, scores.toString());
        }
    }

    // ---- execute ----

    @Test
    void withoutOptionsExecutePrintsTheSameDemoAsRun() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Demo.execute(new String[0], new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals(demo(), out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    /**
     * {@code --as-of 2024-06-30} ages the sample on that date: the quarter is Q2 2024, the CEI month
     * June, the twelve months end in June, and the aging total is the open items on 2024-06-30.
     */
    @Test
    void asOfMovesTheAgingAndTheMeasurementPeriods() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Demo.execute(new String[] {"--as-of", "2024-06-30"}, new PrintStream(bytes, true,
                StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        String out = bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertContains(out, "7. Aging of the sample portfolio (40 customers) as of 2024-06-30");
        assertContains(out, "8. Metrics (Q2 2024 unless stated;");
        assertContains(out, "CEI, June 2024, %");
        assertContains(out, "Receivables turnover, 2023-07 to 2024-06 (times)");
        assertContains(out, "#1 due 2024-03-01 (Fri)  EUR 1250.00");    // the fixed sections stay as they are
        Money open = Money.zero(CurrencyUnit.EUR);
        for (LedgerView view : SamplePortfolio.build().portfolio().asOf(java.time.LocalDate.of(2024, 6, 30))) {
            open = open.plus(view.getTotals(CurrencyUnit.EUR).getOpenItems());
        }
        Matcher total = Pattern.compile("\\n   total\\s+\\d+\\s+(EUR [0-9.]+)\\n").matcher(out);
        assertTrue(total.find(), out);
        assertEquals(open, Money.parse(total.group(1)));
    }

    @Test
    void helpPrintsTheUsageAndExitsWithZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, Demo.execute(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: Demo [--as-of YYYY-MM-DD] [--data DIR]"));
    }

    private static List<BigDecimal> numbers(String text, String regex) {
        List<BigDecimal> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(new BigDecimal(m.group(1)));
        }
        return found;
    }

    private static String output;

    private static synchronized String demo() {
        if (output == null) {
            output = run();
        }
        return output;
    }

    private static String run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static void assertContains(String out, String expected) {
        assertTrue(out.contains(expected), () -> "missing: " + expected + "\nin:\n" + out);
    }
}
