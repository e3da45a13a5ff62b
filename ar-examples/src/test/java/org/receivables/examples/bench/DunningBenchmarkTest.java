package org.receivables.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.dunning.DunningProposal;
import org.receivables.dunning.Gate;
import org.receivables.dunning.bulk.BulkDunningInput;
import org.receivables.dunning.bulk.BulkDunningResult;

/**
 * A smoke run of the dunning benchmark on tiny data (nothing timed): on the benchmark's own generated
 * portfolio the bulk dunning equals the object engine, and the runner prints its table.
 */
class DunningBenchmarkTest {

    // ---- check ----

    @Test
    void theBulkDunningEqualsTheEngineOnTheBenchmarkData() {
        DunningWorkload w = DunningWorkload.generate(2_000, 10, 7L);
        assertEquals(List.of(), w.check());
        // the data exercises the gates that matter, not just one path
        DunningProposal engine = w.engine().propose(w.buildAccounts(), w.buildHistory(), List.of(), w.asOf());
        assertTrue(engine.getNotices().size() > 100, "notices " + engine.getNotices().size());
        for (Gate g : List.of(Gate.ON_HOLD, Gate.NOT_YET_DUE_PLUS_GRACE, Gate.FINAL_STAGE, Gate.LEVEL_ALREADY_REACHED,
                Gate.BELOW_MINIMUM, Gate.INTERVAL_NOT_ELAPSED)) {
            assertTrue(DunningWorkload.gateCounts(engine).getOrDefault(g, 0) > 0, g + " in " + DunningWorkload.gateCounts(engine));
        }
        OpenItemColumns columns = w.buildColumns();
        BulkDunningInput input = w.bulkInput(columns);
        BulkDunningResult bulk = w.bulkDunning(input, 2);
        assertEquals(engine.getNotices().size(), bulk.proposedCount());
        assertEquals(DunningWorkload.gateCounts(engine), DunningWorkload.gateCounts(bulk));
        assertEquals(20_000, columns.size());
    }

    // ---- run ----

    @Test
    void theRunnerPrintsTheTableAndFindsTheBulkPathEqual() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean ok = DunningBenchmark.run(new String[] {"300", "600", "--warmup=0", "--iterations=1", "--threads=2"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(ok, out);
        assertTrue(out.contains("| 300 | 3,000 | bulk dunning, 2 threads"), out);
        assertTrue(out.contains("Warm-ups + timed runs (median, best) per job: 0 + 1, and 0 + 1 for a job"), out);
        assertTrue(out.contains("| 600 | 6,000 | object engine, 1 thread"), out);
        assertTrue(out.contains("Per-customer time of the bulk dunning from 300 to 600 customers (1.00 is linear growth)"), out);
    }
}
