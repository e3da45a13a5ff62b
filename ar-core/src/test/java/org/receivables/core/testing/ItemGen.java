package org.receivables.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ChargeId;
import org.receivables.core.item.ItemKind;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.money.Percentage;
import org.receivables.core.terms.DiscountTier;

/**
 * Generators of open items, built constructively on {@link CoreGen}: refs unique by construction
 * (instalments of a few invoices, fees and interest), amounts from minor units, issue dates in the
 * window, due dates 0 to 90 days later (lists: close together, with frequent ties), some items partly paid, some with one or two discount
 * tiers, some disputed, and remittance keys that several items may share (a PO number).
 */
public final class ItemGen {

    private ItemGen() {
    }

    /** @return item refs of every kind, such as {@code INV-3#2}, {@code FEE:CH-7} */
    public static Gen<ItemRef> itemRefs() {
        return integers().between(0, 2).zip(integers().between(1, 999), integers().between(1, 12), (k, id, n) -> {
            if (k == 0) {
                return ItemRef.ofInstalment(InvoiceId.of("INV-" + id), n);
            }
            return ItemRef.ofCharge(ChargeId.of("CH-" + id), k == 1 ? ItemKind.FEE : ItemKind.INTEREST);
        });
    }

    /**
     * The ref of the item at an index of a generated list: three in four are instalments (three per
     * invoice), the rest fees and interest; distinct indexes give distinct refs.
     *
     * @param index the position, 0 or more
     * @return the ref
     */
    public static ItemRef refAt(int index) {
        switch (index % 4) {
            case 1:
                return ItemRef.ofCharge(ChargeId.of("CH-" + index), index % 8 == 1 ? ItemKind.FEE : ItemKind.INTEREST);
            default:
                return ItemRef.ofInstalment(InvoiceId.of("INV-" + (index / 4)), index % 4 == 0 ? 1 : index % 4);
        }
    }

    /**
     * @param currency the currency
     * @param customer the customer
     * @param ref the item's ref
     * @return open items of that ref: amounts up to 5000 major units, partly paid about half the time,
     *         principal with discount tiers about half the time, disputed one time in eight
     */
    public static Gen<OpenItem> openItem(CurrencyUnit currency, CustomerId customer, ItemRef ref) {
        return openItem(currency, customer, ref, CoreGen.dates(), integers().between(0, 90));
    }

    private static Gen<OpenItem> openItem(CurrencyUnit currency, CustomerId customer, ItemRef ref,
            Gen<LocalDate> issueDates, Gen<Integer> dueDays) {
        long scale = CoreGen.pow10(currency.getDecimalPlaces());
        return in -> {
            LocalDate issue = issueDates.generate(in);
            LocalDate due = issue.plusDays(dueDays.generate(in));
            long original = longs().between(1, 5000 * scale).generate(in);
            boolean partly = integers().between(0, 1).generate(in) == 1;
            long open = partly ? longs().between(1, original).generate(in) : original;
            OpenItem.Builder b = OpenItem.builder().ref(ref).customerId(customer).issueDate(issue).dueDate(due)
                    .originalAmount(Money.ofMinor(currency, original)).openAmount(Money.ofMinor(currency, open));
            if (!ref.getKind().isCharge() && integers().between(0, 1).generate(in) == 1) {
                Money amount = Money.ofMinor(currency, original);
                LocalDate first = issue.plusDays(integers().between(0, 20).generate(in));
                b.addDiscountTiers(DiscountTier.of(Percentage.of(3), first, Percentage.of(3).applyTo(amount)));
                if (integers().between(0, 1).generate(in) == 1) {
                    b.addDiscountTiers(DiscountTier.of(Percentage.of(2), first.plusDays(7), Percentage.of(2).applyTo(amount)));
                }
            }
            b.addRemittanceKeys(ref.isInstalment() ? ref.getInvoiceId().getValue() : ref.getChargeId().getValue());
            b.addRemittanceKeys("PO-" + integers().between(1, 4).generate(in));
            b.disputed(integers().between(0, 7).generate(in) == 0);
            return b.build();
        };
    }

    /**
     * @param currency the currency
     * @param customer the customer
     * @param maxSize the most items in a list
     * @return lists of 0 to maxSize open items of one customer and currency with distinct refs; issue
     *         dates fall within 10 days of each other and due dates 0, 10, 30 or 60 days after them, so
     *         that equal due and issue dates (ties) are common
     */
    public static Gen<List<OpenItem>> openItems(CurrencyUnit currency, CustomerId customer, int maxSize) {
        Gen<Integer> dueDays = Generate.pick(List.of(0, 10, 30, 60));
        return in -> {
            int n = integers().between(0, maxSize).generate(in);
            LocalDate base = CoreGen.dates().generate(in);
            Gen<LocalDate> issueDates = integers().between(0, 10).map(d -> base.plusDays(d));
            List<OpenItem> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(openItem(currency, customer, refAt(i), issueDates, dueDays).generate(in));
            }
            return items;
        };
    }
}
