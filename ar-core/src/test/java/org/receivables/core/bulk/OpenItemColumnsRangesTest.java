package org.receivables.core.bulk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerId;

class OpenItemColumnsRangesTest {

    private static OpenItemColumns columns(List<Integer> itemsPerCustomer) {
        OpenItemColumns.Builder b = OpenItemColumns.builder();
        for (int c = 0; c < itemsPerCustomer.size(); c++) {
            for (int i = 0; i < itemsPerCustomer.get(c); i++) {
                b.addItem(CustomerId.of("C-" + c), CurrencyUnit.EUR, 19_000, 19_030, 100L, false);
            }
        }
        return b.build();
    }

    // ---- customerRanges ----

    @Test
    void ranges_cover_every_customer_once_and_start_where_their_share_of_items_starts() {
        qt().forAll(lists().of(integers().between(1, 6)).ofSizeBetween(0, 40), integers().between(1, 9))
                .checkAssert((sizes, parts) -> {
                    OpenItemColumns columns = columns(sizes);
                    int[] bounds = columns.customerRanges(parts);
                    assertEquals(parts + 1, bounds.length);
                    assertEquals(0, bounds[0]);
                    assertEquals(columns.customerCount(), bounds[parts]);
                    for (int p = 1; p < parts; p++) {
                        assertTrue(bounds[p - 1] <= bounds[p], "non-decreasing");
                        long target = (long) columns.size() * p / parts;
                        int b = bounds[p];
                        assertTrue(b == columns.customerCount() || columns.customerStart(b) >= target, "starts at its share");
                        assertTrue(b == 0 || columns.customerStart(b - 1) < target, "the first such customer");
                    }
                });
    }

    @Test
    void two_ranges_of_equal_customers_split_in_the_middle() {
        assertArrayEquals(new int[] {0, 2, 4}, columns(List.of(3, 3, 3, 3)).customerRanges(2));
    }

    @Test
    void parts_below_one_are_refused_naming_the_value() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> columns(List.of(1)).customerRanges(0));
        assertTrue(ex.getMessage().contains("parts 0"), ex.getMessage());
    }
}
