package org.receivables.examples.report;

import java.io.UncheckedIOException;

/**
 * Writes a {@link ReportDocument} in one format. {@link ReportFormat} names the four renderers.
 *
 * <p>Every implementation is stateless, immutable and thread-safe, and deterministic: the same
 * document gives the same characters, whatever the default locale, zone or clock.
 */
public interface ReportRenderer {

    /**
     * Writes a report.
     *
     * @param document the report, not null
     * @param out where to write, not null; it is neither flushed nor closed
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if {@code out} throws an {@link java.io.IOException}
     */
    void render(ReportDocument document, Appendable out);

    /**
     * Returns a report as a string.
     *
     * @param document the report, not null
     * @return the rendered report
     * @throws NullPointerException if document is null
     */
    default String render(ReportDocument document) {
        StringBuilder sb = new StringBuilder();
        render(document, sb);
        return sb.toString();
    }
}
