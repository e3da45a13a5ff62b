package org.receivables.dunning.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.dunning.testing.Fixtures.account;
import static org.receivables.dunning.testing.Fixtures.cust;
import static org.receivables.dunning.testing.Fixtures.item;
import static org.receivables.dunning.testing.Fixtures.ref;

import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.money.Percentage;
import org.receivables.dunning.ActionKind;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.DunningRecord;
import org.receivables.dunning.fee.FeeBasis;
import org.receivables.dunning.fee.FeeRule;
import org.receivables.dunning.interest.DayCount;
import org.receivables.dunning.interest.RateTable;
import org.receivables.dunning.interest.SimpleInterest;
import org.receivables.dunning.policy.DunningLevel;
import org.receivables.dunning.policy.LeveledPolicy;

/** The bad-input catalogue of the bulk dunning path: every refusal names the field or feature and the value. */
class BulkDunningBadInputTest {

    private static final LocalDate AS_OF = LocalDate.parse("2024-05-20");

    private static final LeveledPolicy PLAIN = LeveledPolicy.builder().name("plain")
            .addLevels(DunningLevel.of(1, ActionKind.REMINDER_EMAIL)).build();

    private static final List<DunningAccount> ACCOUNTS = List.of(
            account("C-1", item("C-1", "INV-1", "2024-05-01", "EUR 100.00")));

    private static BulkDunningInput input() {
        return BulkDunningInput.from(ACCOUNTS, DunningHistory.empty(), AS_OF, 0);
    }

    private static void npe(String param, Executable call) {
        NullPointerException e = assertThrows(NullPointerException.class, call);
        assertEquals(param, e.getMessage());
    }

