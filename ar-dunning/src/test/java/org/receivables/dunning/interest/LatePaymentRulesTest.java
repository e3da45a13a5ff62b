package org.receivables.dunning.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.dunning.interest.SimpleInterestTest.BASISZINSSATZ;
import static org.receivables.dunning.interest.SimpleInterestTest.assertMoney;
import static org.receivables.dunning.interest.SimpleInterestTest.d;
import static org.receivables.dunning.interest.SimpleInterestTest.eur;

import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.money.Percentage;
import org.receivables.dunning.fee.FeeRule;

/**
 * Worked examples of the statutory presets, computed by hand in the comments.
 *
 * <ul>
 *   <li>EU: Directive 2011/7/EU, Article 2(6) (reference rate plus at least eight points) and
 *       Article 6 (EUR 40), https://eur-lex.europa.eu/eli/dir/2011/7/oj and
 *       https://www.legislation.gov.uk/eudr/2011/7/article/2. ECB main refinancing rate in force on
 *       1 January 2024: 4.50%; on 1 July 2024: 4.25% (ECB key interest rates,
 *       https://www.ecb.europa.eu/stats/policy_and_exchange_rates/key_ecb_interest_rates/html/index.en.html).</li>
 *   <li>UK: Late Payment of Commercial Debts (Interest) Act 1998, section 5A,
 *       https://www.legislation.gov.uk/ukpga/1998/20/section/5A (GBP 40 for a debt less than
 *       GBP 1,000, GBP 70 for GBP 1,000 or more but less than GBP 10,000, GBP 100 for GBP 10,000 or
 *       more); the Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002, article 4,
 *       https://www.legislation.gov.uk/uksi/2002/1675/made (8% over the official dealing rate in
 *       force on 30 June or 31 December before interest starts to run). Bank Rate (Bank of England,
 *       https://www.bankofengland.co.uk/boeapps/database/Bank-Rate.asp): 5.00% on 30 June 2023,
 *       5.25% on 31 December 2023 and 30 June 2024, 4.75% on 31 December 2024.</li>
 *   <li>Germany: §288 BGB, https://www.gesetze-im-internet.de/bgb/__288.html, with the
 *       Basiszinssatz of {@link SimpleInterestTest}.</li>
 * </ul>
 */
class LatePaymentRulesTest {

    static final RateTable BANK_OF_ENGLAND_REFERENCE = RateTable.builder()
            .rateFrom(d("2023-07-01"), Percentage.parse("5.00"))
            .rateFrom(d("2024-01-01"), Percentage.parse("5.25"))
            .rateFrom(d("2024-07-01"), Percentage.parse("5.25"))
            .rateFrom(d("2025-01-01"), Percentage.parse("4.75"))
            .build();

    static final RateTable ECB_MAIN_REFINANCING = RateTable.builder()
            .rateFrom(d("2024-01-01"), Percentage.parse("4.50"))
            .rateFrom(d("2024-07-01"), Percentage.parse("4.25"))
            .build();

    static Money gbp(String amount) {
        return Money.parse("GBP " + amount);
    }

    // ---- euLatePaymentDirective ----

    /**
     * EUR 2,000.00 due 2024-06-15, paid 2024-07-15. 16..30 June: 15 days at 4.50 + 8 = 12.50%:
     * 2000 x 12.5% x 15/365 = 250 x 15 / 365 = 10.27397260...; 1..15 July: 15 days at 4.25 + 8 = 12.25%:
     * 245 x 15 / 365 = 10.06849315...; total 20.34246575... = EUR 20.34, plus EUR 40 compensation.
     */
    @Test
    void test_euLatePaymentDirective_semesterChangeAndFortyEuros() {
        LatePaymentRule eu = LatePaymentRules.euLatePaymentDirective(ECB_MAIN_REFINANCING);
        InterestCalculation c = eu.getInterest().calculate(eur("2000.00"), d("2024-06-15"), d("2024-07-15"));
        assertMoney(eur("20.34"), c.getInterest());
        assertEquals(2, c.getSegments().size());
        assertEquals(Percentage.parse("12.5"), c.getSegments().get(0).getRate());
        assertEquals(Percentage.parse("12.25"), c.getSegments().get(1).getRate());
        assertMoney(eur("40.00"), eu.getCompensation().get().feeFor(eur("2000.00")));
        assertMoney(eur("40.00"), eu.getCompensation().get().feeFor(eur("0.01")));
        assertTrue(eu.getName().contains("2011/7/EU"), eu.getName());
    }

    // ---- ukLatePaymentAct ----

    /**
     * GBP 5,000.00 due 2024-11-30, paid 2025-01-31 (62 days). Interest starts to run on 2024-12-01,
     * in the six months whose reference rate is the Bank Rate of 30 June 2024, 5.25%, and keeps it:
     * 13.25% x 5000 x 62 / 365 = 662.5 x 62 / 365 = 112.53424657... = GBP 112.53, although Bank Rate
     * was 4.75% on 31 December 2024. Following each half-year instead would give 662.5 x 31 / 365 +
     * 637.5 x 31 / 365 = 56.26712328... + 54.14383561... = GBP 110.41.
     */
    @Test
    void test_ukLatePaymentAct_referenceRateFixedForTheDebt() {
        LatePaymentRule uk = LatePaymentRules.ukLatePaymentAct(BANK_OF_ENGLAND_REFERENCE);
        InterestCalculation c = uk.getInterest().calculate(gbp("5000.00"), d("2024-11-30"), d("2025-01-31"));
        assertEquals(RateFixing.FIXED_AT_DEFAULT, uk.getInterest().getRateFixing());
        assertMoney(gbp("112.53"), c.getInterest());
        assertEquals(1, c.getSegments().size());
        assertEquals(Percentage.parse("13.25"), c.getSegments().get(0).getRate());
        InterestCalculation following = SimpleInterest.builder().from(uk.getInterest())
                .rateFixing(RateFixing.FOLLOWS_REFERENCE_PERIODS).build()
                .calculate(gbp("5000.00"), d("2024-11-30"), d("2025-01-31"));
        assertMoney(gbp("110.41"), following.getInterest());
    }

