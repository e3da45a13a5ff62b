package org.receivables.dunning.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.money.Percentage;

/**
 * Worked examples of simple interest over rate tables, computed by hand in the comments.
 *
 * <p>Rates used: the German Basiszinssatz as published by the Deutsche Bundesbank under §247 BGB
 * (https://www.bundesbank.de/de/bundesbank/organisation/agb-und-regelungen/basiszinssatz-607820):
 * -0.88% from 2016-07-01 (Börsen-Zeitung, "Basiszins sinkt auf minus 0,88 Prozent",
 * https://boersen-zeitung.de/banken-finanzen/basiszins-sinkt-auf-minus-088-prozent), 1.62% from
 * 2023-01-01 (https://stb-bruns.com/basiszinssatz-wurde-angepasst/), 3.12% from 2023-07-01, 3.62%
 * from 2024-01-01, 3.37% from 2024-07-01 and 2.27% from 2025-01-01; and the ECB deposit facility rate
 * of -0.50% from 2019-09-18 (ECB key interest rates,
 * https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html).
 * Simple interest = principal x rate x days / year basis, as in the UK government's guide "Late
 * commercial payments: charging interest and debt recovery",
 * https://www.gov.uk/late-commercial-payments-interest-debt-recovery/charging-interest-commercial-debt.
 */
class SimpleInterestTest {

    static final RateTable BASISZINSSATZ = RateTable.builder()
            .rateFrom(d("2016-07-01"), Percentage.parse("-0.88"))
            .rateFrom(d("2023-01-01"), Percentage.parse("1.62"))
            .rateFrom(d("2023-07-01"), Percentage.parse("3.12"))
            .rateFrom(d("2024-01-01"), Percentage.parse("3.62"))
            .rateFrom(d("2024-07-01"), Percentage.parse("3.37"))
            .rateFrom(d("2025-01-01"), Percentage.parse("2.27"))
            .build();

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static Money eur(String amount) {
        return Money.parse("EUR " + amount);
    }

    static void assertMoney(Money expected, Money actual) {
        assertTrue(expected.isEqual(actual) && expected.getCurrencyUnit().equals(actual.getCurrencyUnit()),
                "expected " + expected + " but was " + actual);
    }

