package org.receivables.dunning.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.dunning.interest.SimpleInterestTest.d;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.receivables.core.money.Percentage;

/** Rate tables: which rate is in force on a day, and where the table ends. */
class RateTableTest {

    static final RateTable HALF_YEARS = RateTable.builder()
            .rateFrom(d("2023-01-01"), Percentage.parse("1.62"))
            .rateFrom(d("2023-07-01"), Percentage.parse("3.12"))
            .rateFrom(d("2024-01-01"), Percentage.parse("3.62"))
            .build();

    // ---- rateOn ----

    @Test
    void test_rateOn_eachEntryIsInForceUntilTheDayBeforeTheNext() {
        assertEquals(Percentage.parse("1.62"), HALF_YEARS.rateOn(d("2023-01-01")));
        assertEquals(Percentage.parse("1.62"), HALF_YEARS.rateOn(d("2023-06-30")));
        assertEquals(Percentage.parse("3.12"), HALF_YEARS.rateOn(d("2023-07-01")));
        assertEquals(Percentage.parse("3.12"), HALF_YEARS.rateOn(d("2023-12-31")));
        assertEquals(Percentage.parse("3.62"), HALF_YEARS.rateOn(d("2024-01-01")));
        // the last entry stays in force
        assertEquals(Percentage.parse("3.62"), HALF_YEARS.rateOn(d("2099-12-31")));
    }

    @Test
    void test_rateOn_explicitRangesEndTheTable() {
        RateTable ranges = RateTable.builder()
                .rateBetween(d("2023-01-01"), d("2023-06-30"), Percentage.parse("1.62"))
                .rateBetween(d("2023-07-01"), d("2023-12-31"), Percentage.parse("3.12"))
                .build();
        assertEquals(Percentage.parse("3.12"), ranges.rateOn(d("2023-12-31")));
        assertEquals(Optional.of(d("2023-12-31")), ranges.getLastDate());
        assertTrue(ranges.covers(d("2023-12-31")));
        assertFalse(ranges.covers(d("2024-01-01")));
        assertFalse(ranges.covers(d("2022-12-31")));
        assertEquals(Optional.empty(), HALF_YEARS.getLastDate());
    }

    @Test
    void test_rateOn_aRangeFollowedByAnOpenEntryStaysOpen() {
        RateTable t = RateTable.builder()
                .rateBetween(d("2023-01-01"), d("2023-06-30"), Percentage.parse("1.62"))
                .rateFrom(d("2023-07-01"), Percentage.parse("3.12"))
                .build();
        assertEquals(Optional.empty(), t.getLastDate());
        assertEquals(Percentage.parse("3.12"), t.rateOn(d("2030-01-01")));
    }

    // ---- nextChangeAfter ----

    @Test
    void test_nextChangeAfter_findsTheNextEntry() {
        assertEquals(Optional.of(d("2023-07-01")), HALF_YEARS.nextChangeAfter(d("2023-01-01")));
        assertEquals(Optional.of(d("2024-01-01")), HALF_YEARS.nextChangeAfter(d("2023-07-01")));
        assertEquals(Optional.empty(), HALF_YEARS.nextChangeAfter(d("2024-01-01")));
    }

    // ---- getRates / equals ----

    @Test
    void test_getRates_inDateOrderAndEqualityByValue() {
        assertEquals(List.of(d("2023-01-01"), d("2023-07-01"), d("2024-01-01")), List.copyOf(HALF_YEARS.getRates().keySet()));
        assertEquals(d("2023-01-01"), HALF_YEARS.getFirstDate());
        RateTable same = RateTable.builder()
                .rateFrom(d("2023-01-01"), Percentage.parse("1.620"))
                .rateFrom(d("2023-07-01"), Percentage.parse("3.12"))
                .rateFrom(d("2024-01-01"), Percentage.parse("3.62"))
                .build();
        assertEquals(HALF_YEARS, same);
        assertEquals(HALF_YEARS.hashCode(), same.hashCode());
        assertNotEquals(HALF_YEARS, RateTable.of(LocalDate.of(2023, 1, 1), Percentage.parse("1.62")));
        assertEquals("RateTable[2023-01-01: 1.62%, 2023-07-01: 3.12%, 2024-01-01: 3.62%, open]", HALF_YEARS.toString());
    }
}
