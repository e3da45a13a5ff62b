package org.receivables.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.dunning.DunningAccount;
import org.receivables.dunning.DunningEngine;
import org.receivables.dunning.DunningHistory;
import org.receivables.dunning.DunningProposal;
import org.receivables.dunning.interest.LatePaymentRule;
import org.receivables.dunning.interest.LatePaymentRules;
import org.receivables.dunning.interest.RateTable;
import org.receivables.dunning.policy.LeveledPolicy;
import org.receivables.aging.AgingAmounts;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.aging.allowance.ProvisionMatrix;
import org.receivables.aging.metrics.DaysSalesOutstanding;
import org.receivables.aging.metrics.LedgerFigures;
import org.receivables.aging.metrics.MeasurementPeriod;
import org.receivables.aging.metrics.PeriodFigures;
import org.receivables.aging.metrics.ReceivablesBasis;
import org.receivables.aging.AgingBuckets;
import org.receivables.aging.bulk.BulkAging;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.bulk.PaymentColumns;
import org.receivables.core.bulk.BulkAllocation;
import org.receivables.aging.bulk.BulkMetrics;
import org.receivables.aging.bulk.PastDueFigures;
import org.receivables.dunning.bulk.BulkDunning;
import org.receivables.dunning.bulk.BulkDunningInput;
import org.receivables.dunning.bulk.BulkDunningResult;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.credit.CreditDecision;
import org.receivables.core.credit.CreditLimit;
import org.receivables.core.credit.CreditOutcome;
import org.receivables.core.credit.TemporaryIncrease;
import org.receivables.core.document.Payment;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PaymentMethod;
import org.receivables.core.ledger.AllocationPosted;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.EventId;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.LedgerView;
import org.receivables.core.ledger.PaymentReceived;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.Invoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.money.MoneySplit;
import org.receivables.core.money.Percentage;
import org.receivables.core.terms.BusinessDayConventions;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.HolidayCalendar;
import org.receivables.core.terms.HolidayCalendars;
import org.receivables.core.terms.Instalment;
import org.receivables.core.terms.PaymentTerms;

/**
 * The README's code, kept here so it compiles and its stated results are checked: when a snippet
 * changes in one place it must change in the other. Each method is one README block.
 */
class ReadmeExamplesTest {

    // ---- README: "A first example" ----

    @Test
    void aFirstExample() {
        Invoice invoice = Invoice.builder()
                .id(InvoiceId.of("INV-2024-0042"))
                .customerId(CustomerId.of("C-1001"))
                .issueDate(LocalDate.of(2024, 1, 31))
                .amount(Money.parse("EUR 1250.00"))
                .terms(PaymentTerms.parse("2/10 Net 30"))
                .build();

        Instalment due = invoice.getDueSchedule().getInstalments().get(0);
        assertEquals(LocalDate.parse("2024-03-01"), due.getDueDate());                      // 30 days, leap year
        assertEquals(Money.parse("EUR 25.00"), due.discountOn(LocalDate.of(2024, 2, 10))); // last day counts
        assertEquals(Money.parse("EUR 0.00"), due.discountOn(LocalDate.of(2024, 2, 11)));
    }

    // ---- README: "Money" ----

    @Test
    void money() {
        List<Money> parts = MoneySplit.equally(Money.parse("EUR 100.00"), 3);      // [33.34, 33.33, 33.33]
        List<Money> jpy = MoneySplit.byRatios(Money.parse("JPY 100"), 1, 1, 1);     // [34, 33, 33]
        Money discount = Percentage.parse("2%").applyTo(Money.parse("EUR 1234.55")); // EUR 24.69, HALF_EVEN

        assertEquals(List.of(Money.parse("EUR 33.34"), Money.parse("EUR 33.33"), Money.parse("EUR 33.33")), parts);
        assertEquals(List.of(Money.parse("JPY 34"), Money.parse("JPY 33"), Money.parse("JPY 33")), jpy);
        assertEquals(Money.parse("EUR 24.69"), discount);
    }

    // ---- README: "Payment terms" ----

    @Test
    void paymentTerms() {
        PaymentTerms terms = PaymentTerms.parse("30% Due on receipt; Balance Net 60");
        DueSchedule schedule = terms.schedule(LocalDate.of(2024, 1, 15), Money.parse("BHD 100.005"));
        // #1 2024-01-15 BHD 30.002 (30.0015 rounded HALF_EVEN), #2 2024-03-15 BHD 70.003 (the residual)

        assertEquals("30% Due on receipt; Balance Net 60", terms.toString());
        assertEquals(Money.parse("BHD 30.002"), schedule.getInstalments().get(0).getAmount());
        assertEquals(Money.parse("BHD 70.003"), schedule.getInstalments().get(1).getAmount());
        assertEquals(LocalDate.parse("2024-03-15"), schedule.getFinalDueDate());
        assertEquals(Money.parse("BHD 100.005"), schedule.getTotal());
    }

