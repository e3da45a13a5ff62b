package org.receivables.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's progress lines on standard error: printed while the long steps run, never with --quiet. */
class PortfolioReportProgressTest {

    // ---- of ----

    @Test
    void of_withProgress_reportsEachDateAndDunningRun_andComputesTheSameReport() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PortfolioReport report = PortfolioReport.of(Demo.SAMPLE_TITLE, DemoFixtures.sample(), SampleLedger.AS_OF,
                new PrintStream(err, true, StandardCharsets.UTF_8), 0);
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.startsWith("report: ")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("report: ledgers as of " + SampleLedger.AS_OF)),
                "the last date replayed is the as-of date");
        assertTrue(lines.stream().anyMatch(l -> l.matches("report: dunning run of \\S+ \\((\\d+) of \\1\\)")),
                lines.toString());
        assertEquals("report: dunning proposal, plugin, 30-day forecast and worklist", lines.get(lines.size() - 1));
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        TextReport.print(new PrintStream(text, true, StandardCharsets.UTF_8), report);
        assertEquals(DemoFixtures.sampleText(), text.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    @Test
    void of_withProgressEveryFewSeconds_printsAtMostAFewLinesOnTheSample() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        PortfolioReport.of(Demo.SAMPLE_TITLE, DemoFixtures.sample(), SampleLedger.AS_OF,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        long lines = err.toString(StandardCharsets.UTF_8).lines().count();
        assertTrue(lines <= seconds / (PortfolioReport.PROGRESS_EVERY_MILLIS / 1000) + 1,
                lines + " lines in " + seconds + " s");
    }

    // ---- Demo.execute ----

    @Test
    void execute_quiet_printsNoReportProgress() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Demo.execute(new String[] {"--quiet", "--format", "csv"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertTrue(out.size() > 0);
    }
}
