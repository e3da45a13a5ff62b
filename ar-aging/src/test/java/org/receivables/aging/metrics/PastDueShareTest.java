package org.receivables.aging.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.receivables.aging.metrics.DaysSalesOutstandingTest.dec;
import static org.receivables.aging.metrics.DaysSalesOutstandingTest.usd;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PastDueShareTest {

    static final LocalDate AS_OF = LocalDate.of(2023, 3, 31);

    /**
     * The March row of creditguru's sample aged trial balance: total 6,340 of which 3,590 current, 1,800
     * 31-60, 900 61-90 and 50 over 90 days. Source: creditguru, "Ratio - Collection Effectiveness Index (CEI)",
     * http://www.creditguru.com/index.php/collection-management/collection-metrics/collection-effectiveness-index-cei ;
     * metric names as the Credit Research Foundation reports them ("Percent Current", "Per Cent Over 91
     * Days Past Due"), https://www.crfonline.org/tools/national-summary-of-domestic-trade-receivables-results-summary/ .
     * Each bucket is placed at one due date inside it.
     */
    static List<OpenReceivable> creditGuruMarch() {
        return List.of(
                OpenReceivable.of(AS_OF.plusDays(20), usd("3590")),    // not yet due
                OpenReceivable.of(AS_OF.minusDays(45), usd("1800")),   // 45 days past due
                OpenReceivable.of(AS_OF.minusDays(75), usd("900")),    // 75 days past due
                OpenReceivable.of(AS_OF.minusDays(100), usd("50")));   // 100 days past due
    }

    // ---- percentCurrent ----

    @Test
    void test_percentCurrent_creditGuruMarch() {
        // 3,590 / 6,340 x 100 = 56.6246.. -> 56.62
        assertEquals(dec("56.62"), PastDueShare.percentCurrent(creditGuruMarch(), AS_OF));
    }

    @Test
    void test_percentCurrent_dueOnTheAsOfDateIsCurrentTheDayAfterIsNot() {
        List<OpenReceivable> items = List.of(
                OpenReceivable.of(AS_OF, usd("100")),
                OpenReceivable.of(AS_OF.minusDays(1), usd("300")));
        // 100 / 400 = 25.00
        assertEquals(dec("25.00"), PastDueShare.percentCurrent(items, AS_OF));
    }

    // ---- percentOver90DaysPastDue ----

    @Test
    void test_percentOver90DaysPastDue_creditGuruMarch() {
        // 50 / 6,340 x 100 = 0.78864.. -> 0.79
        assertEquals(dec("0.79"), PastDueShare.percentOver90DaysPastDue(creditGuruMarch(), AS_OF));
    }

    @Test
    void test_percentOver90DaysPastDue_boundaryAt90And91Days() {
        List<OpenReceivable> items = List.of(
                OpenReceivable.of(AS_OF.minusDays(90), usd("100")),    // 90 days: not over 90
                OpenReceivable.of(AS_OF.minusDays(91), usd("200")),    // 91 days: over 90
                OpenReceivable.of(AS_OF.minusDays(5), usd("500")));
        // 200 / 800 = 25.00
        assertEquals(dec("25.00"), PastDueShare.percentOver90DaysPastDue(items, AS_OF));
        // more than 0 days past due: 800 / 800
        assertEquals(dec("100.00"), PastDueShare.percentPastDueMoreThan(items, AS_OF, 0));
        // the day before, the 91-day item was 90 days past due
        assertEquals(dec("0.00"), PastDueShare.percentOver90DaysPastDue(items, AS_OF.minusDays(1)));
    }
}
