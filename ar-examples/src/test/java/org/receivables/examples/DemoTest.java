package org.receivables.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.LedgerView;

/**
 * The demo prints the report it promises, on the bundled sample ledger, and the API tour. The report's
 * numbers come from generated data, so they are never pinned: each test checks what must hold
 * between the printed figures and the ledgers, read independently.
 *
 * <p>The tour prints worked results. Each expected line is computed by hand here:
 * 2/10 Net 30 on 2024-01-31 is due 30 days later on 2024-03-01 (2024 is a leap year), the 2% discount
 * of EUR 1250.00 is EUR 25.00 through 2024-02-10; the last instalment takes the rounding residual;
 * 2024-12-25 is a holiday Wednesday, so Following lands on Friday the 27th after the 26th's holiday.
 */
class DemoTest {

    // ---- tour ----

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


    // ---- run: the report on the bundled sample ----

    @Test
    void theReportIsNumberedFromOneAndFitsA100ColumnTerminal() {
        String out = report();
        assertTrue(out.startsWith("Receivables report: the bundled sample ledger as of 2024-12-31\n"), out);
        Matcher heading = Pattern.compile("(?m)^(\\d+)\\. (.*)$").matcher(out);
        List<String> titles = new ArrayList<>();
        while (heading.find()) {
            assertEquals(titles.size() + 1, Integer.parseInt(heading.group(1)), heading.group());
            titles.add(heading.group(2));
        }
        assertEquals(8, titles.size(), titles.toString());
        for (String line : out.split("\n")) {
            assertTrue(line.length() <= 100, "line longer than 100 columns: " + line);
            assertFalse(line.contains("..."), "truncated: " + line);
            assertEquals(line.stripTrailing(), line, "trailing blanks: " + line);
        }
    }

    /** Each currency's aging counts that currency's customers, and its total is their open items. */
    @Test
    void theAgingOfEachCurrencyAgreesWithTheLedgers() {
        String aging = section(report(), 1);
        List<LedgerView> views = DemoFixtures.sample().asOf(SampleLedger.AS_OF);
        int currencies = 0;
        for (CurrencyUnit currency : List.of(CurrencyUnit.EUR, CurrencyUnit.USD)) {
            Money open = Money.zero(currency);
            int customers = 0;
            long items = 0;
            for (LedgerView view : views) {
                if (view.getCurrencies().contains(currency)) {
                    customers++;
                    open = open.plus(view.getTotals(currency).getOpenItems());
                    items += view.getOpenItems(currency).size();
                }
            }
            assertTrue(customers < DemoFixtures.sample().size(), currency + ": " + customers);
            Matcher m = Pattern.compile("\n   " + currency + ", (\\d+) customers\n(?:.*\n)*?   total\\s+(\\d+)\\s+([0-9,.]+)\\s+100.00%\n")
                    .matcher(aging);
            assertTrue(m.find(), aging);
            assertEquals(customers, Integer.parseInt(m.group(1)), currency.getCode());
            assertEquals(items, Long.parseLong(m.group(2)), currency.getCode());
            assertEquals(open, money(currency, m.group(3)), currency.getCode());
            currencies++;
        }
        assertEquals(2, currencies);
    }

    /** Ten customers per currency, largest overdue first; each figure is the customer's own open items. */
    @Test
    void theTopTenOverdueAreOrderedAndAgreeWithEachLedger() {
        String top = section(report(), 2);
        for (CurrencyUnit currency : List.of(CurrencyUnit.EUR, CurrencyUnit.USD)) {
            String part = top.substring(top.indexOf("\n   " + currency + " (overdue in total"));
            Matcher row = Pattern.compile("\n\\s+(\\d+)  (C-\\d+)\\s+([0-9,.]+)\\s+([0-9,.]+)\\s+([0-9.]+)%").matcher(part);
            List<BigDecimal> overdue = new ArrayList<>();
            while (row.find() && overdue.size() < 10) {
                assertEquals(overdue.size() + 1, Integer.parseInt(row.group(1)));
                LedgerView view = DemoFixtures.sample().getLedger(CustomerId.of(row.group(2))).orElseThrow()
                        .asOf(SampleLedger.AS_OF);
                Money late = Money.zero(currency);
                for (OpenItem item : view.getOpenItems(currency)) {
                    late = item.isOverdueOn(SampleLedger.AS_OF) ? late.plus(item.getOpenAmount()) : late;
                }
                assertEquals(late, money(currency, row.group(3)), row.group());
                assertEquals(view.getTotals(currency).getOpenItems(), money(currency, row.group(4)), row.group());
                overdue.add(amount(row.group(3)));
            }
            assertEquals(10, overdue.size(), part);
            for (int i = 1; i < overdue.size(); i++) {
                assertTrue(overdue.get(i - 1).compareTo(overdue.get(i)) >= 0, overdue.toString());
            }
        }
    }

