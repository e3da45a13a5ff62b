package org.receivables.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.money.Percentage;
import org.receivables.core.testing.CoreGen;

class WriteOffToleranceTest {

    static Money eur(String s) {
        return Money.parse("EUR " + s);
    }

    // ---- allows ----

    @Test
    void allows_theFixedAmountInclusively() {
        WriteOffTolerance t = WriteOffTolerance.ofAmount(eur("1.00"));
        assertTrue(t.allows(eur("1.00"), eur("500.00")));
        assertFalse(t.allows(eur("1.01"), eur("500.00")));
        assertFalse(t.allows(eur("0.00"), eur("500.00")));
    }

    @Test
    void allows_thePercentageExactlyWithoutRounding() {
        WriteOffTolerance t = WriteOffTolerance.ofPercentage(Percentage.of(2));
        // 2% of 10.01 is 0.2002: 0.20 is inside, 0.21 outside; a rounded limit of 0.20 would say the same,
        // but 2% of 10.25 is 0.205, which HALF_EVEN would round to 0.20 and HALF_UP to 0.21
        assertTrue(t.allows(eur("0.20"), eur("10.01")));
        assertFalse(t.allows(eur("0.21"), eur("10.01")));
        assertTrue(t.allows(eur("0.20"), eur("10.25")));
        assertFalse(t.allows(eur("0.21"), eur("10.25")));
        assertTrue(t.allows(eur("0.20"), eur("10.00")));
    }

    @Test
    void allows_theLowerOfBothLimits() {
        WriteOffTolerance t = WriteOffTolerance.of(eur("5.00"), Percentage.of(1));
        assertTrue(t.allows(eur("1.00"), eur("100.00")));
        assertFalse(t.allows(eur("1.01"), eur("100.00")));
        assertTrue(t.allows(eur("5.00"), eur("10000.00")));
        assertFalse(t.allows(eur("5.01"), eur("10000.00")));
    }

    @Test
    void allows_nothingForNone() {
        assertTrue(WriteOffTolerance.none().isNone());
        assertFalse(WriteOffTolerance.none().allows(eur("0.01"), eur("100.00")));
        assertFalse(WriteOffTolerance.ofAmount(eur("0.00")).allows(eur("0.01"), eur("100.00")));
    }

    @Test
    void allows_isTheConjunctionOfEachLimitAlone() {
        qt().forAll(CoreGen.money(org.joda.money.CurrencyUnit.EUR, 1, 500), CoreGen.money(org.joda.money.CurrencyUnit.EUR, 0, 500),
                CoreGen.money(org.joda.money.CurrencyUnit.EUR, 1, 100_000), integers().between(0, 100)).check((diff, amount, open, tenths) -> {
                    Percentage p = Percentage.of(BigDecimal.valueOf(tenths, 1));
                    return WriteOffTolerance.of(amount, p).allows(diff, open)
                            == (WriteOffTolerance.ofAmount(amount).allows(diff, open)
                                    && WriteOffTolerance.ofPercentage(p).allows(diff, open));
                });
    }

    // ---- toString ----

    @Test
    void toString_namesBothLimits() {
        assertEquals("WriteOffTolerance{amount=EUR 5.00, percentage=1%}",
                WriteOffTolerance.of(eur("5.00"), Percentage.of(1)).toString());
        assertEquals("WriteOffTolerance{amount=none, percentage=none}", WriteOffTolerance.none().toString());
    }
}
