package org.receivables.dunning.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Locale;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.receivables.dunning.testing.DunningGen;

/** Properties of the fee rules over generated rates, limits and amounts. */
class FeePropertiesTest {

    record Case(PercentageFee fee, Money amount, Money more) {
    }

    static Gen<Case> cases() {
        return DunningGen.currencies().flatMap(c -> DunningGen.percentageFees(c).zip(
                longs().between(0, 100_000_000_000L), longs().between(0, 1_000_000_000L),
                (f, a, extra) -> new Case(f, Money.ofMinor(c, a), Money.ofMinor(c, a + extra))));
    }

    // ---- feeFor ----

    @Test
    void aPercentageFeeRespectsItsMinimumAndMaximum() {
        qt().forAll(cases()).checkAssert(k -> {
            Money fee = k.fee().feeFor(k.amount());
            k.fee().getMinimum().ifPresent(min -> assertTrue(!fee.isLessThan(min), fee + " below " + min + ": " + k));
            k.fee().getMaximum().ifPresent(max -> assertTrue(!fee.isGreaterThan(max), fee + " above " + max + ": " + k));
            assertTrue(!fee.isNegative(), fee.toString());
            assertEquals(k.amount().getCurrencyUnit(), fee.getCurrencyUnit());
            // within the limits, the fee is the rounded percentage itself
            Money plain = k.fee().getRate().applyTo(k.amount(), k.fee().getRounding());
            boolean aboveMin = k.fee().getMinimum().map(min -> !plain.isLessThan(min)).orElse(true);
            boolean belowMax = k.fee().getMaximum().map(max -> !plain.isGreaterThan(max)).orElse(true);
            if (aboveMin && belowMax) {
                assertTrue(fee.isEqual(plain), fee + " vs " + plain + ": " + k);
            }
        });
    }

    @Test
    void aPercentageFeeNeverFallsAsTheAmountRises() {
        qt().forAll(cases()).checkAssert(k ->
                assertTrue(!k.fee().feeFor(k.more()).isLessThan(k.fee().feeFor(k.amount())), k.toString()));
    }

    @Test
    void aFixedFeeIgnoresTheAmount() {
        qt().forAll(cases()).checkAssert(k -> {
            FixedFee fixed = FixedFee.of(Money.ofMinor(k.amount().getCurrencyUnit(), 500));
            assertTrue(fixed.feeFor(k.amount()).isEqual(fixed.feeFor(k.more())));
        });
    }

    @Test
    void feesDoNotDependOnTheDefaultLocale() {
        Locale original = Locale.getDefault();
        try {
            qt().withExamples(200).forAll(cases()).checkAssert(k -> {
                Locale.setDefault(Locale.forLanguageTag("tr-TR"));
                Money expected = k.fee().feeFor(k.amount());
                String text = k.fee().toString();
                for (Locale l : List.of(Locale.ROOT, Locale.GERMANY, Locale.forLanguageTag("ar-SA"))) {
                    Locale.setDefault(l);
                    assertEquals(expected, k.fee().feeFor(k.amount()), l.toString());
                    assertEquals(text, k.fee().toString(), l.toString());
                }
            });
        } finally {
            Locale.setDefault(original);
        }
    }
}
