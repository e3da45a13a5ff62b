package org.receivables.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.testing.CoreGen;

class PercentageTest {

    // ---- applyTo(Money) ----

    @Test
    void applyTo_roundsHalfEvenByDefault() {
        assertEquals(Money.parse("EUR 24.69"), Percentage.parse("2%").applyTo(Money.parse("EUR 1234.55")));
        // 2% of 0.25 = 0.005: half-even goes to 0.00, half-up to 0.01
        assertEquals(Money.parse("EUR 0.00"), Percentage.of(2).applyTo(Money.parse("EUR 0.25")));
        assertEquals(Money.parse("EUR 0.01"), Percentage.of(2).applyTo(Money.parse("EUR 0.25"), RoundingMode.HALF_UP));
    }

    @Test
    void applyTo_respectsCurrencyScale() {
        assertEquals(Money.parse("JPY 33"), Percentage.parse("3.3").applyTo(Money.parse("JPY 1000")));
        assertEquals(Money.parse("BHD 0.033"), Percentage.parse("3.3").applyTo(Money.parse("BHD 1.000")));
    }

    @Test
    void applyTo_unnecessaryRoundingThatWouldLoseMoneyIsRefused() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Percentage.of(2).applyTo(Money.parse("EUR 0.25"), RoundingMode.UNNECESSARY));
        assertTrue(ex.getMessage().contains("2%"), ex.getMessage());
    }

    @Test
    void applyTo_hundredPercentIsTheWholeForAnyAmount() {
        qt().forAll(CoreGen.positiveMoney()).check(m -> Percentage.ONE_HUNDRED.applyTo(m).isEqual(m));
    }

    @Test
    void applyTo_shareAndRemainderAddBackToTheWhole() {
        qt().forAll(CoreGen.positiveMoney(), integers().between(0, 10_000)).check((m, bp) -> {
            Percentage p = Percentage.ofFraction(BigDecimal.valueOf(bp, 4));
            Money share = p.applyTo(m);
            Money rest = Percentage.ONE_HUNDRED.minus(p).applyTo(m, RoundingMode.HALF_EVEN);
            // each part is within half a minor unit, so together they are within one of the whole
            return share.plus(rest).minus(m).abs().getAmountMinorLong() <= 1;
        });
    }

    // ---- parse / toString ----

    @Test
    void parse_acceptsOptionalPercentSignAndSign() {
        assertEquals(Percentage.of(new BigDecimal("2.5")), Percentage.parse("2.50 %"));
        assertEquals(Percentage.of(new BigDecimal("-0.62")), Percentage.parse("-0.62%"));
        assertEquals("2.5%", Percentage.parse("2.50").toString());
        assertEquals("100%", Percentage.ONE_HUNDRED.toString());
    }

    @Test
    void parse_roundTripsToString() {
        qt().forAll(integers().all(), integers().between(0, 6)).check((unscaled, scale) -> {
            Percentage p = Percentage.of(BigDecimal.valueOf(unscaled, scale));
            return Percentage.parse(p.toString()).equals(p);
        });
    }

    @Test
    void parse_refusesGarbageNamingTheText() {
        for (String bad : new String[] {"", "%", "abc", "1e3", "2,5", "1.2.3", "--1"}) {
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> Percentage.parse(bad));
            assertTrue(ex.getMessage().contains("'" + bad + "'"), ex.getMessage());
        }
    }

    @Test
    void nullArgumentsAreNamed() {
        assertEquals("text", assertThrows(NullPointerException.class, () -> Percentage.parse(null)).getMessage());
        assertEquals("percent", assertThrows(NullPointerException.class, () -> Percentage.of((BigDecimal) null)).getMessage());
        assertEquals("amount", assertThrows(NullPointerException.class, () -> Percentage.ZERO.applyTo(null)).getMessage());
        assertEquals("rounding", assertThrows(NullPointerException.class,
                () -> Percentage.ZERO.applyTo(Money.zero(CurrencyUnit.EUR), null)).getMessage());
    }

    // ---- equals ----

    @Test
    void equals_ignoresTrailingZeros() {
        assertEquals(Percentage.parse("2.50"), Percentage.parse("2.5"));
        assertEquals(Percentage.parse("2.50").hashCode(), Percentage.parse("2.5").hashCode());
        assertEquals(Percentage.ofFraction(new BigDecimal("0.025")), Percentage.parse("2.5"));
    }
}
