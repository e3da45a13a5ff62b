package org.receivables.core.terms;

import java.time.LocalDate;

/**
 * A rule that gives the due date of an instalment from the invoice date, such as "30 days after the
 * invoice date" or "the 15th of the month following the invoice month".
 *
 * <p>Every rule computes its date from the invoice date alone, never from another instalment's date,
 * and never gives a date before the invoice date. Day-of-month rules clamp to the length of the
 * target month: day 31 in February gives the 28th, or the 29th in a leap year.
 *
 * <pre>
 *   LocalDate d = LocalDate.parse("2024-01-31");
 *   DueDateRule.daysAfterInvoice(30).dueDate(d);            // 2024-03-01
 *   DueDateRule.endOfMonthPlusDays(30).dueDate(d);          // 2024-03-01 (Net 30 EOM)
 *   DueDateRule.endOfMonthAfter(1).dueDate(d);              // 2024-02-29
 *   DueDateRule.dayOfMonthAfter(1, 31).dueDate(d);          // 2024-02-29 (clamped)
 *   DueDateRule.dayLimit(15, DueDateRule.endOfMonthPlusDays(0),
 *       DueDateRule.dayOfMonthAfter(1, 15)).dueDate(d);     // 2024-02-15 (dated after day 15)
 *   DueDateRule.parse("15 MFI");                            // the 15th of the following month
 * </pre>
 *
 * <p>The set of rules is closed (the interface is sealed) so that every rule has a notation and
 * {@code parse(rule.toString())} always gives the rule back; the notations are described on
 * {@link PaymentTerms}. Implementations are immutable and thread-safe and compare by value.
 */
public sealed interface DueDateRule
        permits Rules.DaysAfter, Rules.EndOfMonthPlusDays, Rules.EndOfMonthAfter, Rules.DayOfMonthAfter,
                Rules.DayLimit {

    /** The largest day count a rule accepts: 36,600 days, about a hundred years. */
    int MAX_DAYS = 36_600;

    /** The largest month count a rule accepts: 1,200 months, a hundred years. */
    int MAX_MONTHS = 1_200;

    /**
     * Computes the due date for an invoice dated on a date.
     *
     * @param invoiceDate the invoice date, not null
     * @return the due date, on or after the invoice date, not null
     * @throws NullPointerException if invoiceDate is null
     * @throws IllegalArgumentException if the due date would be beyond {@link LocalDate#MAX}
     */
    LocalDate dueDate(LocalDate invoiceDate);

    /**
     * Obtains the rule "N days after the invoice date" ({@code Net N}; {@code Due on receipt} for 0).
     *
     * @param days the number of days, 0 to {@link #MAX_DAYS}
     * @return the rule
     * @throws IllegalArgumentException if days is negative or above {@link #MAX_DAYS}
     */
    static DueDateRule daysAfterInvoice(int days) {
        return new Rules.DaysAfter(Rules.checkDays("days", days));
    }

    /**
     * Obtains the rule "the end of the invoice month plus N days" ({@code Net N EOM}; {@code EOM} for 0).
     *
     * @param days the number of days after the month end, 0 to {@link #MAX_DAYS}
     * @return the rule
     * @throws IllegalArgumentException if days is negative or above {@link #MAX_DAYS}
     */
    static DueDateRule endOfMonthPlusDays(int days) {
        return new Rules.EndOfMonthPlusDays(Rules.checkDays("days", days));
    }

    /**
     * Obtains the rule "the last day of the month N months after the invoice month"
     * ({@code EOM+N}). With 0 months it is the same rule as {@code endOfMonthPlusDays(0)}.
     *
     * @param months the number of months after the invoice month, 0 to {@link #MAX_MONTHS}
     * @return the rule
     * @throws IllegalArgumentException if months is negative or above {@link #MAX_MONTHS}
     */
    static DueDateRule endOfMonthAfter(int months) {
        Rules.checkMonths("months", months, 0);
        return months == 0 ? new Rules.EndOfMonthPlusDays(0) : new Rules.EndOfMonthAfter(months);
    }

    /**
     * Obtains the rule "day D of the month N months after the invoice month", clamped to that month's
     * length ({@code D MFI} for one month, {@code Day D of month+N} otherwise).
     *
     * @param months the number of months after the invoice month, 1 to {@link #MAX_MONTHS}
     * @param dayOfMonth the day of the month, 1 to 31
     * @return the rule
     * @throws IllegalArgumentException if months is below 1 or above {@link #MAX_MONTHS}, or
     *     dayOfMonth is not 1 to 31
     */
    static DueDateRule dayOfMonthAfter(int months, int dayOfMonth) {
        Rules.checkMonths("months", months, 1);
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new IllegalArgumentException("dayOfMonth must be 1 to 31: " + dayOfMonth);
        }
        return new Rules.DayOfMonthAfter(months, dayOfMonth);
    }

    /**
     * Obtains a date-specific rule with a day limit: invoices dated on day 1 to {@code dayLimit} of
     * their month follow one rule, invoices dated later follow another (SAP's "day limit", Odoo's
     * date-specific terms). Several limits are expressed by nesting in {@code afterLimit}, with a
     * greater day limit ({@code A if dated to day 10, else B if dated to day 20, else C}).
     *
     * @param dayLimit the last day of the month that follows {@code upToLimit}, inclusive, 1 to 30
     * @param upToLimit the rule for invoices dated on or before the day limit, not a day-limit rule, not null
     * @param afterLimit the rule for invoices dated after the day limit; a day-limit rule here must have
     *     a greater day limit, not null
     * @return the rule
     * @throws NullPointerException if upToLimit or afterLimit is null
     * @throws IllegalArgumentException if dayLimit is not 1 to 30, upToLimit is a day-limit rule, or
     *     afterLimit is a day-limit rule with a day limit not above this one
     */
    static DueDateRule dayLimit(int dayLimit, DueDateRule upToLimit, DueDateRule afterLimit) {
        java.util.Objects.requireNonNull(upToLimit, "upToLimit");
        java.util.Objects.requireNonNull(afterLimit, "afterLimit");
        if (dayLimit < 1 || dayLimit > 30) {
            throw new IllegalArgumentException("dayLimit must be 1 to 30: " + dayLimit);
        }
        if (upToLimit instanceof Rules.DayLimit) {
            throw new IllegalArgumentException("upToLimit must not be a day-limit rule: " + upToLimit);
        }
        if (afterLimit instanceof Rules.DayLimit && ((Rules.DayLimit) afterLimit).limit() <= dayLimit) {
            throw new IllegalArgumentException("afterLimit must have a day limit above " + dayLimit + ": " + afterLimit);
        }
        return new Rules.DayLimit(dayLimit, upToLimit, afterLimit);
    }

    /**
     * Parses a rule's notation, ignoring case (in {@link java.util.Locale#ROOT}) and runs of white
     * space: {@code Due on receipt}, {@code Net 30}, {@code Net 30 EOM}, {@code EOM}, {@code EOM+2},
     * {@code 15 MFI}, {@code Day 15 of month+2}, {@code EOM if dated to day 15, else 15 MFI}.
     *
     * @param text the notation, not null
     * @return the rule
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if the text is not a rule's notation, naming the text
     */
    static DueDateRule parse(CharSequence text) {
        java.util.Objects.requireNonNull(text, "text");
        return Notation.parseRuleText(text);
    }
}
