package org.receivables.dunning.interest;

/**
 * Whether the reference rate of a late debt is fixed when the debt becomes late or follows each
 * period's rate.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RateFixing {

    /**
     * The reference rate in force on the first day of lateness (the day after the due date) applies
     * to the whole debt until it is paid, whatever later changes. The UK Late Payment of Commercial
     * Debts (Interest) Act 1998 works this way: statutory interest is 8% over the Bank of England rate
     * in force on the 31 December or 30 June immediately before the day interest starts to run, and
     * that rate stays with the debt (the Late Payment of Commercial Debts (Rate of Interest) (No. 3)
     * Order 2002, article 4). A rate table for this mode holds that rate from each 1 January and 1 July.
     */
    FIXED_AT_DEFAULT,

    /**
     * Each day's interest uses the reference rate in force on that day, so a debt that is late across
     * a rate change is split there. German default interest under §288 BGB works this way: the
     * Basiszinssatz of each half-year (§247 BGB) applies to the days of that half-year, and so does
     * the reference rate of the EU Late Payment Directive 2011/7/EU for each semester.
     */
    FOLLOWS_REFERENCE_PERIODS
}
