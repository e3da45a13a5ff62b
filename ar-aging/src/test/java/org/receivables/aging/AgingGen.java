package org.receivables.aging;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;

/**
 * The generator vocabulary of the aging tests: open items and credits as of a date, for a few
 * customers and currencies with 0, 2 and 3 decimals, money from minor units, dates in a window
 * (ar-core's CoreGen is not on this module's test class path, so the few lines needed are repeated).
 * Everything is built constructively: issue dates never after the as-of date, due dates never before
 * the issue date, open amounts never above the original.
 */
public final class AgingGen {

    /** JPY (0 decimals), EUR, USD (2 decimals) and BHD (3 decimals). */
    public static final List<CurrencyUnit> CURRENCIES = List.of(
            CurrencyUnit.of("JPY"), CurrencyUnit.EUR, CurrencyUnit.USD, CurrencyUnit.of("BHD"));

    static final LocalDate WINDOW_START = LocalDate.of(2019, 1, 1);
    static final LocalDate WINDOW_END = LocalDate.of(2029, 12, 31);

    private AgingGen() {
    }

    /** An as-of date in the window. */
    public static Gen<LocalDate> dates() {
        return longs().between(WINDOW_START.toEpochDay(), WINDOW_END.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** One of five customers, so rows collect several items. */
    public static Gen<CustomerId> customers() {
        return integers().between(1, 5).map(i -> CustomerId.of("C-" + i));
    }

    public static Gen<CurrencyUnit> currencies() {
        return Generate.pick(CURRENCIES);
    }

    /** Days past due at the bucket boundaries of the standard buckets and just around them. */
    static final List<Long> BOUNDARY_DAYS = List.of(-31L, -30L, -1L, 0L, 1L, 29L, 30L, 31L, 60L, 61L, 90L, 91L, 120L, 121L);

    /**
     * An open item as of a date: 120 days before to 400 days past due (half of the time exactly at or
     * next to a standard bucket boundary), issued 0 to 120 days before its due date but never after the
     * as-of date, original amount 1 to 10^9 minor units, open amount 1 to the original, disputed one
     * time in four.
     */
    public static Gen<OpenItem> items(LocalDate asOf) {
        Gen<Long> daysPastDue = booleans().all().flatMap(b -> b ? Generate.pick(BOUNDARY_DAYS) : longs().between(-120, 400));
        Gen<LocalDate[]> issueAndDue = daysPastDue.zip(integers().between(0, 120), (dpd, term) -> {
            LocalDate due = asOf.minusDays(dpd);
            LocalDate issue = due.minusDays(Math.max(term, -dpd));
            return new LocalDate[] {issue, due};
        });
        Gen<Money[]> amounts = currencies().zip(longs().between(1, 1_000_000_000L), integers().between(1, 1000),
                (currency, original, permille) -> new Money[] {
                    Money.ofMinor(currency, original), Money.ofMinor(currency, Math.max(1, original * permille / 1000))});
        return customers().zip(integers().between(1, 1_000_000), issueAndDue, amounts, integers().between(0, 3),
                (customer, n, dates, money, quarter) -> OpenItem.builder()
                        .ref(ItemRef.ofInstalment(InvoiceId.of("INV-" + n), 1))
                        .customerId(customer)
                        .issueDate(dates[0])
                        .dueDate(dates[1])
                        .originalAmount(money[0])
                        .openAmount(money[1])
                        .disputed(quarter == 0)
                        .build());
    }

    /** 0 to 40 open items as of a date. */
    public static Gen<List<OpenItem>> itemLists(LocalDate asOf) {
        return lists().of(items(asOf)).ofSizeBetween(0, 40);
    }

    /** An as-of date with 0 to 40 items as of it. */
    public static Gen<Dated<List<OpenItem>>> datedItems() {
        return dates().flatMap(d -> itemLists(d).map(items -> new Dated<>(d, items)));
    }

    /** A credit as of a date: dated 0 to 200 days before it, 1 to 10^8 minor units. */
    public static Gen<OpenCredit> credits(LocalDate asOf) {
        return customers().zip(currencies(), longs().between(1, 100_000_000L), longs().between(0, 200),
                booleans().all(), (customer, currency, minor, daysAgo, payment) -> OpenCredit.builder()
                        .customerId(customer)
                        .kind(payment ? CreditKind.UNAPPLIED_PAYMENT : CreditKind.CREDIT_NOTE)
                        .date(asOf.minusDays(daysAgo))
                        .amount(Money.ofMinor(currency, minor))
                        .build());
    }

    /** 0 to 10 credits as of a date. */
    public static Gen<List<OpenCredit>> creditLists(LocalDate asOf) {
        return lists().of(credits(asOf)).ofSizeBetween(0, 10);
    }

    /** Strictly ascending limits, 1 to 5 of them, each step 1 to 60 days (so buckets of a single day occur). */
    public static Gen<long[]> limits() {
        return lists().of(longs().between(1, 60)).ofSizeBetween(1, 5).map(steps -> {
            long[] limits = new long[steps.size()];
            long previous = 0;
            for (int i = 0; i < limits.length; i++) {
                previous += steps.get(i);
                limits[i] = previous;
            }
            return limits;
        });
    }

    /** Buckets from random past-due limits, with forward buckets half of the time. */
    public static Gen<AgingBuckets> buckets() {
        return limits().zip(limits(), booleans().all(), (overdue, forward, withForward) -> {
            AgingBuckets b = AgingBuckets.ofOverdueLimits(overdue);
            return withForward ? b.withForwardLimits(forward) : b;
        });
    }

    /** Splits a list into parts at random cut points after shuffling it; used for merge properties. */
    public static <T> List<List<T>> split(List<T> list, long seed, int parts) {
        List<T> shuffled = new ArrayList<>(list);
        java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
        java.util.Random r = new java.util.Random(seed * 31 + 7);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            out.add(new ArrayList<>());
        }
        for (T t : shuffled) {
            out.get(r.nextInt(parts)).add(t);
        }
        return out;
    }

    /** A value and the as-of date it was generated for. */
    public static final class Dated<T> {
        public final LocalDate asOf;
        public final T value;

        Dated(LocalDate asOf, T value) {
            this.asOf = asOf;
            this.value = value;
        }

        @Override
        public String toString() {
            return "asOf " + asOf + ": " + value;
        }
    }
}
