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
     * Debts (Interest) Act 1998 works this way: the reference rate for a six-month period is the Bank
     * of England rate at 31 December or 30 June before it, and a debt keeps the reference rate of the
     * six months in which it became late.
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
