package org.receivables.aging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The ordered columns of an aging report: day ranges that cover every age exactly once.
 *
 * <p>Facts true of every instance: there is at least one bucket; the first is open below and the
 * last open above; each bucket starts the day after the previous one ends (no gap, no overlap, in
 * ascending order); one bucket ends at age 0, so not-yet-due (0 or less) and past-due (1 or more)
 * amounts never share a column; labels are distinct. An age is the as-of date minus the due date
 * (see {@link AgingBasis}), so an item due on the as-of date is 0 days old and <em>current</em>,
 * one 30 days past due is in {@code 1-30} and one 31 days past due in {@code 31-60}.
 *
 * <pre>
 *   AgingBuckets.standard();
 *       // ['current' [..0], '1-30' [1..30], '31-60' [31..60], '61-90' [61..90], '91-120' [91..120], 'over 120' [121..]]
 *   AgingBuckets.ofOverdueLimits(30, 60);
 *       // ['current' [..0], '1-30' [1..30], '31-60' [31..60], 'over 60' [61..]]
 *   AgingBuckets.standard().withForwardLimits(30, 60);   // cash planning: not-yet-due items by when they fall due
 *       // ['due in over 60' [..-61], 'due in 31-60' [-60..-31], 'due in 0-30' [-30..0], '1-30' [1..30], ...]
 *   AgingBuckets.standard().indexOf(31);   // 2, the '31-60' bucket
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgingBuckets {

    private static final AgingBuckets STANDARD = ofOverdueLimits(30, 60, 90, 120);

    private final List<AgingBucket> buckets;
    /** The lowest age of each bucket, for a binary search. */
    private final long[] mins;

    private AgingBuckets(List<AgingBucket> buckets) {
        this.buckets = Collections.unmodifiableList(new ArrayList<>(buckets));
        this.mins = new long[buckets.size()];
        for (int i = 0; i < mins.length; i++) {
            mins[i] = buckets.get(i).getMinDays();
        }
    }

    /**
     * Obtains the standard buckets: current (0 days or less), 1-30, 31-60, 61-90, 91-120 and over 120
     * days past due.
     *
     * @return the standard buckets, not null
     */
    public static AgingBuckets standard() {
        return STANDARD;
    }

    /**
     * Obtains buckets from the upper limits of the past-due ranges: a {@code current} bucket for ages
     * of 0 or less, then one bucket per limit, then one {@code over N} bucket for ages above the last limit.
     *
     * @param upperLimits the highest age of each past-due bucket but the last, ascending, each 1 or more, not null
     * @return the buckets, labelled {@code "current"}, {@code "1-30"}, ..., {@code "over 120"}
     * @throws NullPointerException if upperLimits is null
     * @throws IllegalArgumentException if a limit is below 1 or the limits are not strictly ascending
     */
    public static AgingBuckets ofOverdueLimits(long... upperLimits) {
        Objects.requireNonNull(upperLimits, "upperLimits");
        List<AgingBucket> list = new ArrayList<>();
        list.add(AgingBucket.atMost("current", 0));
        long previous = 0;
        for (int i = 0; i < upperLimits.length; i++) {
            long limit = upperLimits[i];
            if (limit <= previous || limit == Long.MAX_VALUE) {
                throw new IllegalArgumentException("upperLimits[" + i + "] " + limit
                        + " must be above the previous limit " + previous + " (and 1 or more): " + Arrays.toString(upperLimits));
            }
            list.add(AgingBucket.of((previous + 1) + "-" + limit, previous + 1, limit));
            previous = limit;
        }
        list.add(AgingBucket.atLeast("over " + previous, previous + 1));
        return new AgingBuckets(list);
    }

    /**
     * Obtains buckets from an explicit list, validated.
     *
     * @param buckets the buckets in ascending order of age, not empty, not null and holding no null
     * @return the buckets
     * @throws NullPointerException if buckets is null or holds null
     * @throws IllegalArgumentException if the list is empty, the first bucket is not open below, the last
     *         not open above, two neighbours overlap, are out of order or leave a gap, no bucket ends at
     *         age 0, or two labels are equal; the message names the buckets concerned
     */
    public static AgingBuckets of(List<AgingBucket> buckets) {
        Objects.requireNonNull(buckets, "buckets");
        List<AgingBucket> copy = new ArrayList<>(buckets.size());
        for (int i = 0; i < buckets.size(); i++) {
            copy.add(Objects.requireNonNull(buckets.get(i), "buckets[" + i + "]"));
        }
        validate(copy);
        return new AgingBuckets(copy);
    }

    /**
     * Obtains buckets from an explicit array, validated; see {@link #of(List)}.
     *
     * @param buckets the buckets in ascending order of age, not empty, not null and holding no null
     * @return the buckets
     * @throws NullPointerException if buckets is null or holds null
     * @throws IllegalArgumentException as {@link #of(List)}
     */
    public static AgingBuckets of(AgingBucket... buckets) {
        Objects.requireNonNull(buckets, "buckets");
        return of(Arrays.asList(buckets));
    }

    private static void validate(List<AgingBucket> list) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("buckets must not be empty: []");
        }
        Set<String> labels = new HashSet<>();
        boolean splitAtZero = false;
        for (int i = 0; i < list.size(); i++) {
            AgingBucket b = list.get(i);
            if (!labels.add(b.getLabel())) {
                throw new IllegalArgumentException("buckets have a duplicate label '" + b.getLabel() + "': " + list);
            }
            if (b.getMaxDays() == 0) {
                splitAtZero = true;
            }
        }
        for (int i = 1; i < list.size(); i++) {
            AgingBucket prev = list.get(i - 1);
            AgingBucket b = list.get(i);
            if (b.getMinDays() < prev.getMinDays() || (b.getMinDays() == prev.getMinDays() && b.getMaxDays() < prev.getMaxDays())) {
                throw new IllegalArgumentException("buckets are not in ascending order: " + prev
                        + " comes before " + b);
            }
        }
        AgingBucket first = list.get(0);
        if (!first.isOpenBelow()) {
            throw new IllegalArgumentException("buckets leave a gap: the first bucket " + first
                    + " must be open below (use AgingBucket.atMost)");
        }
        AgingBucket last = list.get(list.size() - 1);
        if (!last.isOpenAbove()) {
            throw new IllegalArgumentException("buckets leave a gap: the last bucket " + last
                    + " must be open above (use AgingBucket.atLeast)");
        }
        for (int i = 1; i < list.size(); i++) {
            AgingBucket prev = list.get(i - 1);
            AgingBucket b = list.get(i);
            if (b.getMinDays() <= prev.getMaxDays()) {
                throw new IllegalArgumentException("buckets overlap: " + prev + " and " + b);
            }
            if (b.getMinDays() != prev.getMaxDays() + 1) {
                throw new IllegalArgumentException("buckets leave a gap: " + prev + " and " + b
                        + " miss days " + (prev.getMaxDays() + 1) + ".." + (b.getMinDays() - 1));
            }
        }
        if (!splitAtZero) {
            throw new IllegalArgumentException("buckets must have one bucket ending at age 0, so current and past-due"
                    + " amounts never share a column: " + list);
        }
    }

    /**
     * Returns a copy whose not-yet-due ages are split by how soon they fall due, for cash planning: the
     * bucket ending at age 0 is replaced by {@code due in 0-L1} (ages -L1 to 0), {@code due in (L1+1)-L2},
     * ..., and {@code due in over Ln} (ages below -Ln). The bucket ending at 0 must be open below.
     *
     * @param limits the days ahead each forward bucket reaches to, ascending, each 1 or more, not null
     * @return the buckets with forward buckets, not null
     * @throws NullPointerException if limits is null
     * @throws IllegalArgumentException if limits is empty, not strictly ascending or holds a value below 1,
     *         or the bucket ending at age 0 is not open below
     */
    public AgingBuckets withForwardLimits(long... limits) {
        Objects.requireNonNull(limits, "limits");
        if (limits.length == 0) {
            throw new IllegalArgumentException("limits must not be empty: []");
        }
        long previous = 0;
        for (int i = 0; i < limits.length; i++) {
            if (limits[i] <= previous || limits[i] == Long.MAX_VALUE) {
                throw new IllegalArgumentException("limits[" + i + "] " + limits[i]
                        + " must be above the previous limit " + previous + " (and 1 or more): " + Arrays.toString(limits));
            }
            previous = limits[i];
        }
        int current = currentIndex();
        AgingBucket currentBucket = buckets.get(current);
        if (!currentBucket.isOpenBelow()) {
            throw new IllegalArgumentException("forward buckets replace the bucket ending at age 0, which must be open below: "
                    + currentBucket);
        }
        List<AgingBucket> list = new ArrayList<>();
        list.add(AgingBucket.atMost("due in over " + limits[limits.length - 1], -limits[limits.length - 1] - 1));
        for (int i = limits.length - 1; i >= 0; i--) {
            long from = i == 0 ? 0 : limits[i - 1] + 1;
            list.add(AgingBucket.of("due in " + from + "-" + limits[i], -limits[i], -from));
        }
        list.addAll(buckets.subList(current + 1, buckets.size()));
        return of(list);
    }

    /**
     * Gets the buckets in ascending order of age.
     *
     * @return the buckets, not empty, unmodifiable, not null
     */
    public List<AgingBucket> getBuckets() {
        return buckets;
    }

    /**
     * Gets the number of buckets.
     *
     * @return the size, 1 or more
     */
    public int size() {
        return buckets.size();
    }

    /**
     * Gets a bucket by its position.
     *
     * @param index the position, from 0
     * @return the bucket, not null
     * @throws IllegalArgumentException if index is not a position of this list
     */
    public AgingBucket get(int index) {
        if (index < 0 || index >= buckets.size()) {
            throw new IllegalArgumentException("index " + index + " is not between 0 and " + (buckets.size() - 1));
        }
        return buckets.get(index);
    }

    /**
     * Finds the position of the bucket an age falls in; every age falls in exactly one.
     *
     * @param days the age in days, any value
     * @return the position, from 0
     */
    public int indexOf(long days) {
        int lo = 0;
        int hi = mins.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (mins[mid] <= days) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * Gets the position of the bucket that holds age 0 (an item due on the as-of date): the bucket
     * into which credits are netted when the caller chooses {@link CreditPresentation#NET_INTO_CURRENT}.
     *
     * @return the position, from 0
     */
    public int currentIndex() {
        return indexOf(0);
    }

    /**
     * Checks whether another object holds the same buckets in the same order.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || (obj instanceof AgingBuckets && buckets.equals(((AgingBuckets) obj).buckets));
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return buckets.hashCode();
    }

    /**
     * Returns the buckets, such as {@code "['current' [..0], '1-30' [1..30], 'over 30' [31..]]"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return buckets.toString();
    }
}
