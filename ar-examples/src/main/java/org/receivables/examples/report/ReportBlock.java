package org.receivables.examples.report;

/**
 * One block of a {@link ReportSection}: a {@link ReportTable}, a {@link ReportNote} or a
 * {@link ReportChart}. Renderers handle exactly these three.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface ReportBlock permits ReportTable, ReportNote, ReportChart {
}
