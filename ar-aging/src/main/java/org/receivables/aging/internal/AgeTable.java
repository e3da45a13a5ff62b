package org.receivables.aging.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.receivables.aging.AgingBuckets;
import org.receivables.core.bulk.OpenItemColumns;

/**
 * The bucket of each age between the inner bounds of a set of buckets, as a lookup table: ages at or
 * below {@link #low()} fall in bucket 0, ages at or above {@code low() + span()} in the last bucket, and
 * the table holds the bucket of each age in between. When the buckets span {@link #MAX_SPAN} days or
 * more there is no table and {@link #bucketOf(long)} searches the buckets instead. Shared by the
 * report's builder and the bulk aging, so both place an age the same way.
 *
 * <p>This class is immutable and thread-safe (the table is never changed after construction).
 */
public final class AgeTable {

    /** The largest span, in days, that gets a table. */
    public static final long MAX_SPAN = 1 << 16;

    private final AgingBuckets buckets;
    private final long low;
    private final long span;
    private final int[] table;

    private AgeTable(AgingBuckets buckets) {
        this.buckets = buckets;
        int nb = buckets.size();
        low = nb > 1 ? buckets.get(1).getMinDays() - 1 : 0;
        long hi = nb > 1 ? buckets.get(nb - 1).getMinDays() : 0;
        span = hi - low;
        table = new int[span < MAX_SPAN ? (int) span + 1 : 0];
        for (int k = 0; k < table.length; k++) {
            table[k] = buckets.indexOf(low + k);
        }
    }

    /**
     * Builds the table of a set of buckets.
     *
     * @param buckets the buckets, not null
     * @return the table, not null
     * @throws NullPointerException if buckets is null
     */
    public static AgeTable of(AgingBuckets buckets) {
        return new AgeTable(Objects.requireNonNull(buckets, "buckets"));
    }

    /**
     * Gets the age below which (inclusive) every age is in bucket 0.
     *
     * @return the age in days
     */
    public long low() {
        return low;
    }

    /**
     * Gets the number of days the table covers above {@link #low()}.
     *
     * @return the span in days
     */
    public long span() {
        return span;
    }

    /**
     * Tells whether there is a table (the span is below {@link #MAX_SPAN}).
     *
     * @return true if {@link #table()} holds the buckets
     */
    public boolean hasTable() {
        return table.length > 0;
    }

    /**
     * Gets the table itself, for loops that index it directly: entry {@code k} is the bucket of age
     * {@code low() + k}. Callers must not change it.
     *
     * @return the table, empty if there is none
     */
    public int[] table() {
        return table;
    }

    /**
     * Gets the bucket of an age. The clamp into the table is bit arithmetic: on JDK 17 Math.min/max of
     * longs compile to branches that random ages mispredict.
     *
     * @param age the age in days, any value
     * @return the bucket's position, from 0
     */
    public int bucketOf(long age) {
        if (table.length == 0) {
            return buckets.indexOf(age);
        }
        long x = age - low;
        x &= ~(x >> 63);
        long d = x - span;
        return table[(int) (span + (d & (d >> 63)))];
    }

    /**
     * Refuses columns that hold an item issued after the as-of date, naming the first such item's
     * customer and issue date: such columns cannot be a view as of the date.
     *
     * @param columns the columns, not null
     * @param asOf the as-of date, not null
     * @throws IllegalArgumentException if an item was issued after asOf
     */
    public static void requireIssuedBy(OpenItemColumns columns, LocalDate asOf) {
        long asOfDay = asOf.toEpochDay();
        if (columns.maxIssueEpochDay() <= asOfDay) {
            return;
        }
        for (int c = 0; c < columns.customerCount(); c++) {
            for (int i = columns.customerStart(c); i < columns.customerStart(c + 1); i++) {
                if (columns.issueEpochDay(i) > asOfDay) {
                    throw new IllegalArgumentException("issueDate " + LocalDate.ofEpochDay(columns.issueEpochDay(i))
                            + " of an item of customer " + columns.getCustomerId(c) + " is after asOf " + asOf
                            + "; age the open items as of the date");
                }
            }
        }
    }
}