    static void assertDecimal(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    static SimpleInterest.Builder bgb(int margin) {
        return SimpleInterest.builder().referenceRates(BASISZINSSATZ).margin(Percentage.of(margin));
    }

    // ---- calculate: a debt spanning a half-year rate change ----

    /**
     * EUR 10,000.00 due 2023-11-30, paid 2024-01-31, Basiszinssatz + 9 points, ACT/365F.
     * Following each half-year: December 2023, 31 days at 3.12 + 9 = 12.12%: 10000 x 12.12% x 31/365
     * = 1212 x 31 / 365 = 102.93698630...; January 2024, 31 days at 3.62 + 9 = 12.62%:
     * 1262 x 31 / 365 = 107.18356164...; total 210.12054794... = EUR 210.12.
     */
    @Test
    void test_calculate_followsEachHalfYearsRate() {
        InterestCalculation c = bgb(9).rateFixing(RateFixing.FOLLOWS_REFERENCE_PERIODS).build()
                .calculate(eur("10000.00"), d("2023-11-30"), d("2024-01-31"));
        assertMoney(eur("210.12"), c.getInterest());
        assertDecimal("210.1205479452054794", c.getUnroundedInterest());
        assertEquals(62, c.getDays());
        List<InterestSegment> s = c.getSegments();
        assertEquals(2, s.size());
        assertEquals(d("2023-12-01"), s.get(0).getFirstDay());
        assertEquals(d("2023-12-31"), s.get(0).getLastDay());
        assertEquals(31, s.get(0).getDays());
        assertEquals(Percentage.parse("3.12"), s.get(0).getReferenceRate());
        assertEquals(Percentage.parse("12.12"), s.get(0).getRate());
        assertDecimal("102.9369863013698630", s.get(0).getUnroundedInterest());
        assertEquals(d("2024-01-01"), s.get(1).getFirstDay());
        assertEquals(d("2024-01-31"), s.get(1).getLastDay());
        assertEquals(Percentage.parse("12.62"), s.get(1).getRate());
        assertDecimal("107.1835616438356164", s.get(1).getUnroundedInterest());
    }

    /**
     * The same debt with the rate fixed on the first day of lateness (2023-12-01: 3.12%): 62 days at
     * 12.12%: 1212 x 62 / 365 = 205.87397260... = EUR 205.87, in one segment.
     */
    @Test
    void test_calculate_fixedAtDefaultKeepsTheFirstRate() {
        InterestCalculation c = bgb(9).rateFixing(RateFixing.FIXED_AT_DEFAULT).build()
                .calculate(eur("10000.00"), d("2023-11-30"), d("2024-01-31"));
        assertMoney(eur("205.87"), c.getInterest());
        assertEquals(1, c.getSegments().size());
        assertEquals(62, c.getSegments().get(0).getDays());
        assertEquals(Percentage.parse("12.12"), c.getSegments().get(0).getRate());
    }

    /**
     * Interest since a later start keeps the rate fixed at the due date: January 2024 alone on the
     * debt above, fixed at 12.12%: 1212 x 31 / 365 = 102.93698630... = EUR 102.94 (not the 12.62% of
     * January), and with each half-year's rate 107.18356164... = EUR 107.18.
     */
    @Test
    void test_calculate_fromALaterStartKeepsTheDueDatesFixing() {
        InterestCalculation fixed = bgb(9).rateFixing(RateFixing.FIXED_AT_DEFAULT).build()
                .calculate(eur("10000.00"), d("2023-11-30"), d("2023-12-31"), d("2024-01-31"));
        assertMoney(eur("102.94"), fixed.getInterest());
        assertEquals(d("2024-01-01"), fixed.getSegments().get(0).getFirstDay());
        InterestCalculation follows = bgb(9).build()
                .calculate(eur("10000.00"), d("2023-11-30"), d("2023-12-31"), d("2024-01-31"));
        assertMoney(eur("107.18"), follows.getInterest());
    }

    // ---- calculate: negative reference rates ----

    /**
     * A consumer debt of EUR 5,000.00 due 2022-11-30, paid 2023-01-31, Basiszinssatz + 5 points. In
     * December 2022 the Basiszinssatz was -0.88%, so the rate is 4.12%: 5000 x 4.12% x 31/365 =
     * 206 x 31 / 365 = 17.49589041...; January 2023 at 1.62 + 5 = 6.62%: 331 x 31 / 365 = 28.11232876...;
     * total 45.60821917... = EUR 45.61.
     */
    @Test
    void test_calculate_negativeReferenceRateWithAPositiveMargin() {
        InterestCalculation c = bgb(5).build().calculate(eur("5000.00"), d("2022-11-30"), d("2023-01-31"));
        assertMoney(eur("45.61"), c.getInterest());
        assertEquals(Percentage.parse("-0.88"), c.getSegments().get(0).getReferenceRate());
        assertEquals(Percentage.parse("4.12"), c.getSegments().get(0).getRate());
        assertDecimal("17.4958904109589041", c.getSegments().get(0).getUnroundedInterest());
    }

    /**
     * A negative rate with no margin gives negative interest, as documented: EUR 1,000,000.00 at the
     * ECB deposit facility rate of -0.50% for 90 days (2019-09-18 to 2019-12-16), ACT/360:
     * 1000000 x -0.5% x 90/360 = -1250.00.
     */
    @Test
    void test_calculate_negativeRateAlone() {
        SimpleInterest deposit = SimpleInterest.builder()
                .referenceRates(RateTable.of(d("2019-09-18"), Percentage.parse("-0.50")))
                .dayCount(DayCount.ACT_360)
                .build();
        InterestCalculation c = deposit.calculate(eur("1000000.00"), d("2019-09-17"), d("2019-12-16"));
        assertEquals(90, c.getDays());
        assertMoney(eur("-1250.00"), c.getInterest());
    }

    // ---- calculate: day counts across a leap year ----

    /**
     * EUR 10,000.00 at a flat 5%, due 2023-11-30, end 2024-03-01: 31 days of 2023 and 61 of 2024.
     * ACT/365F: 500 x 92 / 365 = 126.02739726... = EUR 126.03. ACT/360: 500 x 92 / 360 = 127.777... =
     * EUR 127.78. ACT/ACT ISDA: 500 x 31 / 365 + 500 x 61 / 366 = 42.46575342... + 83.33333333... =
     * 125.79908675... = EUR 125.80, in two segments (basis 365, then 366).
     */
    @Test
    void test_calculate_dayCountsAcrossALeapYear() {
        SimpleInterest.Builder flat = SimpleInterest.builder().referenceRates(RateTable.of(d("2020-01-01"), Percentage.of(5)));
        Money p = eur("10000.00");
        assertMoney(eur("126.03"), flat.dayCount(DayCount.ACT_365_FIXED).build().calculate(p, d("2023-11-30"), d("2024-03-01")).getInterest());
        assertMoney(eur("127.78"), flat.dayCount(DayCount.ACT_360).build().calculate(p, d("2023-11-30"), d("2024-03-01")).getInterest());
        InterestCalculation actAct = flat.dayCount(DayCount.ACT_ACT_ISDA).build().calculate(p, d("2023-11-30"), d("2024-03-01"));
        assertMoney(eur("125.80"), actAct.getInterest());
        assertEquals(2, actAct.getSegments().size());
        assertEquals(365, actAct.getSegments().get(0).getYearBasis());
        assertEquals(d("2023-12-31"), actAct.getSegments().get(0).getLastDay());
        assertEquals(366, actAct.getSegments().get(1).getYearBasis());
        assertEquals(61, actAct.getSegments().get(1).getDays());
    }

    // ---- calculate: rounding ----

    /**
     * EUR 182.50 at 1% for one day, ACT/365F: 182.50 x 1% / 365 = 0.005 exactly, a tie: half-even
     * gives EUR 0.00, half-up EUR 0.01; UNNECESSARY refuses to round.
     */
    @Test
    void test_calculate_roundsOnceWithTheChosenMode() {
        SimpleInterest.Builder one = SimpleInterest.builder().referenceRates(RateTable.of(d("2024-01-01"), Percentage.of(1)));
        assertMoney(eur("0.00"), one.build().calculate(eur("182.50"), d("2024-01-01"), d("2024-01-02")).getInterest());
        assertMoney(eur("0.01"), one.rounding(RoundingMode.HALF_UP).build()
                .calculate(eur("182.50"), d("2024-01-01"), d("2024-01-02")).getInterest());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> one.rounding(RoundingMode.UNNECESSARY).build()
                .calculate(eur("182.50"), d("2024-01-01"), d("2024-01-02")));
        assertTrue(ex.getMessage().contains("0.005"), ex.getMessage());
    }

