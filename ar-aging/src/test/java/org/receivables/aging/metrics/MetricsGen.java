package org.receivables.aging.metrics;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The generator vocabulary of the metrics property tests. Money is built from minor units at the
 * currency's scale and dates lie in a window, as in ar-core's CoreGen (not on this module's test
 * class path, so the few lines needed are repeated here). Everything is built constructively.
 */
final class MetricsGen {

    /** JPY (0 decimals), EUR, USD (2 decimals) and BHD (3 decimals). */
    static final List<CurrencyUnit> CURRENCIES = List.of(
            CurrencyUnit.of("JPY"), CurrencyUnit.EUR, CurrencyUnit.USD, CurrencyUnit.of("BHD"));

    static final LocalDate WINDOW_START = LocalDate.of(2019, 1, 1);
    static final LocalDate WINDOW_END = LocalDate.of(2029, 12, 31);

    private MetricsGen() {
    }

    static Gen<CurrencyUnit> currencies() {
        return Generate.pick(CURRENCIES);
    }

    static Gen<Money> money(CurrencyUnit currency, long minMinor, long maxMinor) {
        return longs().between(minMinor, maxMinor).map(minor -> Money.ofMinor(currency, minor));
    }

    static Gen<LocalDate> dates() {
        return longs().between(WINDOW_START.toEpochDay(), WINDOW_END.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    static Gen<YearMonth> months() {
        return dates().map(YearMonth::from);
    }

    /** A sales history of 1 to 24 consecutive months, each with positive sales, in the latest-first order. */
    static Gen<List<MonthlySales>> positiveHistories(CurrencyUnit currency) {
        return months().zip(lists().of(longs().between(1, 100_000_000L)).ofSizeBetween(1, 24), (end, minors) -> {
            List<MonthlySales> history = new ArrayList<>();
            for (int i = 0; i < minors.size(); i++) {
                history.add(MonthlySales.of(end.minusMonths(i), Money.ofMinor(currency, minors.get(i))));
            }
            return history;
        });
    }

    /** A period inside the window, 1 to 400 days long. */
    static Gen<MeasurementPeriod> periods() {
        return dates().zip(integers().between(0, 399), (start, extra) -> MeasurementPeriod.of(start, start.plusDays(extra)));
    }

    /** Figures with positive sales and every balance, the current one at most the ending one. */
    static Gen<PeriodFigures> figures() {
        return currencies().flatMap(c -> periods().zip(
                money(c, 1, 1_000_000_000L),
                money(c, 0, 1_000_000_000L),
                money(c, 0, 1_000_000_000L),
                integers().between(0, 1000),
                (period, sales, beginning, ending, currentPermille) -> PeriodFigures.builder()
                        .period(period)
                        .creditSales(sales)
                        .beginningReceivables(beginning)
                        .endingReceivables(ending)
                        .endingCurrentReceivables(Money.ofMinor(c, ending.getAmountMinorLong() * currentPermille / 1000))
                        .build()));
    }

    /** Settled invoices in one currency: 1 to 30, issued in the window, due 0-90 days later, paid 0-180 days after issue. */
    static Gen<List<SettledInvoice>> settledInvoices(CurrencyUnit currency) {
        Gen<SettledInvoice> one = dates().zip(integers().between(0, 90), integers().between(0, 180),
                money(currency, 1, 100_000_000L),
                (issued, terms, paidAfter, amount) -> SettledInvoice.of(issued, issued.plusDays(terms),
                        issued.plusDays(paidAfter), amount));
        return lists().of(one).ofSizeBetween(1, 30);
    }

    /** Open receivables in one currency: 1 to 30, due within the window. */
    static Gen<List<OpenReceivable>> openReceivables(CurrencyUnit currency) {
        Gen<OpenReceivable> one = dates().zip(money(currency, 1, 100_000_000L), OpenReceivable::of);
        return lists().of(one).ofSizeBetween(1, 30);
    }

    /** Seeds for a reproducible shuffle. */
    static Gen<Long> seeds() {
        return longs().all();
    }

    static <T> List<T> shuffled(List<T> list, long seed) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }
}
