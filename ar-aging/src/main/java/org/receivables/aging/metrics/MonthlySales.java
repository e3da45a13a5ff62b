package org.receivables.aging.metrics;

import java.time.YearMonth;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The net credit sales of one calendar month, one line of the sales history a countback DSO walks back through.
 *
 * <p>The sales may be zero or negative (returns larger than sales); the countback reports such a
 * month rather than dividing by it.
 *
 * <pre>
 *   MonthlySales march = MonthlySales.of(YearMonth.of(2024, 3), Money.parse("USD 100000"));
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MonthlySales {

    MonthlySales() {
    }

    /**
     * Obtains the credit sales of a month.
     *
     * @param month the calendar month, not null
     * @param creditSales the net credit sales invoiced in that month, any sign, not null
     * @return the monthly sales
     * @throws NullPointerException if month or creditSales is null
     */
    public static MonthlySales of(YearMonth month, Money creditSales) {
        return ImmutableMonthlySales.of(month, creditSales);
    }

    /**
     * Gets the calendar month.
     *
     * @return the month, not null
     */
    @Value.Parameter
    public abstract YearMonth getMonth();

    /**
     * Gets the net credit sales invoiced in the month.
     *
     * @return the sales, any sign, not null
     */
    @Value.Parameter
    public abstract Money getCreditSales();
}
