package org.receivables.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.ItemKind;
import org.receivables.core.item.OpenItem;
import org.receivables.core.money.Percentage;
import org.receivables.core.testing.CoreGen;
import org.receivables.core.testing.ItemGen;

/** The invariants of cash application, for every built-in strategy, over generated open items and cash. */
class AllocationPropertiesTest {

    /** One generated allocation problem. */
    static final class Scenario {
        final List<OpenItem> items;
        final Remittance remittance;
        final AllocationOptions options;
        final AllocationStrategy strategy;
        final long seed;

        Scenario(List<OpenItem> items, Remittance remittance, AllocationOptions options, AllocationStrategy strategy,
                long seed) {
            this.items = items;
            this.remittance = remittance;
            this.options = options;
            this.strategy = strategy;
            this.seed = seed;
        }

        Allocation allocate() {
            return strategy.allocate(remittance, items, options);
        }

        OpenItem item(org.receivables.core.item.ItemRef ref) {
            for (OpenItem i : items) {
                if (i.getRef().equals(ref)) {
                    return i;
                }
            }
            throw new AssertionError("application to unknown item " + ref);
        }

        boolean isNamed(OpenItem item) {
            for (String reference : remittance.getReferences()) {
                String r = reference.strip().toUpperCase(Locale.ROOT);
                if (item.getRef().toString().toUpperCase(Locale.ROOT).equals(r)) {
                    return true;
                }
                for (String key : item.getRemittanceKeys()) {
                    if (key.toUpperCase(Locale.ROOT).equals(r)) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return strategy + " " + remittance + " " + options + " items=" + items;
        }
    }

    static final List<AllocationStrategy> STRATEGIES = List.of(
            AllocationStrategies.OLDEST_DUE_FIRST,
            AllocationStrategies.OLDEST_ISSUED_FIRST,
            AllocationStrategies.PROPORTIONAL,
            AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST),
            AllocationStrategies.remittanceDirected(AllocationStrategies.PROPORTIONAL),
            AllocationStrategies.exactAmountFirst(AllocationStrategies.OLDEST_ISSUED_FIRST),
            AllocationStrategies.exactAmountFirst(AllocationStrategies.remittanceDirected(AllocationStrategies.PROPORTIONAL)));

    static Gen<AllocationOptions> options(CurrencyUnit currency) {
        long scale = CoreGen.pow10(currency.getDecimalPlaces());
        return in -> {
            int t = integers().between(0, 3).generate(in);
            Money amount = Money.ofMinor(currency, longs().between(0, 3 * scale).generate(in));
            Percentage pct = Percentage.of(BigDecimal.valueOf(integers().between(0, 50).generate(in), 1));
            WriteOffTolerance tolerance = t == 0 ? WriteOffTolerance.none()
                    : t == 1 ? WriteOffTolerance.ofAmount(amount)
                    : t == 2 ? WriteOffTolerance.ofPercentage(pct) : WriteOffTolerance.of(amount, pct);
            return AllocationOptions.builder().tolerance(tolerance)
                    .chargeOrder(Generate.pick(List.of(ChargeOrder.values())).generate(in))
                    .discountsAllowed(integers().between(0, 3).generate(in) != 0)
                    .disputedIncluded(integers().between(0, 1).generate(in) == 1)
                    // the scenarios quote junk references on purpose: they run in lenient mode
                    .strictReferences(false)
                    .build();
        };
    }

