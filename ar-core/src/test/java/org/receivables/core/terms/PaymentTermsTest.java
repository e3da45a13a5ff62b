package org.receivables.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.receivables.core.terms.DueDateRuleTest.assertIae;
import static org.receivables.core.terms.DueDateRuleTest.assertNpe;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.receivables.core.money.Percentage;
import org.receivables.core.testing.CoreGen;
import org.receivables.core.testing.TermsGen;

/** Payment terms: notation, schedules, instalment rounding, discounts, business-day adjustment, bad input. */
class PaymentTermsTest {

    private static final DueDateRule NET_0 = DueDateRule.daysAfterInvoice(0);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Money m(String text) {
        return Money.parse(text);
    }

    private static List<Money> amounts(DueSchedule s) {
        List<Money> out = new ArrayList<>();
        s.getInstalments().forEach(i -> out.add(i.getAmount()));
        return out;
    }

    private static PaymentTerms thirds() {
        Percentage third = Percentage.of(new BigDecimal("33.33"));
        return PaymentTerms.builder()
                .addInstalments(InstalmentTerm.ofPercentage(third, NET_0))
                .addInstalments(InstalmentTerm.ofPercentage(third, DueDateRule.daysAfterInvoice(30)))
                .addInstalments(InstalmentTerm.ofPercentage(Percentage.of(new BigDecimal("33.34")), DueDateRule.daysAfterInvoice(60)))
                .build();
    }

    // ---- schedule: discounts (worked examples) ----

    /**
     * BCcampus, Business Mathematics, "1.7 Cash Discounts"
     * (https://pressbooks.bccampus.ca/businessmathematics/chapter/payment-terms/): the payment period
     * "begins on the date of the invoice (that is, the next day is day 1) and payment is expected by the
     * last day of the period"; 2/10, n/30 grants 2% if paid within 10 days. Invoice of CAD 3,600.00 dated
     * March 19: the discount of CAD 72.00 runs to March 29 inclusive, not March 30; net due April 18.
     */
    @Test
    void test_schedule_twoTenNetThirtyBoundaryDays() {
        DueSchedule s = PaymentTerms.parse("2/10 Net 30").schedule(d("2024-03-19"), m("CAD 3600.00"));
        Instalment i = s.getInstalments().get(0);
        assertEquals(d("2024-04-18"), i.getDueDate());
        assertEquals(m("CAD 72.00"), i.discountOn(d("2024-03-19")));
        assertEquals(m("CAD 72.00"), i.discountOn(d("2024-03-29")));
        assertEquals(m("CAD 0.00"), i.discountOn(d("2024-03-30")));
        assertEquals(d("2024-03-29"), i.getDiscountTiers().get(0).getLastDay());
    }

    /**
     * Two tiers, "3% within 14 days, 2% within 20 days, net 30" (the example of the issue, and the
     * "2/10, 1/20, net 30" pattern of the BCcampus chapter above), on EUR 1234.55 dated 2024-02-15:
     * 3% = 37.0365 rounds half-even to 37.04 up to 2024-02-29 (the leap day), 2% = 24.691 to 24.69 up to
     * 2024-03-06, nothing from 2024-03-07.
     */
    @Test
    void test_schedule_twoDiscountTiersAcrossTheLeapDay() {
        PaymentTerms terms = PaymentTerms.parse("3/14 2/20 Net 30");
        Instalment i = terms.schedule(d("2024-02-15"), m("EUR 1234.55")).getInstalments().get(0);
        assertEquals(m("EUR 37.04"), i.discountOn(d("2024-02-29")));
        assertEquals(m("EUR 24.69"), i.discountOn(d("2024-03-01")));
        assertEquals(m("EUR 24.69"), i.discountOn(d("2024-03-06")));
        assertEquals(m("EUR 0.00"), i.discountOn(d("2024-03-07")));
        assertEquals(d("2024-03-16"), i.getDueDate());
        // the terms' rounding mode rounds discounts too: 1.5% of EUR 0.50 = 0.0075
        Instalment small = PaymentTerms.parse("1.5/10 Net 30").schedule(d("2024-01-01"), m("EUR 0.50")).getInstalments().get(0);
        assertEquals(m("EUR 0.01"), small.getDiscountTiers().get(0).getDiscount());
        Instalment down = PaymentTerms.parse("1.5/10 Net 30").withRoundingMode(RoundingMode.DOWN)
                .schedule(d("2024-01-01"), m("EUR 0.50")).getInstalments().get(0);
        assertEquals(m("EUR 0.00"), down.getDiscountTiers().get(0).getDiscount());
    }

