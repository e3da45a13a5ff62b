package org.receivables.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receivables.core.item.OpenItem;

/**
 * A smoke run of each FIFO allocation approach on tiny data (5,000 items, 50 customers, one payment
 * each): the bulk path, the object API and DuckDB's window-function SQL give the same applied amount per
 * item and unapplied amount per payment, and the same open-item metrics. No timing is asserted.
 */
class FifoBenchmarkTest {

    // ---- bulkAllocation, objectAllocation, Duck.allocate ----

    @Test
    void theThreeApproachesGiveTheSameAllocation() throws SQLException {
        FifoWorkload w = FifoWorkload.generate(5_000, 50, 11L);
        assertEquals(50, w.payments().size());
        List<OpenItem> items = w.buildOpenItems();
        FifoWorkload.Result objects = w.objectAllocation(items);
        FifoWorkload.Result bulk = w.bulkAllocation(2);
        assertEquals(objects, bulk);
        assertEquals(objects, w.bulkAllocation(1));
        FifoWorkload.Figures figures = w.objectMetrics(w.buildOpenReceivables(items));
        assertEquals(figures, w.bulkMetrics());
        try (FifoWorkload.Duck duck = w.loadDuckDb(2)) {
            assertEquals(objects, duck.allocate());
            assertEquals(figures, duck.metrics());
        }
        // The workload exercises both partial and over-payment: some cash applied, some left unapplied.
        assertTrue(objects.totalApplied() > 0);
        assertTrue(java.util.Arrays.stream(objects.unapplied()).anyMatch(u -> u > 0), "some payment leaves cash unapplied");
        assertTrue(java.util.Arrays.stream(objects.unapplied()).anyMatch(u -> u == 0), "some payment is fully applied");
        long applied = 0;
        for (int p = 0; p < w.payments().size(); p++) {
            applied += w.payments().amountMinor(p) - objects.unapplied()[p];
        }
        assertEquals(applied, objects.totalApplied(), "applied per item adds up to applied per payment");
        assertNotEquals(objects, FifoWorkload.generate(5_000, 50, 12L).bulkAllocation(1));
    }

    // ---- run ----

    @Test
    void theRunnerPrintsTheTableAndFindsTheApproachesEqual() throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean equal = FifoBenchmark.run(new String[] {"5000", "--warmup=0", "--iterations=1", "--threads=2"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(equal, out);
        assertTrue(out.contains("| 5,000 | 50 | bulk columns, 2 threads |"), out);
        assertTrue(out.contains("| 5,000 | 50 | DuckDB 2 threads (window-function SQL) |"), out);
        assertTrue(out.contains("| 5,000 | 50 | metrics: bulk columns (BulkMetrics) |"), out);
        assertTrue(out.contains("All three approaches gave equal allocations and metrics."), out);
        assertTrue(out.contains("DuckDB's load and the bulk columns' ingest 0 + 1 (0 + 1 from 5,000,000 items;"), out);
    }
}
