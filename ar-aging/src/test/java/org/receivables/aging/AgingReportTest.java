package org.receivables.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;

/** Worked examples of the aging report. */
class AgingReportTest {

    static final LocalDate MAR_31 = LocalDate.of(2024, 3, 31);
    static final CustomerId C1 = CustomerId.of("C-1");
    static final CustomerId C2 = CustomerId.of("C-2");
    static final CurrencyUnit JPY = CurrencyUnit.of("JPY");

    static OpenItem item(String id, CustomerId customer, String issue, String due, String original, String open,
            boolean disputed) {
        return OpenItem.builder()
                .ref(ItemRef.ofInstalment(InvoiceId.of(id), 1))
                .customerId(customer)
                .issueDate(LocalDate.parse(issue))
                .dueDate(LocalDate.parse(due))
                .originalAmount(Money.parse(original))
                .openAmount(Money.parse(open))
                .disputed(disputed)
                .build();
    }

    static OpenItem item(String id, CustomerId customer, String issue, String due, String amount) {
        return item(id, customer, issue, due, amount, amount, false);
    }

    static List<Money> eur(String... amounts) {
        List<Money> list = new ArrayList<>();
        for (String a : amounts) {
            list.add(Money.of(CurrencyUnit.EUR, new BigDecimal(a)));
        }
        return list;
    }

    static List<BigDecimal> decimals(String... values) {
        List<BigDecimal> list = new ArrayList<>();
        for (String v : values) {
            list.add(new BigDecimal(v));
        }
        return list;
    }

    /** Six items of one customer as of 2024-03-31, one at each interesting distance from its due date. */
    static List<OpenItem> boundaryItems() {
        return List.of(
                item("A", C1, "2024-03-01", "2024-03-31", "EUR 100.00"),       // 0 days: current
                item("B", C1, "2024-03-16", "2024-04-15", "EUR 200.00"),       // due in 15 days: current
                item("C", C1, "2024-01-31", "2024-03-01", "EUR 300.00"),       // 30 days: 1-30
                item("D", C1, "2024-01-30", "2024-02-29", "EUR 400.00"),       // 31 days: 31-60
                item("E", C1, "2023-10-31", "2023-11-30", "EUR 500.00", "EUR 500.00", true),   // 122 days: over 120, disputed
                item("F", C1, "2023-11-02", "2023-12-02", "EUR 80.00", "EUR 50.00", false));   // 120 days: 91-120, partly paid
    }

    // ---- of ----

    /**
     * Boundaries at 0, 30 and 31 days past due in the convention of the ERP aging reports: Sage Intacct's
     * AR aging ages by due date as of a date into 0-30, 31-60, ... periods
     * (https://developer.intacct.com/api/accounts-receivable/ar-aging/), ERPNext's Accounts Receivable
     * report ages by due date into ranges up to 30, 60, 90, 120 and above
     * (https://docs.erpnext.com/docs/user/manual/en/accounts-receivable). Numbers are our own.
     */
    @Test
    void of_boundaryItems_eachInItsBucket() {
        List<OpenItem> items = boundaryItems();
        assertEquals(List.of(0L, -15L, 30L, 31L, 122L, 120L),
                items.stream().map(i -> i.daysPastDue(MAR_31)).collect(Collectors.toList()), "the days written above");

        AgingReport report = AgingReport.of(MAR_31, items, AgingOptions.defaults());
        AgingAmounts row = report.getLine(C1, CurrencyUnit.EUR).orElseThrow().getAmounts();
        assertEquals(eur("300.00", "300.00", "400.00", "0.00", "50.00", "500.00"), row.getAmounts());
        assertEquals(List.of(2L, 1L, 1L, 0L, 1L, 1L), row.getCounts());
        assertEquals(Money.parse("EUR 1550.00"), row.getTotal());
        assertEquals(Money.parse("EUR 1550.00"), row.getOpenItemTotal());
        assertEquals(Money.parse("EUR 1250.00"), row.getOverdueAmount());
        assertEquals(Money.parse("EUR 500.00"), row.getDisputedAmount(), "disputed shown apart ...");
        assertEquals(1, row.getDisputedCount());
        assertEquals(Money.parse("EUR 500.00"), row.getAmount(5), "... and still inside its bucket");
        // 300/1550 = 19.3548..., 400/1550 = 25.8064..., 50/1550 = 3.2258..., 500/1550 = 32.2580...
        assertEquals(decimals("19.35", "19.35", "25.81", "0.00", "3.23", "32.26"), row.getPercentages());
        assertEquals(row, report.getTotals(CurrencyUnit.EUR), "one customer: its row is the total");
        assertEquals(List.of(CurrencyUnit.EUR), report.getCurrencies());
        assertEquals(List.of(C1), report.getCustomerIds());
    }

