package org.receivables.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receivables.core.bulk.OpenItemColumns;

/**
 * The order of the generated source: each customer's items by due date, then issue date, deterministically
 * from the seed, as the ledgers list them; and the random-order columns hold the same rows in another order
 * and age to the same report.
 */
class AgingWorkloadTest {

    // ---- generate ----

    @Test
    void everyCustomersItemsAreInAscendingDueThenIssueDate() {
        for (int[] shape : new int[][] {{10_000, 100}, {3_001, 7}, {500, 500}, {2_000, 1}}) {
            OpenItemColumns c = AgingWorkload.generate(shape[0], shape[1], 5L).buildColumns();
            assertEquals(shape[0], c.size());
            assertEquals(shape[1], c.customerCount());
            for (int k = 0; k < c.customerCount(); k++) {
                for (int i = c.customerStart(k) + 1; i < c.customerStart(k + 1); i++) {
                    int due = c.dueEpochDay(i);
                    int previousDue = c.dueEpochDay(i - 1);
                    assertTrue(previousDue < due || previousDue == due && c.issueEpochDay(i - 1) <= c.issueEpochDay(i),
                            "customer " + k + " item " + i + " of " + shape[0]);
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameRowsInTheSameOrder() {
        OpenItemColumns a = AgingWorkload.generate(5_000, 50, 9L).buildColumns();
        OpenItemColumns b = AgingWorkload.generate(5_000, 50, 9L).buildColumns();
        assertEquals(rows(a, false), rows(b, false));
        assertNotEquals(rows(a, false), rows(AgingWorkload.generate(5_000, 50, 10L).buildColumns(), false));
    }

    @Test
    void theLedgersListTheItemsInTheSourcesOrder() {
        AgingWorkload w = AgingWorkload.generate(4_000, 40, 3L);
        java.util.Map<String, List<String>> source = byCustomer(rows(w.buildColumns(), false));
        java.util.Map<String, List<String>> ledgers = byCustomer(rows(w.columnsFromLedgers(w.buildPortfolio()), false));
        assertEquals(source.keySet(), ledgers.keySet());
        for (String customer : source.keySet()) {
            List<String> a = source.get(customer);
            List<String> b = ledgers.get(customer);
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                assertEquals(i < a.size() ? a.get(i) : null, i < b.size() ? b.get(i) : null, customer + " item " + i);
            }
        }
    }

    @Test
    void invoiceNumbersSortInRowOrder() {
        assertEquals("INV-0000000042", AgingWorkload.invoiceNumber(42));
        assertTrue(AgingWorkload.invoiceNumber(9).compareTo(AgingWorkload.invoiceNumber(10)) < 0);
        assertEquals("INV-2147483647", AgingWorkload.invoiceNumber(Integer.MAX_VALUE));
    }

    // ---- buildColumnsInRandomOrder ----

    @Test
    void theRandomOrderHoldsTheSameRowsPerCustomerNotInDueOrderAndAgesTheSame() {
        AgingWorkload w = AgingWorkload.generate(10_000, 100, 7L);
        OpenItemColumns due = w.buildColumns();
        OpenItemColumns random = w.buildColumnsInRandomOrder(AgingBenchmark.RANDOM_ORDER_SEED);
        assertEquals(rows(due, true), rows(random, true), "the same rows per customer");
        assertNotEquals(rows(due, false), rows(random, false), "in another order");
        int unordered = 0;
        for (int k = 0; k < random.customerCount(); k++) {
            for (int i = random.customerStart(k) + 1; i < random.customerStart(k + 1); i++) {
                if (random.dueEpochDay(i - 1) > random.dueEpochDay(i)) {
                    unordered++;
                    break;
                }
            }
        }
        assertEquals(100, unordered, "every customer of 100 items is out of due order");
        assertEquals(w.bulkAging(due, 2), w.bulkAging(random, 2));
        assertEquals(rows(random, false), rows(w.buildColumnsInRandomOrder(AgingBenchmark.RANDOM_ORDER_SEED), false),
                "the shuffle is deterministic from its seed");
    }

    private static java.util.Map<String, List<String>> byCustomer(List<List<String>> rows) {
        java.util.Map<String, List<String>> m = new java.util.TreeMap<>();
        for (List<String> r : rows) {
            m.put(r.get(0).substring(0, r.get(0).indexOf(' ')), r);
        }
        return m;
    }

    /** The rows as text, per customer in column order, or sorted within each customer. */
    private static List<List<String>> rows(OpenItemColumns c, boolean sortedWithinCustomer) {
        List<List<String>> all = new ArrayList<>();
        for (int k = 0; k < c.customerCount(); k++) {
            List<String> rows = new ArrayList<>();
            for (int i = c.customerStart(k); i < c.customerStart(k + 1); i++) {
                rows.add(c.getCustomerId(k) + " " + c.getCurrency(c.currencyIndex(i)) + " " + c.issueEpochDay(i) + " "
                        + c.dueEpochDay(i) + " " + c.openMinor(i) + " " + c.isDisputed(i));
            }
            if (sortedWithinCustomer) {
                rows.sort(null);
            }
            all.add(rows);
        }
        assertArrayEquals(new int[] {c.size()}, new int[] {all.stream().mapToInt(List::size).sum()});
        return all;
    }
}
