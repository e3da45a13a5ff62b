package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;

/**
 * A customer statement in one currency between two dates, both inclusive: the opening balance (the
 * balance at the end of the day before the start date), every movement dated from the start date to
 * the end date in canonical event order, and the closing balance (the balance at the end of the end
 * date). The opening balance plus the movements' amounts equals the closing balance.
 *
 * <pre>
 *   Statement s = ledger.statement(CurrencyUnit.EUR, LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-29"));
 *   s.getOpeningBalance();   // EUR 500.00
 *   s.getLines();            // [2024-02-05 PAYMENT PAY-1 EUR -300.00 -&gt; EUR 200.00, ...]
 *   s.getClosingBalance();   // EUR 200.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Statement {

    Statement() {
    }

    /**
     * Gets the customer.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the currency of every amount on the statement.
     *
     * @return the currency, not null
     */
    public abstract CurrencyUnit getCurrency();

    /**
     * Gets the first day covered, inclusive.
     *
     * @return the start date, not null
     */
    public abstract LocalDate getStartDate();

    /**
     * Gets the last day covered, inclusive.
     *
     * @return the end date, not before the start date, not null
     */
    public abstract LocalDate getEndDate();

    /**
     * Gets the balance at the end of the day before the start date.
     *
     * @return the opening balance, not null
     */
    public abstract Money getOpeningBalance();

    /**
     * Gets the movements dated from the start date to the end date, in canonical event order.
     *
     * @return the lines, not null
     */
    public abstract List<StatementLine> getLines();

    /**
     * Gets the balance at the end of the end date.
     *
     * @return the closing balance, not null
     */
    public abstract Money getClosingBalance();
}
