package org.receivables.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Renders a {@link PortfolioReport} in each format the demo offers, as one string. */
final class ReportFormats {

    private ReportFormats() {
    }

    /**
     * Renders a report for standard output.
     *
     * @param report the report, not null
     * @param format the format, not null
     * @return the rendered report
     */
    static String render(PortfolioReport report, DemoOptions.Format format) {
        Objects.requireNonNull(report, "report");
        switch (Objects.requireNonNull(format, "format")) {
            case TEXT:
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                TextReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), report);
                return bytes.toString(StandardCharsets.UTF_8);
            default:
                throw new IllegalArgumentException("format " + format + " is not available yet");
        }
    }

    /**
     * Renders a report as one self-contained HTML page.
     *
     * @param report the report, not null
     * @return the page
     */
    static String html(PortfolioReport report) {
        throw new IllegalArgumentException("the HTML report is not available yet");
    }
}
