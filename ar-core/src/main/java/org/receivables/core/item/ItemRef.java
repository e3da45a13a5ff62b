package org.receivables.core.item;

import java.io.Serializable;
import java.util.Objects;
import org.receivables.core.document.InvoiceId;

/**
 * The identity of an open item: one instalment of an invoice, or one charge (a fee or interest).
 *
 * <p>The text form is {@code <invoiceId>#<number>} for an instalment and {@code FEE:<chargeId>} or
 * {@code INTEREST:<chargeId>} for a charge. {@link #parse(CharSequence)} reads a charge when the text
 * starts with {@code FEE:} or {@code INTEREST:}, otherwise an instalment numbered by the digits after
 * the last {@code #}. So {@code parse(ref.toString())} equals {@code ref} for every charge and for
 * every instalment whose invoice id does not itself start with {@code FEE:} or {@code INTEREST:}.
 *
 * <p>Refs sort in a total order that never depends on anything but the ref: instalments first, by
 * invoice id and then by number (numerically, so {@code #2} before {@code #10}); then fees, then
 * interest, each by charge id.
 *
 * <pre>
 *   ItemRef a = ItemRef.ofInstalment(InvoiceId.of("INV-1"), 2);
 *   a.toString();                     // "INV-1#2"
 *   ItemRef b = ItemRef.ofCharge(ChargeId.of("CH-9"), ItemKind.FEE);
 *   b.toString();                     // "FEE:CH-9"
 *   ItemRef.parse("FEE:CH-9").equals(b);   // true
 *   a.compareTo(b) &lt; 0;                // true, instalments sort first
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ItemRef implements Comparable<ItemRef>, Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FEE_PREFIX = "FEE:";
    private static final String INTEREST_PREFIX = "INTEREST:";

    private final ItemKind kind;
    /** The invoice id for an instalment, null for a charge. */
    private final InvoiceId invoiceId;
    /** The instalment number, 0 for a charge. */
    private final int number;
    /** The charge id for a charge, null for an instalment. */
    private final ChargeId chargeId;

    private ItemRef(ItemKind kind, InvoiceId invoiceId, int number, ChargeId chargeId) {
        this.kind = kind;
        this.invoiceId = invoiceId;
        this.number = number;
        this.chargeId = chargeId;
    }

    /**
     * Obtains the ref of one instalment of an invoice.
     *
     * @param invoiceId the invoice, not null
     * @param number the instalment's number within the invoice's due schedule, 1 or more
     * @return the ref, of kind {@link ItemKind#PRINCIPAL}
     * @throws NullPointerException if invoiceId is null
     * @throws IllegalArgumentException if number is below 1
     */
    public static ItemRef ofInstalment(InvoiceId invoiceId, int number) {
        Objects.requireNonNull(invoiceId, "invoiceId");
        if (number < 1) {
            throw new IllegalArgumentException("number must be 1 or more: " + number);
        }
        return new ItemRef(ItemKind.PRINCIPAL, invoiceId, number, null);
    }

    /**
     * Obtains the ref of a charge.
     *
     * @param chargeId the charge, not null
     * @param kind the charge's kind, {@link ItemKind#FEE} or {@link ItemKind#INTEREST}, not null
     * @return the ref
     * @throws NullPointerException if chargeId or kind is null
     * @throws IllegalArgumentException if kind is {@link ItemKind#PRINCIPAL}
     */
    public static ItemRef ofCharge(ChargeId chargeId, ItemKind kind) {
        Objects.requireNonNull(chargeId, "chargeId");
        Objects.requireNonNull(kind, "kind");
        if (!kind.isCharge()) {
            throw new IllegalArgumentException("kind of a charge must be FEE or INTEREST: " + kind);
        }
        return new ItemRef(kind, null, 0, chargeId);
    }

    /**
     * Obtains a ref from the text that {@link #toString()} gives, such as {@code "INV-1#2"} or
     * {@code "INTEREST:CH-9"}.
     *
     * @param text the text, not null
     * @return the ref
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if the text is neither form, or the id or number in it is invalid
     */
    public static ItemRef parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.startsWith(FEE_PREFIX)) {
            return ofCharge(ChargeId.of(s.substring(FEE_PREFIX.length())), ItemKind.FEE);
        }
        if (s.startsWith(INTEREST_PREFIX)) {
            return ofCharge(ChargeId.of(s.substring(INTEREST_PREFIX.length())), ItemKind.INTEREST);
        }
        int hash = s.lastIndexOf('#');
        String digits = hash < 0 ? "" : s.substring(hash + 1);
        if (hash <= 0 || digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("itemRef must be '<invoiceId>#<number>', 'FEE:<chargeId>'"
                    + " or 'INTEREST:<chargeId>': '" + s + "'");
        }
        return ofInstalment(InvoiceId.of(s.substring(0, hash)), Integer.parseInt(digits));
    }

    /**
     * Gets the kind of item this ref names.
     *
     * @return {@link ItemKind#PRINCIPAL} for an instalment, otherwise the charge's kind; not null
     */
    public ItemKind getKind() {
        return kind;
    }

    /**
     * Checks whether this ref names an invoice instalment.
     *
     * @return true for an instalment, false for a charge
     */
    public boolean isInstalment() {
        return invoiceId != null;
    }

    /**
     * Gets the invoice of an instalment.
     *
     * @return the invoice id, not null
     * @throws IllegalStateException if this ref names a charge
     */
    public InvoiceId getInvoiceId() {
        if (invoiceId == null) {
            throw new IllegalStateException("itemRef " + this + " names a charge, not an instalment");
        }
        return invoiceId;
    }

    /**
     * Gets the number of an instalment within its invoice's due schedule.
     *
     * @return the number, 1 or more
     * @throws IllegalStateException if this ref names a charge
     */
    public int getInstalmentNumber() {
        if (invoiceId == null) {
            throw new IllegalStateException("itemRef " + this + " names a charge, not an instalment");
        }
        return number;
    }

    /**
     * Gets the id of a charge.
     *
     * @return the charge id, not null
     * @throws IllegalStateException if this ref names an instalment
     */
    public ChargeId getChargeId() {
        if (chargeId == null) {
            throw new IllegalStateException("itemRef " + this + " names an instalment, not a charge");
        }
        return chargeId;
    }

    /**
     * Compares refs in their total order: instalments by invoice id then number, then fees, then
     * interest, each by charge id.
     *
     * @param other the other ref, not null
     * @return negative, zero or positive as this ref sorts before, with or after the other
     */
    @Override
    public int compareTo(ItemRef other) {
        int c = kind.compareTo(other.kind);
        if (c != 0) {
            return c;
        }
        if (invoiceId != null) {
            c = invoiceId.compareTo(other.invoiceId);
            return c != 0 ? c : Integer.compare(number, other.number);
        }
        return chargeId.compareTo(other.chargeId);
    }

    /**
     * Checks whether another object is a ref to the same item.
     *
     * @param obj the other object, null gives false
     * @return true if obj is an {@code ItemRef} of the same kind, id and number
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof ItemRef)) {
            return false;
        }
        ItemRef o = (ItemRef) obj;
        return kind == o.kind && number == o.number && Objects.equals(invoiceId, o.invoiceId)
                && Objects.equals(chargeId, o.chargeId);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return invoiceId != null ? invoiceId.hashCode() * 31 + number : kind.ordinal() * 31 + chargeId.hashCode();
    }

    /**
     * Returns the text form: {@code "INV-1#2"}, {@code "FEE:CH-9"} or {@code "INTEREST:CH-9"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        if (invoiceId != null) {
            return invoiceId + "#" + number;
        }
        return (kind == ItemKind.FEE ? FEE_PREFIX : INTEREST_PREFIX) + chargeId;
    }
}
