package org.receivables.dunning.interest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.receivables.core.money.Percentage;

/**
 * A time series of annual reference rates, each in force from its date until the day before the
 * next one, such as the German Basiszinssatz (set each 1 January and 1 July) or the ECB main
 * refinancing rate.
 *
 * <p>A table has no gaps: it covers every day from its first date onward, up to an optional last
 * date. Rates may be negative (the Basiszinssatz was below zero from 2013 to 2022). The library ships
 * no rate data: the caller supplies the rates.
 *
 * <pre>
 *   RateTable basiszinssatz = RateTable.builder()
 *       .rateFrom(LocalDate.parse("2023-01-01"), Percentage.parse("1.62"))
 *       .rateFrom(LocalDate.parse("2023-07-01"), Percentage.parse("3.12"))
 *       .build();
 *   basiszinssatz.rateOn(LocalDate.parse("2023-06-30"));   // 1.62%
 *   basiszinssatz.rateOn(LocalDate.parse("2030-01-01"));   // 3.12% (open-ended)
 *   basiszinssatz.rateOn(LocalDate.parse("2022-12-31"));   // IllegalArgumentException: before the first date
 *
 *   RateTable.builder()                                    // explicit ranges must meet
 *       .rateBetween(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-06-29"), Percentage.parse("1.62"))
 *       .rateBetween(LocalDate.parse("2023-07-01"), LocalDate.parse("2023-12-31"), Percentage.parse("3.12"));
 *       // IllegalArgumentException: rate table has a gap: 2023-06-30 is covered by no entry ...
 * </pre>
 *
 * <p>Written by hand rather than with Immutables because it is built entry by entry, and each
 * entry is checked against the one before it as it is added.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateTable implements Serializable {

    private static final long serialVersionUID = 1L;

    private final NavigableMap<LocalDate, Percentage> rates;
    /** The last day covered, or null when the last rate stays in force. */
    private final LocalDate lastDate;

    private RateTable(TreeMap<LocalDate, Percentage> rates, LocalDate lastDate) {
        this.rates = Collections.unmodifiableNavigableMap(rates);
        this.lastDate = lastDate;
    }

    /**
     * Obtains a table with one rate, in force from a date onward.
     *
     * @param from the first day the rate is in force, not null
     * @param rate the annual rate, any sign, not null
     * @return the table, not null
     * @throws NullPointerException if an argument is null
     */
    public static RateTable of(LocalDate from, Percentage rate) {
        return builder().rateFrom(from, rate).build();
    }

    /**
     * Creates a builder for a table, filled in date order.
     *
     * @return a new, empty builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the first day the table covers.
     *
     * @return the first date, not null
     */
    public LocalDate getFirstDate() {
        return rates.firstKey();
    }

    /**
     * Gets the last day the table covers, if its last entry was given as a range with an end.
     *
     * @return the last date inclusive, or empty when the last rate stays in force, not null
     */
    public Optional<LocalDate> getLastDate() {
        return Optional.ofNullable(lastDate);
    }

    /**
     * Gets the rates by the first day they are in force, earliest first.
     *
     * @return the rates, unmodifiable, never empty, not null
     */
    public SortedMap<LocalDate, Percentage> getRates() {
        return rates;
    }

    /**
     * Checks whether the table gives a rate for a day.
     *
     * @param day the day, not null
     * @return true if the day is on or after the first date and not after any last date
     * @throws NullPointerException if day is null
     */
    public boolean covers(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(getFirstDate()) && (lastDate == null || !day.isAfter(lastDate));
    }

    /**
     * Gets the rate in force on a day: the rate of the latest entry on or before it.
     *
     * @param day the day, covered by the table, not null
     * @return the rate, not null
     * @throws NullPointerException if day is null
     * @throws IllegalArgumentException if the day is before the first date or after the last date
     */
    public Percentage rateOn(LocalDate day) {
        checkCovers("day", day);
        return rates.floorEntry(day).getValue();
    }

    /**
     * Gets the day the rate in force on a day changes, if it does within the table.
     *
     * @param day the day, covered by the table, not null
     * @return the first day of the next entry after the day, or empty if there is none, not null
     * @throws NullPointerException if day is null
     * @throws IllegalArgumentException if the day is not covered
     */
    public Optional<LocalDate> nextChangeAfter(LocalDate day) {
        checkCovers("day", day);
        return Optional.ofNullable(rates.higherKey(day));
    }

    /** Checks that the table covers a day, naming the field and the table's bounds if not. */
    void checkCovers(String field, LocalDate day) {
        Objects.requireNonNull(day, field);
        if (day.isBefore(getFirstDate())) {
            throw new IllegalArgumentException(field + " " + day + " is before the rate table's first date " + getFirstDate());
        }
        if (lastDate != null && day.isAfter(lastDate)) {
            throw new IllegalArgumentException(field + " " + day + " is after the rate table's last date " + lastDate);
        }
    }

    /**
     * Checks whether another object is a table with the same entries and last date; rates compare
     * by value ({@code 1.50%} equals {@code 1.5%}).
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof RateTable)) {
            return false;
        }
        RateTable other = (RateTable) obj;
        return rates.equals(other.rates) && Objects.equals(lastDate, other.lastDate);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return rates.hashCode() * 31 + Objects.hashCode(lastDate);
    }

    /**
     * Returns a description such as {@code "RateTable[2023-01-01: 1.62%, 2023-07-01: 3.12%, open]"}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("RateTable[");
        for (Map.Entry<LocalDate, Percentage> e : rates.entrySet()) {
            b.append(e.getKey()).append(": ").append(e.getValue()).append(", ");
        }
        return b.append(lastDate == null ? "open" : "until " + lastDate).append(']').toString();
    }

    /**
     * Builds a {@link RateTable} entry by entry, in date order. Each call checks its entry against
     * the one before and changes nothing if it throws.
     *
     * <p>This class is mutable and not thread-safe.
     */
    public static final class Builder {

        private final TreeMap<LocalDate, Percentage> rates = new TreeMap<>();
        /** The last day of the last entry if it was given as a range, else null. */
        private LocalDate lastDate;

        /** Creates an empty builder; {@link RateTable#builder()} does the same. */
        public Builder() {
        }

        /**
         * Adds a rate in force from a date until the next entry's date, or onward if none follows.
         *
         * @param from the first day the rate is in force, after the previous entry's, not null
         * @param rate the annual rate, any sign, not null
         * @return this builder, not null
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if from is not after the previous entry's first day, or
         *     leaves a gap after or overlaps a previous range
         */
        public Builder rateFrom(LocalDate from, Percentage rate) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(rate, "rate");
            checkFollows(from);
            rates.put(from, rate);
            lastDate = null;
            return this;
        }

        /**
         * Adds a rate in force over an explicit range of days. The next entry, if any, must start the
         * day after {@code toInclusive}; if none follows, the table ends there.
         *
         * @param from the first day the rate is in force, after the previous entry's, not null
         * @param toInclusive the last day the rate is in force, not before from, not null
         * @param rate the annual rate, any sign, not null
         * @return this builder, not null
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if toInclusive is before from, if from is not after the
         *     previous entry's first day, or leaves a gap after or overlaps a previous range
         */
        public Builder rateBetween(LocalDate from, LocalDate toInclusive, Percentage rate) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(toInclusive, "toInclusive");
            Objects.requireNonNull(rate, "rate");
            if (toInclusive.isBefore(from)) {
                throw new IllegalArgumentException("toInclusive " + toInclusive + " is before from " + from);
            }
            checkFollows(from);
            rates.put(from, rate);
            lastDate = toInclusive;
            return this;
        }

        private void checkFollows(LocalDate from) {
            if (rates.isEmpty()) {
                return;
            }
            LocalDate previous = rates.lastKey();
            if (from.equals(previous)) {
                throw new IllegalArgumentException("from " + from + " is given twice: the rate table has an entry from that date");
            }
            if (from.isBefore(previous)) {
                throw new IllegalArgumentException("from " + from + " is before the previous entry's from " + previous
                        + ": rate table entries must be added in date order");
            }
            if (lastDate != null) {
                LocalDate expected = lastDate.plusDays(1);
                if (from.isAfter(expected)) {
                    throw new IllegalArgumentException("rate table has a gap: " + expected
                            + (from.minusDays(1).equals(expected) ? "" : " to " + from.minusDays(1))
                            + " is covered by no entry (the range from " + previous + " ends " + lastDate
                            + ", the next entry starts from " + from + ")");
                }
                if (from.isBefore(expected)) {
                    throw new IllegalArgumentException("rate table entries overlap: from " + from
                            + " is within the range " + previous + " to " + lastDate);
                }
            }
        }

        /**
         * Builds the table.
         *
         * @return the table, not null
         * @throws IllegalStateException if no entry was added
         */
        public RateTable build() {
            if (rates.isEmpty()) {
                throw new IllegalStateException("a rate table needs at least one entry: call rateFrom or rateBetween");
            }
            return new RateTable(new TreeMap<>(rates), lastDate);
        }
    }
}