    private static void iae(Executable call, String... parts) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), e.getMessage() + " should name " + part);
        }
    }

    private static SimpleInterest interest() {
        return SimpleInterest.builder().referenceRates(RateTable.of(LocalDate.of(2019, 1, 1), Percentage.of(5)))
                .margin(Percentage.of(1)).dayCount(DayCount.ACT_365_FIXED).build();
    }

    // ---- evaluate ----

    @Test
    void evaluate_refuses_nulls() {
        npe("input", () -> BulkDunning.evaluate(null, PLAIN));
        npe("policy", () -> BulkDunning.evaluate(input(), null));
        npe("input", () -> BulkDunning.evaluate(null, PLAIN, 1));
        npe("policy", () -> BulkDunning.evaluate(input(), null, 1));
        npe("policy", () -> BulkDunning.checkPolicy(null));
    }

    @Test
    void evaluate_refuses_parts_out_of_range() {
        iae(() -> BulkDunning.evaluate(input(), PLAIN, 0), "parts", "0");
        iae(() -> BulkDunning.evaluate(input(), PLAIN, 4097), "parts", "4097");
        iae(() -> BulkDunning.evaluate(input(), PLAIN, -1), "parts", "-1");
    }

    @Test
    void evaluate_refuses_fees_of_either_basis() {
        for (FeeBasis basis : FeeBasis.values()) {
            LeveledPolicy policy = LeveledPolicy.builder().name("fees").addLevels(DunningLevel.of(1, ActionKind.LETTER))
                    .addLevels(DunningLevel.builder().daysPastDue(10).addActions(ActionKind.LETTER)
                            .fee(FeeRule.fixed(Money.parse("EUR 5.00"))).feeBasis(basis).build()).build();
            iae(() -> BulkDunning.evaluate(input(), policy), "policy 'fees'", "level 2", "fee", "5.00", basis.toString());
        }
    }

    @Test
    void evaluate_refuses_interest_and_compensation() {
        LeveledPolicy onPolicy = LeveledPolicy.builder().from(PLAIN).interest(interest()).build();
        iae(() -> BulkDunning.evaluate(input(), onPolicy), "policy 'plain'", "interest");
        LeveledPolicy onLevel = LeveledPolicy.builder().name("lvl").addLevels(DunningLevel.builder().daysPastDue(1)
                .addActions(ActionKind.LETTER).interest(interest()).build()).build();
        iae(() -> BulkDunning.evaluate(input(), onLevel), "policy 'lvl'", "level 1", "interest");
        LeveledPolicy compensated = LeveledPolicy.builder().from(PLAIN)
                .compensation(FeeRule.fixed(Money.parse("EUR 40.00"))).build();
        iae(() -> BulkDunning.evaluate(input(), compensated), "policy 'plain'", "compensation", "40.00");
    }

    // ---- from ----

    @Test
    void from_refuses_nulls_and_bad_values() {
        npe("accounts", () -> BulkDunningInput.from(null, DunningHistory.empty(), AS_OF, 0));
        npe("history", () -> BulkDunningInput.from(ACCOUNTS, null, AS_OF, 0));
        npe("asOf", () -> BulkDunningInput.from(ACCOUNTS, DunningHistory.empty(), null, 0));
        npe("accounts element", () -> BulkDunningInput.from(java.util.Arrays.asList((DunningAccount) null),
                DunningHistory.empty(), AS_OF, 0));
        iae(() -> BulkDunningInput.from(ACCOUNTS, DunningHistory.empty(), AS_OF, -1), "promiseGraceDays", "-1");
        iae(() -> BulkDunningInput.from(List.of(ACCOUNTS.get(0), ACCOUNTS.get(0)), DunningHistory.empty(), AS_OF, 0),
                "customerId", "C-1");
        DunningHistory tooHigh = DunningHistory.of(List.of(DunningRecord.builder().customerId(cust("C-1"))
                .ref(ref("INV-1")).level(128).date(AS_OF.minusDays(1)).build()));
        iae(() -> BulkDunningInput.from(ACCOUNTS, tooHigh, AS_OF, 0), "Level 128", "must be 0 to 127");
    }

    // ---- builder ----

    @Test
    void builder_refuses_nulls_and_out_of_range_values() {
        OpenItemColumns columns = OpenItemColumns.builder().addItem(cust("A"), CurrencyUnit.EUR,
                AS_OF.minusDays(40).toEpochDay(), AS_OF.minusDays(10).toEpochDay(), 100, false).build();
        npe("items", () -> BulkDunningInput.builder(null, AS_OF));
        npe("asOf", () -> BulkDunningInput.builder(columns, null));
        BulkDunningInput.Builder b = BulkDunningInput.builder(columns, AS_OF);
        iae(() -> b.itemLevel(1, 1), "item", "1");
        iae(() -> b.itemLevel(-1, 1), "item", "-1");
        iae(() -> b.itemLevel(0, -1), "itemLevel", "-1");
        iae(() -> b.itemLevel(0, 128), "itemLevel", "128");
        iae(() -> b.dunnedToday(5), "item", "5");
        iae(() -> b.itemOnHold(-2), "item", "-2");
        iae(() -> b.customerLevel(1, 0), "customer", "1");
        iae(() -> b.customerLevel(0, 200), "customerLevel", "200");
        iae(() -> b.customerOnHold(3), "customer", "3");
        iae(() -> b.lastNoticeEpochDay(0, AS_OF.plusDays(1).toEpochDay()), "lastNoticeEpochDay",
                String.valueOf(AS_OF.plusDays(1).toEpochDay()));
        iae(() -> b.lastNoticeEpochDay(2, AS_OF.toEpochDay()), "customer", "2");
        // the refused calls changed nothing
        BulkDunningInput built = b.build();
        assertEquals(0, built.itemLevel(0));
        assertEquals(BulkDunningInput.NO_NOTICE, built.lastNoticeEpochDay(0));
        iae(() -> built.itemLevel(1), "item", "1");
        iae(() -> built.customerLevel(-1), "customer", "-1");
        iae(() -> built.isDunnedToday(9), "item", "9");
        iae(() -> built.getItemRef(9), "item", "9");
    }

    // ---- result accessors ----

    @Test
    void result_refuses_out_of_range_indexes_and_notices_without_refs() {
        BulkDunningResult r = BulkDunning.evaluate(input(), PLAIN, 1);
        iae(() -> r.itemGate(1), "item", "1");
        iae(() -> r.itemLevel(-1), "item", "-1");
        iae(() -> r.customerGate(1), "customer", "1");
        iae(() -> r.noticeLevel(1), "notice", "1");
        iae(() -> r.noticeGate(-1), "notice", "-1");
        OpenItemColumns columns = OpenItemColumns.builder().addItem(cust("A"), CurrencyUnit.EUR,
                AS_OF.minusDays(40).toEpochDay(), AS_OF.minusDays(10).toEpochDay(), 100, false).build();
        BulkDunningResult plain = BulkDunning.evaluate(BulkDunningInput.builder(columns, AS_OF).build(), PLAIN, 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, plain::toNotices);
        assertTrue(e.getMessage().contains("item refs"), e.getMessage());
    }
}
