package org.receivables.core.ledger;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One movement on a customer's account: its date, kind, the event and document behind it, a
 * description, the signed amount (positive raises what the customer owes) and the running balance in
 * its currency after it.
 *
 * <pre>
 *   // a payment of EUR 300.00 received on 2024-02-05 against a balance of EUR 500.00
 *   line.getKind();           // PAYMENT
 *   line.getDocument();       // "PAY-1"
 *   line.getAmount();         // EUR -300.00
 *   line.getBalanceAfter();   // EUR 200.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatementLine {

    StatementLine() {
    }

    /**
     * Gets the date of the movement.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets the kind of movement.
     *
     * @return the kind, not null
     */
    public abstract MovementKind getKind();

    /**
     * Gets the event behind the movement.
     *
     * @return the event id, not null
     */
    public abstract EventId getEventId();

    /**
     * Gets the document number to print: the invoice, charge, credit note, payment or write-off id.
     *
     * @return the document, not blank, not null
     */
    public abstract String getDocument();

    /**
     * Gets a short description in English, such as "Invoice INV-1" or "Discount on PAY-1".
     *
     * @return the description, not null
     */
    public abstract String getDescription();

    /**
     * Gets the signed amount: positive raises what the customer owes, negative lowers it.
     *
     * @return the amount, not zero, not null
     */
    public abstract Money getAmount();

    /**
     * Gets the balance in this currency after the movement.
     *
     * @return the running balance, not null
     */
    public abstract Money getBalanceAfter();
}
