package org.receivables.dunning.interest;

import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.money.Percentage;
import org.receivables.dunning.fee.BandedFee;
import org.receivables.dunning.fee.FixedFee;

/**
 * The statutory late-payment rules a user can name: the EU Late Payment Directive, the UK Late
 * Payment of Commercial Debts (Interest) Act 1998, and German default interest under §288 BGB.
 *
 * <p>The caller supplies the reference rates as a {@link RateTable}: the library ships no rate data
 * that would go stale. Every rule uses simple interest on {@link DayCount#ACT_365_FIXED}, rounded
 * half-even once; each rule can be adjusted with {@code SimpleInterest.builder().from(rule.getInterest())}.
 *
 * <pre>
 *   RateTable basiszinssatz = RateTable.builder()
 *       .rateFrom(LocalDate.parse("2023-07-01"), Percentage.parse("3.12"))
 *       .rateFrom(LocalDate.parse("2024-01-01"), Percentage.parse("3.62"))
 *       .build();
 *   LatePaymentRule rule = LatePaymentRules.germanyBgb288(basiszinssatz, CustomerKind.BUSINESS);
 *   rule.getInterest().calculate(Money.parse("EUR 10000.00"),
 *       LocalDate.parse("2023-11-30"), LocalDate.parse("2024-01-31")).getInterest();  // EUR 210.12
 *   rule.getCompensation().get().feeFor(Money.parse("EUR 10000.00"));                // EUR 40.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LatePaymentRules {

    private static final Money EUR_40 = Money.of(CurrencyUnit.EUR, 40);

    private LatePaymentRules() {
    }

    /**
     * The EU rule for commercial transactions (between undertakings, or with public authorities):
     * statutory interest at the reference rate plus 8 percentage points, with the reference rate of
     * each half-year applied to its days, and a fixed EUR 40 compensation per late invoice.
     *
     * <p>Source: Directive 2011/7/EU on combating late payment in commercial transactions, Article 2(6)
     * (reference rate plus at least eight points) and Article 6(1) (at least EUR 40),
     * https://eur-lex.europa.eu/eli/dir/2011/7/oj. The Directive sets minimums; national law may add
     * more. It does not apply to consumers.
     *
     * @param ecbReferenceRates the reference rate of each half-year: for the euro, the ECB main
     *     refinancing rate in force on 1 January (from 1 January) and on 1 July (from 1 July), not null
     * @return the rule, not null
     * @throws NullPointerException if ecbReferenceRates is null
     */
    public static LatePaymentRule euLatePaymentDirective(RateTable ecbReferenceRates) {
        Objects.requireNonNull(ecbReferenceRates, "ecbReferenceRates");
        return LatePaymentRule.builder()
                .name("EU Directive 2011/7/EU: reference rate + 8 points, EUR 40 per late invoice")
                .interest(SimpleInterest.builder()
                        .referenceRates(ecbReferenceRates)
                        .margin(Percentage.of(8))
                        .rateFixing(RateFixing.FOLLOWS_REFERENCE_PERIODS)
                        .dayCount(DayCount.ACT_365_FIXED)
                        .build())
                .compensation(FixedFee.of(EUR_40))
                .build();
    }

    /**
     * The UK rule for qualifying commercial debts: statutory interest at 8% over the Bank of England
     * reference rate, fixed for the whole debt at the reference rate of the six months in which
     * interest starts to run, and a fixed sum per debt by its size: GBP 40 below GBP 1,000, GBP 70
     * from GBP 1,000 to below GBP 10,000, GBP 100 from GBP 10,000.
     *
     * <p>Sources: the Late Payment of Commercial Debts (Interest) Act 1998, section 5A (fixed sums),
     * https://www.legislation.gov.uk/ukpga/1998/20/section/5A, and the Late Payment of Commercial
     * Debts (Rate of Interest) (No. 3) Order 2002, article 4 (8% over the official dealing rate in
     * force on 31 December or 30 June immediately before the day interest starts to run),
     * https://www.legislation.gov.uk/uksi/2002/1675/made. The Act covers business-to-business debts
     * only.
     *
     * @param bankOfEnglandReferenceRates the reference rate of each six months: the Bank rate in force
     *     on 31 December (entered from 1 January) and on 30 June (entered from 1 July), not null
     * @return the rule, not null
     * @throws NullPointerException if bankOfEnglandReferenceRates is null
     */
    public static LatePaymentRule ukLatePaymentAct(RateTable bankOfEnglandReferenceRates) {
        Objects.requireNonNull(bankOfEnglandReferenceRates, "bankOfEnglandReferenceRates");
        CurrencyUnit gbp = CurrencyUnit.GBP;
        return LatePaymentRule.builder()
                .name("UK Late Payment of Commercial Debts (Interest) Act 1998: reference rate + 8%, fixed sum by debt size")
                .interest(SimpleInterest.builder()
                        .referenceRates(bankOfEnglandReferenceRates)
                        .margin(Percentage.of(8))
                        .rateFixing(RateFixing.FIXED_AT_DEFAULT)
                        .dayCount(DayCount.ACT_365_FIXED)
                        .build())
                .compensation(BandedFee.of(Money.of(gbp, 40))
                        .withBand(Money.of(gbp, 1_000), Money.of(gbp, 70))
                        .withBand(Money.of(gbp, 10_000), Money.of(gbp, 100)))
                .build();
    }

    /**
     * The German rule for default interest: the Basiszinssatz plus 5 percentage points where a
     * consumer is the debtor (§288(1) BGB), plus 9 points for a business debtor (§288(2) BGB), the
     * Basiszinssatz of each half-year applied to its days (§247 BGB), and a EUR 40 flat fee for
     * business debtors only (§288(5) BGB).
     *
     * <p>Sources: §288 BGB, https://www.gesetze-im-internet.de/bgb/__288.html; §247 BGB,
     * https://www.gesetze-im-internet.de/bgb/__247.html; the Deutsche Bundesbank publishes the
     * Basiszinssatz each 1 January and 1 July.
     *
     * @param basiszinssatz the Basiszinssatz, with an entry from each 1 January and 1 July, not null
     * @param debtor whether the debtor is a consumer or a business, not null
     * @return the rule, not null
     * @throws NullPointerException if an argument is null
     */
    public static LatePaymentRule germanyBgb288(RateTable basiszinssatz, CustomerKind debtor) {
        Objects.requireNonNull(basiszinssatz, "basiszinssatz");
        Objects.requireNonNull(debtor, "debtor");
        boolean business = debtor == CustomerKind.BUSINESS;
        LatePaymentRule.Builder b = LatePaymentRule.builder()
                .name(business
                        ? "Germany §288(2) BGB: Basiszinssatz + 9 points, EUR 40 flat fee (§288(5))"
                        : "Germany §288(1) BGB: Basiszinssatz + 5 points")
                .interest(SimpleInterest.builder()
                        .referenceRates(basiszinssatz)
                        .margin(Percentage.of(business ? 9 : 5))
                        .rateFixing(RateFixing.FOLLOWS_REFERENCE_PERIODS)
                        .dayCount(DayCount.ACT_365_FIXED)
                        .build());
        if (business) {
            b.compensation(FixedFee.of(EUR_40));
        }
        return b.build();
    }
}
