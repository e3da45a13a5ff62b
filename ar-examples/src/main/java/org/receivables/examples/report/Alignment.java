package org.receivables.examples.report;

/**
 * How the text and HTML renderers align the cells of a {@link Column}: text to the left, numbers to
 * the right. Machine formats (CSV, JSON) ignore it.
 */
public enum Alignment {
    /** Aligned to the left edge of the column: names, ids, labels. */
    LEFT,
    /** Aligned to the right edge of the column: counts, amounts, percentages, days. */
    RIGHT
}
