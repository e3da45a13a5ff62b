package org.receivables.core.terms;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The instalments an invoice is due in, as its payment terms give them: numbered 1 to n, all in one
 * currency, summing exactly to the invoice amount.
 *
 * <pre>
 *   DueSchedule s = PaymentTerms.parse("Net 30").schedule(LocalDate.parse("2024-01-31"), Money.parse("EUR 100.00"));
 *   s.getInstalments().size();   // 1
 *   s.getFinalDueDate();         // 2024-03-01
 *   s.getTotal();                // EUR 100.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DueSchedule {

    DueSchedule() {
    }

    /**
     * Obtains a schedule from its instalments.
     *
     * @param instalments the instalments, numbered 1 to n in order, one currency, not empty, not null
     * @return the schedule
     * @throws NullPointerException if instalments is null or holds null
     * @throws IllegalArgumentException if empty, numbered otherwise than 1 to n, or in mixed currencies
     */
    public static DueSchedule of(List<Instalment> instalments) {
        return ImmutableDueSchedule.of(instalments);
    }

    /**
     * Gets the instalments, numbered 1 to n in this order.
     *
     * @return the instalments, not empty, not null
     */
    @Value.Parameter
    public abstract List<Instalment> getInstalments();

    /**
     * Gets the schedule's currency.
     *
     * @return the currency, not null
     */
    public CurrencyUnit getCurrency() {
        return getInstalments().get(0).getCurrency();
    }

    /**
     * Gets the sum of the instalment amounts, before discounts.
     *
     * @return the total, not null
     */
    public Money getTotal() {
        Money total = Money.zero(getCurrency());
        for (Instalment i : getInstalments()) {
            total = total.plus(i.getAmount());
        }
        return total;
    }

    /**
     * Gets the latest due date of the instalments.
     *
     * @return the last due date, not null
     */
    public LocalDate getFinalDueDate() {
        LocalDate last = getInstalments().get(0).getDueDate();
        for (Instalment i : getInstalments()) {
            if (i.getDueDate().isAfter(last)) {
                last = i.getDueDate();
            }
        }
        return last;
    }

    @Value.Check
    void check() {
        List<Instalment> list = getInstalments();
        if (list.isEmpty()) {
            throw new IllegalArgumentException("instalments must not be empty");
        }
        CurrencyUnit currency = list.get(0).getCurrency();
        for (int i = 0; i < list.size(); i++) {
            Instalment inst = list.get(i);
            if (inst.getNumber() != i + 1) {
                throw new IllegalArgumentException("instalments must be numbered 1 to " + list.size()
                        + " in order, found number " + inst.getNumber() + " at position " + (i + 1));
            }
            if (!inst.getCurrency().equals(currency)) {
                throw new IllegalArgumentException("instalments must share one currency: "
                        + currency + " and " + inst.getCurrency());
            }
        }
    }
}
