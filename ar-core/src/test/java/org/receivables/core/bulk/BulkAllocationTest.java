package org.receivables.core.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.receivables.core.testing.BadInput.assertNullRefused;
import static org.receivables.core.testing.BadInput.assertRefused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.receivables.core.allocation.Allocation;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategies;
import org.receivables.core.allocation.AllocationStrategy;
import org.receivables.core.allocation.Application;
import org.receivables.core.allocation.Remittance;
import org.receivables.core.allocation.WriteOffTolerance;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.testing.CoreGen;

/**
 * The bulk FIFO allocation gives exactly what the object API's strategy gives, payment after payment,
 * over the customer's open items in the payment's currency (as {@code LedgerView.allocate} passes them).
 */
class BulkAllocationTest {

    private static final LocalDate PAID = LocalDate.of(2024, 6, 30);

    /** A generated portfolio: each customer's items in ref order, and their columns built from an interleaving. */
    static final class Case {
        final Map<CustomerId, List<OpenItem>> byCustomer;
        final OpenItemColumns columns;
        final PaymentColumns payments;

        Case(Map<CustomerId, List<OpenItem>> byCustomer, OpenItemColumns columns, PaymentColumns payments) {
            this.byCustomer = byCustomer;
            this.columns = columns;
            this.payments = payments;
        }

        @Override
        public String toString() {
            return byCustomer + " / " + columns + " / " + payments;
        }
    }

