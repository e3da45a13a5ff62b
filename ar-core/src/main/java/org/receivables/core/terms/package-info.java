/**
 * Payment terms: the rules that turn an invoice date and amount into a due schedule of instalments,
 * with early-payment discounts and business-day adjustment.
 *
 * <p>Start from {@link org.receivables.core.terms.PaymentTerms} (parse {@code "2/10 Net 30"}, build
 * instalments, compute a schedule), {@link org.receivables.core.terms.DueDateRule} (when each
 * instalment falls due), {@link org.receivables.core.terms.DueSchedule} and
 * {@link org.receivables.core.terms.Instalment} (the result), and
 * {@link org.receivables.core.terms.BusinessDayConventions} with
 * {@link org.receivables.core.terms.HolidayCalendars} (the opt-in business-day step).
 */
@TermsStyle
package org.receivables.core.terms;
