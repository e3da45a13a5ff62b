package org.receivables.core.document;

/**
 * How a payment reached the seller.
 *
 * <p>The method matters to cash application and dunning: a direct debit can still be returned by the
 * payer's bank, a cheque can bounce, and remittance data is usually richest on bank transfers.
 */
public enum PaymentMethod {

    /** A card payment (credit or debit card). */
    CARD,

    /** A credit transfer initiated by the payer, such as a SEPA credit transfer or a wire. */
    BANK_TRANSFER,

    /** A direct debit collected by the seller under the payer's mandate. */
    DIRECT_DEBIT,

    /** A cheque. */
    CHEQUE,

    /** Cash. */
    CASH,

    /** Any other method, such as a payment service or a netting agreement. */
    OTHER
}
