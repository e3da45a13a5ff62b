package org.receivables.core.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.internal.LargestRemainder;
import org.receivables.core.item.ItemKind;
import org.receivables.core.item.OpenItem;

/**
 * Settles each charge-order group in full while the cash covers it (taking the discounts it
 * earns), then splits what is left over the next group in proportion to the open amounts, by the
 * largest-remainder rule in minor units.
 */
final class ProportionalStrategy extends BuiltInStrategy {

    @Override
    Allocation allocateValid(Remittance remittance, List<OpenItem> items, AllocationOptions options) {
        List<OpenItem> candidates = Engine.candidates(items, options, Engine.canonical(options.getChargeOrder()));
        Engine.Work work = new Engine.Work(remittance, options);
        for (ItemKind kind : options.getChargeOrder().getKinds()) {
            if (work.isExhausted()) {
                break;
            }
            List<OpenItem> group = new ArrayList<>();
            Money payable = Money.zero(remittance.getCurrency());
            for (OpenItem item : candidates) {
                if (item.getKind() == kind) {
                    group.add(item);
                    payable = payable.plus(item.getOpenAmount().minus(work.discountFor(item)));
                }
            }
            if (group.isEmpty()) {
                continue;
            }
            if (!work.remaining.isLessThan(payable)) {
                work.settleInTurn(group);
            } else {
                split(work, group);
            }
        }
        return work.finish(toString());
    }

    /** Splits all the remaining cash over the group's open amounts; the cash is less than their total. */
    private static void split(Engine.Work work, List<OpenItem> group) {
        CurrencyUnit currency = work.remaining.getCurrencyUnit();
        BigInteger[] weights = new BigInteger[group.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = minor(group.get(i).getOpenAmount());
        }
        BigInteger[] shares = LargestRemainder.split(minor(work.remaining), weights);
        for (int i = 0; i < shares.length; i++) {
            work.add(group.get(i), Money.of(currency, new BigDecimal(shares[i], currency.getDecimalPlaces())),
                    Money.zero(currency));
        }
    }

    private static BigInteger minor(Money money) {
        return money.getAmount().unscaledValue();
    }

    @Override
    public String toString() {
        return "proportional";
    }
}
