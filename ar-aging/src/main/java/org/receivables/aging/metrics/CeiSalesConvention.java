package org.receivables.aging.metrics;

/**
 * Which credit sales the collection effectiveness index adds to the beginning receivables: both
 * conventions are found in practice and give different numbers for periods longer than a month.
 *
 * <p>Enums are immutable and thread-safe.
 */
public enum CeiSalesConvention {
    /**
     * The period's credit sales divided by its number of calendar months N, as in the Credit Research
     * Foundation's and Oracle Advanced Collections' formula {@code Credit Sales / N}; the period must be
     * made of whole calendar months.
     */
    MONTHLY_AVERAGE_SALES,
    /** The credit sales of the whole period (N = 1), as many textbooks and the one-year form of the formula use. */
    WHOLE_PERIOD_SALES
}