    /**
     * An as-of date before a payment: INV-7 for EUR 1,000.00 issued 2024-01-01, due 2024-01-31; EUR 400.00
     * paid on 2024-03-10. As of 2024-02-29 the payment has not happened: the whole amount is 29 days past
     * due. As of 2024-03-31 EUR 600.00 is open and the item keeps its own due date: 60 days, 31-60.
     */
    @Test
    void of_asOfBeforeAPayment_andAPartlyPaidItemKeepsItsDueDate() {
        OpenItem beforePayment = item("INV-7", C1, "2024-01-01", "2024-01-31", "EUR 1000.00");
        OpenItem afterPayment = beforePayment.withOpenAmount(Money.parse("EUR 600.00"));

        AgingReport feb = AgingReport.of(LocalDate.of(2024, 2, 29), List.of(beforePayment), AgingOptions.defaults());
        assertEquals(eur("0.00", "1000.00", "0.00", "0.00", "0.00", "0.00"), feb.getTotals(CurrencyUnit.EUR).getAmounts());

        AgingReport mar = AgingReport.of(MAR_31, List.of(afterPayment), AgingOptions.defaults());
        assertEquals(eur("0.00", "0.00", "600.00", "0.00", "0.00", "0.00"), mar.getTotals(CurrencyUnit.EUR).getAmounts());
    }

