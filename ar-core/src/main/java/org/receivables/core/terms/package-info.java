/**
 * Payment terms: the rules that turn an invoice date and amount into a due schedule of instalments,
 * with early-payment discounts and business-day adjustment.
 */
@TermsStyle
package org.receivables.core.terms;
