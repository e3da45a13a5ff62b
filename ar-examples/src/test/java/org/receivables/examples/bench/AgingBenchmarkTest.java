package org.receivables.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * A smoke run of each benchmarked approach on tiny data (10,000 items, 100 customers): the bulk path,
 * the object API and DuckDB's SQL give the same report and totals. No timing is asserted.
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
        long total = items.stream().filter(i -> i.getCurrency().equals(CurrencyUnit.EUR))
                .mapToLong(i -> i.getOpenAmount().getAmountMinorLong()).sum();
        assertEquals(total, bulk.getTotals(CurrencyUnit.EUR).getOpenItemTotal().getAmountMinorLong());
    }

    // ---- run ----

    @Test
    void theRunnerPrintsTheTableAndFindsTheApproachesEqual() throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean equal = AgingBenchmark.run(new String[] {"10000", "--warmup=0", "--iterations=1", "--threads=2"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(equal, out);
        assertTrue(out.contains("| 10,000 | 100 | bulk columns, 2 threads |"), out);
        assertTrue(out.contains("| 10,000 | 100 | DuckDB 2 threads (SQL) |"), out);
        assertTrue(out.contains("All three approaches gave equal reports."), out);
    }
}
