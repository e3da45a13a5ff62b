/**
 * A format-neutral report model and its renderers: build a
 * {@link org.receivables.examples.report.ReportDocument} of
 * {@link org.receivables.examples.report.ReportSection}s holding
 * {@link org.receivables.examples.report.ReportTable}s of
 * {@link org.receivables.examples.report.Cell}s, notes and
 * {@link org.receivables.examples.report.ReportChart}s, then write it as text, CSV, JSON or
 * self-contained HTML through {@link org.receivables.examples.report.ReportFormat}.
 */
package org.receivables.examples.report;
