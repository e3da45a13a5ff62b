package org.receivables.aging.allowance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.aging.AgingBuckets;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.aging.CreditKind;
import org.receivables.aging.CreditPresentation;
import org.receivables.aging.OpenCredit;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerSegment;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.money.Percentage;

/** Worked examples of the provision matrix. */
class ProvisionMatrixTest {

    static final LocalDate ASOF = LocalDate.of(2024, 12, 31);
    static final AgingBuckets FIVE = AgingBuckets.ofOverdueLimits(30, 60, 90);
    static final AgingBuckets TWO = AgingBuckets.ofOverdueLimits();   // current, over 0

    /** An item of a customer that is {@code daysPastDue} days past due on ASOF. */
    static OpenItem item(String customer, long daysPastDue, String amount) {
        LocalDate due = ASOF.minusDays(daysPastDue);
        LocalDate issue = due.isAfter(ASOF) ? ASOF : due;
        return OpenItem.builder()
                .ref(ItemRef.ofInstalment(InvoiceId.of("INV-" + customer + "-" + daysPastDue + "-" + amount), 1))
                .customerId(CustomerId.of(customer))
                .issueDate(issue).dueDate(due)
                .originalAmount(Money.parse(amount)).openAmount(Money.parse(amount))
                .build();
    }

    static List<Percentage> rates(String... percent) {
        List<Percentage> list = new ArrayList<>();
        for (String p : percent) {
            list.add(Percentage.parse(p));
        }
        return list;
    }

    static List<Money> eur(String... amounts) {
        List<Money> list = new ArrayList<>();
        for (String a : amounts) {
            list.add(Money.of(CurrencyUnit.EUR, new BigDecimal(a)));
        }
        return list;
    }

    // ---- allowanceFor ----

    /**
     * IFRS 9 <i>Financial Instruments</i>, Illustrative Examples, Example 12 "Provision matrix"
     * (paragraphs IE74-IE77, https://www.ifrs.org/issued-standards/list-of-standards/ifrs-9-financial-instruments/):
     * Company M's trade receivables of CU30 million, gross carrying amounts 15,000,000 current,
     * 7,500,000 1-30 days, 4,000,000 31-60 days, 2,500,000 61-90 days and 1,000,000 more than 90 days past
     * due, at default rates 0.3%, 1.6%, 3.6%, 6.6% and 10.6%, give lifetime expected credit losses of
     * 45,000, 120,000, 144,000, 165,000 and 106,000: CU580,000 in total.
     */
    @Test
    void allowanceFor_ifrs9IllustrativeExample12() {
        List<OpenItem> items = List.of(
                item("M1", -10, "EUR 9000000.00"), item("M2", 0, "EUR 6000000.00"),
                item("M1", 30, "EUR 7500000.00"),
                item("M3", 31, "EUR 4000000.00"),
                item("M1", 61, "EUR 2000000.00"), item("M2", 90, "EUR 500000.00"),
                item("M3", 91, "EUR 1000000.00"));
        AgingReport report = AgingReport.of(ASOF, items, AgingOptions.builder().buckets(FIVE).build());
        ProvisionMatrix matrix = ProvisionMatrix.of(FIVE, rates("0.3", "1.6", "3.6", "6.6", "10.6"));

        Allowance allowance = matrix.allowanceFor(report);
        assertEquals(eur("15000000.00", "7500000.00", "4000000.00", "2500000.00", "1000000.00"),
                allowance.getGrossAmounts(CurrencyUnit.EUR));
        assertEquals(eur("45000.00", "120000.00", "144000.00", "165000.00", "106000.00"), allowance.getAmounts(CurrencyUnit.EUR));
        assertEquals(Money.parse("EUR 580000.00"), allowance.getTotal(CurrencyUnit.EUR));
        assertEquals(List.of(CurrencyUnit.EUR), allowance.getCurrencies());
        assertEquals(Money.parse("USD 0.00"), allowance.getTotal(CurrencyUnit.USD));
    }

