package org.receivables.dunning.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.receivables.core.money.Percentage;
import org.receivables.dunning.fee.PercentageFee;
import org.receivables.dunning.interest.DayCount;
import org.receivables.dunning.interest.RateFixing;
import org.receivables.dunning.interest.RateTable;
import org.receivables.dunning.interest.SimpleInterest;

/**
 * The generator vocabulary of ar-dunning's property tests. Money comes from minor units at the
 * currency's scale and dates from a window spanning leap years, as in ar-core's CoreGen (not on this
 * module's test class path, so the few lines needed are repeated here). Rate tables are built
 * constructively: a first date, then positive gaps between entries, so they never need filtering.
 */
public final class DunningGen {

    /** JPY (0 decimals), EUR, GBP (2 decimals) and BHD (3 decimals). */
    public static final List<CurrencyUnit> CURRENCIES = List.of(
            CurrencyUnit.of("JPY"), CurrencyUnit.EUR, CurrencyUnit.GBP, CurrencyUnit.of("BHD"));

    /** First day of the date window: 2019-01-01. */
    public static final LocalDate WINDOW_START = LocalDate.of(2019, 1, 1);

    /** Last day of the date window, inclusive: 2029-12-31 (holds the leap days of 2020, 2024, 2028). */
    public static final LocalDate WINDOW_END = LocalDate.of(2029, 12, 31);

    private DunningGen() {
    }

    /** @return any of {@link #CURRENCIES} */
    public static Gen<CurrencyUnit> currencies() {
        return Generate.pick(CURRENCIES);
    }

    /**
     * @param currency the currency
     * @param minMinor the least amount in minor units, inclusive
     * @param maxMinor the greatest amount in minor units, inclusive
     * @return amounts between the bounds, at the currency's scale
     */
    public static Gen<Money> money(CurrencyUnit currency, long minMinor, long maxMinor) {
        return longs().between(minMinor, maxMinor).map(minor -> Money.ofMinor(currency, minor));
    }

    /** @return amounts of zero to ten million major units in any currency */
    public static Gen<Money> principals() {
        return currencies().flatMap(c -> money(c, 0, 10_000_000L * pow10(c.getDecimalPlaces())));
    }

    /** @return dates in the window */
    public static Gen<LocalDate> dates() {
        return longs().between(WINDOW_START.toEpochDay(), WINDOW_END.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** @return rates from -1.00% to 15.00% in hundredths of a point, like published reference rates */
    public static Gen<Percentage> rates() {
        return integers().between(-100, 1500).map(h -> Percentage.of(BigDecimal.valueOf(h, 2)));
    }

    /** @return rates from 0.00% to 15.00% */
    public static Gen<Percentage> nonNegativeRates() {
        return integers().between(0, 1500).map(h -> Percentage.of(BigDecimal.valueOf(h, 2)));
    }

    /** @return margins from 0 to 10 points in hundredths */
    public static Gen<Percentage> margins() {
        return integers().between(0, 1000).map(h -> Percentage.of(BigDecimal.valueOf(h, 2)));
    }

    /**
     * Open-ended rate tables starting on {@link #WINDOW_START}, with 1 to 20 entries 1 to 400 days apart.
     *
     * @param rates the rate of each entry
     * @return the tables
     */
    public static Gen<RateTable> rateTables(Gen<Percentage> rates) {
        Gen<List<Integer>> gaps = lists().of(integers().between(1, 400)).ofSizeBetween(0, 19);
        Gen<List<Percentage>> values = lists().of(rates).ofSize(20);
        return gaps.zip(values, (g, v) -> {
            RateTable.Builder b = RateTable.builder();
            LocalDate from = WINDOW_START;
            b.rateFrom(from, v.get(0));
            for (int i = 0; i < g.size(); i++) {
                from = from.plusDays(g.get(i));
                b.rateFrom(from, v.get(i + 1));
            }
            return b.build();
        });
    }

    /**
     * Simple-interest calculators over {@link #rateTables(Gen)}, with any margin from 0 to 10 points,
     * day count, rate fixing and one of four rounding modes.
     *
     * @param rates the rates of the tables' entries
     * @return the calculators
     */
    public static Gen<SimpleInterest> calculators(Gen<Percentage> rates) {
        Gen<RoundingMode> roundings = Generate.pick(List.of(
                RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.FLOOR, RoundingMode.CEILING));
        Gen<DayCount> dayCounts = Generate.enumValues(DayCount.class);
        Gen<RateFixing> fixings = Generate.enumValues(RateFixing.class);
        return rateTables(rates).zip(margins(), dayCounts, fixings,
                (t, m, dc, f) -> SimpleInterest.builder().referenceRates(t).margin(m).dayCount(dc).rateFixing(f))
                .zip(roundings, (b, r) -> b.rounding(r).build());
    }

    /**
     * Percentage fees in a currency: a rate of 0 to 20% in hundredths, and a minimum and a maximum
     * each present or not, the maximum built as the minimum plus a non-negative step so min &lt;= max.
     *
     * @param currency the currency of the limits
     * @return the fees
     */
    public static Gen<PercentageFee> percentageFees(CurrencyUnit currency) {
        Gen<Percentage> rate = integers().between(0, 2000).map(h -> Percentage.of(BigDecimal.valueOf(h, 2)));
        Gen<Long> min = longs().between(0, 10_000L * pow10(currency.getDecimalPlaces()));
        Gen<Long> step = longs().between(0, 100_000L * pow10(currency.getDecimalPlaces()));
        Gen<Integer> which = integers().between(0, 3);
        return rate.zip(min, step, which, (r, lo, st, w) -> {
            PercentageFee.Builder b = PercentageFee.builder().rate(r);
            if ((w & 1) != 0) {
                b.minimum(Money.ofMinor(currency, lo));
            }
            if ((w & 2) != 0) {
                b.maximum(Money.ofMinor(currency, lo + st));
            }
            return b.build();
        });
    }

    /**
     * @param exponent a small non-negative exponent
     * @return ten to that power
     */
    public static long pow10(int exponent) {
        long r = 1;
        for (int i = 0; i < exponent; i++) {
            r *= 10;
        }
        return r;
    }
}