    static Gen<Scenario> scenarios() {
        return in -> {
            CurrencyUnit currency = CoreGen.currencies().generate(in);
            CustomerId customer = CoreGen.customerIds().generate(in);
            List<OpenItem> items = ItemGen.openItems(currency, customer, 8).generate(in);
            long total = 0;
            for (OpenItem i : items) {
                total += i.getOpenAmount().getAmountMinorLong();
            }
            // under, exact and over payments: up to 120% of the open total, sometimes exactly one item, sometimes a little short of all
            long cash = longs().between(1, total + total / 5 + 1).generate(in);
            LocalDate date;
            if (items.isEmpty()) {
                date = CoreGen.dates().generate(in);
            } else {
                OpenItem some = items.get(integers().between(0, items.size() - 1).generate(in));
                date = some.getIssueDate().plusDays(integers().between(0, 40).generate(in));
                int mode = integers().between(0, 5).generate(in);
                long small = longs().between(0, 3 * CoreGen.pow10(currency.getDecimalPlaces())).generate(in);
                if (mode == 0) {
                    cash = some.getOpenAmount().getAmountMinorLong();
                } else if (mode == 1) {
                    // a short payment of everything: the last item touched is left a small residue
                    cash = Math.max(1, total - small);
                }
            }
            List<String> refs = new ArrayList<>();
            int n = integers().between(0, 3).generate(in);
            for (int k = 0; k < n; k++) {
                if (items.isEmpty() || integers().between(0, 3).generate(in) == 0) {
                    refs.add("JUNK-" + integers().between(1, 9).generate(in));
                } else {
                    OpenItem named = items.get(integers().between(0, items.size() - 1).generate(in));
                    List<String> keys = named.getRemittanceKeys();
                    refs.add(keys.get(integers().between(0, keys.size() - 1).generate(in)).toLowerCase(Locale.ROOT));
                }
            }
            Remittance r = Remittance.builder().sourceId("PAY-" + integers().between(1, 99).generate(in))
                    .kind(integers().between(0, 4).generate(in) == 0 ? RemittanceKind.CREDIT_NOTE : RemittanceKind.PAYMENT)
                    .amount(Money.ofMinor(currency, cash)).date(date).references(refs).build();
            return new Scenario(items, r, options(currency).generate(in), Generate.pick(STRATEGIES).generate(in),
                    longs().all().generate(in));
        };
    }

    // ---- allocate: conservation ----

    @Test
    void appliedPlusUnappliedIsTheCashAndNothingIsNegative() {
        qt().forAll(scenarios()).checkAssert(s -> {
            Allocation a = s.allocate();
            Money applied = Money.zero(s.remittance.getCurrency());
            for (Application app : a.getApplications()) {
                assertTrue(app.getAmount().isPositive(), app::toString);
                assertTrue(!app.getDiscount().isNegative(), app::toString);
                applied = applied.plus(app.getAmount());
            }
            assertTrue(!a.getUnapplied().isNegative());
            assertEquals(s.remittance.getAmount(), applied.plus(a.getUnapplied()));
            a.getWriteOff().ifPresent(w -> assertTrue(w.getAmount().isPositive()));
        });
    }

    // ---- allocate: no over-application ----

    @Test
    void noItemIsSettledBeyondItsOpenAmount() {
        qt().forAll(scenarios()).checkAssert(s -> {
            Allocation a = s.allocate();
            for (OpenItem item : s.items) {
                assertTrue(!a.remainingOf(item).isNegative(), () -> item.getRef() + " remains " + a.remainingOf(item));
            }
            for (Application app : a.getApplications()) {
                OpenItem item = s.item(app.getItemRef());
                assertTrue(!a.settledOf(item.getRef()).isGreaterThan(item.getOpenAmount()),
                        () -> item.getRef() + " settled " + a.settledOf(item.getRef()) + " of " + item.getOpenAmount());
            }
        });
    }

    // ---- allocate: order independence and determinism ----

    @Test
    void theResultDoesNotDependOnTheOrderOfTheItems() {
        qt().forAll(scenarios()).checkAssert(s -> {
            List<OpenItem> shuffled = new ArrayList<>(s.items);
            Collections.shuffle(shuffled, new Random(s.seed));
            List<OpenItem> reversed = new ArrayList<>(s.items);
            Collections.reverse(reversed);
            Allocation a = s.allocate();
            assertEquals(a, s.strategy.allocate(s.remittance, shuffled, s.options));
            assertEquals(a, s.strategy.allocate(s.remittance, reversed, s.options));
            assertEquals(a, s.strategy.allocate(s.remittance, new LinkedHashSet<>(reversed), s.options));
        });
    }