    // ---- schedule: instalments (worked examples) ----

    /**
     * Odoo's payment term lines (https://github.com/odoo/odoo/blob/a5b6f31cf28e5381e1c85f66730bcdb55998e643/addons/account/models/account_payment_term.py)
     * are percentages, fixed amounts and a final balance line, each dated from the invoice date. Thirds
     * (33.33%, 33.33%, 33.34%) in currencies with 0, 2 and 3 decimals: each line rounds half-even to the
     * currency and the last takes the residual.
     */
    @Test
    void test_schedule_thirdsInJpyEurAndBhd() {
        LocalDate inv = d("2024-01-31");
        assertEquals(List.of(m("JPY 333"), m("JPY 333"), m("JPY 334")), amounts(thirds().schedule(inv, m("JPY 1000"))));
        assertEquals(List.of(m("EUR 33.33"), m("EUR 33.33"), m("EUR 33.34")), amounts(thirds().schedule(inv, m("EUR 100.00"))));
        assertEquals(List.of(m("BHD 3.333"), m("BHD 3.333"), m("BHD 3.334")), amounts(thirds().schedule(inv, m("BHD 10.000"))));
        // 33.33% of KWD 0.010 is 0.003333 -> 0.003, twice; the last is 0.004
        assertEquals(List.of(m("KWD 0.003"), m("KWD 0.003"), m("KWD 0.004")), amounts(thirds().schedule(inv, m("KWD 0.010"))));
        DueSchedule s = thirds().schedule(inv, m("EUR 100.00"));
        assertEquals(List.of(d("2024-01-31"), d("2024-03-01"), d("2024-03-31")),
                List.of(s.getInstalments().get(0).getDueDate(), s.getInstalments().get(1).getDueDate(),
                        s.getInstalments().get(2).getDueDate()));
    }

    /** Half-way cases: 50% of JPY 25 is 12.5, of EUR 0.05 is 0.025, of BHD 0.005 is 0.0025. */
    @Test
    void test_schedule_roundingModeDecidesHalfWayShares() {
        PaymentTerms halves = PaymentTerms.parse("50% Net 0; 50% Net 30");
        LocalDate inv = d("2024-02-29");
        assertEquals(List.of(m("JPY 12"), m("JPY 13")), amounts(halves.schedule(inv, m("JPY 25"))));
        assertEquals(List.of(m("EUR 0.02"), m("EUR 0.03")), amounts(halves.schedule(inv, m("EUR 0.05"))));
        assertEquals(List.of(m("BHD 0.002"), m("BHD 0.003")), amounts(halves.schedule(inv, m("BHD 0.005"))));
        PaymentTerms up = halves.withRoundingMode(RoundingMode.HALF_UP);
        assertEquals(List.of(m("JPY 13"), m("JPY 12")), amounts(up.schedule(inv, m("JPY 25"))));
        assertEquals(List.of(m("EUR 0.03"), m("EUR 0.02")), amounts(up.schedule(inv, m("EUR 0.05"))));
        assertEquals(List.of(m("BHD 0.003"), m("BHD 0.002")), amounts(up.schedule(inv, m("BHD 0.005"))));
        assertEquals("50% Due on receipt; 50% Net 30 (rounding HALF_UP)", up.toString());
    }

    @Test
    void test_schedule_fixedAmountsAndBalance() {
        PaymentTerms terms = PaymentTerms.parse("EUR 100.00 Net 10; 20% Net 20; Balance 2/10 EOM+1");
        DueSchedule s = terms.schedule(d("2024-01-31"), m("EUR 250.00"));
        assertEquals(List.of(m("EUR 100.00"), m("EUR 50.00"), m("EUR 100.00")), amounts(s));
        assertEquals(d("2024-02-29"), s.getFinalDueDate());
        assertEquals(m("EUR 2.00"), s.getInstalments().get(2).discountOn(d("2024-02-10")));
        assertIae(() -> terms.schedule(d("2024-01-31"), m("EUR 120.00")), "instalment 3", "EUR 120.00", "EUR -4.00");
        assertThrows(CurrencyMismatchException.class, () -> terms.schedule(d("2024-01-31"), m("USD 250.00")));
    }