    /**
     * Rounding once, not per segment: EUR 182.50 at 1% over two days split by a (same-valued) table
     * entry is 0.005 + 0.005 = EUR 0.01, where rounding each segment half-even would give 0.00 + 0.00.
     */
    @Test
    void test_calculate_segmentsAreNotRoundedOnTheirOwn() {
        RateTable twoEntries = RateTable.builder()
                .rateFrom(d("2024-01-01"), Percentage.of(1))
                .rateFrom(d("2024-01-03"), Percentage.of(1))
                .build();
        InterestCalculation c = SimpleInterest.builder().referenceRates(twoEntries).build()
                .calculate(eur("182.50"), d("2024-01-01"), d("2024-01-03"));
        assertEquals(2, c.getSegments().size());
        assertMoney(eur("0.01"), c.getInterest());
    }

    // ---- calculate: empty periods and tables ----

    @Test
    void test_calculate_zeroDaysGiveZeroAndNoSegments() {
        InterestCalculation c = bgb(9).build().calculate(eur("10000.00"), d("2024-01-31"), d("2024-01-31"));
        assertMoney(eur("0.00"), c.getInterest());
        assertTrue(c.getSegments().isEmpty());
        // no day of interest, so no rate is needed, even before the table's first date
        assertMoney(eur("0.00"), bgb(9).build().calculate(eur("1.00"), d("2000-01-01"), d("2000-01-01")).getInterest());
    }

    @Test
    void test_calculate_fixedRateNeedsOnlyTheFixingDayInTheTable() {
        RateTable ending = RateTable.builder()
                .rateBetween(d("2024-01-01"), d("2024-06-30"), Percentage.parse("5.25"))
                .build();
        SimpleInterest fixed = SimpleInterest.builder().referenceRates(ending).margin(Percentage.of(8))
                .rateFixing(RateFixing.FIXED_AT_DEFAULT).build();
        // 2024-06-01 .. 2024-07-31: 61 days at 13.25%: 1000 x 13.25% x 61/365 = 22.14383561... = EUR 22.14
        assertMoney(eur("22.14"), fixed.calculate(eur("1000.00"), d("2024-05-31"), d("2024-07-31")).getInterest());
        SimpleInterest follows = SimpleInterest.builder().from(fixed).rateFixing(RateFixing.FOLLOWS_REFERENCE_PERIODS).build();
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> follows.calculate(eur("1000.00"), d("2024-05-31"), d("2024-07-31")));
        assertTrue(ex.getMessage().contains("endInclusive 2024-07-31") && ex.getMessage().contains("2024-06-30"), ex.getMessage());
    }

    @Test
    void test_calculate_defaults() {
        SimpleInterest s = SimpleInterest.builder().referenceRates(BASISZINSSATZ).build();
        assertEquals(Percentage.ZERO, s.getMargin());
        assertEquals(DayCount.ACT_365_FIXED, s.getDayCount());
        assertEquals(RateFixing.FOLLOWS_REFERENCE_PERIODS, s.getRateFixing());
        assertEquals(RoundingMode.HALF_EVEN, s.getRounding());
    }

    @Test
    void test_calculate_zeroDecimalCurrency() {
        // JPY 1,000,000 at 3.62 + 9 = 12.62% for 31 days of January 2024:
        // 1000000 x 12.62% x 31/365 = 10718.35616... = JPY 10718
        InterestCalculation c = bgb(9).build().calculate(Money.parse("JPY 1000000"), d("2023-12-31"), d("2024-01-31"));
        assertMoney(Money.parse("JPY 10718"), c.getInterest());
    }
}
