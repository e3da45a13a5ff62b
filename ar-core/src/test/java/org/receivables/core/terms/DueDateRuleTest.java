package org.receivables.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receivables.core.testing.CoreGen;
import org.receivables.core.testing.TermsGen;

/** Due-date rules: worked examples from ERP documentation, month ends, leap days, properties, bad input. */
class DueDateRuleTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // ---- dueDate: worked examples ----

    /**
     * Lago, "Payment terms" (https://getlago.com/docs/guide/invoicing/invoicing-settings/payment-term.md):
     * for an invoice dated April 10, 2026, "Due on receipt" is due April 10, "Net 30" May 10,
     * "End of month" April 30 and "Net days after end of month" (30 days) May 30.
     */
    @Test
    void test_dueDate_lagoPaymentTermExamples() {
        LocalDate invoice = d("2026-04-10");
        assertEquals(d("2026-04-10"), DueDateRule.parse("Due on receipt").dueDate(invoice));
        assertEquals(d("2026-05-10"), DueDateRule.parse("Net 30").dueDate(invoice));
        assertEquals(d("2026-04-30"), DueDateRule.parse("EOM").dueDate(invoice));
        assertEquals(d("2026-05-30"), DueDateRule.parse("Net 30 EOM").dueDate(invoice));
    }

    /**
     * Microsoft Dynamics GP, "DueDateBasedOn"
     * (https://learn.microsoft.com/en-us/previous-versions/dynamicsgp/developer/cc533731(v=msdn.10)):
     * "EOM: the payment is due in full by the end of the month in which the purchase occurs" and
     * "Next Month: the payment is due on the 20th of the month following the document date".
     * Worked here at a year end and in a leap February.
     */
    @Test
    void test_dueDate_dynamicsGpEndOfMonthAndNextMonth() {
        DueDateRule eom = DueDateRule.endOfMonthPlusDays(0);
        DueDateRule nextMonth20 = DueDateRule.dayOfMonthAfter(1, 20);
        assertEquals(d("2024-02-29"), eom.dueDate(d("2024-02-01")));
        assertEquals(d("2023-02-28"), eom.dueDate(d("2023-02-28")));
        assertEquals(d("2024-12-31"), eom.dueDate(d("2024-12-31")));
        assertEquals(d("2025-01-20"), nextMonth20.dueDate(d("2024-12-31")));
        assertEquals(d("2024-03-20"), nextMonth20.dueDate(d("2024-02-29")));
    }

    /**
     * NetSuite, "Term" record ("dayofmonthnetdue")
     * (https://system.netsuite.com/help/helpcenter/en_US/srbrowser/Browser2026_1/script/record/term.html):
     * "If you enter a date that does not exist in the month the transaction is due, the last day of the
     * month becomes the due date." So day 31 of February is the 28th, or the 29th in a leap year, and
     * day 31 of April is the 30th.
     */
    @Test
    void test_dueDate_day31ClampsToMonthLength() {
        DueDateRule day31 = DueDateRule.parse("31 MFI");
        assertEquals(d("2024-02-29"), day31.dueDate(d("2024-01-15")));
        assertEquals(d("2023-02-28"), day31.dueDate(d("2023-01-31")));
        assertEquals(d("2024-04-30"), day31.dueDate(d("2024-03-31")));
        assertEquals(d("2024-05-31"), day31.dueDate(d("2024-04-01")));
        assertEquals(d("2024-02-29"), DueDateRule.dayOfMonthAfter(2, 30).dueDate(d("2023-12-31")));
    }

    /**
     * ERPNext issue #3451, "Billing Days drives Invoice Date" (https://github.com/frappe/erpnext/issues/3451):
     * terms like "last day of the next month after invoice" are computed as "fetch month of sales invoice
     * posting date, add one month, take last day"; in our notation {@code EOM+1}.
     */
    @Test
    void test_dueDate_lastDayOfNextMonth() {
        DueDateRule rule = DueDateRule.parse("EOM+1");
        assertEquals(d("2024-02-29"), rule.dueDate(d("2024-01-31")));
        assertEquals(d("2024-02-29"), rule.dueDate(d("2024-01-01")));
        assertEquals(d("2025-01-31"), rule.dueDate(d("2024-12-15")));
        assertEquals(d("2024-03-31"), rule.dueDate(d("2024-02-29")));
        assertEquals(d("2025-02-28"), DueDateRule.endOfMonthAfter(12).dueDate(d("2024-02-29")));
    }

    /**
     * SAP Business One SDK, "DueDatesType"
     * (https://help.sap.com/doc/089315d8d0f8475a9fc84fb919b501a3/10.0/en-US/SDKHelp/SAPbobsCOM~CreditCardPayments~DueDatesType.html):
     * payment by dates splits the month into periods (days 1-7 pay on the 10th, 8-15 on the 20th, 16-23
     * on the 25th, 24-31 on the 30th). With one additional month, and "day 30" clamped in February, as
     * nested day limits. SAP ERP's "Payment Date Limit"
     * (https://help.sap.com/saphelp_aii710/helpdata/en/c9/202498d89e457d9c685222dcee8681/content.htm)
     * is the same idea with one limit (the 15th).
     */
    @Test
    void test_dueDate_sapDayLimitPeriods() {
        DueDateRule rule = DueDateRule.parse(
                "10 MFI if dated to day 7, else 20 MFI if dated to day 15, else 25 MFI if dated to day 23, else 30 MFI");
        assertEquals(d("2024-02-10"), rule.dueDate(d("2024-01-01")));
        assertEquals(d("2024-02-10"), rule.dueDate(d("2024-01-07")));
        assertEquals(d("2024-02-20"), rule.dueDate(d("2024-01-08")));
        assertEquals(d("2024-02-20"), rule.dueDate(d("2024-01-15")));
        assertEquals(d("2024-02-25"), rule.dueDate(d("2024-01-16")));
        assertEquals(d("2024-02-25"), rule.dueDate(d("2024-01-23")));
        assertEquals(d("2024-02-29"), rule.dueDate(d("2024-01-24")));
        assertEquals(d("2024-02-29"), rule.dueDate(d("2024-01-31")));
        assertEquals(d("2024-04-30"), rule.dueDate(d("2024-03-31")));

        DueDateRule oneLimit = DueDateRule.dayLimit(15, DueDateRule.endOfMonthPlusDays(0), DueDateRule.dayOfMonthAfter(1, 15));
        assertEquals(d("2024-02-29"), oneLimit.dueDate(d("2024-02-15")));
        assertEquals(d("2024-03-15"), oneLimit.dueDate(d("2024-02-16")));
    }

    @Test
    void test_dueDate_netDaysCrossLeapDayAndYearEnd() {
        assertEquals(d("2024-03-01"), DueDateRule.daysAfterInvoice(30).dueDate(d("2024-01-31")));
        assertEquals(d("2023-03-02"), DueDateRule.daysAfterInvoice(30).dueDate(d("2023-01-31")));
        assertEquals(d("2025-01-30"), DueDateRule.daysAfterInvoice(30).dueDate(d("2024-12-31")));
        assertEquals(d("2024-03-30"), DueDateRule.endOfMonthPlusDays(30).dueDate(d("2024-02-29")));
    }

    // ---- dueDate: properties ----

    @Test
    void test_dueDate_neverBeforeInvoiceDate() {
        qt().forAll(TermsGen.rules(), CoreGen.dates()).check((rule, date) -> !rule.dueDate(date).isBefore(date));
    }

    @Test
    void test_dueDate_netRulesShiftWithTheInvoiceDate() {
        qt().forAll(integers().between(0, 400), CoreGen.dates(), integers().between(-500, 500))
                .check((days, date, shift) -> {
                    DueDateRule rule = DueDateRule.daysAfterInvoice(days);
                    return rule.dueDate(date.plusDays(shift)).equals(rule.dueDate(date).plusDays(shift));
                });
    }

    @Test
    void test_dueDate_monthRulesShiftByWholeMonths() {
        qt().forAll(integers().between(0, 6), integers().between(1, 28), CoreGen.dates(), integers().between(-24, 24))
                .check((months, day, date, shift) -> {
                    LocalDate shifted = date.plusMonths(shift);
                    DueDateRule endAfter = DueDateRule.endOfMonthAfter(months);
                    DueDateRule fixedDay = DueDateRule.dayOfMonthAfter(Math.max(1, months), day);
                    DueDateRule eomPlus = DueDateRule.endOfMonthPlusDays(day);
                    return endAfter.dueDate(shifted).equals(endAfter.dueDate(date).plusMonths(shift)
                                    .with(TemporalAdjusters.lastDayOfMonth()))
                            && fixedDay.dueDate(shifted).equals(fixedDay.dueDate(date).plusMonths(shift))
                            && eomPlus.dueDate(shifted).minusDays(day).equals(
                                    eomPlus.dueDate(date).minusDays(day).plusMonths(shift)
                                            .with(TemporalAdjusters.lastDayOfMonth()));
                });
    }

    @Test
    void test_dueDate_monthRulesGiveOneDateForAWholeMonth() {
        qt().forAll(TermsGen.simpleRules(), CoreGen.dates(), integers().between(1, 31)).check((rule, date, day) -> {
            YearMonth ym = YearMonth.from(date);
            LocalDate other = ym.atDay(Math.min(day, ym.lengthOfMonth()));
            boolean monthBased = !(rule instanceof Rules.DaysAfter);
            return !monthBased || rule.dueDate(date).equals(rule.dueDate(other));
        });
    }

    // ---- parse / toString ----

    @Test
    void test_parse_roundTripsEveryRule() {
        qt().forAll(TermsGen.rules()).check(rule -> DueDateRule.parse(rule.toString()).equals(rule));
    }

    @Test
    void test_parse_ignoresCaseAndSpacing() {
        assertEquals(DueDateRule.daysAfterInvoice(0), DueDateRule.parse("  DUE   ON RECEIPT "));
        assertEquals(DueDateRule.endOfMonthPlusDays(0), DueDateRule.parse("eom"));
        assertEquals(DueDateRule.dayOfMonthAfter(1, 15), DueDateRule.parse("15 mfi"));
        assertEquals(DueDateRule.endOfMonthAfter(2), DueDateRule.parse("Eom + 2"));
        assertEquals(DueDateRule.dayOfMonthAfter(3, 10), DueDateRule.parse("DAY 10 OF MONTH+3"));
        assertEquals("Day 10 of month+3", DueDateRule.dayOfMonthAfter(3, 10).toString());
        assertEquals("EOM", DueDateRule.endOfMonthAfter(0).toString());
    }

    // ---- bad input ----

    @Test
    void test_factories_refuseBadInputNamingFieldAndValue() {
        assertIae(() -> DueDateRule.daysAfterInvoice(-1), "days", "-1");
        assertIae(() -> DueDateRule.daysAfterInvoice(DueDateRule.MAX_DAYS + 1), "days", "36601");
        assertIae(() -> DueDateRule.endOfMonthPlusDays(-3), "days", "-3");
        assertIae(() -> DueDateRule.endOfMonthAfter(-1), "months", "-1");
        assertIae(() -> DueDateRule.dayOfMonthAfter(0, 15), "months", "0");
        assertIae(() -> DueDateRule.dayOfMonthAfter(1, 0), "dayOfMonth", "0");
        assertIae(() -> DueDateRule.dayOfMonthAfter(1, 32), "dayOfMonth", "32");
        DueDateRule net = DueDateRule.daysAfterInvoice(30);
        assertIae(() -> DueDateRule.dayLimit(0, net, net), "dayLimit", "0");
        assertIae(() -> DueDateRule.dayLimit(31, net, net), "dayLimit", "31");
        DueDateRule limit = DueDateRule.dayLimit(10, net, net);
        assertIae(() -> DueDateRule.dayLimit(15, limit, net), "upToLimit", "if dated to day 10");
        assertIae(() -> DueDateRule.dayLimit(15, net, limit), "afterLimit", "15");
        assertNpe(() -> DueDateRule.dayLimit(15, null, net), "upToLimit");
        assertNpe(() -> DueDateRule.dayLimit(15, net, null), "afterLimit");
        assertNpe(() -> net.dueDate(null), "invoiceDate");
        assertNpe(() -> limit.dueDate(null), "invoiceDate");
        assertNpe(() -> DueDateRule.parse(null), "text");
        assertIae(() -> DueDateRule.parse("Net thirty"), "'Net thirty'");
        assertIae(() -> DueDateRule.parse("Net -5"), "'Net -5'");
        assertIae(() -> DueDateRule.parse("Net 99999999999"), "'Net 99999999999'");
        assertIae(() -> DueDateRule.parse("32 MFI"), "'32 MFI'", "dayOfMonth");
        assertIae(() -> DueDateRule.daysAfterInvoice(30).dueDate(LocalDate.MAX), "invoiceDate", "+999999999-12-31");
    }

    static void assertIae(Executable call, String... fragments) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, call);
        for (String f : fragments) {
            assertTrue(ex.getMessage().contains(f), () -> "'" + ex.getMessage() + "' lacks '" + f + "'");
        }
    }

    static void assertNpe(Executable call, String param) {
        NullPointerException ex = assertThrows(NullPointerException.class, call);
        assertEquals(param, ex.getMessage());
        assertFalse(param.isEmpty());
    }
}