    @Test
    void test_schedule_refusesZeroInstalments() {
        assertIae(() -> thirds().schedule(d("2024-01-31"), m("JPY 1")), "instalment 1", "JPY 1", "JPY 0");
        assertIae(() -> thirds().schedule(d("2024-01-31"), m("EUR 0.02")), "instalment 3", "EUR 0.02", "EUR 0.00");
        // 42% of JPY 1 rounds UP to the whole instalment
        assertIae(() -> PaymentTerms.parse("42/1 Net 30 (rounding UP)").schedule(d("2024-01-31"), m("JPY 1")),
                "discount 42/1", "instalment 1", "JPY 1");
    }

    // ---- schedule: business days ----

    /** Net 30 from 2024-08-01 falls on Saturday 2024-08-31, a month end: every convention, as in BusinessDayConventionsTest. */
    @Test
    void test_schedule_eachConventionAtMonthEnd() {
        PaymentTerms net30 = PaymentTerms.net(30);
        LocalDate inv = d("2024-08-01");
        Money amt = m("EUR 10.00");
        HolidayCalendar cal = HolidayCalendars.SAT_SUN;
        assertEquals(d("2024-08-31"), net30.schedule(inv, amt, BusinessDayConventions.NONE, cal).getFinalDueDate());
        assertEquals(d("2024-09-02"), net30.schedule(inv, amt, BusinessDayConventions.FOLLOWING, cal).getFinalDueDate());
        assertEquals(d("2024-08-30"), net30.schedule(inv, amt, BusinessDayConventions.MODIFIED_FOLLOWING, cal).getFinalDueDate());
        assertEquals(d("2024-08-30"), net30.schedule(inv, amt, BusinessDayConventions.PRECEDING, cal).getFinalDueDate());
        // 15 MFI from May: Saturday 2024-06-15 -> Friday 14th, modified preceding keeps it in June too
        PaymentTerms mfi = PaymentTerms.parse("1 MFI");
        assertEquals(d("2024-05-31"), mfi.schedule(d("2024-05-10"), amt, BusinessDayConventions.PRECEDING, cal).getFinalDueDate());
        assertEquals(d("2024-06-03"), mfi.schedule(d("2024-05-10"), amt, BusinessDayConventions.MODIFIED_PRECEDING, cal).getFinalDueDate());
    }

    /** PRECEDING would move a due-on-receipt date before the invoice date: it is clamped forward instead. */
    @Test
    void test_schedule_precedingNeverMovesBeforeTheInvoiceDate() {
        LocalDate saturday = d("2024-06-01");
        DueSchedule s = PaymentTerms.parse("5/0 Due on receipt").schedule(saturday, m("EUR 100.00"),
                BusinessDayConventions.PRECEDING, HolidayCalendars.SAT_SUN);
        Instalment i = s.getInstalments().get(0);
        assertEquals(d("2024-06-03"), i.getDueDate());
        assertEquals(d("2024-06-03"), i.getDiscountTiers().get(0).getLastDay());
        // MODIFIED_PRECEDING goes forward anyway here (31 May is in the previous month)
        assertEquals(d("2024-06-03"), PaymentTerms.dueOnReceipt().schedule(saturday, m("EUR 1.00"),
                BusinessDayConventions.MODIFIED_PRECEDING, HolidayCalendars.SAT_SUN).getFinalDueDate());
    }

    /** Discount last days are adjusted like due dates; tiers that collapse onto an earlier tier are dropped. */
    @Test
    void test_schedule_discountLastDaysAdjustedAndCollapsedTiersDropped() {
        // invoice Friday 2024-05-31: day 15 = Saturday 06-15, day 16 = Sunday 06-16, day 30 = Sunday 06-30
        DueSchedule s = PaymentTerms.parse("3/15 2/16 Net 30").schedule(d("2024-05-31"), m("EUR 100.00"),
                BusinessDayConventions.FOLLOWING, HolidayCalendars.SAT_SUN);
        Instalment i = s.getInstalments().get(0);
        assertEquals(d("2024-07-01"), i.getDueDate());
        assertEquals(1, i.getDiscountTiers().size());
        assertEquals(d("2024-06-17"), i.getDiscountTiers().get(0).getLastDay());
        assertEquals(m("EUR 3.00"), i.discountOn(d("2024-06-17")));
        assertEquals(m("EUR 0.00"), i.discountOn(d("2024-06-18")));
    }