    /**
     * Average days delinquent is DSO less best possible DSO; the month-end DSO trend, computed from
     * the month-end agings and the invoices, ends with the quarter's standard DSO.
     */
    @Test
    void theMetricsAgreeWithEachOther() {
        String metrics = section(report(), 3);
        for (int column = 1; column <= 2; column++) {
            BigDecimal dso = numbers(metrics, "DSO, standard \\(ending receivables\\)" + cells(column)).get(0);
            BigDecimal best = numbers(metrics, "Best possible DSO" + cells(column)).get(0);
            BigDecimal add = numbers(metrics, "Average days delinquent \\(DSO - best possible\\)" + cells(column)).get(0);
            assertEquals(0, dso.subtract(best).compareTo(add), dso + " - " + best + " != " + add);
            String currency = column == 1 ? "EUR" : "USD";
            Matcher trend = Pattern.compile("\n   " + currency + "((?:\\s+[0-9.]+){12})\n").matcher(metrics);
            assertTrue(trend.find(), metrics);
            String[] months = trend.group(1).trim().split("\\s+");
            assertEquals(0, dso.setScale(1, java.math.RoundingMode.HALF_EVEN).compareTo(new BigDecimal(months[11])),
                    dso + " vs " + trend.group());
        }
    }

    /** Loss rates never fall with age, and the buckets' allowances add up to the total. */
    @Test
    void theAllowanceAddsUp() {
        String allowance = section(report(), 4);
        for (CurrencyUnit currency : List.of(CurrencyUnit.EUR, CurrencyUnit.USD)) {
            int from = allowance.indexOf("\n   " + currency + "\n");
            String part = allowance.substring(from, allowance.indexOf("\n\n", from + 1) + 1);
            List<BigDecimal> lossRates = numbers(part, "\n   \\S+(?: \\S+)?\\s+(?:[0-9.]+%|-)\\s+([0-9.]+)%\\s+[0-9,.]+\\s+[0-9,.]+(?=\n)");
            assertEquals(6, lossRates.size(), part);
            for (int i = 1; i < lossRates.size(); i++) {
                assertTrue(lossRates.get(i - 1).compareTo(lossRates.get(i)) <= 0, lossRates.toString());
            }
            Matcher rows = Pattern.compile("\n   (\\S+(?: \\S+)?)\\s+.*?([0-9,.]+)\\s+([0-9,.]+)(?=\n)").matcher(part);
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal total = null;
            while (rows.find()) {
                if (rows.group(1).equals("total")) {
                    total = amount(rows.group(3));
                    break;
                }
                if (!rows.group(1).equals("bucket")) {
                    sum = sum.add(amount(rows.group(3)));
                }
            }
            assertTrue(total != null && sum.subtract(total).abs().compareTo(new BigDecimal("0.06")) <= 0,
                    sum + " vs " + total);
        }
    }

