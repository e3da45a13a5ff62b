/**
 * The documents of accounts receivable: invoices, credit notes, payments, write-offs, disputes and
 * promises to pay, each with its typed id.
 *
 * <p>Start from {@link org.receivables.core.document.InvoiceId},
 * {@link org.receivables.core.document.CreditNoteId} and
 * {@link org.receivables.core.document.PaymentId}.
 */
@DocumentStyle
package org.receivables.core.document;