    // ---- schedule: properties ----

    @Test
    void test_schedule_sumsToTheAmountWithNoDateBeforeTheInvoice() {
        qt().forAll(CoreGen.currencies().flatMap(c -> TermsGen.terms(c).zip(TermsGen.amountsFor(c), (t, a) -> List.of(t, a))),
                CoreGen.dates()).check((pair, date) -> {
                    PaymentTerms t = (PaymentTerms) pair.get(0);
                    Money amount = (Money) pair.get(1);
                    DueSchedule s = t.schedule(date, amount);
                    boolean datesOk = s.getInstalments().stream().allMatch(i -> !i.getDueDate().isBefore(date)
                            && i.getDiscountTiers().stream().allMatch(x -> !x.getLastDay().isBefore(date)));
                    boolean fromInvoiceDate = true;
                    for (int k = 0; k < s.getInstalments().size(); k++) {
                        fromInvoiceDate &= s.getInstalments().get(k).getDueDate()
                                .equals(t.getInstalments().get(k).getDueDateRule().dueDate(date));
                    }
                    return s.getTotal().isEqual(amount) && datesOk && fromInvoiceDate
                            && s.getInstalments().size() == t.getInstalments().size()
                            && s.getInstalments().stream().allMatch(i -> i.getAmount().isPositive());
                });
    }

    /** For any positive amount, however small, a schedule sums exactly or is refused with a clear message. */
    @Test
    void test_schedule_smallAmountsSumOrAreRefusedClearly() {
        qt().forAll(CoreGen.currencies().flatMap(c -> TermsGen.terms(c).zip(CoreGen.money(c, 1, 500), (t, a) -> List.of(t, a))),
                CoreGen.dates()).check((pair, date) -> {
                    PaymentTerms t = (PaymentTerms) pair.get(0);
                    Money amount = (Money) pair.get(1);
                    try {
                        DueSchedule s = t.schedule(date, amount);
                        return s.getTotal().isEqual(amount) && s.getInstalments().stream().allMatch(i -> i.getAmount().isPositive());
                    } catch (IllegalArgumentException ex) {
                        return ex.getMessage().contains(amount.toString()) || ex.getMessage().contains("not below the instalment");
                    }
                });
    }

    @Test
    void test_schedule_adjustedDatesAreBusinessDaysNotBeforeTheInvoice() {
        List<BusinessDayConvention> conventions = List.of(BusinessDayConventions.FOLLOWING,
                BusinessDayConventions.MODIFIED_FOLLOWING, BusinessDayConventions.PRECEDING,
                BusinessDayConventions.MODIFIED_PRECEDING);
        qt().forAll(TermsGen.terms(CurrencyUnit.EUR), CoreGen.dates(), Generate.pick(conventions),
                BusinessDayConventionsTest.calendars()).check((t, date, conv, cal) -> {
                    DueSchedule s = t.schedule(date, m("EUR 10000.00"), conv, cal);
                    return s.getTotal().isEqual(m("EUR 10000.00")) && s.getInstalments().stream().allMatch(i ->
                            cal.isBusinessDay(i.getDueDate()) && !i.getDueDate().isBefore(date)
                            && i.getDiscountTiers().stream().allMatch(x -> cal.isBusinessDay(x.getLastDay())
                                    && !x.getLastDay().isBefore(date)));
                });
    }

    @Test
    void test_schedule_netTermsShiftWithTheInvoiceDate() {
        qt().forAll(integers().between(0, 90), TermsGen.discounts(), CoreGen.dates(), integers().between(-400, 400))
                .check((days, discounts, date, shift) -> {
                    PaymentTerms t = PaymentTerms.of(DueDateRule.daysAfterInvoice(days), discounts.toArray(new DiscountTerm[0]));
                    Instalment a = t.schedule(date, m("EUR 500.00")).getInstalments().get(0);
                    Instalment b = t.schedule(date.plusDays(shift), m("EUR 500.00")).getInstalments().get(0);
                    boolean tiers = true;
                    for (int k = 0; k < a.getDiscountTiers().size(); k++) {
                        tiers &= b.getDiscountTiers().get(k).getLastDay().equals(a.getDiscountTiers().get(k).getLastDay().plusDays(shift));
                    }
                    return b.getDueDate().equals(a.getDueDate().plusDays(shift)) && tiers;
                });
    }