    // ---- README: "Business days" ----

    @Test
    void businessDays() {
        HolidayCalendar calendar = HolidayCalendars.of(
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), List.of(LocalDate.of(2024, 12, 25)));
        DueSchedule schedule = PaymentTerms.parse("EOM").schedule(LocalDate.of(2024, 8, 12),
                Money.parse("EUR 500.00"), BusinessDayConventions.MODIFIED_FOLLOWING, calendar);
        // 2024-08-31 is a Saturday; Following would leave August, so Modified Following goes back

        assertEquals(LocalDate.parse("2024-08-30"), schedule.getFinalDueDate());
    }

    // ---- README: "Errors" ----

    @Test
    void errors() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> PaymentTerms.parse("Net thirty"));
        NullPointerException missing = assertThrows(NullPointerException.class,
                () -> PaymentTerms.parse(null));

        assertEquals(true, unknown.getMessage().contains("Net thirty"), unknown.getMessage());
        assertEquals("text", missing.getMessage());
    }

    // ---- README: "Customer ledger and cash application" ----

    @Test
    void ledgerAndCashApplication() {
        CustomerId customer = CustomerId.of("C-1001");
        CustomerLedger ledger = CustomerLedger.of(customer, List.of(
                InvoiceIssued.of(Invoice.builder().id(InvoiceId.of("INV-1")).customerId(customer)
                        .issueDate(LocalDate.of(2024, 3, 1)).amount(Money.parse("EUR 1000.00"))
                        .terms(PaymentTerms.parse("2/10 Net 30")).build()),
                PaymentReceived.of(Payment.builder().id(PaymentId.of("PAY-1")).customerId(customer)
                        .receivedDate(LocalDate.of(2024, 3, 11)).amount(Money.parse("EUR 980.00"))
                        .method(PaymentMethod.BANK_TRANSFER).addRemittanceReferences("INV-1").build())));

        // run the cash-application engine on the account as of the payment date; record what it proposes
        AllocationPosted allocation = ledger.asOf(LocalDate.of(2024, 3, 11))
                .allocate(EventId.of("ALLOC-1"), PaymentId.of("PAY-1"),
                        AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST),
                        AllocationOptions.defaults())
                .orElseThrow();
        ledger = ledger.withEvent(allocation);

        LedgerView march11 = ledger.asOf(LocalDate.of(2024, 3, 11));   // settled: 980.00 + 20.00 discount
        LedgerView march10 = ledger.asOf(LocalDate.of(2024, 3, 10));   // the day before: still open

        assertEquals(Money.parse("EUR 20.00"), allocation.getApplications().get(0).getDiscount());
        assertEquals(Money.parse("EUR 0.00"), march11.getBalance(CurrencyUnit.EUR));
        assertEquals(Money.parse("EUR 1000.00"), march10.getBalance(CurrencyUnit.EUR));
        assertEquals(ledger, ledger.withEvent(allocation));   // replaying an identical event is a no-op
    }

    // ---- README: "Credit limits" ----

    @Test
    void creditLimits() {
        CreditLimit limit = CreditLimit.builder()
                .customerId(CustomerId.of("C-1001"))
                .amount(Money.parse("EUR 10000.00"))
                .addTemporaryIncreases(TemporaryIncrease.of(Money.parse("EUR 5000.00"),
                        LocalDate.of(2024, 11, 1), LocalDate.of(2025, 1, 1)))   // expiry exclusive
                .build();
        CreditDecision decision = limit.check(Money.parse("EUR 9000.00"), Money.parse("EUR 2500.00"),
                LocalDate.of(2025, 1, 1));   // the increase has expired: exposure 11500 > 10000

        assertEquals(CreditOutcome.HOLD, decision.getOutcome());
        assertEquals(Money.parse("EUR 1500.00"), decision.getShortfall());
        assertEquals(CreditOutcome.APPROVE, limit.check(Money.parse("EUR 9000.00"), Money.parse("EUR 2500.00"),
                LocalDate.of(2024, 12, 31)).getOutcome());
    }

    // ---- README: "Aging, metrics and the allowance" ----

    @Test
    void agingMetricsAndAllowance() {
        CustomerId customer = CustomerId.of("C-1001");
        Portfolio portfolio = Portfolio.of(List.of(CustomerLedger.of(customer, List.of(
                InvoiceIssued.of(Invoice.builder().id(InvoiceId.of("INV-1")).customerId(customer)
                        .issueDate(LocalDate.of(2024, 1, 10)).amount(Money.parse("EUR 1000.00"))
                        .terms(PaymentTerms.parse("Net 30")).build()),            // due 2024-02-09
                InvoiceIssued.of(Invoice.builder().id(InvoiceId.of("INV-2")).customerId(customer)
                        .issueDate(LocalDate.of(2024, 3, 15)).amount(Money.parse("EUR 500.00"))
                        .terms(PaymentTerms.parse("Net 30")).build())))));       // due 2024-04-14

        AgingReport aging = AgingReport.of(portfolio, LocalDate.of(2024, 3, 31), AgingOptions.defaults());
        AgingAmounts eur = aging.getTotals(CurrencyUnit.EUR);
        // current EUR 500.00 (INV-2), 31-60 EUR 1000.00 (INV-1 is 51 days past due)

        PeriodFigures q1 = LedgerFigures.periodFigures(portfolio.getLedgers(),
                MeasurementPeriod.ofMonths(YearMonth.of(2024, 1), YearMonth.of(2024, 3)), CurrencyUnit.EUR);
        BigDecimal dso = DaysSalesOutstanding.standard(q1, ReceivablesBasis.ENDING);
        // 1500.00 receivable / 1500.00 sales x 91 days = 91.00

        ProvisionMatrix matrix = ProvisionMatrix.of(AgingBuckets.standard(), List.of(Percentage.parse("1"),
                Percentage.parse("3"), Percentage.parse("8"), Percentage.parse("20"), Percentage.parse("40"),
                Percentage.parse("80")));
        Money allowance = matrix.allowanceFor(aging).getTotal(CurrencyUnit.EUR);
        // 1% of 500.00 + 8% of 1000.00 = 85.00

        assertEquals(Money.parse("EUR 500.00"), eur.getAmount(0));
        assertEquals(Money.parse("EUR 1000.00"), eur.getAmount(2));
        assertEquals(new BigDecimal("91.00"), dso);
        assertEquals(Money.parse("EUR 85.00"), allowance);
    }

    // ---- README: "Dunning" ----

    @Test
    void dunning() {
        DunningEngine engine = DunningEngine.builder().policy(LeveledPolicy.parse(String.join("\n",
                "policy standard",
                "grace 3 days",
                "interval 7 days",
                "level 7: REMINDER_EMAIL",
                "level 21: LETTER fee EUR 5.00",
                "level 60: AGENCY_HANDOFF"))).build();
        OpenItem item = OpenItem.builder().ref(ItemRef.ofInstalment(InvoiceId.of("INV-1"), 1))
                .customerId(CustomerId.of("C-1001")).issueDate(LocalDate.of(2024, 1, 2))
                .dueDate(LocalDate.of(2024, 2, 1)).originalAmount(Money.parse("EUR 800.00"))
                .openAmount(Money.parse("EUR 800.00")).build();
        DunningAccount account = DunningAccount.builder().customerId(CustomerId.of("C-1001"))
                .kind(CustomerKind.BUSINESS).addOpenItems(item).build();

        DunningProposal first = engine.propose(List.of(account), DunningHistory.empty(), List.of(),
                LocalDate.of(2024, 2, 11));                    // 10 days past due: level 1 (7 + 3 grace)
        DunningHistory history = DunningHistory.empty().plus(first.toRecords());   // the caller sent it
        DunningProposal again = engine.propose(List.of(account), history, List.of(),
                LocalDate.of(2024, 2, 11));                    // nothing new: dunning is idempotent

        assertEquals(1, first.getNotices().size());
        assertEquals(1, first.getNotices().get(0).getLevel());
        assertEquals(0, again.getNotices().size());
    }

    // ---- README: "Statutory interest" ----

    @Test
    void statutoryInterest() {
        RateTable basiszinssatz = RateTable.builder()
                .rateFrom(LocalDate.of(2023, 7, 1), Percentage.parse("3.12"))
                .rateFrom(LocalDate.of(2024, 1, 1), Percentage.parse("3.62"))
                .build();
        LatePaymentRule rule = LatePaymentRules.germanyBgb288(basiszinssatz, CustomerKind.BUSINESS);
        Money interest = rule.getInterest().calculate(Money.parse("EUR 10000.00"),
                LocalDate.of(2023, 11, 30), LocalDate.of(2024, 1, 31)).getInterest();
        // 31 days at 12.12% + 31 days at 12.62%, actual/365: 102.94 + 107.18 = EUR 210.12
        Money compensation = rule.getCompensation().orElseThrow().feeFor(Money.parse("EUR 10000.00"));

        assertEquals(Money.parse("EUR 210.12"), interest);
        assertEquals(Money.parse("EUR 40.00"), compensation);
    }

    // ---- README: "Performance" ----

    @Test
    void bulkAging() {
        Portfolio portfolio = performancePortfolio();
        LocalDate asOf = LocalDate.of(2024, 3, 31);

        OpenItemColumns columns = OpenItemColumns.of(portfolio, asOf);            // about 17 bytes per open item
        AgingReport bulk = BulkAging.age(columns, asOf, AgingOptions.defaults()); // parallel over the cores
        // the same report as AgingReport.of(portfolio, asOf, options) when the ledgers hold no credits

        assertEquals(2, columns.size());
        assertEquals(AgingReport.of(portfolio, asOf, AgingOptions.defaults()), bulk);
        assertEquals(Money.parse("EUR 1000.00"), bulk.getTotals(CurrencyUnit.EUR).getAmount(2));
    }

    @Test
    void bulkAllocationAndMetrics() {
        LocalDate asOf = LocalDate.of(2024, 3, 31);
        OpenItemColumns columns = OpenItemColumns.of(performancePortfolio(), asOf);

        PaymentColumns payments = PaymentColumns.builder()
                .addPayment(0, CurrencyUnit.EUR, 120_000L)   // customer index, currency, minor units: EUR 1,200.00
                .build();
        BulkAllocation allocation = BulkAllocation.allocate(columns, payments,
                AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults());
        PastDueFigures figures = BulkMetrics.pastDue(columns, asOf, 90);   // every currency in one pass

        assertEquals(100_000L, allocation.appliedMinor(0));
        assertEquals(30_000L, allocation.openMinorAfter(1));
        assertEquals(0, new BigDecimal("33.33").compareTo(figures.percentCurrent(CurrencyUnit.EUR)),
                figures.percentCurrent(CurrencyUnit.EUR).toPlainString());
    }

    @Test
    void bulkDunning() {
        OpenItem item = OpenItem.builder().ref(ItemRef.ofInstalment(InvoiceId.of("INV-1"), 1))
                .customerId(CustomerId.of("C-1001")).issueDate(LocalDate.of(2024, 1, 2))
                .dueDate(LocalDate.of(2024, 2, 1)).originalAmount(Money.parse("EUR 800.00"))
                .openAmount(Money.parse("EUR 800.00")).build();
        DunningAccount account = DunningAccount.builder().customerId(CustomerId.of("C-1001"))
                .kind(CustomerKind.BUSINESS).addOpenItems(item).build();

        LeveledPolicy policy = LeveledPolicy.parse(String.join("\n",
                "policy bulk", "grace 3 days", "level 7: REMINDER_EMAIL", "level 30: LETTER"));
        BulkDunningInput input = BulkDunningInput.from(List.of(account), DunningHistory.empty(),
                LocalDate.of(2024, 2, 11), 0);                 // or BulkDunningInput.builder(columns, asOf)
        BulkDunningResult result = BulkDunning.evaluate(input, policy);   // parallel over the cores

        assertEquals(1, result.proposedCount());
        assertEquals(1, result.itemLevel(0));
        assertEquals(DunningEngine.builder().policy(policy).build()
                .propose(List.of(account), DunningHistory.empty(), List.of(), LocalDate.of(2024, 2, 11)).getNotices(),
                result.toNotices());
    }

    private static Portfolio performancePortfolio() {
        CustomerId customer = CustomerId.of("C-1001");
        Portfolio portfolio = Portfolio.of(List.of(CustomerLedger.of(customer, List.of(
                InvoiceIssued.of(Invoice.builder().id(InvoiceId.of("INV-1")).customerId(customer)
                        .issueDate(LocalDate.of(2024, 1, 10)).amount(Money.parse("EUR 1000.00"))
                        .terms(PaymentTerms.parse("Net 30")).build()),
                InvoiceIssued.of(Invoice.builder().id(InvoiceId.of("INV-2")).customerId(customer)
                        .issueDate(LocalDate.of(2024, 3, 15)).amount(Money.parse("EUR 500.00"))
                        .terms(PaymentTerms.parse("Net 30")).build())))));
        return portfolio;
    }
}
