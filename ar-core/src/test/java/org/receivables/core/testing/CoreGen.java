package org.receivables.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.CreditNoteId;
import org.receivables.core.document.DisputeId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.document.PaymentId;
import org.receivables.core.document.PromiseId;
import org.receivables.core.document.WriteOffId;

/**
 * The generator vocabulary of ar-core's property tests: money from minor units at the currency's
 * scale, currencies with 0, 2 and 3 decimals, dates within a window that spans leap years and month
 * ends, and ids. Build larger generators from these rather than filtering.
 */
public final class CoreGen {

    /** JPY (0 decimals), EUR, USD, GBP (2 decimals), BHD and KWD (3 decimals). */
    public static final List<CurrencyUnit> CURRENCIES = List.of(
            CurrencyUnit.of("JPY"), CurrencyUnit.EUR, CurrencyUnit.USD, CurrencyUnit.GBP,
            CurrencyUnit.of("BHD"), CurrencyUnit.of("KWD"));

    /** First day of the date window: 2019-01-01 (the window holds the leap days of 2020, 2024 and 2028). */
    public static final LocalDate WINDOW_START = LocalDate.of(2019, 1, 1);

    /** Last day of the date window, inclusive: 2029-12-31. */
    public static final LocalDate WINDOW_END = LocalDate.of(2029, 12, 31);

    private CoreGen() {
    }

    /** @return any of {@link #CURRENCIES} */
    public static Gen<CurrencyUnit> currencies() {
        return Generate.pick(CURRENCIES);
    }

    /**
     * @param currency the currency
     * @param minMinor the least amount in minor units, inclusive
     * @param maxMinor the greatest amount in minor units, inclusive
     * @return amounts between the bounds, at the currency's scale
     */
    public static Gen<Money> money(CurrencyUnit currency, long minMinor, long maxMinor) {
        return longs().between(minMinor, maxMinor).map(minor -> Money.ofMinor(currency, minor));
    }

    /** @return positive amounts (1 minor unit to 10 million major units) in any currency */
    public static Gen<Money> positiveMoney() {
        return currencies().flatMap(c -> money(c, 1, 10_000_000L * pow10(c.getDecimalPlaces())));
    }

    /** @return dates in the window, 2019-01-01 to 2029-12-31 inclusive */
    public static Gen<LocalDate> dates() {
        long start = WINDOW_START.toEpochDay();
        long end = WINDOW_END.toEpochDay();
        return longs().between(start, end).map(LocalDate::ofEpochDay);
    }

    /** @return dates that sit on a month end, including 28 and 29 February */
    public static Gen<LocalDate> monthEnds() {
        return dates().map(d -> d.withDayOfMonth(d.lengthOfMonth()));
    }

    /** @return customer ids such as {@code C-42} */
    public static Gen<CustomerId> customerIds() {
        return integers().between(1, 999_999).map(i -> CustomerId.of("C-" + i));
    }

    /** @return invoice ids such as {@code INV-42} */
    public static Gen<InvoiceId> invoiceIds() {
        return integers().between(1, 999_999).map(i -> InvoiceId.of("INV-" + i));
    }

    /** @return credit note ids such as {@code CN-42} */
    public static Gen<CreditNoteId> creditNoteIds() {
        return integers().between(1, 999_999).map(i -> CreditNoteId.of("CN-" + i));
    }

    /** @return payment ids such as {@code PAY-42} */
    public static Gen<PaymentId> paymentIds() {
        return integers().between(1, 999_999).map(i -> PaymentId.of("PAY-" + i));
    }

    /** @return write-off ids such as {@code WO-42} */
    public static Gen<WriteOffId> writeOffIds() {
        return integers().between(1, 999_999).map(i -> WriteOffId.of("WO-" + i));
    }

    /** @return dispute ids such as {@code DSP-42} */
    public static Gen<DisputeId> disputeIds() {
        return integers().between(1, 999_999).map(i -> DisputeId.of("DSP-" + i));
    }

    /** @return promise-to-pay ids such as {@code PTP-42} */
    public static Gen<PromiseId> promiseIds() {
        return integers().between(1, 999_999).map(i -> PromiseId.of("PTP-" + i));
    }

    /**
     * @param exponent a small non-negative exponent
     * @return ten to that power
     */
    public static long pow10(int exponent) {
        long r = 1;
        for (int i = 0; i < exponent; i++) {
            r *= 10;
        }
        return r;
    }
}
