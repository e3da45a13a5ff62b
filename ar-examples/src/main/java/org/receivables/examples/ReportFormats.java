package org.receivables.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.receivables.examples.report.ReportFormat;

/**
 * Renders a {@link PortfolioReport} in each format the demo offers, as one string: text by
 * {@link TextReport} (laid out for a 100-column terminal), CSV, JSON and HTML by the renderers of
 * {@link ReportFormat} from {@link PortfolioReport#toDocument()}.
 */
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
            case CSV:
                return ReportFormat.CSV.getRenderer().render(report.toDocument());
            case JSON:
                return ReportFormat.JSON.getRenderer().render(report.toDocument());
            default:
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                TextReport.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), report);
                return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * Renders a report as one self-contained HTML page with inline SVG charts.
     *
     * @param report the report, not null
     * @return the page
     */
    static String html(PortfolioReport report) {
        return ReportFormat.HTML.getRenderer().render(Objects.requireNonNull(report, "report").toDocument());
    }
}