    /**
     * Portfolios of 0 to 8 customers, each with 1 to 12 items in one or two currencies (of 0, 2 and 3
     * decimals), issue dates within 10 days and due dates 0, 10, 30 or 60 days later (frequent ties),
     * one in five disputed (so some customers have nothing to allocate to); items reach the builder
     * interleaved across customers. Then 0 to 20 payments, each to a customer in one of its currencies,
     * from 1 minor unit to more than the customer's whole balance in that currency.
     */
    static Gen<Case> cases() {
        return longs().all().map(seed -> {
            Random r = new Random(seed);
            int customers = r.nextInt(9);
            LocalDate base = CoreGen.WINDOW_START.plusDays(r.nextInt(3000));
            Map<CustomerId, List<OpenItem>> byCustomer = new LinkedHashMap<>();
            Map<CustomerId, List<CurrencyUnit>> currencies = new HashMap<>();
            for (int c = 0; c < customers; c++) {
                CustomerId id = CustomerId.of("C-" + c);
                List<CurrencyUnit> cur = new ArrayList<>(List.of(CoreGen.CURRENCIES.get(r.nextInt(6))));
                if (r.nextInt(3) == 0) {
                    CurrencyUnit second = CoreGen.CURRENCIES.get(r.nextInt(6));
                    if (!cur.contains(second)) {
                        cur.add(second);
                    }
                }
                currencies.put(id, cur);
                int n = 1 + r.nextInt(12);
                List<OpenItem> list = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    CurrencyUnit u = cur.get(r.nextInt(cur.size()));
                    LocalDate issue = base.plusDays(r.nextInt(11));
                    LocalDate due = issue.plusDays(List.of(0, 10, 30, 60).get(r.nextInt(4)));
                    long scale = CoreGen.pow10(u.getDecimalPlaces());
                    long original = 1 + (long) (r.nextDouble() * 5000 * scale);
                    long open = r.nextBoolean() ? original : 1 + (long) (r.nextDouble() * original);
                    list.add(OpenItem.builder()
                            .ref(ItemRef.ofInstalment(InvoiceId.of(String.format(Locale.ROOT, "INV-%d-%03d", c, k)), 1))
                            .customerId(id).issueDate(issue).dueDate(due)
                            .originalAmount(Money.ofMinor(u, original)).openAmount(Money.ofMinor(u, Math.min(open, original)))
                            .disputed(r.nextInt(5) == 0)
                            .build());
                }
                byCustomer.put(id, list);
            }
            // Interleave the customers' items, each customer's in its own (ref) order.
            OpenItemColumns.Builder b = OpenItemColumns.builder();
            Map<CustomerId, Integer> next = new HashMap<>();
            List<CustomerId> pending = new ArrayList<>(byCustomer.keySet());
            while (!pending.isEmpty()) {
                CustomerId id = pending.get(r.nextInt(pending.size()));
                int k = next.merge(id, 1, Integer::sum) - 1;
                b.addItem(byCustomer.get(id).get(k));
                if (k + 1 == byCustomer.get(id).size()) {
                    pending.remove(id);
                }
            }
            OpenItemColumns columns = b.build();
            PaymentColumns.Builder p = PaymentColumns.builder();
            int payments = customers == 0 ? 0 : r.nextInt(21);
            for (int q = 0; q < payments; q++) {
                int c = r.nextInt(columns.customerCount());
                List<OpenItem> own = byCustomer.get(columns.getCustomerId(c));
                CurrencyUnit u = own.get(r.nextInt(own.size())).getCurrency();
                long balance = 0;
                for (OpenItem i : byCustomer.get(columns.getCustomerId(c))) {
                    if (i.getCurrency().equals(u)) {
                        balance += i.getOpenAmount().getAmountMinorLong();
                    }
                }
                long amount = r.nextInt(4) == 0 ? balance + 1 + r.nextInt(1000) : 1 + (long) (r.nextDouble() * Math.max(1, balance));
                p.addPayment(c, u, amount);
            }
            return new Case(byCustomer, columns, p.build());
        });
    }

    /** What the object API gives: per payment the unapplied minor units, then per column item the open minor units left. */
    private static long[][] objectApi(Case k, AllocationStrategy strategy, AllocationOptions options, long seed) {
        OpenItemColumns columns = k.columns;
        Random shuffle = new Random(seed);
        long[] open = new long[columns.size()];
        OpenItem[] item = new OpenItem[columns.size()];
        Map<ItemRef, Integer> index = new HashMap<>();
        for (int c = 0; c < columns.customerCount(); c++) {
            List<OpenItem> list = k.byCustomer.get(columns.getCustomerId(c));
            assertEquals(list.size(), columns.customerStart(c + 1) - columns.customerStart(c));
            for (int j = 0; j < list.size(); j++) {
                int i = columns.customerStart(c) + j;
                item[i] = list.get(j);
                open[i] = list.get(j).getOpenAmount().getAmountMinorLong();
                assertEquals(open[i], columns.openMinor(i), "the builder keeps each customer's order");
                index.put(list.get(j).getRef(), i);
            }
        }
        long[] unapplied = new long[k.payments.size()];
        for (int p = 0; p < k.payments.size(); p++) {
            int c = k.payments.customerIndex(p);
            CurrencyUnit u = k.payments.getCurrency(p);
            List<OpenItem> candidates = new ArrayList<>();
            for (int i = columns.customerStart(c); i < columns.customerStart(c + 1); i++) {
                if (open[i] > 0 && item[i].getCurrency().equals(u)) {
                    candidates.add(item[i].withOpenAmount(Money.ofMinor(u, open[i])));
                }
            }
            Collections.shuffle(candidates, shuffle); // the object API does not depend on the input order
            Allocation a = strategy.allocate(Remittance.ofPayment("P-" + p, Money.ofMinor(u, k.payments.amountMinor(p)),
                    PAID, List.of()), candidates, options);
            for (Application app : a.getApplications()) {
                open[index.get(app.getItemRef())] -= app.getSettled().getAmountMinorLong();
            }
            unapplied[p] = a.getUnapplied().getAmountMinorLong();
        }
        return new long[][] {unapplied, open};
    }

    private static final List<AllocationStrategy> STRATEGIES = List.of(AllocationStrategies.OLDEST_DUE_FIRST,
            AllocationStrategies.OLDEST_ISSUED_FIRST);

    // ---- allocate ----

    /** bulk = object API, for both strategies, with disputed items excluded (the default) or included, in any split. */
    @Test
    void bulkAllocationEqualsTheObjectApiPaymentAfterPayment() {
        qt().forAll(cases(), integers().between(0, 3), integers().between(1, 5), longs().all())
                .checkAssert((k, flags, parts, seed) -> {
                    AllocationStrategy strategy = STRATEGIES.get(flags & 1);
                    AllocationOptions options = (flags & 2) == 0 ? AllocationOptions.defaults()
                            : AllocationOptions.builder().disputedIncluded(true).build();
                    long[][] expected = objectApi(k, strategy, options, seed);
                    BulkAllocation bulk = BulkAllocation.allocate(k.columns, k.payments, strategy, options, parts);
                    for (int p = 0; p < k.payments.size(); p++) {
                        assertEquals(expected[0][p], bulk.unappliedMinor(p), "unapplied of payment " + p);
                        assertEquals(k.payments.amountMinor(p) - expected[0][p], bulk.paymentAppliedMinor(p));
                    }
                    long stillOpen = 0;
                    for (int i = 0; i < k.columns.size(); i++) {
                        assertEquals(expected[1][i], bulk.openMinorAfter(i), "open after, item " + i);
                        assertEquals(k.columns.openMinor(i) - expected[1][i], bulk.appliedMinor(i));
                        stillOpen += expected[1][i] > 0 ? 1 : 0;
                    }
                    OpenItemColumns remaining = bulk.remainingItems();
                    assertEquals(stillOpen, remaining.size());
                    for (CurrencyUnit u : k.columns.getCurrencies()) {
                        assertEquals(k.columns.totalMinor(u) - bulk.totalAppliedMinor(u), remaining.totalMinor(u),
                                "conservation in " + u);
                    }
                });
    }

    /** The input columns are not changed: allocating twice gives the same result, and the items keep their amounts. */
    @Test
    void allocationLeavesTheInputUnchanged() {
        qt().forAll(cases()).checkAssert(k -> {
            long[] before = new long[k.columns.size()];
            for (int i = 0; i < before.length; i++) {
                before[i] = k.columns.openMinor(i);
            }
            BulkAllocation a = BulkAllocation.allocate(k.columns, k.payments, AllocationStrategies.OLDEST_DUE_FIRST,
                    AllocationOptions.defaults(), 2);
            BulkAllocation b = BulkAllocation.allocate(k.columns, k.payments, AllocationStrategies.OLDEST_DUE_FIRST,
                    AllocationOptions.defaults(), 1);
            for (int i = 0; i < before.length; i++) {
                assertEquals(before[i], k.columns.openMinor(i));
                assertEquals(a.openMinorAfter(i), b.openMinorAfter(i));
            }
        });
    }

    /**
     * A hand-checked case: three EUR invoices due 31 Jan, 15 Feb (two, equal dates) and a disputed one;
     * EUR 250.00 settles the January invoice (100.00), the first February one (100.00, earlier in column
     * order) and 50.00 of the second; a second payment of EUR 80.00 settles the remaining 50.00 and leaves
     * 30.00 unapplied, the disputed invoice untouched.
     */
    @Test
    void test_allocate_handCheckedOldestDueFirst() {
        CustomerId c = CustomerId.of("C-1");
        CurrencyUnit eur = CurrencyUnit.EUR;
        long jan31 = LocalDate.of(2024, 1, 31).toEpochDay();
        long feb15 = LocalDate.of(2024, 2, 15).toEpochDay();
        long jan1 = LocalDate.of(2024, 1, 1).toEpochDay();
        OpenItemColumns items = OpenItemColumns.builder()
                .addItem(c, eur, jan1, feb15, 10_000, false)
                .addItem(c, eur, jan1, jan31, 40_000, true)
                .addItem(c, eur, jan1, feb15, 10_000, false)
                .addItem(c, eur, jan1, jan31, 10_000, false)
                .build();
        PaymentColumns payments = PaymentColumns.builder().addPayment(0, eur, 25_000).addPayment(0, eur, 8_000).build();
        BulkAllocation a = BulkAllocation.allocate(items, payments, AllocationStrategies.OLDEST_DUE_FIRST,
                AllocationOptions.defaults(), 1);
        assertEquals(List.of(10_000L, 0L, 10_000L, 10_000L), List.of(a.appliedMinor(0), a.appliedMinor(1),
                a.appliedMinor(2), a.appliedMinor(3)));
        assertEquals(0L, a.unappliedMinor(0));
        assertEquals(3_000L, a.unappliedMinor(1));
        assertEquals(5_000L, a.paymentAppliedMinor(1));
        assertEquals(40_000L, a.openMinorAfter(1));
        assertEquals(33_000L - 3_000L, a.totalAppliedMinor(eur));
        assertEquals(0L, a.totalAppliedMinor(CurrencyUnit.USD));
        // Only the first payment: the second February item keeps 50.00 open.
        BulkAllocation first = BulkAllocation.allocate(items, PaymentColumns.builder().addPayment(0, eur, 25_000).build(),
                AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults(), 1);
        assertEquals(0L, first.openMinorAfter(0));
        assertEquals(5_000L, first.openMinorAfter(2));
        assertEquals(0L, first.openMinorAfter(3));
    }

    /**
     * The oldest-first example of the Syntharra glossary's "Payment allocation" entry
     * (https://syntharra.com/glossary/payment-allocation): open invoices of 3,200, 1,800 and 950 and a
     * payment of 4,000; oldest first closes the 3,200 and puts 800 toward the 1,800. Applied in due-date
     * order, oldest to newest, as Veracross documents its default ("How can I have payments default to
     * apply in a particular order?", https://learn.veracross.com/docs/how-can-i-have-payments-default-to-apply-in-a-particular-order).
     * The invoices reach the columns newest first; the object API agrees.
     */
    @Test
    void test_allocate_glossaryExampleOldestFirst() {
        CustomerId c = CustomerId.of("C-1");
        CurrencyUnit usd = CurrencyUnit.USD;
        LocalDate issue = LocalDate.of(2024, 1, 1);
        List<OpenItem> list = List.of(
                usdItem(c, "INV-3", issue.plusDays(60), issue.plusDays(90), 95_000),
                usdItem(c, "INV-2", issue.plusDays(30), issue.plusDays(60), 180_000),
                usdItem(c, "INV-1", issue, issue.plusDays(30), 320_000));
        OpenItemColumns items = OpenItemColumns.of(list);
        PaymentColumns payments = PaymentColumns.builder().addPayment(0, usd, 400_000).build();
        for (AllocationStrategy s : STRATEGIES) {
            BulkAllocation a = BulkAllocation.allocate(items, payments, s, AllocationOptions.defaults(), 1);
            assertEquals(List.of(0L, 80_000L, 320_000L), List.of(a.appliedMinor(0), a.appliedMinor(1), a.appliedMinor(2)), s.toString());
            assertEquals(List.of(95_000L, 100_000L, 0L), List.of(a.openMinorAfter(0), a.openMinorAfter(1), a.openMinorAfter(2)));
            assertEquals(0L, a.unappliedMinor(0));
            Allocation o = s.allocate(Remittance.ofPayment("P-1", Money.ofMinor(usd, 400_000), PAID, List.of()), list);
            assertEquals(List.of(Money.parse("USD 3200.00"), Money.parse("USD 800.00")),
                    o.getApplications().stream().map(Application::getAmount).toList());
        }
    }

    private static OpenItem usdItem(CustomerId c, String invoice, LocalDate issue, LocalDate due, long minor) {
        Money m = Money.ofMinor(CurrencyUnit.USD, minor);
        return OpenItem.builder().ref(ItemRef.ofInstalment(InvoiceId.of(invoice), 1)).customerId(c).issueDate(issue)
                .dueDate(due).originalAmount(m).openAmount(m).build();
    }

    /**
     * Many items per customer with dates over 60,000 days (the packed-key sort) or over 1,500,000 days (too
     * far apart to pack: the merge sort) allocate as the object API.
     */
    @Test
    void test_allocate_longCustomerWithFarApartDates() {
        for (int span : new int[] {60_000, 1_500_000}) {
            allocatesAsTheObjectApi(span);
        }
    }

    private static void allocatesAsTheObjectApi(int span) {
        CustomerId c = CustomerId.of("C-1");
        CurrencyUnit jpy = CurrencyUnit.of("JPY");
        Random r = new Random(7);
        List<OpenItem> list = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            LocalDate issue = LocalDate.of(-2000, 1, 1).plusDays((long) r.nextInt(20) * (span / 20)); // frequent ties
            Money m = Money.ofMinor(jpy, 1 + r.nextInt(1000));
            list.add(OpenItem.builder().ref(ItemRef.ofInstalment(InvoiceId.of(String.format(Locale.ROOT, "INV-%04d", k)), 1))
                    .customerId(c).issueDate(issue).dueDate(issue.plusDays(r.nextInt(3) * 30L))
                    .originalAmount(m).openAmount(m).build());
        }
        OpenItemColumns items = OpenItemColumns.of(list);
        PaymentColumns payments = PaymentColumns.builder().addPayment(0, jpy, 70_000).addPayment(0, jpy, 33_333).build();
        Case k = new Case(Map.of(c, list), items, payments);
        for (AllocationStrategy s : STRATEGIES) {
            long[][] expected = objectApi(k, s, AllocationOptions.defaults(), 1L);
            BulkAllocation bulk = BulkAllocation.allocate(items, payments, s, AllocationOptions.defaults(), 3);
            for (int i = 0; i < items.size(); i++) {
                assertEquals(expected[1][i], bulk.openMinorAfter(i), s + " item " + i);
            }
            assertEquals(expected[0][1], bulk.unappliedMinor(1));
        }
    }

    // ---- bad input ----

    @Test
    void test_allocate_badInput() {
        CurrencyUnit eur = CurrencyUnit.EUR;
        OpenItemColumns items = OpenItemColumns.builder()
                .addItem(CustomerId.of("C-1"), eur, 19_000, 19_030, 100, false)
                .addItem(CustomerId.of("C-2"), CurrencyUnit.USD, 19_000, 19_030, 100, false)
                .build();
        PaymentColumns ok = PaymentColumns.builder().addPayment(0, eur, 50).build();
        AllocationStrategy fifo = AllocationStrategies.OLDEST_DUE_FIRST;
        AllocationOptions options = AllocationOptions.defaults();
        assertNullRefused("items", () -> BulkAllocation.allocate(null, ok, fifo, options));
        assertNullRefused("payments", () -> BulkAllocation.allocate(items, null, fifo, options));
        assertNullRefused("strategy", () -> BulkAllocation.allocate(items, ok, null, options));
        assertNullRefused("options", () -> BulkAllocation.allocate(items, ok, fifo, null));
        assertRefused("parts", "0", () -> BulkAllocation.allocate(items, ok, fifo, options, 0));
        assertRefused("parts", "4097", () -> BulkAllocation.allocate(items, ok, fifo, options, 4097));
        assertRefused("strategy", "proportional", () -> BulkAllocation.allocate(items, ok, AllocationStrategies.PROPORTIONAL, options));
        assertRefused("tolerance", "EUR 1.00", () -> BulkAllocation.allocate(items, ok, fifo,
                AllocationOptions.builder().tolerance(WriteOffTolerance.ofAmount(Money.parse("EUR 1.00"))).build()));
        assertRefused("customerIndex", "2", () -> BulkAllocation.allocate(items,
                PaymentColumns.builder().addPayment(0, eur, 5).addPayment(2, eur, 5).build(), fifo, options));
        assertRefused("customerIndex", "0", () -> BulkAllocation.allocate(OpenItemColumns.builder().build(), ok, fifo, options));
        // EUR cash for a customer whose only items are in USD; GBP cash that no item is in.
        CurrencyMismatchException usd = assertThrows(CurrencyMismatchException.class, () -> BulkAllocation.allocate(items,
                PaymentColumns.builder().addPayment(1, eur, 5).build(), fifo, options));
        assertEquals(eur, usd.getFirstCurrency());
        assertEquals(CurrencyUnit.USD, usd.getSecondCurrency());
        assertThrows(CurrencyMismatchException.class, () -> BulkAllocation.allocate(items,
                PaymentColumns.builder().addPayment(0, CurrencyUnit.GBP, 5).build(), fifo, options));
        BulkAllocation a = BulkAllocation.allocate(items, ok, fifo, options);
        assertRefused("item", "2", () -> a.appliedMinor(2));
        assertRefused("item", "-1", () -> a.openMinorAfter(-1));
        assertRefused("payment", "1", () -> a.unappliedMinor(1));
        assertRefused("payment", "-1", () -> a.paymentAppliedMinor(-1));
        assertNullRefused("currencyUnit", () -> a.totalAppliedMinor(null));
    }

    @Test
    void test_addPayment_badInput() {
        PaymentColumns.Builder b = PaymentColumns.builder();
        assertNullRefused("currencyUnit", () -> b.addPayment(0, null, 5));
        assertRefused("customerIndex", "-1", () -> b.addPayment(-1, CurrencyUnit.EUR, 5));
        assertRefused("amountMinor", "0", () -> b.addPayment(0, CurrencyUnit.EUR, 0));
        assertRefused("amountMinor", "-5", () -> b.addPayment(0, CurrencyUnit.EUR, -5));
        assertRefused("expectedPayments", "-1", () -> PaymentColumns.builder(-1));
        assertEquals(0, b.build().size(), "refused payments leave the builder as it was");
        assertEquals(List.of(), b.build().getCurrencies());
        PaymentColumns p = b.addPayment(3, CurrencyUnit.EUR, 7).build();
        assertRefused("payment", "1", () -> p.amountMinor(1));
        assertRefused("payment", "-1", () -> p.customerIndex(-1));
        assertRefused("payment", "1", () -> p.getCurrency(1));
        assertEquals(3, p.customerIndex(0));
        assertEquals(CurrencyUnit.EUR, p.getCurrency(0));
    }
}
