package org.receivables.examples.report;

import java.util.Locale;

/** How a {@link ReportChart} is drawn. */
public enum ChartKind {
    /** Vertical bars per category from a zero baseline, one bar per series: aging by bucket. */
    BAR,
    /** Points joined by lines, one line per series: DSO month by month. */
    LINE,
    /** Centred bars whose widths follow one series' values, top to bottom: the dunning funnel by level. */
    FUNNEL;

    /**
     * Returns the lower-case name the machine formats use, such as {@code bar}.
     *
     * @return the name, never null
     */
    public String getName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