    /**
     * A debt that falls due on 30 June 2023 starts to bear interest on 1 July 2023, so the reference
     * rate is Bank Rate on 30 June 2023 (5.00%), not 31 December 2022: GBP 1,000.00 for 31 days at
     * 13% = 130 x 31 / 365 = 11.04109589... = GBP 11.04.
     */
    @Test
    void test_ukLatePaymentAct_theDayInterestStartsChoosesTheSixMonths() {
        LatePaymentRule uk = LatePaymentRules.ukLatePaymentAct(BANK_OF_ENGLAND_REFERENCE);
        assertMoney(gbp("11.04"), uk.getInterest().calculate(gbp("1000.00"), d("2023-06-30"), d("2023-07-31")).getInterest());
        // one day earlier the debt would have started to bear interest in the first half of 2023, which
        // this sample table does not cover: a clear error, not a guess
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> uk.getInterest().calculate(gbp("1000.00"), d("2023-06-29"), d("2023-07-31")));
        assertTrue(ex.getMessage().contains("2023-06-30") && ex.getMessage().contains("2023-07-01"), ex.getMessage());
    }

    @Test
    void test_ukLatePaymentAct_fixedSumsAtTheDebtSizeBoundaries() {
        FeeRule sums = LatePaymentRules.ukLatePaymentAct(BANK_OF_ENGLAND_REFERENCE).getCompensation().get();
        assertMoney(gbp("40.00"), sums.feeFor(gbp("0.01")));
        assertMoney(gbp("40.00"), sums.feeFor(gbp("999.99")));
        assertMoney(gbp("70.00"), sums.feeFor(gbp("1000.00")));
        assertMoney(gbp("70.00"), sums.feeFor(gbp("1000.01")));
        assertMoney(gbp("70.00"), sums.feeFor(gbp("9999.99")));
        assertMoney(gbp("100.00"), sums.feeFor(gbp("10000.00")));
        assertMoney(gbp("100.00"), sums.feeFor(gbp("1000000.00")));
        assertThrows(CurrencyMismatchException.class, () -> sums.feeFor(eur("500.00")));
    }

    // ---- germanyBgb288 ----

    /**
     * EUR 10,000.00 due 2023-11-30, paid 2024-01-31 (see {@link SimpleInterestTest}). Business debtor,
     * + 9 points: EUR 210.12 and EUR 40 (§288(5)). Consumer, + 5 points: December at 8.12%:
     * 812 x 31 / 365 = 68.96438356...; January at 8.62%: 862 x 31 / 365 = 73.21095890...; total
     * 142.17534246... = EUR 142.18, and no flat fee.
     */
    @Test
    void test_germanyBgb288_consumerAndBusiness() {
        LatePaymentRule business = LatePaymentRules.germanyBgb288(BASISZINSSATZ, CustomerKind.BUSINESS);
        LatePaymentRule consumer = LatePaymentRules.germanyBgb288(BASISZINSSATZ, CustomerKind.CONSUMER);
        assertMoney(eur("210.12"), business.getInterest().calculate(eur("10000.00"), d("2023-11-30"), d("2024-01-31")).getInterest());
        assertMoney(eur("142.18"), consumer.getInterest().calculate(eur("10000.00"), d("2023-11-30"), d("2024-01-31")).getInterest());
        assertEquals(Percentage.of(9), business.getInterest().getMargin());
        assertEquals(Percentage.of(5), consumer.getInterest().getMargin());
        assertMoney(eur("40.00"), business.getCompensation().get().feeFor(eur("10000.00")));
        assertFalse(consumer.getCompensation().isPresent());
    }

    /**
     * A business debt across the 2024/2025 change: EUR 25,000.00 due 2024-12-15, paid 2025-02-14.
     * 16..31 December 2024: 16 days at 3.37 + 9 = 12.37%: 25000 x 12.37% x 16/365 = 3092.5 x 16 / 365 =
     * 135.56164383...; 1 January..14 February 2025: 45 days at 2.27 + 9 = 11.27%: 2817.5 x 45 / 365 =
     * 347.36301369...; total 482.92465753... = EUR 482.92.
     */
    @Test
    void test_germanyBgb288_acrossAYearEnd() {
        LatePaymentRule business = LatePaymentRules.germanyBgb288(BASISZINSSATZ, CustomerKind.BUSINESS);
        InterestCalculation c = business.getInterest().calculate(eur("25000.00"), d("2024-12-15"), d("2025-02-14"));
        assertMoney(eur("482.92"), c.getInterest());
        assertEquals(16, c.getSegments().get(0).getDays());
        assertEquals(45, c.getSegments().get(1).getDays());
    }
}