    /** Items issued after the as-of date are refused, not skipped: the input is not a view as of the date. */
    @Test
    void of_itemIssuedAfterAsOf_isRefused() {
        OpenItem late = item("INV-9", C1, "2024-04-01", "2024-05-01", "EUR 10.00");
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> AgingReport.of(MAR_31, List.of(boundaryItems().get(0), late), AgingOptions.defaults()));
        assertTrue(ex.getMessage().contains("issueDate 2024-04-01"), ex.getMessage());
        assertTrue(ex.getMessage().contains("INV-9#1"), ex.getMessage());
        assertTrue(ex.getMessage().contains("asOf 2024-03-31"), ex.getMessage());
        // issued on the as-of date itself counts
        OpenItem sameDay = item("INV-10", C1, "2024-03-31", "2024-04-30", "EUR 10.00");
        assertEquals(1, AgingReport.of(MAR_31, List.of(sameDay), AgingOptions.defaults()).getTotals(CurrencyUnit.EUR).getCount(0));
    }

    /** Issue-date basis: an item issued 2024-01-01, due 2024-01-31, is 30 days past due but 60 days old on 2024-03-01. */
    @Test
    void of_issueDateBasis_agesFromTheIssueDate() {
        OpenItem i = item("INV-1", C1, "2024-01-01", "2024-01-31", "EUR 10.00");
        LocalDate asOf = LocalDate.of(2024, 3, 1);
        AgingReport byDue = AgingReport.of(asOf, List.of(i), AgingOptions.defaults());
        AgingReport byIssue = AgingReport.of(asOf, List.of(i), AgingOptions.builder().basis(AgingBasis.ISSUE_DATE).build());
        assertEquals(1, byDue.getTotals(CurrencyUnit.EUR).getCount(1));
        assertEquals(1, byIssue.getTotals(CurrencyUnit.EUR).getCount(2));
        assertEquals(30, AgingBasis.DUE_DATE.age(i, asOf));
        assertEquals(60, AgingBasis.ISSUE_DATE.age(i, asOf));
    }

    /** Forward buckets for cash planning: not-yet-due items by when they fall due. */
    @Test
    void of_forwardBuckets_spreadNotYetDueItems() {
        AgingOptions options = AgingOptions.builder().buckets(AgingBuckets.standard().withForwardLimits(30, 60)).build();
        List<OpenItem> items = List.of(
                item("T", C1, "2024-03-01", "2024-03-31", "EUR 1.00"),    // due today
                item("U", C1, "2024-03-01", "2024-04-30", "EUR 2.00"),    // due in 30 days
                item("V", C1, "2024-03-01", "2024-05-01", "EUR 4.00"),    // due in 31 days
                item("W", C1, "2024-03-01", "2024-05-31", "EUR 8.00"),    // due in 61 days
                item("X", C1, "2024-01-01", "2024-03-30", "EUR 16.00"));  // 1 day past due
        AgingAmounts row = AgingReport.of(MAR_31, items, options).getTotals(CurrencyUnit.EUR);
        assertEquals(eur("8.00", "4.00", "3.00", "16.00", "0.00", "0.00", "0.00", "0.00"), row.getAmounts());
        assertEquals(Money.parse("EUR 16.00"), row.getOverdueAmount());
    }

    /** Credits in their own column, or netted into the bucket holding age 0. */
    @Test
    void of_credits_separateOrNetted() {
        List<OpenItem> items = List.of(
                item("P", C2, "2024-03-20", "2024-04-19", "EUR 100.00"),
                item("Q", C2, "2024-02-10", "2024-03-11", "EUR 50.00"));
        List<OpenCredit> credits = List.of(OpenCredit.builder().customerId(C2).kind(CreditKind.UNAPPLIED_PAYMENT)
                .date(LocalDate.of(2024, 3, 15)).amount(Money.parse("EUR 30.00")).build());

        AgingAmounts separate = AgingReport.of(MAR_31, items, credits, AgingOptions.defaults())
                .getLine(C2, CurrencyUnit.EUR).orElseThrow().getAmounts();
        assertEquals(eur("100.00", "50.00", "0.00", "0.00", "0.00", "0.00"), separate.getAmounts());
        assertEquals(Money.parse("EUR 150.00"), separate.getTotal());
        assertEquals(Money.parse("EUR 30.00"), separate.getCredits());
        assertEquals(1, separate.getCreditCount());
        assertEquals(Money.parse("EUR 120.00"), separate.getNetBalance());

        AgingAmounts netted = AgingReport.of(MAR_31, items, credits,
                AgingOptions.builder().creditPresentation(CreditPresentation.NET_INTO_CURRENT).build())
                .getLine(C2, CurrencyUnit.EUR).orElseThrow().getAmounts();
        assertEquals(eur("70.00", "50.00", "0.00", "0.00", "0.00", "0.00"), netted.getAmounts());
        assertEquals(eur("100.00", "50.00", "0.00", "0.00", "0.00", "0.00"), netted.getOpenItemAmounts());
        assertEquals(Money.parse("EUR 120.00"), netted.getTotal());
        assertEquals(Money.parse("EUR 150.00"), netted.getOpenItemTotal());
        assertEquals(Money.parse("EUR 120.00"), netted.getNetBalance());
        assertEquals(decimals("58.33", "41.67", "0.00", "0.00", "0.00", "0.00"), netted.getPercentages());
    }

    /** A customer with only a credit has a row, with a negative net balance. */
    @Test
    void of_creditOnly_givesARowWithNegativeNetBalance() {
        List<OpenCredit> credits = List.of(OpenCredit.builder().customerId(C2).kind(CreditKind.CREDIT_NOTE)
                .date(MAR_31).amount(Money.parse("EUR 12.50")).build());
        AgingAmounts row = AgingReport.of(MAR_31, List.of(), credits, AgingOptions.defaults()).getTotals(CurrencyUnit.EUR);
        assertEquals(Money.parse("EUR -12.50"), row.getNetBalance());
        assertEquals(Money.parse("EUR 0.00"), row.getTotal());
        assertEquals(0, row.getItemCount());
        assertEquals(decimals("0.00", "0.00", "0.00", "0.00", "0.00", "0.00"), row.getPercentages(), "zero total: zero percentages");
    }

    // ---- getTopOverdue ----

    @Test
    void getTopOverdue_amountDescendingThenCustomerId() {
        CustomerId a = CustomerId.of("A");
        CustomerId b = CustomerId.of("B");
        CustomerId c = CustomerId.of("C");
        CustomerId d = CustomerId.of("D");
        List<OpenItem> items = List.of(
                item("1", b, "2024-01-01", "2024-01-31", "EUR 500.00"),
                item("2", c, "2024-01-01", "2024-01-31", "EUR 200.00"),
                item("3", a, "2024-01-01", "2024-03-01", "EUR 300.00"),
                item("4", a, "2024-01-01", "2024-01-31", "EUR 200.00"),
                item("5", a, "2024-03-01", "2024-04-30", "EUR 900.00"),   // not overdue: does not count
                item("6", d, "2024-03-01", "2024-04-30", "EUR 9000.00"), // nothing overdue: not listed
                item("7", c, "2024-01-01", "2024-01-31", "USD 999.00"));  // other currency
        AgingReport report = AgingReport.of(MAR_31, items, AgingOptions.defaults());
        List<CustomerId> top = report.getTopOverdue(CurrencyUnit.EUR, 10).stream().map(AgingLine::getCustomerId)
                .collect(Collectors.toList());
        assertEquals(List.of(a, b, c), top, "A and B tie at 500.00: A first");
        assertEquals(List.of(a, b), report.getTopOverdue(CurrencyUnit.EUR, 2).stream().map(AgingLine::getCustomerId)
                .collect(Collectors.toList()));
        assertEquals(List.of(), report.getTopOverdue(CurrencyUnit.EUR, 0));
        assertEquals(List.of(c), report.getTopOverdue(CurrencyUnit.USD, 3).stream().map(AgingLine::getCustomerId)
                .collect(Collectors.toList()));
    }

    // ---- getTotalIn / getBucketTotalsIn ----

    /**
     * USD 10.05 at 0.5 is EUR 5.025 and JPY 5 at 0.001 is EUR 0.005: the exact sum EUR 5.030 rounds to
     * 5.03, where rounding each currency first (5.02 + 0.00, half-even) would give 5.02.
     */
    @Test
    void getTotalIn_multipliesExactlyAndRoundsOnce() {
        List<OpenItem> items = List.of(
                item("U", C1, "2024-03-01", "2024-03-31", "USD 10.05"),
                item("J", C2, "2024-03-01", "2024-03-31", "JPY 5"));
        AgingReport report = AgingReport.of(MAR_31, items, AgingOptions.defaults());
        FxRates rates = FxRates.of(CurrencyUnit.EUR, Map.of(CurrencyUnit.USD, new BigDecimal("0.5"), JPY, new BigDecimal("0.001")));
        assertEquals(Money.parse("EUR 5.03"), report.getTotalIn(rates, RoundingMode.HALF_EVEN));
        assertEquals(eur("5.03", "0.00", "0.00", "0.00", "0.00", "0.00"), report.getBucketTotalsIn(rates, RoundingMode.HALF_EVEN));
        assertEquals(Money.parse("EUR 5.03"), report.getTotalIn(rates, RoundingMode.UNNECESSARY),
                "the exact sum 5.030 needs no rounding; per-currency rounding would have needed it");
    }

    @Test
    void getTotalIn_reportingCurrencyNeedsNoRate() {
        AgingReport report = AgingReport.of(MAR_31, List.of(item("E", C1, "2024-03-01", "2024-03-31", "EUR 7.00")),
                AgingOptions.defaults());
        assertEquals(Money.parse("EUR 7.00"), report.getTotalIn(FxRates.of(CurrencyUnit.EUR, Map.of()), RoundingMode.HALF_EVEN));
    }

    // ---- merge ----

    @Test
    void merge_addsRowsOfTheSameCustomerAndKeepsOthers() {
        List<OpenItem> all = new ArrayList<>(boundaryItems());
        all.add(item("Z", C2, "2024-03-01", "2024-03-02", "EUR 5.00"));
        AgingReport whole = AgingReport.of(MAR_31, all, AgingOptions.defaults());
        AgingReport first = AgingReport.of(MAR_31, all.subList(0, 3), AgingOptions.defaults());
        AgingReport rest = AgingReport.of(MAR_31, all.subList(3, all.size()), AgingOptions.defaults());
        assertEquals(whole, first.merge(rest));
        assertEquals(whole, rest.merge(first));
        assertEquals(whole, whole.merge(AgingReport.empty(MAR_31, AgingOptions.defaults())));
        assertEquals(List.of(C1, C2), first.merge(rest).getCustomerIds());
    }
}
