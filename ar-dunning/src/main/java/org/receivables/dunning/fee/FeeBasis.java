package org.receivables.dunning.fee;

/**
 * How often a dunning level charges its fee: once for each item reaching the level, or once for the
 * notice that reaches it.
 *
 * <pre>
 *   // items INV-1#1 (EUR 100.00) and INV-2#1 (EUR 50.00) reach a level with a fixed EUR 5.00 fee:
 *   FeeBasis.PER_ITEM;     // EUR 5.00 on each line: EUR 10.00, never again for either item at the level
 *   FeeBasis.PER_NOTICE;   // EUR 5.00 once on the notice, never again for the customer, currency and level
 * </pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum FeeBasis {

    /**
     * The fee is charged on each item's open amount, at most once per item and level, however often
     * the engine runs.
     */
    PER_ITEM,

    /**
     * The fee is charged on the notice's total open amount, at most once per customer, currency and
     * level, however often the engine runs and whichever items the notice holds.
     */
    PER_NOTICE
}
