package org.receivables.core.bulk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerId;

/** The per-customer layout of the columns: ranges for parallel work, the due order, the shared currency, the disputed items. */
class OpenItemColumnsRangesTest {

    private static final CurrencyUnit[] CURRENCIES = {CurrencyUnit.EUR, CurrencyUnit.USD, CurrencyUnit.of("JPY")};

    /** Up to 30 customers of 1 to 8 items, added in random order; due days sorted per customer when asked. */
    private static OpenItemColumns random(long seed, boolean sorted) {
        SplittableRandom r = new SplittableRandom(seed);
        List<long[]> rows = new ArrayList<>(); // customer, currency, due, disputed
        int customers = 1 + r.nextInt(30);
        for (int c = 0; c < customers; c++) {
            int n = 1 + r.nextInt(8);
            boolean oneCurrency = r.nextBoolean();
            long due = 19_000;
            for (int i = 0; i < n; i++) {
                due = sorted ? due + r.nextInt(3) : 19_000 + r.nextInt(60);
                rows.add(new long[] {c, oneCurrency ? c % 3 : r.nextInt(3), due, r.nextInt(4) == 0 ? 1 : 0});
            }
        }
        OpenItemColumns.Builder b = OpenItemColumns.builder();
        for (long[] row : rows) {
            b.addItem(CustomerId.of("C-" + row[0]), CURRENCIES[(int) row[1]], 18_000, row[2], 100L + row[2], row[3] == 1);
        }
        return b.build();
    }

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

    // ---- isInDueOrder, customerCurrencyIndex ----

    @Test
    void due_order_and_shared_currency_are_what_the_items_show() {
        qt().forAll(longs().all(), integers().between(0, 1)).checkAssert((seed, sorted) -> {
            OpenItemColumns columns = random(seed, sorted == 1);
            for (int c = 0; c < columns.customerCount(); c++) {
                int start = columns.customerStart(c);
                int end = columns.customerStart(c + 1);
                boolean ordered = true;
                boolean one = true;
                for (int i = start + 1; i < end; i++) {
                    ordered &= columns.dueEpochDay(i - 1) <= columns.dueEpochDay(i);
                    one &= columns.currencyIndex(i) == columns.currencyIndex(start);
                }
                assertEquals(ordered, columns.isInDueOrder(c), "customer " + c);
                assertEquals(one ? columns.currencyIndex(start) : -1, columns.customerCurrencyIndex(c), "customer " + c);
                if (sorted == 1) {
                    assertTrue(columns.isInDueOrder(c), "items added in due order stay in due order");
                }
            }
        });
    }

    @Test
    void a_customer_whose_due_dates_fall_is_not_in_due_order() {
        OpenItemColumns columns = OpenItemColumns.builder()
                .addItem(CustomerId.of("A"), CurrencyUnit.EUR, 18_000, 19_010, 1, false)
                .addItem(CustomerId.of("A"), CurrencyUnit.EUR, 18_000, 19_010, 2, false)
                .addItem(CustomerId.of("B"), CurrencyUnit.USD, 18_000, 19_020, 3, false)
                .addItem(CustomerId.of("B"), CurrencyUnit.EUR, 18_000, 19_005, 4, false)
                .build();
        assertTrue(columns.isInDueOrder(0));
        assertEquals(0, columns.customerCurrencyIndex(0));
        assertEquals(false, columns.isInDueOrder(1));
        assertEquals(-1, columns.customerCurrencyIndex(1));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> columns.isInDueOrder(2));
        assertTrue(ex.getMessage().contains("customer 2"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> columns.customerCurrencyIndex(-1));
        assertTrue(ex.getMessage().contains("customer -1"), ex.getMessage());
    }

    // ---- nextDisputed ----

    @Test
    void next_disputed_visits_exactly_the_disputed_items_in_order() {
        qt().forAll(longs().all(), integers().between(0, 1)).checkAssert((seed, sorted) -> {
            OpenItemColumns columns = random(seed, sorted == 1);
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.isDisputed(i)) {
                    expected.add(i);
                }
            }
            List<Integer> visited = new ArrayList<>();
            for (int i = columns.nextDisputed(0); i < columns.size(); i = columns.nextDisputed(i + 1)) {
                visited.add(i);
            }
            assertEquals(expected, visited);
            assertEquals(columns.size(), columns.nextDisputed(columns.size()));
        });
    }

    @Test
    void next_disputed_crosses_words_and_refuses_indexes_outside_the_items() {
        OpenItemColumns.Builder b = OpenItemColumns.builder();
        for (int i = 0; i < 200; i++) {
            b.addItem(CustomerId.of("C"), CurrencyUnit.EUR, 18_000, 19_000, 1, i == 3 || i == 130);
        }
        OpenItemColumns columns = b.build();
        assertEquals(3, columns.nextDisputed(0));
        assertEquals(130, columns.nextDisputed(4));
        assertEquals(200, columns.nextDisputed(131));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> columns.nextDisputed(201));
        assertTrue(ex.getMessage().contains("fromItem 201"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> columns.nextDisputed(-1));
    }
}