    /** Segment rates for customers in a segment that has them; default rates for the rest. */
    @Test
    void allowanceFor_segmentRatesWithADefault() {
        CustomerSegment key = CustomerSegment.of("KEY_ACCOUNT");
        List<OpenItem> items = List.of(
                item("A", 0, "EUR 1000.00"), item("A", 45, "EUR 200.00"),   // KEY_ACCOUNT: 0.5%, 5%
                item("B", 0, "EUR 1000.00"), item("B", 45, "EUR 200.00"),   // no segment: default 1%, 10%
                item("C", 0, "EUR 500.00"));                                // a segment without rates: default
        AgingReport report = AgingReport.of(ASOF, items, AgingOptions.builder().buckets(TWO).build());
        ProvisionMatrix matrix = ProvisionMatrix.of(TWO, rates("1", "10")).withSegmentRates(key, rates("0.5", "5"));
        Allowance allowance = matrix.allowanceFor(report,
                Map.of(CustomerId.of("A"), key, CustomerId.of("C"), CustomerSegment.of("RETAIL")));
        // current: 1000 x 0.5% + 1000 x 1% + 500 x 1% = 5 + 10 + 5; overdue: 200 x 5% + 200 x 10% = 10 + 20
        assertEquals(eur("20.00", "30.00"), allowance.getAmounts(CurrencyUnit.EUR));
        assertEquals(Money.parse("EUR 50.00"), allowance.getTotal(CurrencyUnit.EUR));
        assertEquals(rates("0.5", "5"), matrix.getRates(key));
        assertEquals(rates("1", "10"), matrix.getRates(CustomerSegment.of("RETAIL")));
        // without the map, everyone is at the default rates: 25 + 40
        assertEquals(Money.parse("EUR 65.00"), matrix.allowanceFor(report).getTotal(CurrencyUnit.EUR));
    }

    /**
     * Rates apply to unrounded totals and each figure is rounded once, half-even: two customers' EUR 0.50
     * at 1% are EUR 0.005 each (0.00 if rounded per customer) but EUR 0.01 on their sum; the total is
     * rounded from the exact sum of the buckets, so 0.005 + 0.005 gives a total of 0.01 over two buckets of 0.00.
     */
    @Test
    void allowanceFor_roundsOnceFromUnroundedTotals() {
        List<OpenItem> items = List.of(item("A", 0, "EUR 0.50"), item("B", 0, "EUR 0.50"));
        AgingReport report = AgingReport.of(ASOF, items, AgingOptions.builder().buckets(TWO).build());
        assertEquals(eur("0.01", "0.00"),
                ProvisionMatrix.of(TWO, rates("1", "0")).allowanceFor(report).getAmounts(CurrencyUnit.EUR));

        List<OpenItem> split = List.of(item("A", 0, "EUR 0.50"), item("B", 45, "EUR 0.50"));
        Allowance a = ProvisionMatrix.of(TWO, rates("1", "1"))
                .allowanceFor(AgingReport.of(ASOF, split, AgingOptions.builder().buckets(TWO).build()));
        assertEquals(eur("0.00", "0.00"), a.getAmounts(CurrencyUnit.EUR), "0.005 each, half-even to 0.00");
        assertEquals(Money.parse("EUR 0.01"), a.getTotal(CurrencyUnit.EUR), "0.010 exactly");
    }

    /** The base is the gross open items: credits are not deducted even when the report nets them. */
    @Test
    void allowanceFor_usesGrossOpenItemsNotCredits() {
        List<OpenItem> items = List.of(item("A", 0, "EUR 1000.00"));
        List<OpenCredit> credits = List.of(OpenCredit.builder().customerId(CustomerId.of("A"))
                .kind(CreditKind.UNAPPLIED_PAYMENT).date(ASOF).amount(Money.parse("EUR 400.00")).build());
        AgingReport netted = AgingReport.of(ASOF, items, credits,
                AgingOptions.builder().buckets(TWO).creditPresentation(CreditPresentation.NET_INTO_CURRENT).build());
        assertEquals(Money.parse("EUR 10.00"),
                ProvisionMatrix.of(TWO, rates("1", "10")).allowanceFor(netted).getTotal(CurrencyUnit.EUR));
    }

    /** Currencies are kept apart, each rounded to its own decimals (JPY 0, BHD 3). */
    @Test
    void allowanceFor_perCurrency() {
        List<OpenItem> items = List.of(item("A", 0, "JPY 1235"), item("A", 40, "BHD 1.235"));
        Allowance a = ProvisionMatrix.of(TWO, rates("10", "10"))
                .allowanceFor(AgingReport.of(ASOF, items, AgingOptions.builder().buckets(TWO).build()));
        assertEquals(Money.parse("JPY 124"), a.getTotal(CurrencyUnit.of("JPY")), "123.5 half-even to 124");
        assertEquals(Money.parse("BHD 0.124"), a.getTotal(CurrencyUnit.of("BHD")), "0.1235 half-even to 0.124");
        assertEquals(List.of(CurrencyUnit.of("BHD"), CurrencyUnit.of("JPY")), a.getCurrencies());
    }
}