    @Test
    void equalInputGivesAnEqualResult() {
        qt().forAll(scenarios()).checkAssert(s -> {
            List<OpenItem> copies = new ArrayList<>();
            for (OpenItem i : s.items) {
                copies.add(OpenItem.builder().from(i).build());
            }
            Remittance copy = Remittance.builder().from(s.remittance).build();
            assertEquals(s.allocate(), s.strategy.allocate(copy, copies, s.options));
        });
    }

    // ---- allocate: discounts ----

    @Test
    void aDiscountIsTakenOnlyWhenEarnedAndThenSettlesTheItemExactly() {
        qt().forAll(scenarios()).checkAssert(s -> {
            for (Application app : s.allocate().getApplications()) {
                if (app.getDiscount().isPositive()) {
                    OpenItem item = s.item(app.getItemRef());
                    assertEquals(RemittanceKind.PAYMENT, s.remittance.getKind());
                    assertTrue(s.options.isDiscountsAllowed());
                    assertTrue(!item.isPartlyPaid());
                    assertEquals(item.discountOn(s.remittance.getDate()), app.getDiscount());
                    assertEquals(item.getOpenAmount(), app.getSettled());
                }
            }
        });
    }

    // ---- allocate: overpayment ----

    @Test
    void cashIsLeftUnappliedOnlyWhenEveryItemTheStrategyMayChooseIsSettled() {
        qt().forAll(scenarios()).checkAssert(s -> {
            Allocation a = s.allocate();
            if (a.getUnapplied().isPositive()) {
                for (OpenItem item : s.items) {
                    if (!item.isDisputed() || s.options.isDisputedIncluded()) {
                        assertEquals(item.getOpenAmount(), a.settledOf(item.getRef()), item.getRef()::toString);
                    }
                }
            }
        });
    }

    // ---- allocate: disputes ----

    @Test
    void aDisputedItemIsTouchedOnlyWhenNamedOrIncluded() {
        qt().forAll(scenarios()).checkAssert(s -> {
            Allocation a = s.allocate();
            for (OpenItem item : s.items) {
                if (item.isDisputed() && !s.options.isDisputedIncluded() && !s.isNamed(item)) {
                    assertTrue(a.applicationTo(item.getRef()).isEmpty(), item.getRef()::toString);
                }
            }
        });
    }

    // ---- allocate: write-off ----

    @Test
    void aWriteOffClosesOneItemWithinToleranceWhenTheCashIsUsedUp() {
        qt().forAll(scenarios()).checkAssert(s -> {
            Allocation a = s.allocate();
            a.getWriteOff().ifPresent(w -> {
                OpenItem item = s.item(w.getItemRef());
                assertTrue(a.getUnapplied().isZero());
                assertTrue(!item.isDisputed());
                assertTrue(s.options.getTolerance().allows(w.getAmount(), item.getOpenAmount()));
                assertEquals(item.getOpenAmount(), a.settledOf(item.getRef()));
            });
        });
    }

    @Test
    void inTurnStrategiesLeaveAtMostTheLastItemTouchedPartlySettled() {
        qt().forAll(scenarios()).checkAssert(s -> {
            for (AllocationStrategy st : List.of(AllocationStrategies.OLDEST_DUE_FIRST, AllocationStrategies.OLDEST_ISSUED_FIRST,
                    AllocationStrategies.remittanceDirected(AllocationStrategies.OLDEST_DUE_FIRST))) {
                Allocation a = st.allocate(s.remittance, s.items, s.options);
                List<Application> apps = a.getApplications();
                for (int i = 0; i < apps.size() - 1; i++) {
                    OpenItem item = s.item(apps.get(i).getItemRef());
                    assertEquals(item.getOpenAmount(), apps.get(i).getSettled(), item.getRef()::toString);
                }
            }
        });
    }