    @Test
    void test_schedule_endOfMonthTermsShiftByWholeMonths() {
        qt().forAll(integers().between(0, 4), CoreGen.dates(), integers().between(-36, 36)).check((months, date, shift) -> {
            PaymentTerms t = PaymentTerms.of(DueDateRule.endOfMonthAfter(months));
            LocalDate a = t.schedule(date, m("JPY 100")).getFinalDueDate();
            LocalDate b = t.schedule(date.plusMonths(shift), m("JPY 100")).getFinalDueDate();
            return b.equals(a.plusMonths(shift).withDayOfMonth(a.plusMonths(shift).lengthOfMonth()));
        });
    }

    // ---- parse / toString ----

    @Test
    void test_parse_commonNotations() {
        assertEquals(PaymentTerms.net(30), PaymentTerms.parse("Net 30"));
        assertEquals(PaymentTerms.of(DueDateRule.daysAfterInvoice(30), DiscountTerm.of(Percentage.of(2), 10)),
                PaymentTerms.parse("2/10 Net 30"));
        assertEquals(PaymentTerms.endOfMonth(30), PaymentTerms.parse("Net 30 EOM"));
        assertEquals(PaymentTerms.endOfMonth(), PaymentTerms.parse("EOM"));
        assertEquals(PaymentTerms.dayOfFollowingMonth(15), PaymentTerms.parse("15 MFI"));
        assertEquals(PaymentTerms.dueOnReceipt(), PaymentTerms.parse("Due on receipt"));
        assertEquals(PaymentTerms.net(0), PaymentTerms.parse("Net 0"));
        assertEquals(PaymentTerms.net(30), PaymentTerms.parse("100% Net 30"));
        for (String s : new String[] {"Net 30", "2/10 Net 30", "Net 30 EOM", "EOM", "15 MFI", "Due on receipt",
                "3/14 2/20 Net 30", "1.5/10 Net 45", "EOM+2", "Day 10 of month+2", "EOM if dated to day 15, else 15 MFI",
                "30% Due on receipt; 70% 2/10 Net 60", "EUR 100.00 Net 10; Balance Net 30", "Net 30 (rounding HALF_UP)"}) {
            assertEquals(s, PaymentTerms.parse(s).toString());
        }
    }

    /** Long decimals and big fixed amounts print in full and read back. */
    @Test
    void test_parse_roundTripsLongDecimalsAndLargeAmounts() {
        PaymentTerms t = PaymentTerms.builder()
                .addInstalments(InstalmentTerm.ofFixedAmount(m("EUR 123456789012.34"), NET_0, List.of()))
                .addInstalments(InstalmentTerm.ofPercentage(Percentage.of(new BigDecimal("33.33333333333333333333")),
                        DueDateRule.daysAfterInvoice(1), List.of(DiscountTerm.of(Percentage.of(new BigDecimal("0.0000000000001")), 1))))
                .addInstalments(InstalmentTerm.ofBalance(DueDateRule.daysAfterInvoice(2), List.of()))
                .build();
        assertEquals("EUR 123456789012.34 Due on receipt; 33.33333333333333333333% 0.0000000000001/1 Net 1; Balance Net 2",
                t.toString());
        assertEquals(t, PaymentTerms.parse(t.toString()));
    }

