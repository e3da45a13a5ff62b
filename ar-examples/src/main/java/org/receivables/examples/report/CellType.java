package org.receivables.examples.report;

import java.util.Locale;

/**
 * What kind of value a {@link Cell} holds, as the machine formats write it.
 *
 * <p>The CSV and JSON renderers name a type by {@link #getName()}: {@code text}, {@code integer},
 * {@code decimal}, {@code money}, {@code date}, {@code percentage} or {@code empty}.
 */
public enum CellType {
    /** No value; written as an empty CSV field and as JSON {@code null}. */
    EMPTY,
    /** Free text. */
    TEXT,
    /** A whole number (a count, a level, whole days). */
    INTEGER,
    /** An exact decimal (days with decimals, a ratio). */
    DECIMAL,
    /** An amount of money: an exact decimal at the currency's scale and an ISO 4217 currency code. */
    MONEY,
    /** A calendar date, written as ISO-8601 {@code yyyy-MM-dd}. */
    DATE,
    /** A percentage, held in percent points: {@code 12.5} means 12.5%. */
    PERCENTAGE;

    /**
     * Returns the lower-case name the machine formats use, such as {@code money}.
     *
     * @return the name, never null
     */
    public String getName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
