package org.receivables.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.receivables.core.ledger.Portfolio;

/** The bundled sample and its report, loaded once per test JVM and shared by the demo's tests. */
final class DemoFixtures {

    private static Portfolio sample;
    private static PortfolioReport report;
    private static String text;

    private DemoFixtures() {
    }

    static synchronized Portfolio sample() {
        if (sample == null) {
            sample = CsvPortfolioReader.create().read(SampleLedger.directory());
        }
        return sample;
    }

    static synchronized PortfolioReport sampleReport() {
        if (report == null) {
            report = PortfolioReport.of(Demo.SAMPLE_TITLE, sample(), SampleLedger.AS_OF);
        }
        return report;
    }

    static synchronized String sampleText() {
        if (text == null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            TextReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), sampleReport());
            text = bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        return text;
    }
}
