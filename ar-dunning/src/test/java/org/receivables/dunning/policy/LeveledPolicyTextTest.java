package org.receivables.dunning.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.money.Percentage;
import org.receivables.dunning.ActionKind;
import org.receivables.dunning.fee.FeeRule;
import org.receivables.dunning.fee.PercentageFee;
import org.receivables.dunning.testing.EngineGen;

/** The plain-text description of the leveled policy: reading, printing, round trip and refusals. */
class LeveledPolicyTextTest {

    // ---- parse ----

    @Test
    void parse_reads_every_statement() {
        LeveledPolicy p = LeveledPolicy.parse(String.join("\n",
                "# the house policy",
                "policy standard",
                "grace 3 days",
                "interval 7 days",
                "jump to matching level",
                "keep level after payment",
                "",
                "level -3: reminder_email",
                "level 14: LETTER, PHONE_CALL_TASK fee EUR 5.00 minimum EUR 10.00 share 12.5%   # second",
                "level 30: LETTER fee 1.5% feemin EUR 5.00 feemax EUR 100.00",
                "level 45: AGENCY_HANDOFF"));
        assertEquals(Optional.of(PercentageFee.builder().rate(Percentage.parse("1.5")).minimum(Money.parse("EUR 5.00"))
                .maximum(Money.parse("EUR 100.00")).build()), p.getLevels().get(2).getFee());
        assertEquals("standard", p.getName());
        assertEquals(3, p.getGraceDays());
        assertEquals(7, p.getMinimumDaysBetweenNotices());
        assertTrue(p.isJumpToMatchingLevel());
        assertTrue(p.isKeepLevelAfterPayment());
        assertEquals(List.of(-3, 14, 30, 45), p.getLevels().stream().map(DunningLevel::getDaysPastDue).toList());
        DunningLevel second = p.getLevels().get(1);
        assertEquals(List.of(ActionKind.LETTER, ActionKind.PHONE_CALL_TASK), second.getActions());
        assertEquals(Optional.of(FeeRule.fixed(Money.parse("EUR 5.00"))), second.getFee());
        assertEquals(Optional.of(Money.parse("EUR 10.00")), second.getMinimumAmount());
        assertEquals(0, Percentage.parse("12.5").compareTo(second.getMinimumShare().get()));
        assertEquals(List.of(ActionKind.REMINDER_EMAIL), p.getLevels().get(0).getActions());
        assertTrue(p.getLevels().get(3).isFinalStage());
    }

    // ---- toString ----

    @Test
    void toString_prints_what_parse_reads_back() {
        LeveledPolicy p = LeveledPolicy.builder().name("short")
                .addLevels(DunningLevel.builder().daysPastDue(1).addActions(ActionKind.SMS)
                        .minimumShare(Percentage.of(10)).build()).build();
        assertEquals("policy short\nlevel 1: SMS share 10%\n", p.toString());
        assertEquals(p, LeveledPolicy.parse(p.toString()));
    }

    @Test
    void printing_and_parsing_round_trips_any_policy() {
        qt().forAll(EngineGen.policies()).checkAssert(p -> assertEquals(p, LeveledPolicy.parse(p.toString()), p.toString()));
    }

    @Test
    void parse_refuses_bad_text_naming_line_and_text() {
        String[][] cases = {
            {"level 1: SMS", "no 'policy <name>' line"},
            {"policy p\ngrace three days", "line 2 'grace three days'"},
            {"policy p\ngrace -1 days", "line 2 'grace -1 days'"},
            {"policy p\nlevel x: SMS", "level days 'x'"},
            {"policy p\nlevel 1: SHOUT", "action 'SHOUT'"},
            {"policy p\nlevel 1 SMS", "line 2"},
            {"policy p\nlevel 1: fee EUR 5.00", "at least one action"},
            {"policy p\nlevel 1: SMS fee EUR", "fee needs an amount"},
            {"policy p\nlevel 1: SMS fee EUR -1.00", "line 2"},
            {"policy p\nlevel 1: SMS feemin EUR 1.00", "feemin must follow a percentage fee"},
            {"policy p\nsend everything", "line 2 'send everything': unknown statement"},
            {"policy p\npolicy q\nlevel 1: SMS", "line 2 'policy q'"},
            {"policy p\nlevel 14: SMS\nlevel 7: LETTER", "levels[1].daysPastDue 7"},
        };
        for (String[] c : cases) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LeveledPolicy.parse(c[0]), c[0]);
            assertTrue(e.getMessage().contains(c[1]), "'" + e.getMessage() + "' lacks '" + c[1] + "'");
        }
        NullPointerException npe = assertThrows(NullPointerException.class, () -> LeveledPolicy.parse(null));
        assertEquals("text", npe.getMessage());
    }
}
