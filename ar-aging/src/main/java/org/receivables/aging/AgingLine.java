package org.receivables.aging;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.receivables.core.customer.CustomerId;

/**
 * One customer's row of an aging report in one currency: the customer and its {@link AgingAmounts}.
 *
 * <pre>
 *   AgingLine line = report.getLine(CustomerId.of("C-1"), CurrencyUnit.EUR).orElseThrow();
 *   line.getAmounts().getTotal();            // EUR 150.00
 *   line.getAmounts().getOverdueAmount();    // EUR 50.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgingLine {

    private final CustomerId customerId;
    private final AgingAmounts amounts;

    AgingLine(CustomerId customerId, AgingAmounts amounts) {
        this.customerId = customerId;
        this.amounts = amounts;
    }

    /**
     * Gets the customer.
     *
     * @return the customer id, not null
     */
    public CustomerId getCustomerId() {
        return customerId;
    }

    /**
     * Gets the currency of the row.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return amounts.getCurrency();
    }

    /**
     * Gets the figures of the row.
     *
     * @return the figures, not null
     */
    public AgingAmounts getAmounts() {
        return amounts;
    }

    /**
     * Checks whether another object is a line of the same customer with the same figures.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || (obj instanceof AgingLine && customerId.equals(((AgingLine) obj).customerId)
                && amounts.equals(((AgingLine) obj).amounts));
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(customerId, amounts);
    }

    /**
     * Returns the customer and figures, such as {@code "C-1 EUR [100.00 (1), ...] total 150.00, ..."}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return customerId + " " + amounts;
    }
}