    /** Turkish dotless and dotted i: matching is ASCII case-insensitive, not by the default locale. */
    @Test
    void test_parse_isIndependentOfTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale l : new Locale[] {new Locale("tr", "TR"), new Locale("az"), Locale.GERMANY, Locale.ROOT}) {
                Locale.setDefault(l);
                assertEquals(PaymentTerms.dueOnReceipt(), PaymentTerms.parse("DUE ON RECEIPT"));
                assertEquals(PaymentTerms.dueOnReceipt(), PaymentTerms.parse("due on receipt"));
                assertEquals(PaymentTerms.endOfMonth(), PaymentTerms.parse("eom"));
                assertEquals(PaymentTerms.dayOfFollowingMonth(15), PaymentTerms.parse("15 mfi"));
                assertEquals(PaymentTerms.parse("Net 30 (rounding HALF_UP)"), PaymentTerms.parse("net 30 (ROUNDING half_up)"));
                assertEquals(PaymentTerms.parse("EUR 1.00 Net 1; Balance Net 2"), PaymentTerms.parse("eur 1.00 net 1; BALANCE NET 2"));
                assertEquals("EOM if dated to day 15, else 15 MFI",
                        PaymentTerms.parse("EOM IF DATED TO DAY 15, ELSE 15 MFI").toString());
                assertEquals("1.5/10 Net 30", PaymentTerms.parse("1.5/10 Net 30").toString());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void test_parse_roundTripsGeneratedTerms() {
        qt().forAll(CoreGen.currencies().flatMap(TermsGen::terms)).check(t -> {
            PaymentTerms back = PaymentTerms.parse(t.toString());
            return back.equals(t) && back.toString().equals(t.toString());
        });
    }

    // ---- bad input ----

    @Test
    void test_factories_refuseBadInput() {
        assertIae(() -> PaymentTerms.net(-1), "days", "-1");
        assertIae(() -> PaymentTerms.endOfMonth(-2), "days", "-2");
        assertIae(() -> PaymentTerms.dayOfFollowingMonth(0), "dayOfMonth", "0");
        assertIae(() -> PaymentTerms.dayOfFollowingMonth(32), "dayOfMonth", "32");
        assertNpe(() -> PaymentTerms.of(null), "dueDateRule");
        assertNpe(() -> PaymentTerms.of(NET_0, (DiscountTerm[]) null), "discounts");
        assertNpe(() -> PaymentTerms.of(NET_0, (DiscountTerm) null), "discounts element");
        assertNpe(() -> PaymentTerms.net(30).withRoundingMode(null), "roundingMode");
        assertIae(() -> PaymentTerms.of(NET_0, DiscountTerm.of(Percentage.of(2), 10), DiscountTerm.of(Percentage.of(3), 20)),
                "discounts", "2/10", "3/20");
        assertIae(() -> PaymentTerms.of(NET_0, DiscountTerm.of(Percentage.of(3), 10), DiscountTerm.of(Percentage.of(2), 10)),
                "discounts", "3/10", "2/10");
    }

    @Test
    void test_discountTermOf_refusesBadInput() {
        assertIae(() -> DiscountTerm.of(Percentage.of(100), 10), "discount rate", "100%");
        assertIae(() -> DiscountTerm.of(Percentage.parse("100.5"), 10), "discount rate", "100.5%");
        assertIae(() -> DiscountTerm.of(Percentage.ZERO, 10), "discount rate", "0%");
        assertIae(() -> DiscountTerm.of(Percentage.of(-1), 10), "discount rate", "-1%");
        assertIae(() -> DiscountTerm.of(Percentage.of(2), -1), "discount days", "-1");
        assertNpe(() -> DiscountTerm.of(null, 10), "rate");
    }

    @Test
    void test_instalmentTerm_refusesBadInput() {
        assertIae(() -> InstalmentTerm.ofPercentage(Percentage.ZERO, NET_0), "percentage", "0%");
        assertIae(() -> InstalmentTerm.ofPercentage(Percentage.of(101), NET_0), "percentage", "101%");
        assertIae(() -> InstalmentTerm.ofFixedAmount(m("EUR 0.00"), NET_0, List.of()), "fixedAmount", "EUR 0.00");
        assertIae(() -> InstalmentTerm.ofFixedAmount(m("EUR -1.00"), NET_0, List.of()), "fixedAmount", "EUR -1.00");
        assertNpe(() -> InstalmentTerm.ofPercentage(null, NET_0), "percentage");
        assertNpe(() -> InstalmentTerm.ofPercentage(Percentage.of(50), null), "dueDateRule");
        assertNpe(() -> InstalmentTerm.ofFixedAmount(null, NET_0, List.of()), "fixedAmount");
        assertNpe(() -> InstalmentTerm.ofBalance(null, List.of()), "dueDateRule");
        assertNpe(() -> InstalmentTerm.ofBalance(NET_0, null), "discounts");
    }

    @Test
    void test_builder_refusesInvalidCombinations() {
        InstalmentTerm p50 = InstalmentTerm.ofPercentage(Percentage.of(50), NET_0);
        InstalmentTerm p49 = InstalmentTerm.ofPercentage(Percentage.of(49), NET_0);
        InstalmentTerm bal = InstalmentTerm.ofBalance(NET_0, List.of());
        InstalmentTerm fixed = InstalmentTerm.ofFixedAmount(m("EUR 10.00"), NET_0, List.of());
        assertIae(() -> PaymentTerms.builder().build(), "instalments", "empty");
        assertIae(() -> PaymentTerms.builder().addInstalments(p50, p49).build(), "exactly 100%", "99%");
        assertIae(() -> PaymentTerms.builder().addInstalments(p50, p50, p49).build(), "exactly 100%", "149%");
        assertIae(() -> PaymentTerms.builder().addInstalments(p50, p50, bal).build(), "below 100%", "100%");
        assertIae(() -> PaymentTerms.builder().addInstalments(bal, p50).build(), "balance", "line 1");
        assertIae(() -> PaymentTerms.builder().addInstalments(bal, bal).build(), "balance", "line 1");
        assertIae(() -> PaymentTerms.builder().addInstalments(fixed, p50, p50).build(), "fixedAmount", "EUR 10.00");
        assertThrows(CurrencyMismatchException.class, () -> PaymentTerms.builder().addInstalments(fixed,
                InstalmentTerm.ofFixedAmount(m("USD 1.00"), NET_0, List.of()), bal).build());
        assertNpe(() -> PaymentTerms.builder().addInstalments((InstalmentTerm) null), "instalments element");
        assertNpe(() -> PaymentTerms.builder().roundingMode(null), "roundingMode");
    }

    @Test
    void test_schedule_refusesBadInput() {
        PaymentTerms t = PaymentTerms.net(30);
        LocalDate inv = d("2024-01-31");
        assertIae(() -> t.schedule(inv, m("EUR 0.00")), "amount", "EUR 0.00");
        assertIae(() -> t.schedule(inv, m("EUR -5.00")), "amount", "EUR -5.00");
        assertNpe(() -> t.schedule(null, m("EUR 1.00")), "invoiceDate");
        assertNpe(() -> t.schedule(inv, null), "amount");
        assertNpe(() -> t.schedule(inv, m("EUR 1.00"), null, HolidayCalendars.SAT_SUN), "convention");
        assertNpe(() -> t.schedule(inv, m("EUR 1.00"), BusinessDayConventions.FOLLOWING, null), "calendar");
        assertIae(() -> t.schedule(LocalDate.MAX, m("EUR 1.00")), "invoiceDate", "+999999999-12-31");
        assertIae(() -> t.schedule(inv, m("EUR 1.00"), BusinessDayConventions.FOLLOWING, date -> true), "no business day");
        assertIae(() -> PaymentTerms.parse("50% Net 30; 50% Net 60").withRoundingMode(RoundingMode.UNNECESSARY)
                .schedule(inv, m("EUR 0.05")), "UNNECESSARY");
    }

    @Test
    void test_parse_refusesUnknownOrInvalidNotationNamingTheText() {
        for (String bad : new String[] {"", "Net", "Net thirty", "Net -30", "2/10", "2/10 Net", "Net 30 days",
                "N30", "EOM EOM", "30% Net 30; Net 60", "Net 30 (rounding SOMETIMES)", "Net 30 İ",
                "10 MFI if dated to day 15, else", "; Net 30"}) {
            assertIae(() -> PaymentTerms.parse(bad), "'" + bad + "'");
        }
        assertIae(() -> PaymentTerms.parse("50% Net 30; 49% Net 60"), "'50% Net 30; 49% Net 60'", "exactly 100%", "99%");
        assertIae(() -> PaymentTerms.parse("100/10 Net 30"), "'100/10 Net 30'", "discount rate", "100%");
        assertIae(() -> PaymentTerms.parse("EUR 1.001 Net 1; Balance Net 2"), "'EUR 1.001 Net 1; Balance Net 2'");
        assertIae(() -> PaymentTerms.parse("XYZ 1.00 Net 1; Balance Net 2"), "'XYZ 1.00 Net 1; Balance Net 2'");
        assertIae(() -> PaymentTerms.parse("Net 40000"), "'Net 40000'", "days", "40000");
        assertNpe(() -> PaymentTerms.parse(null), "text");
    }
}
