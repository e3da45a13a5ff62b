package org.receivables.dunning.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.money.Percentage;

/**
 * Worked fee examples, computed by hand.
 *
 * <p>Fixed, percentage, minimum, maximum and by-threshold fees are how ERPs describe dunning
 * charges: Microsoft Dynamics 365 Business Central's reminder "Additional Fee Setup" has a threshold
 * remaining amount, a fee amount, a fee percentage and minimum and maximum fee amounts per reminder
 * level (https://learn.microsoft.com/en-us/dynamics365/business-central/application/base-application/table/microsoft.sales.reminder.additional-fee-setup);
 * the numbers here are ours.
 */
class FeeRuleTest {

    static Money eur(String amount) {
        return Money.parse("EUR " + amount);
    }

    static void assertMoney(Money expected, Money actual) {
        assertTrue(expected.isEqual(actual) && expected.getCurrencyUnit().equals(actual.getCurrencyUnit()),
                "expected " + expected + " but was " + actual);
    }

    static final PercentageFee ONE_AND_A_HALF = PercentageFee.builder()
            .rate(Percentage.parse("1.5"))
            .minimum(eur("5.00"))
            .maximum(eur("100.00"))
            .build();

    // ---- feeFor (fixed) ----

    @Test
    void test_feeFor_fixedWhateverTheAmount() {
        FixedFee five = FeeRule.fixed(eur("5.00"));
        assertMoney(eur("5.00"), five.feeFor(eur("0.00")));
        assertMoney(eur("5.00"), five.feeFor(eur("1000000.00")));
        assertEquals(FixedFee.of(eur("5")), five);
        assertEquals("FixedFee[EUR 5.00]", five.toString());
    }

    // ---- feeFor (percentage) ----

    @Test
    void test_feeFor_percentageWithinItsLimits() {
        // 1.5% of 200.00 = 3.00, below the minimum: 5.00
        assertMoney(eur("5.00"), ONE_AND_A_HALF.feeFor(eur("200.00")));
        // 1.5% of 333.33 = 4.99995 -> 5.00 (rounded first), equal to the minimum
        assertMoney(eur("5.00"), ONE_AND_A_HALF.feeFor(eur("333.33")));
        // 1.5% of 1234.50 = 18.5175 -> 18.52 half-even (the 5 is followed by 75, so not a tie)
        assertMoney(eur("18.52"), ONE_AND_A_HALF.feeFor(eur("1234.50")));
        // 1.5% of 6666.67 = 100.00005 -> 100.00, equal to the maximum
        assertMoney(eur("100.00"), ONE_AND_A_HALF.feeFor(eur("6666.67")));
        // 1.5% of 10000.00 = 150.00, above the maximum: 100.00
        assertMoney(eur("100.00"), ONE_AND_A_HALF.feeFor(eur("10000.00")));
        // zero overdue: the minimum
        assertMoney(eur("5.00"), ONE_AND_A_HALF.feeFor(eur("0.00")));
    }

    @Test
    void test_feeFor_percentageRoundingIsExplicit() {
        // 1% of 0.50 = 0.005: half-even 0.00, half-up 0.01, ceiling 0.01
        PercentageFee one = FeeRule.percentage(Percentage.of(1));
        assertMoney(eur("0.00"), one.feeFor(eur("0.50")));
        assertMoney(eur("0.01"), PercentageFee.builder().from(one).rounding(RoundingMode.HALF_UP).build().feeFor(eur("0.50")));
        assertMoney(eur("0.01"), PercentageFee.builder().from(one).rounding(RoundingMode.CEILING).build().feeFor(eur("0.50")));
        assertEquals(RoundingMode.HALF_EVEN, one.getRounding());
    }

    @Test
    void test_feeFor_percentageWithoutLimitsWorksInAnyCurrency() {
        PercentageFee two = PercentageFee.of(Percentage.of(2));
        // 2% of JPY 1,234 = 24.68 -> JPY 25; 2% of BHD 10.125 = 0.2025 -> BHD 0.202 (half-even tie)
        assertMoney(Money.parse("JPY 25"), two.feeFor(Money.parse("JPY 1234")));
        assertMoney(Money.parse("BHD 0.202"), two.feeFor(Money.parse("BHD 10.125")));
    }

    // ---- feeFor (banded) ----

    @Test
    void test_feeFor_bandedByDebtSize() {
        BandedFee fee = BandedFee.of(eur("0.00"))
                .withBand(eur("50.00"), eur("2.50"))
                .withBand(eur("500.00"), eur("10.00"));
        assertMoney(eur("0.00"), fee.feeFor(eur("49.99")));
        assertMoney(eur("2.50"), fee.feeFor(eur("50.00")));
        assertMoney(eur("2.50"), fee.feeFor(eur("499.99")));
        assertMoney(eur("10.00"), fee.feeFor(eur("500.00")));
        assertEquals(List.of(eur("50.00"), eur("500.00")), fee.getThresholds());
        assertEquals(List.of(eur("0.00"), eur("2.50"), eur("10.00")), fee.getFees());
        assertEquals("BandedFee[EUR 0.00, from EUR 50.00: EUR 2.50, from EUR 500.00: EUR 10.00]", fee.toString());
    }
}
