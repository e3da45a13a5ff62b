/**
 * The documents of accounts receivable: invoices, credit notes, payments, write-offs, disputes and
 * promises to pay, each with its typed id.
 *
 * <p>Start from {@link org.receivables.core.document.Invoice} (with its due schedule),
 * {@link org.receivables.core.document.CreditNote}, {@link org.receivables.core.document.Payment},
 * {@link org.receivables.core.document.WriteOff}, {@link org.receivables.core.document.Dispute} and
 * {@link org.receivables.core.document.PromiseToPay}.
 */
@DocumentStyle
package org.receivables.core.document;
