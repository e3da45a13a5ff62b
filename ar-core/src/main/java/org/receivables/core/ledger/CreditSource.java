package org.receivables.core.ledger;

import java.io.Serializable;
import java.util.Objects;
import org.receivables.core.document.CreditNoteId;
import org.receivables.core.document.PaymentId;

/**
 * Where on-account credit comes from: a payment received or a credit note issued. Allocations apply
 * a credit source to open items, refunds pay its unapplied rest back.
 *
 * <p>Sources sort credit notes first, then payments, each by id. The text form is
 * {@code "CN:<creditNoteId>"} or {@code "PAY:<paymentId>"}.
 *
 * <pre>
 *   CreditSource s = CreditSource.ofPayment(PaymentId.of("PAY-1"));
 *   s.toString();      // "PAY:PAY-1"
 *   s.isPayment();     // true
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CreditSource implements Comparable<CreditSource>, Serializable {

    private static final long serialVersionUID = 1L;

    private final PaymentId paymentId;
    private final CreditNoteId creditNoteId;

    private CreditSource(PaymentId paymentId, CreditNoteId creditNoteId) {
        this.paymentId = paymentId;
        this.creditNoteId = creditNoteId;
    }

    /**
     * Obtains the source that is a payment.
     *
     * @param paymentId the payment, not null
     * @return the source
     * @throws NullPointerException if paymentId is null
     */
    public static CreditSource ofPayment(PaymentId paymentId) {
        return new CreditSource(Objects.requireNonNull(paymentId, "paymentId"), null);
    }

    /**
     * Obtains the source that is a credit note.
     *
     * @param creditNoteId the credit note, not null
     * @return the source
     * @throws NullPointerException if creditNoteId is null
     */
    public static CreditSource ofCreditNote(CreditNoteId creditNoteId) {
        return new CreditSource(null, Objects.requireNonNull(creditNoteId, "creditNoteId"));
    }

    /**
     * Checks whether the source is a payment.
     *
     * @return true for a payment, false for a credit note
     */
    public boolean isPayment() {
        return paymentId != null;
    }

    /**
     * Gets the payment of a payment source.
     *
     * @return the payment id, not null
     * @throws IllegalStateException if the source is a credit note
     */
    public PaymentId getPaymentId() {
        if (paymentId == null) {
            throw new IllegalStateException("creditSource " + this + " is a credit note, not a payment");
        }
        return paymentId;
    }

    /**
     * Gets the credit note of a credit note source.
     *
     * @return the credit note id, not null
     * @throws IllegalStateException if the source is a payment
     */
    public CreditNoteId getCreditNoteId() {
        if (creditNoteId == null) {
            throw new IllegalStateException("creditSource " + this + " is a payment, not a credit note");
        }
        return creditNoteId;
    }

    /**
     * Gets the document id's text, without the kind prefix.
     *
     * @return the text of the payment or credit note id, not null
     */
    public String getDocumentId() {
        return paymentId != null ? paymentId.getValue() : creditNoteId.getValue();
    }

    /**
     * Compares sources: credit notes first, then payments, each by id.
     *
     * @param other the other source, not null
     * @return negative, zero or positive as this source sorts before, with or after the other
     */
    @Override
    public int compareTo(CreditSource other) {
        if (isPayment() != other.isPayment()) {
            return isPayment() ? 1 : -1;
        }
        return isPayment() ? paymentId.compareTo(other.paymentId) : creditNoteId.compareTo(other.creditNoteId);
    }

    /**
     * Checks whether another object is the same source.
     *
     * @param obj the other object, null gives false
     * @return true if obj is a {@code CreditSource} naming the same document
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof CreditSource)) {
            return false;
        }
        CreditSource o = (CreditSource) obj;
        return Objects.equals(paymentId, o.paymentId) && Objects.equals(creditNoteId, o.creditNoteId);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return paymentId != null ? paymentId.hashCode() : 31 * creditNoteId.hashCode() + 7;
    }

    /**
     * Returns the text form, {@code "PAY:<paymentId>"} or {@code "CN:<creditNoteId>"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return paymentId != null ? "PAY:" + paymentId : "CN:" + creditNoteId;
    }
}
