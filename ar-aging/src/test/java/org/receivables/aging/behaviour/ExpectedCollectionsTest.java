package org.receivables.aging.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.receivables.aging.behaviour.BehaviourGen.date;
import static org.receivables.aging.behaviour.BehaviourGen.eur;
import static org.receivables.aging.behaviour.BehaviourGen.item;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ExpectedCollectionsTest {

    static PaymentPrediction predicted(String invoice, String date, Money amount) {
        return PaymentPrediction.of(item(invoice, "C-1", "2024-11-30", amount), date(date), PredictionLevel.CUSTOMER, 3, 0, false);
    }

    static final List<PaymentPrediction> PREDICTIONS = List.of(
            predicted("INV-1", "2024-12-30", eur("1000.00")),              // Monday of ISO week 2025-W01
            predicted("INV-2", "2025-01-05", eur("500.00")),               // Sunday of the same week
            predicted("INV-3", "2025-01-20", eur("200.00")),               // Monday of 2025-W04
            predicted("INV-4", "2024-12-29", Money.parse("USD 70.00")),    // Sunday of 2024-W52
            predicted("INV-5", "2025-01-01", Money.parse("JPY 3000")));    // Wednesday of 2025-W01

    // ---- byWeek ----

    /**
     * A weekly receipts forecast in weeks starting on Monday, as Daylit's 13-week cash-flow forecast
     * of open invoices by predicted date, https://help.daylit.com/dashboard/cash-flow , and the
     * "week commencing" layout of Merion Academy, "Cash-Flow Forecasting for Creditors",
     * https://academy.merion.com.au/cash-flow-forecasting/ . ISO 8601 week numbering: 2024-12-30 is
     * in 2025-W01 (the week holding 2025-01-02, the year's first Thursday); the tests run under a
     * Turkish default locale, where weeks also start on Monday, but nothing here may depend on it.
     */
    @Test
    void test_byWeek_isoWeeksInDateOrderWithGapsPerCurrency() {
        SortedMap<CurrencyUnit, List<ExpectedCollection>> weeks = ExpectedCollections.byWeek(PREDICTIONS);
        assertEquals(List.of(CurrencyUnit.EUR, CurrencyUnit.of("JPY"), CurrencyUnit.USD), List.copyOf(weeks.keySet()));
        assertEquals(List.of(
                "2025-W01 EUR 1500.00 (2)",
                "2025-W02 EUR 0.00 (0)",
                "2025-W03 EUR 0.00 (0)",
                "2025-W04 EUR 200.00 (1)"),
                weeks.get(CurrencyUnit.EUR).stream().map(ExpectedCollection::toString).toList());
        ExpectedCollection first = weeks.get(CurrencyUnit.EUR).get(0);
        assertEquals(date("2024-12-30"), first.getStart());
        assertEquals(date("2025-01-06"), first.getEndExclusive());
        assertEquals(date("2025-01-20"), weeks.get(CurrencyUnit.EUR).get(3).getStart());
        assertEquals(List.of("2024-W52 USD 70.00 (1)"),
                weeks.get(CurrencyUnit.USD).stream().map(ExpectedCollection::toString).toList());
        assertEquals(date("2024-12-23"), weeks.get(CurrencyUnit.USD).get(0).getStart());
        assertEquals(List.of("2025-W01 JPY 3000 (1)"),
                weeks.get(CurrencyUnit.of("JPY")).stream().map(ExpectedCollection::toString).toList());
    }

    @Test
    void test_byWeek_noPredictionsNoBuckets() {
        assertEquals(Map.of(), ExpectedCollections.byWeek(List.of()));
    }

    // ---- byMonth ----

    @Test
    void test_byMonth_calendarMonths() {
        SortedMap<CurrencyUnit, List<ExpectedCollection>> months = ExpectedCollections.byMonth(PREDICTIONS);
        assertEquals(List.of("2024-12 EUR 1000.00 (1)", "2025-01 EUR 700.00 (2)"),
                months.get(CurrencyUnit.EUR).stream().map(ExpectedCollection::toString).toList());
        assertEquals(date("2025-01-01"), months.get(CurrencyUnit.EUR).get(1).getStart());
        assertEquals(date("2025-02-01"), months.get(CurrencyUnit.EUR).get(1).getEndExclusive());
        assertEquals(List.of("2024-12 USD 70.00 (1)"),
                months.get(CurrencyUnit.USD).stream().map(ExpectedCollection::toString).toList());
    }

    // ---- CollectionPeriod ----

    @Test
    void test_collectionPeriod_startsAndLabels() {
        assertEquals(date("2024-02-26"), CollectionPeriod.WEEK.startOf(date("2024-02-29")));
        assertEquals(date("2024-03-04"), CollectionPeriod.WEEK.next(date("2024-02-26")));
        assertEquals(date("2024-02-01"), CollectionPeriod.MONTH.startOf(date("2024-02-29")));
        assertEquals(date("2024-03-01"), CollectionPeriod.MONTH.next(date("2024-02-01")));
        // 2021-01-03 (a Sunday) still belongs to ISO week 53 of 2020
        assertEquals("2020-W53", CollectionPeriod.WEEK.label(date("2021-01-03")));
        assertEquals("2021-W01", CollectionPeriod.WEEK.label(date("2021-01-04")));
        assertEquals("2021-01", CollectionPeriod.MONTH.label(date("2021-01-03")));
    }
}
