package org.receivables.dunning.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.dunning.interest.SimpleInterestTest.d;
import static org.receivables.dunning.interest.SimpleInterestTest.eur;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.money.Percentage;

/** The bad-input catalogue of every public factory and method of the interest package. */
class InterestBadInputTest {

    static final Percentage P = Percentage.of(1);
    static final LocalDate D = d("2024-01-31");
    static final RateTable TABLE = RateTable.builder()
            .rateFrom(d("2024-01-01"), Percentage.parse("3.62"))
            .rateFrom(d("2024-07-01"), Percentage.parse("3.37"))
            .build();
    static final RateTable ENDING = RateTable.builder()
            .rateBetween(d("2024-01-01"), d("2024-06-30"), Percentage.parse("3.62"))
            .build();
    static final SimpleInterest FOLLOWS = SimpleInterest.builder().referenceRates(TABLE).margin(Percentage.of(9)).build();
    static final SimpleInterest FIXED = SimpleInterest.builder().from(FOLLOWS).rateFixing(RateFixing.FIXED_AT_DEFAULT).build();

    static void npe(String param, Executable call) {
        NullPointerException ex = assertThrows(NullPointerException.class, call);
        assertEquals(param, ex.getMessage());
    }

    static void iae(Executable call, String... mustContain) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, call);
        // CurrencyMismatchException is an IllegalArgumentException too: keep the two apart
        assertTrue(!(ex instanceof CurrencyMismatchException), "unexpected currency mismatch: " + ex);
        for (String s : mustContain) {
            assertTrue(ex.getMessage().contains(s), "'" + ex.getMessage() + "' should contain '" + s + "'");
        }
    }

    // ---- DayCount ----

    @Test
    void dayCount_nullsAndEndBeforeStart() {
        for (DayCount dc : DayCount.values()) {
            npe("startExclusive", () -> dc.days(null, D));
            npe("endInclusive", () -> dc.days(D, null));
            npe("startExclusive", () -> dc.yearFraction(null, D));
            npe("endInclusive", () -> dc.yearFraction(D, null));
            npe("day", () -> dc.yearBasisOf(null));
            iae(() -> dc.days(d("2024-02-01"), d("2024-01-31")), "endInclusive 2024-01-31", "startExclusive 2024-02-01");
            iae(() -> dc.yearFraction(d("2024-02-01"), d("2024-01-31")), "endInclusive 2024-01-31", "startExclusive 2024-02-01");
        }
    }

    // ---- RateTable ----

    @Test
    void rateTable_nulls() {
        npe("from", () -> RateTable.of(null, P));
        npe("rate", () -> RateTable.of(D, null));
        npe("from", () -> RateTable.builder().rateFrom(null, P));
        npe("rate", () -> RateTable.builder().rateFrom(D, null));
        npe("from", () -> RateTable.builder().rateBetween(null, D, P));
        npe("toInclusive", () -> RateTable.builder().rateBetween(D, null, P));
        npe("rate", () -> RateTable.builder().rateBetween(D, D, null));
        npe("day", () -> TABLE.rateOn(null));
        npe("day", () -> TABLE.covers(null));
        npe("day", () -> TABLE.nextChangeAfter(null));
    }

    @Test
    void rateTable_gapBetweenRangesNamesTheMissingDates() {
        iae(() -> RateTable.builder()
                .rateBetween(d("2023-01-01"), d("2023-06-29"), Percentage.parse("1.62"))
                .rateBetween(d("2023-07-01"), d("2023-12-31"), Percentage.parse("3.12")),
                "gap", "2023-06-30 is covered by no entry", "ends 2023-06-29", "from 2023-07-01");
        iae(() -> RateTable.builder()
                .rateBetween(d("2023-01-01"), d("2023-06-30"), Percentage.parse("1.62"))
                .rateFrom(d("2023-08-01"), Percentage.parse("3.12")),
                "gap", "2023-07-01 to 2023-07-31");
    }

    @Test
    void rateTable_overlappingRangesNameBothDates() {
        iae(() -> RateTable.builder()
                .rateBetween(d("2023-01-01"), d("2023-07-15"), Percentage.parse("1.62"))
                .rateBetween(d("2023-07-01"), d("2023-12-31"), Percentage.parse("3.12")),
                "overlap", "from 2023-07-01", "2023-01-01 to 2023-07-15");
    }

    @Test
    void rateTable_duplicateAndUnsortedDates() {
        iae(() -> RateTable.builder().rateFrom(d("2023-07-01"), P).rateFrom(d("2023-07-01"), P),
                "from 2023-07-01", "twice");
        iae(() -> RateTable.builder().rateFrom(d("2023-07-01"), P).rateFrom(d("2023-01-01"), P),
                "from 2023-01-01", "before the previous entry's from 2023-07-01");
        iae(() -> RateTable.builder().rateBetween(d("2023-07-01"), d("2023-06-30"), P),
                "toInclusive 2023-06-30", "from 2023-07-01");
    }

    @Test
    void rateTable_aRefusedEntryChangesNothing() {
        RateTable.Builder b = RateTable.builder().rateFrom(d("2023-07-01"), P);
        assertThrows(IllegalArgumentException.class, () -> b.rateFrom(d("2023-01-01"), Percentage.of(2)));
        RateTable t = b.build();
        assertEquals(1, t.getRates().size());
        assertEquals(d("2023-07-01"), t.getFirstDate());
    }

    @Test
    void rateTable_emptyBuilderAndDaysOutsideTheTable() {
        IllegalStateException empty = assertThrows(IllegalStateException.class, () -> RateTable.builder().build());
        assertTrue(empty.getMessage().contains("at least one entry"), empty.getMessage());
        iae(() -> TABLE.rateOn(d("2023-12-31")), "day 2023-12-31", "first date 2024-01-01");
        iae(() -> ENDING.rateOn(d("2024-07-01")), "day 2024-07-01", "last date 2024-06-30");
        iae(() -> TABLE.nextChangeAfter(d("2023-12-31")), "day 2023-12-31", "first date 2024-01-01");
    }

    // ---- SimpleInterest ----

    @Test
    void simpleInterest_builderNullsAndMissingTable() {
        npe("referenceRates", () -> SimpleInterest.builder().referenceRates(null));
        npe("margin", () -> SimpleInterest.builder().margin(null));
        npe("dayCount", () -> SimpleInterest.builder().dayCount(null));
        npe("rateFixing", () -> SimpleInterest.builder().rateFixing(null));
        npe("rounding", () -> SimpleInterest.builder().rounding(null));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> SimpleInterest.builder().margin(P).build());
        assertTrue(missing.getMessage().contains("referenceRates"), missing.getMessage());
    }

    @Test
    void calculate_nulls() {
        Money m = eur("100.00");
        for (SimpleInterest s : List.of(FOLLOWS, FIXED)) {
            npe("principal", () -> s.calculate(null, D, D));
            npe("dueDate", () -> s.calculate(m, null, D));
            npe("endInclusive", () -> s.calculate(m, D, null));
            npe("principal", () -> s.calculate(null, D, D, D));
            npe("dueDate", () -> s.calculate(m, null, D, D));
            npe("startExclusive", () -> s.calculate(m, D, null, D));
            npe("endInclusive", () -> s.calculate(m, D, D, null));
        }
    }

    @Test
    void calculate_negativePrincipalAndDatesOutOfOrder() {
        for (SimpleInterest s : List.of(FOLLOWS, FIXED)) {
            iae(() -> s.calculate(eur("-0.01"), D, d("2024-02-10")), "principal EUR -0.01", "negative");
            iae(() -> s.calculate(eur("100.00"), D, d("2024-01-30")), "endInclusive 2024-01-30", "dueDate 2024-01-31");
            iae(() -> s.calculate(eur("100.00"), D, d("2024-01-30"), d("2024-02-10")),
                    "startExclusive 2024-01-30", "dueDate 2024-01-31");
            iae(() -> s.calculate(eur("100.00"), D, d("2024-02-10"), d("2024-02-09")),
                    "endInclusive 2024-02-09", "startExclusive 2024-02-10");
        }
    }

    @Test
    void calculate_interestStartingBeforeTheTablesFirstDate() {
        // due 2023-12-30: lateness starts 2023-12-31, the table starts 2024-01-01
        iae(() -> FOLLOWS.calculate(eur("100.00"), d("2023-12-30"), d("2024-02-10")),
                "startExclusive 2023-12-30", "2023-12-31", "first date 2024-01-01");
        iae(() -> FIXED.calculate(eur("100.00"), d("2023-12-30"), d("2024-02-10")),
                "dueDate 2023-12-30", "2023-12-31", "first date 2024-01-01");
        // due on the eve of the first date is fine: the first day of interest is the first date
        assertTrue(FOLLOWS.calculate(eur("100.00"), d("2023-12-31"), d("2024-01-01")).getInterest().isPositive());
    }

    @Test
    void calculate_interestBeyondTheTablesLastDate() {
        SimpleInterest ending = SimpleInterest.builder().referenceRates(ENDING).build();
        iae(() -> ending.calculate(eur("100.00"), d("2024-06-29"), d("2024-07-01")),
                "endInclusive 2024-07-01", "last date 2024-06-30");
        iae(() -> ending.calculate(eur("100.00"), d("2024-06-29"), d("2024-06-30"), d("2024-07-01")),
                "startExclusive 2024-06-30", "2024-07-01", "last date 2024-06-30");
        SimpleInterest endingFixed = SimpleInterest.builder().from(ending).rateFixing(RateFixing.FIXED_AT_DEFAULT).build();
        iae(() -> endingFixed.calculate(eur("100.00"), d("2024-06-30"), d("2024-07-02")),
                "dueDate 2024-06-30", "2024-07-01", "last date 2024-06-30");
    }

    @Test
    void calculate_roundingUnnecessaryWhenInexact() {
        SimpleInterest exact = SimpleInterest.builder().from(FOLLOWS).rounding(RoundingMode.UNNECESSARY).build();
        // 100.00 x 12.62% x 10/365 = 0.3457534... cannot be exact at 2 decimals
        iae(() -> exact.calculate(eur("100.00"), D, d("2024-02-10")), "0.3457534", "UNNECESSARY");
    }

    // ---- InterestSegment / InterestCalculation ----

    @Test
    void segment_invariants() {
        iae(() -> InterestSegment.builder().firstDay(d("2024-02-01")).lastDay(d("2024-01-31")).yearBasis(365)
                .referenceRate(P).margin(P).unroundedInterest(BigDecimal.ONE).build(),
                "lastDay 2024-01-31", "firstDay 2024-02-01");
        iae(() -> InterestSegment.builder().firstDay(D).lastDay(D).yearBasis(364)
                .referenceRate(P).margin(P).unroundedInterest(BigDecimal.ONE).build(),
                "yearBasis 364");
        npe("referenceRate", () -> InterestSegment.builder().referenceRate(null));
    }

    @Test
    void calculation_invariantsAndMixedCurrencies() {
        InterestCalculation.Builder ok = InterestCalculation.builder()
                .principal(eur("100.00")).dueDate(D).startExclusive(D).endInclusive(D)
                .dayCount(DayCount.ACT_360).rateFixing(RateFixing.FIXED_AT_DEFAULT).rounding(RoundingMode.HALF_EVEN)
                .unroundedInterest(BigDecimal.ZERO).interest(eur("0.00"));
        CurrencyMismatchException mixed = assertThrows(CurrencyMismatchException.class,
                () -> InterestCalculation.builder().from(ok.build()).interest(Money.zero(CurrencyUnit.GBP)).build());
        assertEquals(CurrencyUnit.EUR, mixed.getFirstCurrency());
        assertEquals(CurrencyUnit.GBP, mixed.getSecondCurrency());
        iae(() -> InterestCalculation.builder().from(ok.build()).startExclusive(d("2024-01-30")).build(),
                "startExclusive 2024-01-30", "dueDate 2024-01-31");
        iae(() -> InterestCalculation.builder().from(ok.build()).endInclusive(d("2024-01-30")).build(),
                "endInclusive 2024-01-30", "startExclusive 2024-01-31");
    }

    // ---- LatePaymentRules / LatePaymentRule ----

    @Test
    void latePaymentRules_nullsAndBlankName() {
        npe("ecbReferenceRates", () -> LatePaymentRules.euLatePaymentDirective(null));
        npe("bankOfEnglandReferenceRates", () -> LatePaymentRules.ukLatePaymentAct(null));
        npe("basiszinssatz", () -> LatePaymentRules.germanyBgb288(null, CustomerKind.BUSINESS));
        npe("debtor", () -> LatePaymentRules.germanyBgb288(TABLE, null));
        iae(() -> LatePaymentRule.builder().name("  ").interest(FOLLOWS).build(), "name '  '", "blank");
    }
}
