package org.receivables.dunning.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.receivables.dunning.testing.DunningGen;

/** Properties of simple interest over generated rate tables, day counts, fixings and roundings. */
class InterestPropertiesTest {

    /** A calculator, a principal, a due date and the ends of consecutive interest periods after it. */
    record Case(SimpleInterest calc, Money principal, LocalDate due, List<LocalDate> ends) {
        LocalDate last() {
            return ends.get(ends.size() - 1);
        }
    }

    /** Due dates in the window (the tables start on its first day), then 1 to 4 period ends 0 to 400 days apart. */
    static Gen<Case> cases(Gen<SimpleInterest> calcs) {
        Gen<List<Integer>> steps = lists().of(integers().between(0, 400)).ofSizeBetween(1, 4);
        return calcs.zip(DunningGen.principals(), DunningGen.dates(), steps, (c, p, due, st) -> {
            List<LocalDate> ends = new ArrayList<>();
            LocalDate at = due;
            for (int s : st) {
                at = at.plusDays(s);
                ends.add(at);
            }
            return new Case(c, p, due, ends);
        });
    }

    static long minor(Money m) {
        return m.getAmountMinorLong();
    }

    // ---- calculate: additivity ----

    @Test
    void interestOverAPeriodEqualsTheSumOverItsPartsWithinOneMinorUnitPerSplit() {
        qt().forAll(cases(DunningGen.calculators(DunningGen.rates()))).checkAssert(k -> {
            Money whole = k.calc().calculate(k.principal(), k.due(), k.last()).getInterest();
            Money parts = Money.zero(k.principal().getCurrencyUnit());
            LocalDate start = k.due();
            for (LocalDate end : k.ends()) {
                parts = parts.plus(k.calc().calculate(k.principal(), k.due(), start, end).getInterest());
                start = end;
            }
            int splits = k.ends().size() - 1;
            assertTrue(Math.abs(minor(whole) - minor(parts)) <= splits,
                    whole + " vs parts " + parts + " over " + splits + " splits: " + k);
        });
    }

    @Test
    void followingTheReferenceTheDueDateDoesNotChangeInterestForLaterDays() {
        qt().forAll(cases(DunningGen.calculators(DunningGen.rates()))).checkAssert(k -> {
            SimpleInterest follows = SimpleInterest.builder().from(k.calc()).rateFixing(RateFixing.FOLLOWS_REFERENCE_PERIODS).build();
            LocalDate start = k.ends().get(0);
            assertEquals(follows.calculate(k.principal(), start, k.last()).getUnroundedInterest(),
                    follows.calculate(k.principal(), k.due(), start, k.last()).getUnroundedInterest(), k.toString());
        });
    }

    // ---- calculate: the breakdown ----

    @Test
    void theSegmentsCoverEveryDayOnceAndAddUpToTheUnroundedTotal() {
        qt().forAll(cases(DunningGen.calculators(DunningGen.rates()))).checkAssert(k -> {
            InterestCalculation c = k.calc().calculate(k.principal(), k.due(), k.last());
            LocalDate next = k.due().plusDays(1);
            BigDecimal sum = BigDecimal.ZERO;
            long days = 0;
            for (InterestSegment s : c.getSegments()) {
                assertEquals(next, s.getFirstDay(), c.toString());
                next = s.getLastDay().plusDays(1);
                sum = sum.add(s.getUnroundedInterest());
                days += s.getDays();
            }
            assertEquals(k.last().plusDays(1), next, c.toString());
            assertEquals(c.getDays(), days);
            assertEquals(0, sum.compareTo(c.getUnroundedInterest()), c.toString());
            assertEquals(0, c.getUnroundedInterest().setScale(k.principal().getCurrencyUnit().getDecimalPlaces(),
                    c.getRounding()).compareTo(c.getInterest().getAmount()), c.toString());
        });
    }

    // ---- calculate: zero and sign ----

    @Test
    void interestIsZeroForAZeroLengthPeriodWhateverTheTable() {
        // due dates reach 30 years before the tables start: no rate is needed for no days
        Gen<LocalDate> anyDue = longs().between(DunningGen.WINDOW_START.minusYears(30).toEpochDay(),
                DunningGen.WINDOW_END.toEpochDay()).map(LocalDate::ofEpochDay);
        qt().forAll(DunningGen.calculators(DunningGen.rates()), DunningGen.principals(), anyDue).checkAssert((calc, p, due) -> {
            InterestCalculation c = calc.calculate(p, due, due);
            assertTrue(c.getInterest().isZero(), c.toString());
            assertTrue(c.getSegments().isEmpty(), c.toString());
            assertEquals(p.getCurrencyUnit(), c.getInterest().getCurrencyUnit());
        });
    }

    @Test
    void interestIsNeverNegativeWhenEveryRateIsNonNegative() {
        qt().forAll(cases(DunningGen.calculators(DunningGen.nonNegativeRates()))).checkAssert(k -> {
            InterestCalculation c = k.calc().calculate(k.principal(), k.due(), k.last());
            assertTrue(!c.getInterest().isNegative(), c.toString());
            for (InterestSegment s : c.getSegments()) {
                assertTrue(s.getUnroundedInterest().signum() >= 0, s.toString());
            }
        });
    }

    // ---- calculate: monotone ----

    @Test
    void interestGrowsWithTheAmountForNonNegativeRates() {
        qt().forAll(cases(DunningGen.calculators(DunningGen.nonNegativeRates())), longs().between(0, 1_000_000_000L))
                .checkAssert((k, extraMinor) -> {
                    Money more = k.principal().plus(Money.ofMinor(k.principal().getCurrencyUnit(), extraMinor));
                    Money small = k.calc().calculate(k.principal(), k.due(), k.last()).getInterest();
                    Money large = k.calc().calculate(more, k.due(), k.last()).getInterest();
                    assertTrue(!large.isLessThan(small), small + " on " + k.principal() + " > " + large + " on " + more);
                });
    }

    @Test
    void interestGrowsWithTheEndDateForNonNegativeRates() {
        qt().forAll(cases(DunningGen.calculators(DunningGen.nonNegativeRates()))).checkAssert(k -> {
            Money previous = Money.zero(k.principal().getCurrencyUnit());
            for (LocalDate end : k.ends()) {
                Money now = k.calc().calculate(k.principal(), k.due(), end).getInterest();
                assertTrue(!now.isLessThan(previous), previous + " then " + now + " at " + end + ": " + k);
                previous = now;
            }
        });
    }

    // ---- calculate: locale ----

    @Test
    void resultsDoNotDependOnTheDefaultLocale() {
        List<Locale> locales = List.of(Locale.ROOT, Locale.US, Locale.GERMANY, Locale.forLanguageTag("ar-SA"),
                Locale.forLanguageTag("hi-IN"), Locale.forLanguageTag("th-TH-u-nu-thai"));
        Locale original = Locale.getDefault();
        try {
            qt().withExamples(200).forAll(cases(DunningGen.calculators(DunningGen.rates()))).checkAssert(k -> {
                Locale.setDefault(Locale.forLanguageTag("tr-TR"));
                InterestCalculation expected = k.calc().calculate(k.principal(), k.due(), k.last());
                for (Locale l : locales) {
                    Locale.setDefault(l);
                    InterestCalculation actual = k.calc().calculate(k.principal(), k.due(), k.last());
                    assertEquals(expected, actual, l.toString());
                    assertEquals(expected.toString(), actual.toString(), l.toString());
                    assertEquals(k.calc().getReferenceRates().toString(), k.calc().getReferenceRates().toString());
                }
            });
        } finally {
            Locale.setDefault(original);
        }
    }
}
