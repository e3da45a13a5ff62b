package org.receivables.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.receivables.dunning.testing.Fixtures.cust;
import static org.receivables.dunning.testing.Fixtures.ref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.ItemRef;

/**
 * {@link DunningHistory#plus} extends the indexes of the shorter history instead of rebuilding them:
 * a history grown in steps answers every question like one built at once, and every step keeps
 * answering as it did before it was extended.
 */
class DunningHistoryPlusTest {

    private static final LocalDate START = LocalDate.of(2024, 5, 1);

    /** Records over few customers and items, so that items and customers repeat across the steps. */
    private static Gen<DunningRecord> records() {
        return integers().between(1, 3).zip(integers().between(1, 4), integers().between(1, 5),
                integers().between(0, 40), (c, i, level, day) -> DunningRecord.builder().customerId(cust("C-" + c))
                        .ref(ref("INV-" + c + "-" + i)).level(level).date(START.plusDays(day)).build());
    }

    private static void assertSameAnswers(DunningHistory expected, DunningHistory actual) {
        assertEquals(expected, actual);
        for (int day = -1; day <= 41; day += 3) {
            LocalDate date = START.plusDays(day);
            for (int c = 1; c <= 3; c++) {
                CustomerId customer = cust("C-" + c);
                assertEquals(expected.customerLevel(customer, date), actual.customerLevel(customer, date));
                assertEquals(expected.lastNoticeDate(customer, date), actual.lastNoticeDate(customer, date));
                for (int i = 1; i <= 4; i++) {
                    ItemRef item = ref("INV-" + c + "-" + i);
                    assertEquals(expected.levelOf(item, date), actual.levelOf(item, date), item + " " + date);
                    assertEquals(expected.isDunnedOn(item, date), actual.isDunnedOn(item, date), item + " " + date);
                }
            }
        }
    }

    // ---- plus ----

    @Test
    void plus_inSteps_answersLikeTheHistoryOfAllRecords_andLeavesEachStepAsItWas() {
        qt().withExamples(200).forAll(lists().of(lists().of(records()).ofSizeBetween(0, 6)).ofSizeBetween(1, 5))
                .checkAssert(steps -> {
                    List<DunningRecord> all = new ArrayList<>();
                    List<DunningHistory> histories = new ArrayList<>();
                    List<List<DunningRecord>> prefixes = new ArrayList<>();
                    DunningHistory history = DunningHistory.empty();
                    for (List<DunningRecord> step : steps) {
                        history = history.plus(step);
                        all.addAll(step);
                        histories.add(history);
                        prefixes.add(List.copyOf(all));
                    }
                    assertSameAnswers(DunningHistory.of(all), history);
                    assertEquals(all, history.getRecords());
                    for (int k = 0; k < histories.size(); k++) {
                        assertSameAnswers(DunningHistory.of(prefixes.get(k)), histories.get(k));
                    }
                });
    }
}
