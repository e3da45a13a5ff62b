package org.receivables.core.terms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/** The built-in {@link DueDateRule} implementations; each one's {@code toString} is its notation. */
final class Rules {

    private Rules() {
    }

    static int checkDays(String field, int days) {
        if (days < 0 || days > DueDateRule.MAX_DAYS) {
            throw new IllegalArgumentException(field + " must be 0 to " + DueDateRule.MAX_DAYS + ": " + days);
        }
        return days;
    }

    static int checkMonths(String field, int months, int min) {
        if (months < min || months > DueDateRule.MAX_MONTHS) {
            throw new IllegalArgumentException(field + " must be " + min + " to " + DueDateRule.MAX_MONTHS + ": " + months);
        }
        return months;
    }

    private static LocalDate guard(LocalDate invoiceDate, java.util.function.Supplier<LocalDate> f) {
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        try {
            return f.get();
        } catch (DateTimeException ex) {
            throw new IllegalArgumentException("invoiceDate " + invoiceDate + " gives a due date beyond the supported range", ex);
        }
    }

    /** N days after the invoice date. */
    record DaysAfter(int days) implements DueDateRule {
        @Override
        public LocalDate dueDate(LocalDate invoiceDate) {
            return guard(invoiceDate, () -> invoiceDate.plusDays(days));
        }

        @Override
        public String toString() {
            return days == 0 ? "Due on receipt" : "Net " + days;
        }
    }

    /** The end of the invoice month plus N days. */
    record EndOfMonthPlusDays(int days) implements DueDateRule {
        @Override
        public LocalDate dueDate(LocalDate invoiceDate) {
            return guard(invoiceDate, () -> invoiceDate.with(TemporalAdjusters.lastDayOfMonth()).plusDays(days));
        }

        @Override
        public String toString() {
            return days == 0 ? "EOM" : "Net " + days + " EOM";
        }
    }

    /** The last day of the month N (1 or more) months after the invoice month. */
    record EndOfMonthAfter(int months) implements DueDateRule {
        @Override
        public LocalDate dueDate(LocalDate invoiceDate) {
            return guard(invoiceDate, () -> YearMonth.from(invoiceDate).plusMonths(months).atEndOfMonth());
        }

        @Override
        public String toString() {
            return "EOM+" + months;
        }
    }

    /** Day D of the month N (1 or more) months after the invoice month, clamped to the month's length. */
    record DayOfMonthAfter(int months, int day) implements DueDateRule {
        @Override
        public LocalDate dueDate(LocalDate invoiceDate) {
            return guard(invoiceDate, () -> {
                YearMonth target = YearMonth.from(invoiceDate).plusMonths(months);
                return target.atDay(Math.min(day, target.lengthOfMonth()));
            });
        }

        @Override
        public String toString() {
            return months == 1 ? day + " MFI" : "Day " + day + " of month+" + months;
        }
    }

    /** Invoices dated up to day L follow one rule, later ones another. */
    record DayLimit(int limit, DueDateRule upTo, DueDateRule after) implements DueDateRule {
        @Override
        public LocalDate dueDate(LocalDate invoiceDate) {
            Objects.requireNonNull(invoiceDate, "invoiceDate");
            return invoiceDate.getDayOfMonth() <= limit ? upTo.dueDate(invoiceDate) : after.dueDate(invoiceDate);
        }

        @Override
        public String toString() {
            return upTo + " if dated to day " + limit + ", else " + after;
        }
    }
}
