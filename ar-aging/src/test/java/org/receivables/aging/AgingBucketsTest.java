package org.receivables.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Examples of the aging buckets: the standard layout, its boundaries, custom and forward buckets. */
class AgingBucketsTest {

    static List<String> labels(AgingBuckets b) {
        return b.getBuckets().stream().map(AgingBucket::getLabel).collect(Collectors.toList());
    }

    // ---- standard ----

    /**
     * The standard layout matches the default aging periods of Sage Intacct's AR aging
     * ("0-30,31-60,61-90,91-120,121-", https://developer.intacct.com/api/accounts-receivable/ar-aging/)
     * and ERPNext's Accounts Receivable report (ranges 30, 60, 90, 120,
     * https://docs.erpnext.com/docs/user/manual/en/accounts-receivable), with the not-yet-due amount
     * in its own current column.
     */
    @Test
    void standard_hasCurrentThenFourRangesOfThirtyDaysThenOver120() {
        AgingBuckets b = AgingBuckets.standard();
        assertEquals(List.of("current", "1-30", "31-60", "61-90", "91-120", "over 120"), labels(b));
        assertEquals(AgingBucket.atMost("current", 0), b.get(0));
        assertEquals(AgingBucket.of("1-30", 1, 30), b.get(1));
        assertEquals(AgingBucket.atLeast("over 120", 121), b.get(5));
    }

    // ---- indexOf ----

    @Test
    void indexOf_boundariesAtZeroThirtyAndThirtyOne() {
        AgingBuckets b = AgingBuckets.standard();
        assertEquals(0, b.indexOf(-400), "not yet due");
        assertEquals(0, b.indexOf(0), "due on the as-of date is current");
        assertEquals(1, b.indexOf(1));
        assertEquals(1, b.indexOf(30), "30 days past due is in 1-30");
        assertEquals(2, b.indexOf(31), "31 days past due is in 31-60");
        assertEquals(2, b.indexOf(60));
        assertEquals(3, b.indexOf(61));
        assertEquals(4, b.indexOf(120));
        assertEquals(5, b.indexOf(121));
        assertEquals(5, b.indexOf(Long.MAX_VALUE));
        assertEquals(0, b.indexOf(Long.MIN_VALUE));
    }

    // ---- ofOverdueLimits ----

    @Test
    void ofOverdueLimits_buildsCurrentRangesAndOver() {
        AgingBuckets b = AgingBuckets.ofOverdueLimits(7, 14);
        assertEquals(List.of("current", "1-7", "8-14", "over 14"), labels(b));
        assertEquals(1, b.indexOf(7));
        assertEquals(2, b.indexOf(8));
        assertEquals(3, b.indexOf(15));
        assertEquals(List.of("current", "over 0"), labels(AgingBuckets.ofOverdueLimits()));
    }

    // ---- of ----

    @Test
    void of_acceptsCustomContiguousBuckets() {
        AgingBuckets b = AgingBuckets.of(AgingBucket.atMost("not due", 0), AgingBucket.of("late", 1, 45),
                AgingBucket.atLeast("very late", 46));
        assertEquals(1, b.indexOf(45));
        assertEquals(2, b.indexOf(46));
        assertEquals(0, b.currentIndex());
        assertFalse(b.get(0).isOverdue());
        assertTrue(b.get(1).isOverdue());
        assertEquals(b, AgingBuckets.of(List.copyOf(b.getBuckets())));
    }

    // ---- withForwardLimits ----

    @Test
    void withForwardLimits_splitsNotYetDueByWhenItFallsDue() {
        AgingBuckets b = AgingBuckets.standard().withForwardLimits(30, 60);
        assertEquals(List.of("due in over 60", "due in 31-60", "due in 0-30", "1-30", "31-60", "61-90", "91-120",
                "over 120"), labels(b));
        assertEquals(0, b.indexOf(-61), "due in 61 days");
        assertEquals(1, b.indexOf(-60));
        assertEquals(1, b.indexOf(-31));
        assertEquals(2, b.indexOf(-30));
        assertEquals(2, b.indexOf(0), "due today");
        assertEquals(3, b.indexOf(1));
        assertEquals(2, b.currentIndex());
    }

    // ---- toString ----

    @Test
    void toString_showsLabelsAndRanges() {
        assertEquals("['current' [..0], '1-30' [1..30], 'over 30' [31..]]", AgingBuckets.ofOverdueLimits(30).toString());
    }
}
