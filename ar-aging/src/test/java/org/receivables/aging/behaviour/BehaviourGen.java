package org.receivables.aging.behaviour;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.receivables.aging.metrics.SettledInvoice;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerSegment;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;

/**
 * The generator vocabulary and fixtures of the behaviour tests. Money is built from minor units at the
 * currency's scale and dates lie in a window, as in ar-core's CoreGen (not on this module's test class
 * path). Customers and segments come from small pools so that histories overlap and every fallback
 * level is reached; everything is built constructively, nothing is filtered.
 */
final class BehaviourGen {

    /** JPY (0 decimals), EUR (2 decimals) and BHD (3 decimals). */
    static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.of("JPY"), CurrencyUnit.EUR, CurrencyUnit.of("BHD"));

    static final LocalDate WINDOW_START = LocalDate.of(2019, 1, 1);
    static final LocalDate WINDOW_END = LocalDate.of(2029, 12, 31);

    private BehaviourGen() {
    }

    // ---- fixtures for worked examples ----

    static Money eur(String amount) {
        return Money.parse("EUR " + amount);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** A settlement issued 30 days before its due date (or on it, when paid earlier than that). */
    static CustomerSettlement paid(String customer, String segment, String due, String paid, Money amount) {
        LocalDate dueDate = date(due);
        LocalDate paidDate = date(paid);
        LocalDate issue = dueDate.minusDays(30);
        if (paidDate.isBefore(issue)) {
            issue = paidDate;
        }
        SettledInvoice invoice = SettledInvoice.of(issue, dueDate, paidDate, amount);
        return segment == null ? CustomerSettlement.of(CustomerId.of(customer), invoice)
                : CustomerSettlement.of(CustomerId.of(customer), CustomerSegment.of(segment), invoice);
    }

    static OpenItem item(String invoice, String customer, String due, Money open) {
        LocalDate dueDate = date(due);
        return item(invoice, customer, dueDate.minusDays(30), dueDate, open);
    }

    static OpenItem item(String invoice, String customer, LocalDate issue, LocalDate due, Money open) {
        return OpenItem.builder()
                .ref(ItemRef.ofInstalment(InvoiceId.of(invoice), 1))
                .customerId(CustomerId.of(customer))
                .issueDate(issue).dueDate(due)
                .originalAmount(open).openAmount(open)
                .build();
    }

    // ---- generators ----

    static Gen<CurrencyUnit> currencies() {
        return Generate.pick(CURRENCIES);
    }

    static Gen<Money> money(CurrencyUnit currency, long minMinor, long maxMinor) {
        return longs().between(minMinor, maxMinor).map(minor -> Money.ofMinor(currency, minor));
    }

    /** Dates in 2024 to 2025, so that histories and items of one example lie close together. */
    static Gen<LocalDate> dates() {
        return longs().between(LocalDate.of(2024, 1, 1).toEpochDay(), LocalDate.of(2025, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** One of five customers, C-1 to C-5. */
    static Gen<CustomerId> customers() {
        return integers().between(1, 5).map(i -> CustomerId.of("C-" + i));
    }

    /** The segment of a customer: C-1 and C-2 in S-A, C-3 and C-4 in S-B, C-5 in none. */
    static Optional<CustomerSegment> segmentOf(CustomerId customer) {
        switch (customer.getValue()) {
            case "C-1":
            case "C-2":
                return Optional.of(CustomerSegment.of("S-A"));
            case "C-3":
            case "C-4":
                return Optional.of(CustomerSegment.of("S-B"));
            default:
                return Optional.empty();
        }
    }

    /** The segment map of the customer pool. */
    static Map<CustomerId, CustomerSegment> segments() {
        Map<CustomerId, CustomerSegment> m = new TreeMap<>();
        for (int i = 1; i <= 5; i++) {
            CustomerId c = CustomerId.of("C-" + i);
            segmentOf(c).ifPresent(s -> m.put(c, s));
        }
        return m;
    }

    /** A settlement of a pool customer in a currency: 0-60 days of terms, paid 0-120 days after issue. */
    static Gen<CustomerSettlement> settlements(CurrencyUnit currency) {
        return customers().zip(dates(), integers().between(0, 60), integers().between(0, 120),
                money(currency, 1, 10_000_000L), (customer, issue, terms, payDays, amount) -> {
                    SettledInvoice invoice = SettledInvoice.of(issue, issue.plusDays(terms), issue.plusDays(payDays), amount);
                    Optional<CustomerSegment> seg = segmentOf(customer);
                    return seg.isPresent() ? CustomerSettlement.of(customer, seg.get(), invoice)
                            : CustomerSettlement.of(customer, invoice);
                });
    }

    /** Settlements in one or two currencies. */
    static Gen<List<CustomerSettlement>> histories() {
        return currencies().zip(currencies(), (a, b) -> List.of(a, b)).flatMap(cs ->
                lists().of(settlements(cs.get(0))).ofSizeBetween(0, 25).zip(
                        lists().of(settlements(cs.get(1))).ofSizeBetween(0, 10), (x, y) -> {
                            List<CustomerSettlement> all = new ArrayList<>(x);
                            all.addAll(y);
                            return List.copyOf(all);
                        }));
    }

    /** Open items of pool customers in any currency, with distinct refs INV-0, INV-1, ... */
    static Gen<List<OpenItem>> openItems() {
        Gen<OpenItem> one = customers().zip(dates(), integers().between(0, 60), currencies(), longs().between(1, 10_000_000L),
                (c, issue, terms, cur, minor) -> item("INV-X", c.getValue(), issue, issue.plusDays(terms), Money.ofMinor(cur, minor)));
        return lists().of(one).ofSizeBetween(0, 15).map(raw -> {
            List<OpenItem> items = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                OpenItem o = raw.get(i);
                items.add(OpenItem.builder().from(o).ref(ItemRef.ofInstalment(InvoiceId.of("INV-" + i), 1)).build());
            }
            return List.copyOf(items);
        });
    }

    /** A copy of a list in an order drawn from a seed. */
    static <T> List<T> shuffled(List<T> list, long seed) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    static Gen<Long> seeds() {
        return longs().all();
    }
}
