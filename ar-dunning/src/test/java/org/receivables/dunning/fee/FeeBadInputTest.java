package org.receivables.dunning.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.dunning.fee.FeeRuleTest.eur;

import java.math.RoundingMode;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receivables.core.money.Percentage;

/** The bad-input catalogue of every public factory and method of the fee package. */
class FeeBadInputTest {

    static void npe(String param, Executable call) {
        NullPointerException ex = assertThrows(NullPointerException.class, call);
        assertEquals(param, ex.getMessage());
    }

    static void iae(Executable call, String... mustContain) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, call);
        assertTrue(!(ex instanceof CurrencyMismatchException), "unexpected currency mismatch: " + ex);
        for (String s : mustContain) {
            assertTrue(ex.getMessage().contains(s), "'" + ex.getMessage() + "' should contain '" + s + "'");
        }
    }

    static void mismatch(Executable call, String first, String second) {
        CurrencyMismatchException ex = assertThrows(CurrencyMismatchException.class, call);
        assertEquals(CurrencyUnit.of(first), ex.getFirstCurrency());
        assertEquals(CurrencyUnit.of(second), ex.getSecondCurrency());
    }

    // ---- FixedFee ----

    @Test
    void fixedFee_nullsNegativesAndMixedCurrencies() {
        npe("fee", () -> FixedFee.of(null));
        npe("fee", () -> FeeRule.fixed(null));
        iae(() -> FixedFee.of(eur("-5.00")), "fee EUR -5.00", "negative");
        FixedFee five = FixedFee.of(eur("5.00"));
        npe("overdueAmount", () -> five.feeFor(null));
        iae(() -> five.feeFor(eur("-0.01")), "overdueAmount EUR -0.01", "negative");
        mismatch(() -> five.feeFor(Money.parse("USD 10.00")), "EUR", "USD");
    }

    // ---- PercentageFee ----

    @Test
    void percentageFee_nullsAndMissingRate() {
        npe("rate", () -> PercentageFee.of(null));
        npe("rate", () -> FeeRule.percentage(null));
        npe("rate", () -> PercentageFee.builder().rate(null));
        npe("rounding", () -> PercentageFee.builder().rounding(null));
        npe("minimum", () -> PercentageFee.builder().minimum((Money) null));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> PercentageFee.builder().minimum(eur("1.00")).build());
        assertTrue(missing.getMessage().contains("rate"), missing.getMessage());
        npe("overdueAmount", () -> PercentageFee.of(Percentage.of(1)).feeFor(null));
    }

    @Test
    void percentageFee_negativesAndMinAboveMax() {
        iae(() -> PercentageFee.of(Percentage.parse("-1")), "rate -1%", "negative");
        iae(() -> PercentageFee.builder().rate(Percentage.of(1)).minimum(eur("-1.00")).build(), "minimum EUR -1.00", "negative");
        iae(() -> PercentageFee.builder().rate(Percentage.of(1)).maximum(eur("-1.00")).build(), "maximum EUR -1.00", "negative");
        iae(() -> PercentageFee.builder().rate(Percentage.of(1)).minimum(eur("10.00")).maximum(eur("5.00")).build(),
                "minimum EUR 10.00", "maximum EUR 5.00");
        iae(() -> PercentageFee.of(Percentage.of(1)).feeFor(eur("-3.00")), "overdueAmount EUR -3.00", "negative");
    }

    @Test
    void percentageFee_mixedCurrencies() {
        mismatch(() -> PercentageFee.builder().rate(Percentage.of(1)).minimum(eur("1.00")).maximum(Money.parse("USD 5.00")).build(),
                "EUR", "USD");
        PercentageFee withMin = PercentageFee.builder().rate(Percentage.of(1)).minimum(eur("1.00")).build();
        mismatch(() -> withMin.feeFor(Money.parse("GBP 100.00")), "EUR", "GBP");
        PercentageFee withMax = PercentageFee.builder().rate(Percentage.of(1)).maximum(eur("9.00")).build();
        mismatch(() -> withMax.feeFor(Money.parse("GBP 100.00")), "EUR", "GBP");
    }

    @Test
    void percentageFee_unnecessaryRoundingWhenInexact() {
        PercentageFee exact = PercentageFee.builder().rate(Percentage.of(1)).rounding(RoundingMode.UNNECESSARY).build();
        iae(() -> exact.feeFor(eur("0.50")), "EUR 0.50", "UNNECESSARY");
    }

    // ---- BandedFee ----

    @Test
    void bandedFee_nullsNegativesAndOrder() {
        npe("baseFee", () -> BandedFee.of(null));
        iae(() -> BandedFee.of(eur("-40.00")), "baseFee EUR -40.00", "negative");
        BandedFee base = BandedFee.of(eur("40.00"));
        npe("fromInclusive", () -> base.withBand(null, eur("70.00")));
        npe("fee", () -> base.withBand(eur("1000.00"), null));
        iae(() -> base.withBand(eur("1000.00"), eur("-70.00")), "fee EUR -70.00", "negative");
        iae(() -> base.withBand(eur("0.00"), eur("70.00")), "fromInclusive EUR 0.00", "not positive");
        BandedFee two = base.withBand(eur("1000.00"), eur("70.00"));
        iae(() -> two.withBand(eur("1000.00"), eur("100.00")), "fromInclusive EUR 1000.00", "previous threshold EUR 1000.00");
        iae(() -> two.withBand(eur("999.99"), eur("100.00")), "fromInclusive EUR 999.99", "previous threshold EUR 1000.00");
        npe("overdueAmount", () -> two.feeFor(null));
        iae(() -> two.feeFor(eur("-1.00")), "overdueAmount EUR -1.00", "negative");
    }

    @Test
    void bandedFee_mixedCurrencies() {
        BandedFee base = BandedFee.of(eur("40.00"));
        mismatch(() -> base.withBand(Money.parse("GBP 1000.00"), eur("70.00")), "EUR", "GBP");
        mismatch(() -> base.withBand(eur("1000.00"), Money.parse("GBP 70.00")), "EUR", "GBP");
        mismatch(() -> base.feeFor(Money.parse("GBP 70.00")), "EUR", "GBP");
    }
}