    @Test
    void oldestDueFirstSettlesInDueDateOrderWithinEachChargeGroup() {
        qt().forAll(scenarios()).checkAssert(s -> {
            Allocation a = AllocationStrategies.OLDEST_DUE_FIRST.allocate(s.remittance, s.items, s.options);
            List<Application> apps = a.getApplications();
            for (int i = 1; i < apps.size(); i++) {
                OpenItem prev = s.item(apps.get(i - 1).getItemRef());
                OpenItem next = s.item(apps.get(i).getItemRef());
                int rp = s.options.getChargeOrder().rankOf(prev.getKind());
                int rn = s.options.getChargeOrder().rankOf(next.getKind());
                assertTrue(rp < rn || (rp == rn && !prev.getDueDate().isAfter(next.getDueDate())),
                        () -> prev.getRef() + " before " + next.getRef());
            }
        });
    }

    // ---- PROPORTIONAL ----

    @Test
    void proportionalPartsSumExactlyAndEachIsWithinOneMinorUnitOfItsShare() {
        qt().forAll(CoreGen.currencies().flatMap(c -> ItemGen.openItems(c, CustomerId.of("C-1"), 8)
                .map(items -> new Object[] {c, items})), longs().between(1, 1_000_000_000L)).checkAssert((pair, seed) -> {
            CurrencyUnit c = (CurrencyUnit) pair[0];
            @SuppressWarnings("unchecked")
            List<OpenItem> items = new ArrayList<>((List<OpenItem>) pair[1]);
            items.removeIf(i -> i.getKind() != ItemKind.PRINCIPAL);
            long total = 0;
            for (OpenItem i : items) {
                total += i.getOpenAmount().getAmountMinorLong();
            }
            if (total < 2) {
                return;
            }
            long cash = 1 + seed % (total - 1);   // less than the total: a split
            Remittance r = Remittance.ofCreditNote("CN-1", Money.ofMinor(c, cash), CoreGen.WINDOW_START, List.of());
            Allocation a = AllocationStrategies.PROPORTIONAL.allocate(r, items,
                    AllocationOptions.builder().disputedIncluded(true).build());
            assertEquals(Money.ofMinor(c, cash), a.getApplied());
            for (Application app : a.getApplications()) {
                BigDecimal exact = BigDecimal.valueOf(cash).multiply(
                        BigDecimal.valueOf(itemOf(items, app).getOpenAmount().getAmountMinorLong()))
                        .divide(BigDecimal.valueOf(total), MathContext.DECIMAL128);
                BigDecimal diff = BigDecimal.valueOf(app.getAmount().getAmountMinorLong()).subtract(exact).abs();
                assertTrue(diff.compareTo(BigDecimal.ONE) < 0, () -> app + " vs exact share " + exact);
            }
        });
    }

    private static OpenItem itemOf(List<OpenItem> items, Application app) {
        for (OpenItem i : items) {
            if (i.getRef().equals(app.getItemRef())) {
                return i;
            }
        }
        throw new AssertionError(app.toString());
    }

    @Test
    void largestRemainderPartsSumToTheWholeAndStayWithinOneUnit() {
        qt().forAll(longs().between(0, Long.MAX_VALUE / 4), lists().of(longs().between(0, Long.MAX_VALUE / 4)).ofSizeBetween(1, 10))
                .assuming((w, ws) -> ws.stream().anyMatch(x -> x > 0))
                .checkAssert((whole, ws) -> {
                    BigInteger[] weights = ws.stream().map(BigInteger::valueOf).toArray(BigInteger[]::new);
                    BigInteger total = BigInteger.ZERO;
                    for (BigInteger w : weights) {
                        total = total.add(w);
                    }
                    BigInteger[] parts = org.receivables.core.internal.LargestRemainder.split(BigInteger.valueOf(whole), weights);
                    BigInteger sum = BigInteger.ZERO;
                    for (int i = 0; i < parts.length; i++) {
                        sum = sum.add(parts[i]);
                        BigInteger exactTimesTotal = BigInteger.valueOf(whole).multiply(weights[i]);
                        BigInteger diff = parts[i].multiply(total).subtract(exactTimesTotal).abs();
                        assertTrue(diff.compareTo(total) < 0, "part " + i + " is a unit or more from its share");
                    }
                    assertEquals(BigInteger.valueOf(whole), sum);
                });
    }
}
