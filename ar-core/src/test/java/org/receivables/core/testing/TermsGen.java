package org.receivables.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.receivables.core.money.Percentage;
import org.receivables.core.terms.DiscountTerm;
import org.receivables.core.terms.DueDateRule;
import org.receivables.core.terms.InstalmentTerm;
import org.receivables.core.terms.PaymentTerms;

/**
 * Generators for payment terms, built constructively so that every generated value is valid:
 * percentages are cut points of 100%, discount tiers have rising days and falling rates, and fixed
 * amounts stay small against {@link #amountsFor(CurrencyUnit)}.
 */
public final class TermsGen {

    /** Rounding modes that never fail (UNNECESSARY left out). */
    public static final List<RoundingMode> ROUNDING_MODES = List.of(RoundingMode.HALF_EVEN, RoundingMode.HALF_UP,
            RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR);

    private TermsGen() {
    }

    /** @return rules that are not day-limit rules */
    public static Gen<DueDateRule> simpleRules() {
        return integers().between(0, 3).flatMap(kind -> {
            switch (kind) {
                case 0:
                    return integers().between(0, 120).map(DueDateRule::daysAfterInvoice);
                case 1:
                    return integers().between(0, 60).map(DueDateRule::endOfMonthPlusDays);
                case 2:
                    return integers().between(0, 6).map(DueDateRule::endOfMonthAfter);
                default:
                    return integers().between(1, 3).zip(integers().between(1, 31), DueDateRule::dayOfMonthAfter);
            }
        });
    }

    /** @return any built-in rule, a day-limit rule one time in four, possibly nested once */
    public static Gen<DueDateRule> rules() {
        Gen<DueDateRule> limit = integers().between(1, 29).flatMap(l -> simpleRules().zip(simpleRules(),
                integers().between(l + 1, 30), (a, b, l2) -> DueDateRule.dayLimit(l, a, b)));
        Gen<DueDateRule> nested = integers().between(1, 15).flatMap(l -> simpleRules().zip(simpleRules(), simpleRules(),
                (a, b, c) -> DueDateRule.dayLimit(l, a, DueDateRule.dayLimit(l + 10, b, c))));
        return integers().between(0, 7).flatMap(k -> k < 5 ? simpleRules() : k < 7 ? limit : nested);
    }

    /** @return zero to three discount tiers, days strictly rising and rates strictly falling */
    public static Gen<List<DiscountTerm>> discounts() {
        return lists().of(integers().between(1, 20)).ofSizeBetween(0, 3).zip(integers().between(0, 2), (steps, scale) -> {
            List<DiscountTerm> out = new ArrayList<>();
            int days = 0;
            for (int i = 0; i < steps.size(); i++) {
                days += steps.get(i);
                // rates 1 to 99, falling: (n - i) * 10 + steps, with up to 2 decimals
                BigDecimal rate = BigDecimal.valueOf((steps.size() - i) * 20L + steps.get(i) % 10 + 1)
                        .subtract(BigDecimal.valueOf(scale == 0 ? 0 : 5, scale));
                out.add(DiscountTerm.of(Percentage.of(rate), days));
            }
            return out;
        });
    }

    /**
     * @param count how many parts, 1 or more
     * @return 1 to count percentages (equal cut points merge) in hundredths of a percent, each 0.01% or more, summing to exactly 100%
     */
    public static Gen<List<Percentage>> percentagesSummingTo100(int count) {
        return lists().of(integers().between(1, 9_999)).ofSize(count - 1).map(cuts -> {
            TreeSet<Integer> points = new TreeSet<>(cuts);
            points.add(10_000);
            List<Percentage> out = new ArrayList<>();
            int previous = 0;
            for (int p : points) {
                out.add(Percentage.of(BigDecimal.valueOf(p - previous, 2)));
                previous = p;
            }
            return out;
        });
    }

    /**
     * @param currency the currency of fixed-amount lines
     * @return terms of 1 to 4 lines: percentages summing to 100, or percentages below 90 and small
     *     fixed amounts (100 to 166 minor units) followed by a balance line
     */
    public static Gen<PaymentTerms> terms(CurrencyUnit currency) {
        Gen<InstalmentTerm> line = rules().zip(discounts(), (r, d) -> InstalmentTerm.ofBalance(r, d));
        Gen<PaymentTerms> allPercent = integers().between(1, 4).flatMap(n -> percentagesSummingTo100(n)
                .zip(lists().of(line).ofSize(n), Generate.pick(ROUNDING_MODES), (pcts, lines, mode) -> {
                    PaymentTerms.Builder b = PaymentTerms.builder().roundingMode(mode);
                    for (int i = 0; i < pcts.size(); i++) {
                        InstalmentTerm l = lines.get(i);
                        b.addInstalments(InstalmentTerm.ofPercentage(pcts.get(i), l.getDueDateRule(), l.getDiscounts()));
                    }
                    return b.build();
                }));
        Gen<PaymentTerms> withBalance = integers().between(0, 3).flatMap(n -> lists().of(integers().between(0, 30))
                .ofSize(n).zip(lists().of(line).ofSize(n + 1), Generate.pick(ROUNDING_MODES), (parts, lines, mode) -> {
                    PaymentTerms.Builder b = PaymentTerms.builder().roundingMode(mode);
                    for (int i = 0; i < n; i++) {
                        InstalmentTerm l = lines.get(i);
                        int p = parts.get(i);
                        b.addInstalments(p == 0
                                ? InstalmentTerm.ofFixedAmount(Money.ofMinor(currency, 100 + i * 33L), l.getDueDateRule(), l.getDiscounts())
                                : InstalmentTerm.ofPercentage(Percentage.of(p), l.getDueDateRule(), l.getDiscounts()));
                    }
                    return b.addInstalments(lines.get(n)).build();
                }));
        return integers().between(0, 2).flatMap(k -> k == 0 ? withBalance : allPercent);
    }

    /**
     * @param currency the currency
     * @return amounts of 1,000,000 minor units or more, large enough for every {@link #terms(CurrencyUnit)}
     *     (0.01% of them is 100 minor units)
     */
    public static Gen<Money> amountsFor(CurrencyUnit currency) {
        return CoreGen.money(currency, 1_000_000, 10_000_000L * CoreGen.pow10(currency.getDecimalPlaces()));
    }
}
