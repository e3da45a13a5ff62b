package org.receivables.aging.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.receivables.aging.AgingOptions;
import org.receivables.aging.AgingReport;
import org.receivables.core.customer.CustomerId;

/**
 * Makes an {@link AgingReport} from rows that are already finished: sorted by customer id and then
 * currency code, one row per key, every sum consistent and exact. The bulk aging
 * ({@code org.receivables.aging.bulk.BulkAging}) computes such rows from columns whose customer-id order
 * is known, so it hands them over as they are, without the per-row checks, key comparisons and copies of
 * {@link AgingReport.Builder#addSums}. This package is not exported: the caller vouches for the rows.
 *
 * <p>{@link AgingReport} registers the factory when its class is initialised (the pattern of the JDK's
 * shared secrets), so no constructor of the report needs to be public.
 *
 * <p>This class is thread-safe.
 */
public final class AgingReportAccess {

    /** Makes a report from finished rows; implemented by {@link AgingReport}. */
    public interface Factory {

        /**
         * Makes the report.
         *
         * @param asOf the as-of date, not null
         * @param options the options, not null
         * @param rows the number of rows
         * @param customer per row the customer, sorted with currency, length at least rows
         * @param currency per row the currency
         * @param amounts per row and bucket ({@code row * buckets + bucket}) the open amount in minor units
         * @param counts per row and bucket the number of items
         * @param disputed per row the disputed amount in minor units
         * @param disputedCounts per row the number of disputed items
         * @param totals per currency the portfolio accumulator: amounts, counts (one per bucket), credits,
         *        credit count, disputed amount, disputed count
         * @return the report, which keeps the arrays: the caller must not change them afterwards
         */
        AgingReport report(LocalDate asOf, AgingOptions options, int rows, CustomerId[] customer,
                CurrencyUnit[] currency, long[] amounts, long[] counts, long[] disputed, long[] disputedCounts,
                Map<CurrencyUnit, long[]> totals);
    }

    private static volatile Factory factory;

    private AgingReportAccess() {
    }

    /**
     * Registers the factory; called once, by {@link AgingReport}'s static initialiser.
     *
     * @param f the factory, not null
     * @throws NullPointerException if f is null
     */
    public static void register(Factory f) {
        factory = Objects.requireNonNull(f, "f");
    }

    /**
     * Gets the factory, initialising {@link AgingReport} if that has not happened yet.
     *
     * @return the factory, not null
     */
    public static Factory factory() {
        Factory f = factory;
        if (f == null) {
            try {
                Class.forName(AgingReport.class.getName(), true, AgingReport.class.getClassLoader());
            } catch (ClassNotFoundException ex) {
                throw new IllegalStateException("AgingReport cannot be initialised", ex);
            }
            f = factory;
        }
        return f;
    }
}
