package org.receivables.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.DisputeId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.DisputeOpened;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.Instalment;

/**
 * The column paths of the report builder give exactly the object path's report: {@code addColumns}
 * against {@code addItems} for generated items and options, and the (parallel) aging of a portfolio
 * of many ledgers against adding each ledger's open items one by one.
 */
class AgingReportColumnsTest {

    static Gen<AgingOptions> options() {
        return AgingGen.buckets().zip(integers().between(0, 3), (buckets, flags) -> AgingOptions.builder()
                .buckets(buckets)
                .basis((flags & 1) == 0 ? AgingBasis.DUE_DATE : AgingBasis.ISSUE_DATE)
                .creditPresentation((flags & 2) == 0 ? CreditPresentation.SEPARATE_COLUMN : CreditPresentation.NET_INTO_CURRENT)
                .build());
    }

    // ---- addColumns ----

    /** addColumns(columns of items) = addItems(items), for any items and options. */
    @Test
    void addColumnsEqualsAddItemsForAnyItemsAndOptions() {
        qt().forAll(AgingGen.datedItems(), options()).checkAssert((dated, options) -> {
            AgingReport expected = AgingReport.builder(dated.asOf, options).addItems(dated.value).build();
            AgingReport actual = AgingReport.builder(dated.asOf, options).addColumns(OpenItemColumns.of(dated.value)).build();
            assertEquals(expected, actual);
            assertEquals(expected.getLines(), actual.getLines());
        });
    }

    @Test
    void test_addColumns_nullColumns() {
        AgingReport.Builder b = AgingReport.builder(LocalDate.parse("2024-03-31"), AgingOptions.defaults());
        assertEquals("columns", assertThrows(NullPointerException.class, () -> b.addColumns(null)).getMessage());
    }

    @Test
    void test_addColumns_itemIssuedAfterAsOfIsRefusedAndNothingAdded() {
        LocalDate asOf = LocalDate.parse("2024-03-31");
        OpenItemColumns columns = OpenItemColumns.builder()
                .addItem(CustomerId.of("C-1"), CurrencyUnit.EUR, asOf.minusDays(10).toEpochDay(), asOf.toEpochDay(), 500, false)
                .addItem(CustomerId.of("C-1"), CurrencyUnit.EUR, asOf.plusDays(1).toEpochDay(), asOf.plusDays(30).toEpochDay(),
                        700, false)
                .build();
        AgingReport.Builder b = AgingReport.builder(asOf, AgingOptions.defaults());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> b.addColumns(columns));
        assertTrue(ex.getMessage().contains("issueDate 2024-04-01"), ex.getMessage());
        assertTrue(ex.getMessage().contains("asOf 2024-03-31"), ex.getMessage());
        assertEquals(AgingReport.empty(asOf, AgingOptions.defaults()), b.build());
    }

    // ---- of(Portfolio) ----

    /**
     * A portfolio of enough ledgers to be aged in parallel ranges gives the report of adding every ledger's
     * open items one by one, in one builder.
     */
    @Test
    void portfolioAgingInParallelRangesEqualsAddingEveryOpenItem() {
        qt().withExamples(3).forAll(integers().between(0, Integer.MAX_VALUE - 1), options()).checkAssert((seed, options) -> {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            LocalDate asOf = LocalDate.parse("2024-03-31");
            List<CustomerLedger> ledgers = new ArrayList<>();
            List<OpenItem> items = new ArrayList<>();
            CurrencyUnit[] currencies = {CurrencyUnit.EUR, CurrencyUnit.USD, CurrencyUnit.of("JPY")};
            for (int c = 0; c < 1100; c++) {
                CustomerId id = CustomerId.of("C-" + c);
                CustomerLedger.Builder ledger = CustomerLedger.builder(id);
                for (int k = random.nextInt(4); k > 0; k--) {
                    InvoiceId invoice = InvoiceId.of("INV-" + c + "-" + k);
                    LocalDate issued = asOf.minusDays(random.nextInt(200));
                    Money amount = Money.ofMinor(currencies[random.nextInt(3)], 1 + random.nextInt(100_000));
                    ledger.apply(InvoiceIssued.builder().invoiceId(invoice).customerId(id).issueDate(issued)
                            .schedule(DueSchedule.of(List.of(Instalment.builder().number(1)
                                    .dueDate(issued.plusDays(random.nextInt(61))).amount(amount).build())))
                            .build());
                    if (random.nextInt(5) == 0) {
                        ledger.apply(DisputeOpened.builder().disputeId(DisputeId.of("D-" + c + "-" + k)).customerId(id)
                                .invoiceId(invoice).openedDate(issued).reason("disputed").build());
                    }
                }
                CustomerLedger built = ledger.build();
                ledgers.add(built);
                items.addAll(built.asOf(asOf).getOpenItems());
            }
            AgingReport expected = AgingReport.builder(asOf, options).addItems(items).build();
            assertTrue(items.stream().anyMatch(OpenItem::isDisputed));
            assertEquals(expected, AgingReport.of(Portfolio.of(ledgers), asOf, options));
            assertEquals(expected.getLines(), AgingReport.of(Portfolio.of(ledgers), asOf, options).getLines());
        });
    }

    /** The view's columns hold its open items: same count, same minor units in total. */
    @Test
    void viewColumnsHoldTheViewsOpenItems() {
        CustomerId id = CustomerId.of("C-7");
        LocalDate issued = LocalDate.parse("2024-01-10");
        CustomerLedger ledger = CustomerLedger.builder(id)
                .apply(InvoiceIssued.builder().invoiceId(InvoiceId.of("INV-1")).customerId(id).issueDate(issued)
                        .schedule(DueSchedule.of(List.of(
                                Instalment.builder().number(1).dueDate(issued.plusDays(30)).amount(Money.parse("EUR 60.00")).build(),
                                Instalment.builder().number(2).dueDate(issued.plusDays(60)).amount(Money.parse("EUR 40.00")).build())))
                        .build())
                .build();
        OpenItemColumns columns = ledger.asOf(LocalDate.parse("2024-03-31")).getOpenItemColumns();
        assertEquals(2, columns.size());
        assertEquals(10_000L, columns.totalMinor(CurrencyUnit.EUR));
    }
}