    /**
     * The dunning sections: each forecast day's count is the sum of its notices by level, the
     * worklist is ranked by score and each score is the sum of its parts, the plugin holds no more
     * customers than there are, and the funnel counts every customer with open items once.
     */
    @Test
    void theDunningSectionsAgreeWithEachOther() {
        String out = report();
        String proposal = section(out, 5);
        Matcher held = Pattern.compile("holds (\\d+)\\s+customer").matcher(proposal);
        assertTrue(held.find(), proposal);
        assertTrue(Integer.parseInt(held.group(1)) <= DemoFixtures.sample().size(), held.group());
        Matcher funnel = Pattern.compile("never dunned (\\d+)((?:,\\s+level \\d+ \\d+)+)\\.").matcher(proposal);
        assertTrue(funnel.find(), proposal);
        int inFunnel = Integer.parseInt(funnel.group(1));
        for (BigDecimal n : numbers(funnel.group(2), "level \\d+ (\\d+)")) {
            inFunnel += n.intValue();
        }
        int withOpenItems = 0;
        for (LedgerView view : DemoFixtures.sample().asOf(SampleLedger.AS_OF)) {
            withOpenItems += view.getOpenItems().isEmpty() ? 0 : 1;
        }
        assertEquals(withOpenItems, inFunnel);
        Matcher notices = Pattern.compile("(\\d+) notice\\(s\\) to send").matcher(proposal);
        assertTrue(notices.find(), proposal);
        assertEquals(Integer.parseInt(notices.group(1)), Pattern.compile("\n       why: ").matcher(proposal).results().count(),
                "one reason per notice");

        Matcher day = Pattern.compile("\n   (2025-01-\\d\\d) \\w\\w\\w\\s+(\\d+)((?:\\s+(?:\\d+|\\.)){5})").matcher(section(out, 6));
        int days = 0;
        while (day.find()) {
            days++;
            int sum = 0;
            for (String cell : day.group(3).trim().split("\\s+")) {
                sum += cell.equals(".") ? 0 : Integer.parseInt(cell);
            }
            assertEquals(Integer.parseInt(day.group(2)), sum, day.group());
        }
        assertEquals(30, days);

        Matcher entry = Pattern.compile("\n\\s+\\d+  (C-\\d+)\\s+([0-9.]+)  ([^\n]+)").matcher(section(out, 7));
        List<BigDecimal> scores = new ArrayList<>();
        while (entry.find()) {
            BigDecimal score = new BigDecimal(entry.group(2));
            scores.add(score);
            BigDecimal parts = numbers(entry.group(3), " ([0-9.]+)(?: \\+|$)").stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, score.compareTo(parts), entry.group());
        }
        assertEquals(10, scores.size(), section(out, 7));
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1).compareTo(scores.get(i)) >= 0, scores.toString());
        }
    }

    /**
     * The statement is the top overdue customer's, over the last three months: every line's balance
     * is the one before plus its amount, and the closing balance is the ledger's balance on the date.
     */
    @Test
    void theStatementRunsFromItsOpeningToTheLedgersBalance() {
        String statement = section(report(), 8);
        Matcher head = Pattern.compile("Statement of account: (C-\\d+), (\\w{3}), 2024-10-01 to 2024-12-31").matcher(statement);
        assertTrue(head.find(), statement);
        String top = section(report(), 2);
        assertTrue(top.contains("\n   " + head.group(2) + " (overdue in total"), top);
        Matcher first = Pattern.compile("\n\\s+1  (C-\\d+)").matcher(top.substring(top.indexOf("\n   " + head.group(2))));
        assertTrue(first.find());
        assertEquals(first.group(1), head.group(1), "the statement is the top overdue customer's");
        CurrencyUnit currency = CurrencyUnit.of(head.group(2));
        Matcher opening = Pattern.compile("opening balance\\s+([0-9,.-]+)\n").matcher(statement);
        assertTrue(opening.find(), statement);
        BigDecimal balance = amount(opening.group(1));
        Matcher line = Pattern.compile("\n   \\d{4}-\\d\\d-\\d\\d  [a-z ]+?\\s{2,}\\S+\\s+([0-9,.-]+)\\s+([0-9,.-]+)\n")
                .matcher(statement);
        int lines = 0;
        int at = opening.end() - 1;
        while (line.find(at)) {
            balance = balance.add(amount(line.group(1)));
            assertEquals(0, balance.compareTo(amount(line.group(2))), line.group());
            lines++;
            at = line.end() - 1;
        }
        assertTrue(lines > 0, statement);
        Matcher closing = Pattern.compile("closing balance\\s+([0-9,.-]+)\n").matcher(statement);
        assertTrue(closing.find(), statement);
        assertEquals(0, balance.compareTo(amount(closing.group(1))));
        Money ledger = DemoFixtures.sample().getLedger(CustomerId.of(head.group(1))).orElseThrow()
                .asOf(SampleLedger.AS_OF).getBalance(currency);
        assertEquals(ledger, money(currency, closing.group(1)));
    }

    private static String cells(int column) {
        return "\\s+" + "(?:[0-9.]+|n/a|-)\\s+".repeat(column - 1) + "([0-9.]+)";
    }

    // ---- execute ----

    @Test
    void withoutOptionsExecutePrintsTheReportOnTheBundledSample() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Demo.execute(new String[] {"--quiet"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals(report(), out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void tourPrintsTheApiTourOnly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Demo.execute(new String[] {"--tour"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        assertEquals(demo(), out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    /**
     * {@code --as-of 2024-06-30} reports on that date: the quarter is Q2 2024, the CEI month June,
     * the twelve months end in June, and each aging total is the open items on 2024-06-30.
     */
    @Test
    void asOfMovesTheAgingAndTheMeasurementPeriods() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Demo.execute(new String[] {"--as-of", "2024-06-30", "--quiet"}, new PrintStream(bytes, true,
                StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        String out = bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertContains(out, "1. Portfolio aging as of 2024-06-30");
        assertContains(out, "3. Metrics (Q2 2024 unless stated;");
        assertContains(out, "Collection effectiveness index, June 2024, %");
        assertContains(out, "Receivables turnover, 2023-07 to 2024-06 (times)");
        Money open = Money.zero(CurrencyUnit.EUR);
        for (LedgerView view : DemoFixtures.sample().asOf(LocalDate.of(2024, 6, 30))) {
            open = open.plus(view.getTotals(CurrencyUnit.EUR).getOpenItems());
        }
        Matcher total = Pattern.compile("\\n   EUR, \\d+ customers\\n(?:.*\\n)*?   total\\s+\\d+\\s+([0-9,.]+)").matcher(out);
        assertTrue(total.find(), out);
        assertEquals(open, money(CurrencyUnit.EUR, total.group(1)));
    }

    @Test
    void helpPrintsTheUsageAndExitsWithZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, Demo.execute(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        String usage = err.toString(StandardCharsets.UTF_8);
        assertTrue(usage.startsWith("usage: Demo [--as-of YYYY-MM-DD] [--data DIR]"), usage);
        assertContains(usage, "--tour");
    }

    /**
     * A bad command line names the problem, prints the usage and exits with 2 before any work: no
     * report on standard output and no HTML file written.
     */
    @Test
    void badOptionsExitWithTwoAndPrintNoReport(@TempDir Path temp) throws IOException {
        Path missingDir = temp.resolve("no-such-dir").resolve("report.html");
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("--format", "xml"), "option --format xml is not a format; expected text, csv or json");
        cases.put(List.of("--format"), "option --format needs a value");
        cases.put(List.of("--html"), "option --html needs a value");
        cases.put(List.of("--html", "--quiet"), "option --html needs a value");
        cases.put(List.of("--html", missingDir.toString()), "option --html " + missingDir + ": directory "
                + missingDir.getParent().toAbsolutePath() + " does not exist");
        cases.put(List.of("--html", temp.toString()), "option --html " + temp
                + ": is a directory; expected a file name such as report.html");
        cases.put(List.of("--tour", "--format", "json"), "option --tour takes no --as-of, --data, --format or --html");
        cases.put(List.of("--format", "csv", "--format", "json"), "option --format is given twice");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Demo.execute(c.getKey().toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String text = err.toString(StandardCharsets.UTF_8);
            assertEquals(2, status, c.getKey() + ": " + text);
            assertEquals("", out.toString(StandardCharsets.UTF_8), c.getKey().toString());
            assertTrue(text.startsWith("Demo: " + c.getValue()), c.getKey() + ": " + text);
            assertContains(text, "usage: Demo");
        }
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    private static List<BigDecimal> numbers(String text, String regex) {
        List<BigDecimal> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(new BigDecimal(m.group(1)));
        }
        return found;
    }

    private static String tour;

    private static synchronized String demo() {
        if (tour == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Demo.tour(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            tour = bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        return tour;
    }

    private static String report() {
        return DemoFixtures.sampleText();
    }

    /** The lines of a numbered section of the report, from its heading to the next heading. */
    private static String section(String out, int number) {
        Matcher m = Pattern.compile("(?m)^" + number + "\\. .*$").matcher(out);
        assertTrue(m.find(), "no section " + number);
        Matcher next = Pattern.compile("(?m)^" + (number + 1) + "\\. ").matcher(out);
        return out.substring(m.start(), next.find(m.end()) ? next.start() : out.length());
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text.replace(",", ""));
    }

    private static Money money(CurrencyUnit currency, String text) {
        return Money.of(currency, amount(text));
    }

    private static void assertContains(String out, String expected) {
        assertTrue(out.contains(expected), () -> "missing: " + expected + "\nin:\n" + out);
    }
}
