package org.receivables.aging;

import java.util.Objects;

/**
 * One column of an aging report: a labelled range of ages in days, both ends inclusive, either end
 * possibly open.
 *
 * <p>An age is the as-of date minus the item's due date (or issue date, see {@link AgingBasis}):
 * zero or less means not yet due. An open lower end is held as {@link Long#MIN_VALUE}, an open upper
 * end as {@link Long#MAX_VALUE}.
 *
 * <pre>
 *   AgingBucket.atMost("current", 0);      // 'current' [..0]
 *   AgingBucket.of("1-30", 1, 30);         // '1-30' [1..30]: 30 days past due is inside, 31 is not
 *   AgingBucket.atLeast("over 120", 121);  // 'over 120' [121..]
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgingBucket {

    private final String label;
    private final long minDays;
    private final long maxDays;

    private AgingBucket(String label, long minDays, long maxDays) {
        this.label = label;
        this.minDays = minDays;
        this.maxDays = maxDays;
    }

    /**
     * Obtains a bucket for ages from {@code minDays} to {@code maxDays}, both inclusive.
     *
     * @param label the column's label, not blank, not null
     * @param minDays the lowest age in the bucket, inclusive
     * @param maxDays the highest age in the bucket, inclusive, not below minDays
     * @return the bucket
     * @throws NullPointerException if label is null
     * @throws IllegalArgumentException if label is blank or maxDays is below minDays
     */
    public static AgingBucket of(String label, long minDays, long maxDays) {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank: '" + label + "'");
        }
        if (maxDays < minDays) {
            throw new IllegalArgumentException("maxDays " + maxDays + " is below minDays " + minDays
                    + " of bucket '" + label + "'");
        }
        return new AgingBucket(label, minDays, maxDays);
    }

    /**
     * Obtains a bucket open below: every age up to {@code maxDays}, inclusive.
     *
     * @param label the column's label, not blank, not null
     * @param maxDays the highest age in the bucket, inclusive
     * @return the bucket
     * @throws NullPointerException if label is null
     * @throws IllegalArgumentException if label is blank
     */
    public static AgingBucket atMost(String label, long maxDays) {
        return of(label, Long.MIN_VALUE, maxDays);
    }

    /**
     * Obtains a bucket open above: every age from {@code minDays}, inclusive.
     *
     * @param label the column's label, not blank, not null
     * @param minDays the lowest age in the bucket, inclusive
     * @return the bucket
     * @throws NullPointerException if label is null
     * @throws IllegalArgumentException if label is blank
     */
    public static AgingBucket atLeast(String label, long minDays) {
        return of(label, minDays, Long.MAX_VALUE);
    }

    /**
     * Gets the column's label.
     *
     * @return the label, not null
     */
    public String getLabel() {
        return label;
    }

    /**
     * Gets the lowest age in the bucket, inclusive.
     *
     * @return the days, {@link Long#MIN_VALUE} if the bucket is open below
     */
    public long getMinDays() {
        return minDays;
    }

    /**
     * Gets the highest age in the bucket, inclusive.
     *
     * @return the days, {@link Long#MAX_VALUE} if the bucket is open above
     */
    public long getMaxDays() {
        return maxDays;
    }

    /**
     * Checks whether the bucket has no lower end.
     *
     * @return true if open below
     */
    public boolean isOpenBelow() {
        return minDays == Long.MIN_VALUE;
    }

    /**
     * Checks whether the bucket has no upper end.
     *
     * @return true if open above
     */
    public boolean isOpenAbove() {
        return maxDays == Long.MAX_VALUE;
    }

    /**
     * Checks whether an age falls in the bucket.
     *
     * @param days the age in days
     * @return true if minDays &lt;= days &lt;= maxDays
     */
    public boolean contains(long days) {
        return days >= minDays && days <= maxDays;
    }

    /**
     * Checks whether the bucket holds only past-due ages: its lowest age is 1 or more.
     *
     * @return true if every age in the bucket is past due
     */
    public boolean isOverdue() {
        return minDays >= 1;
    }

    /**
     * Checks whether another object is a bucket with the same label and range.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof AgingBucket)) {
            return false;
        }
        AgingBucket o = (AgingBucket) obj;
        return label.equals(o.label) && minDays == o.minDays && maxDays == o.maxDays;
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return (label.hashCode() * 31 + Long.hashCode(minDays)) * 31 + Long.hashCode(maxDays);
    }

    /**
     * Returns the label and range, such as {@code "'1-30' [1..30]"} or {@code "'current' [..0]"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "'" + label + "' [" + (isOpenBelow() ? "" : Long.toString(minDays)) + ".."
                + (isOpenAbove() ? "" : Long.toString(maxDays)) + "]";
    }
}
