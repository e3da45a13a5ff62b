package org.receivables.aging.behaviour;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The cash expected from open items, by week or month and by currency, from their predicted payment
 * dates: what a treasurer plans with.
 *
 * <p>Each currency gets its own consecutive buckets, from the one holding its earliest predicted date
 * to the one holding its latest, in date order; a bucket in between without items is present with
 * zero. Amounts are summed exactly in each currency, never converted, so the buckets of a currency add
 * up to the open amounts of that currency's predictions. Weeks are ISO weeks (Monday start),
 * independent of the default locale.
 *
 * <pre>
 *   // EUR 1000 predicted 2024-04-09, EUR 500 predicted 2024-04-14, EUR 200 predicted 2024-04-29
 *   ExpectedCollections.byWeek(predictions);
 *   // {EUR=[2024-W15 EUR 1500.00 (2), 2024-W16 EUR 0.00 (0), 2024-W17 EUR 0.00 (0), 2024-W18 EUR 200.00 (1)]}
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExpectedCollections {

    private ExpectedCollections() {
    }

    /**
     * Sums the predicted open amounts by ISO week (Monday to Sunday) in each currency.
     *
     * @param predictions the predictions, not null and holding no null; may be empty
     * @return the buckets of each currency in date order, currencies in code order; empty when there are no predictions
     * @throws NullPointerException if predictions is null or holds null
     */
    public static SortedMap<CurrencyUnit, List<ExpectedCollection>> byWeek(List<PaymentPrediction> predictions) {
        return of(predictions, CollectionPeriod.WEEK);
    }

    /**
     * Sums the predicted open amounts by calendar month in each currency.
     *
     * @param predictions the predictions, not null and holding no null; may be empty
     * @return the buckets of each currency in date order, currencies in code order; empty when there are no predictions
     * @throws NullPointerException if predictions is null or holds null
     */
    public static SortedMap<CurrencyUnit, List<ExpectedCollection>> byMonth(List<PaymentPrediction> predictions) {
        return of(predictions, CollectionPeriod.MONTH);
    }

    /**
     * Sums the predicted open amounts by week or month in each currency.
     *
     * @param predictions the predictions, not null and holding no null; may be empty
     * @param period the bucket length, not null
     * @return the buckets of each currency in date order, currencies in code order; empty when there are no predictions
     * @throws NullPointerException if an argument is null or predictions holds null
     */
    public static SortedMap<CurrencyUnit, List<ExpectedCollection>> of(List<PaymentPrediction> predictions,
            CollectionPeriod period) {
        PaymentBehaviour.requireElements(predictions, "predictions");
        Objects.requireNonNull(period, "period");
        SortedMap<CurrencyUnit, SortedMap<LocalDate, Money>> amounts = new TreeMap<>();
        SortedMap<CurrencyUnit, SortedMap<LocalDate, Integer>> counts = new TreeMap<>();
        for (PaymentPrediction p : predictions) {
            CurrencyUnit currency = p.getAmount().getCurrencyUnit();
            LocalDate start = period.startOf(p.getPredictedDate());
            amounts.computeIfAbsent(currency, c -> new TreeMap<>()).merge(start, p.getAmount(), Money::plus);
            counts.computeIfAbsent(currency, c -> new TreeMap<>()).merge(start, 1, Integer::sum);
        }
        SortedMap<CurrencyUnit, List<ExpectedCollection>> result = new TreeMap<>();
        for (Map.Entry<CurrencyUnit, SortedMap<LocalDate, Money>> e : amounts.entrySet()) {
            CurrencyUnit currency = e.getKey();
            SortedMap<LocalDate, Money> byStart = e.getValue();
            SortedMap<LocalDate, Integer> countByStart = counts.get(currency);
            List<ExpectedCollection> buckets = new ArrayList<>();
            for (LocalDate d = byStart.firstKey(); !d.isAfter(byStart.lastKey()); d = period.next(d)) {
                buckets.add(ExpectedCollection.of(period, d, byStart.getOrDefault(d, Money.zero(currency)),
                        countByStart.getOrDefault(d, 0)));
            }
            result.put(currency, List.copyOf(buckets));
        }
        return Collections.unmodifiableSortedMap(result);
    }
}
