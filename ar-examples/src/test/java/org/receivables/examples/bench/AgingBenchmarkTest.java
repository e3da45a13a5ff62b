package org.receivables.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.aging.AgingReport;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.Portfolio;

/**
 * A smoke run of each benchmarked approach on tiny data (10,000 items, 100 customers): the bulk path,
 * the object API over items and over ledgers, the bulk form built from the ledgers and DuckDB's SQL give
 * the same report and totals; the runner prints its tables and the targets. No timing is asserted.
 */
class AgingBenchmarkTest {

    // ---- bulkAging, objectAging, DuckDbAging.age ----

    @Test
    void theThreeApproachesGiveTheSameReport() throws SQLException {
        AgingWorkload w = AgingWorkload.generate(10_000, 100, 7L);
        OpenItemColumns columns = w.buildColumns();
        List<OpenItem> items = w.buildOpenItems();
        assertEquals(10_000, columns.size());
        assertEquals(100, columns.customerCount());
        AgingReport bulk = w.bulkAging(columns, 2);
        AgingReport objects = w.objectAging(items);
        assertEquals(objects, bulk);
        assertEquals(objects, w.bulkAging(columns, 1));
        try (DuckDbAging duck = w.loadDuckDb(2)) {
            DuckDbAging.Rows rows = duck.age();
            assertEquals(objects, duck.toReport(rows));
            for (CurrencyUnit c : objects.getCurrencies()) {
                long[] expected = objects.getTotals(c).getOpenItemAmounts().stream().mapToLong(Money::getAmountMinorLong).toArray();
                assertArrayEquals(expected, duck.totals(rows, c), c.getCode());
            }
            assertTrue(duck.memoryBytes() >= 0);
        }
        Portfolio portfolio = w.buildPortfolio();
        assertEquals(100, portfolio.size());
        assertEquals(objects, w.ledgerAging(portfolio));
        OpenItemColumns fromLedgers = w.columnsFromLedgers(portfolio);
        assertEquals(10_000, fromLedgers.size());
        assertEquals(objects, w.bulkAging(fromLedgers, 2));
        long total = items.stream().filter(i -> i.getCurrency().equals(CurrencyUnit.EUR))
                .mapToLong(i -> i.getOpenAmount().getAmountMinorLong()).sum();
        assertEquals(total, bulk.getTotals(CurrencyUnit.EUR).getOpenItemTotal().getAmountMinorLong());
    }

    // ---- run ----

    @Test
    void theRunnerPrintsTheTableAndFindsTheApproachesEqual() throws SQLException {
        String out = runEqual("10000", "--warmup=0", "--iterations=1", "--threads=2");
        assertTrue(out.contains("| 10,000 | 100 | bulk columns, 2 threads |"), out);
        assertTrue(out.contains("| 10,000 | 100 | bulk columns, items in random order within customers, 2 threads |"), out);
        assertTrue(out.contains("| 10,000 | 100 | DuckDB 2 threads (SQL) |"), out);
        assertTrue(out.contains("| 10,000 | 100 | object API over ledgers |"), out);
        assertTrue(out.contains("| 10,000 | 100 | bulk columns built from ledgers |"), out);
        assertTrue(out.contains("All approaches gave equal reports."), out);
        assertTrue(out.contains("| bulk aging at least 10x faster than DuckDB (2 threads) | 10,000 |"), out);
        assertTrue(out.contains("; for reference, items in random order within customers "), out);
        assertTrue(out.contains("| bulk form at most 24 bytes retained per open item | 10,000 |"), out);
    }

    @Test
    void theRunnerMeasuresLedgersOnlyUpToTheGivenSizeAndIgnoresOtherSectionsOptions() throws SQLException {
        String out = runEqual("2000", "--warmup=0", "--iterations=1", "--threads=1", "--ledgers=1000",
                "--fifo-payments=5");
        assertFalse(out.contains("object API over ledgers |"), out);
        assertTrue(out.contains("not measured (ledgers only up to --ledgers)"), out);
    }

    @Test
    void theRunnerSaysHowManyWarmUpsAndRunsEachFigureUses() throws SQLException {
        String out = runEqual("2000", "--warmup=4", "--iterations=7", "--threads=2");
        assertTrue(out.contains("aging by the bulk path and DuckDB 4 + 7;"), out);
        assertTrue(out.contains("DuckDB's load and the bulk columns' ingest 3 + 5 (1 + 3 from 5,000,000 items;"), out);
        assertTrue(out.contains("object API over OpenItems 2 + 3;"), out);
        assertTrue(out.contains("object API over ledgers and bulk columns built from ledgers 3 + 5;"), out);
    }

    @Test
    void theRunnerRefusesAnArgumentThatIsNeitherASizeNorAnOption() {
        assertThrows(IllegalArgumentException.class,
                () -> AgingBenchmark.run(new String[] {"ten"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    // ---- Benchmarks.run ----

    @Test
    void theSectionsRunInOrderInOneRunAndADisagreeingSectionFailsTheRun() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<Benchmarks.Section> sections = List.of(
                (args, o) -> { o.println("first " + args[0]); return true; },
                (args, o) -> { o.println("second " + args[0]); return false; });
        assertFalse(Benchmarks.run(sections, new String[] {"42"}, out));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# Benchmarks: "), text);
        assertTrue(text.indexOf("first 42") < text.indexOf("second 42") && text.contains("first 42"), text);
        assertTrue(Benchmarks.SECTIONS.size() >= 1, "sections");
    }

    /** Runs the aging section into a string and asserts that every approach agreed (the output is the message). */
    private static String runEqual(String... args) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean equal = AgingBenchmark.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(equal, out);
        return out;
    }
}
