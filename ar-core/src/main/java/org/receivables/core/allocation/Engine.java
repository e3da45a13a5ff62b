package org.receivables.core.allocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared machinery of the built-in strategies: validation, the canonical order, reference
 * matching, and the work of one allocation (discounts, write-off, building the result).
 */
final class Engine {

    static final Logger LOG = LoggerFactory.getLogger(AllocationStrategy.class);

    private Engine() {
    }

    /**
     * Validates the input of a strategy and returns the items as a list, in input order.
     */
    static List<OpenItem> validate(Remittance remittance, Collection<OpenItem> openItems, AllocationOptions options) {
        Objects.requireNonNull(remittance, "remittance");
        Objects.requireNonNull(openItems, "openItems");
        Objects.requireNonNull(options, "options");
        List<OpenItem> items = new ArrayList<>(openItems.size());
        for (OpenItem item : openItems) {
            items.add(Objects.requireNonNull(item, "openItems"));
        }
        CurrencyUnit currency = remittance.getCurrency();
        if (options.getTolerance().getAmount().isPresent()
                && !options.getTolerance().getAmount().get().getCurrencyUnit().equals(currency)) {
            throw new CurrencyMismatchException(currency, options.getTolerance().getAmount().get().getCurrencyUnit());
        }
        CustomerId customer = null;
        Set<ItemRef> refs = new HashSet<>();
        for (OpenItem item : items) {
            if (!item.getCurrency().equals(currency)) {
                throw new CurrencyMismatchException(currency, item.getCurrency());
            }
            if (customer == null) {
                customer = item.getCustomerId();
            } else if (!customer.equals(item.getCustomerId())) {
                CustomerId a = customer.compareTo(item.getCustomerId()) < 0 ? customer : item.getCustomerId();
                CustomerId b = a == customer ? item.getCustomerId() : customer;
                throw new IllegalArgumentException("openItems must belong to one customer, found " + a + " and " + b);
            }
            if (!refs.add(item.getRef())) {
                throw new IllegalArgumentException("openItems hold item " + item.getRef() + " more than once");
            }
        }
        if (options.isStrictReferences() && !remittance.getReferences().isEmpty()) {
            Map<String, List<OpenItem>> index = index(items, remittance.getReferences());
            for (String reference : remittance.getReferences()) {
                if (!index.containsKey(normalise(reference))) {
                    throw new IllegalArgumentException("reference '" + reference + "' of " + remittance.getSourceId()
                            + " names no open item");
                }
            }
        }
        return items;
    }

    /** The text a reference or key is matched by: stripped of surrounding white space, upper case in the root locale. */
    static String normalise(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Maps each normalised key (remittance keys and the ref's text) that one of the references names
     * to the items it names, in the order of the items; keys no reference names are left out, so
     * the cost is one pass over the items and nothing when there are no references.
     */
    static Map<String, List<OpenItem>> index(List<OpenItem> items, List<String> references) {
        Map<String, List<OpenItem>> index = new HashMap<>();
        if (references.isEmpty()) {
            return index;
        }
        Set<String> wanted = new HashSet<>();
        for (String reference : references) {
            wanted.add(normalise(reference));
        }
        for (OpenItem item : items) {
            String refKey = normalise(item.getRef().toString());
            if (wanted.contains(refKey)) {
                index.computeIfAbsent(refKey, k -> new ArrayList<>()).add(item);
            }
            for (String key : item.getRemittanceKeys()) {
                String k = normalise(key);
                if (wanted.contains(k) && !k.equals(refKey)) {
                    List<OpenItem> list = index.computeIfAbsent(k, x -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != item) {
                        list.add(item);
                    }
                }
            }
        }
        return index;
    }

    /** The canonical order: charge order, then due date, issue date and ref. */
    static Comparator<OpenItem> canonical(ChargeOrder chargeOrder) {
        return Comparator.<OpenItem>comparingInt(i -> chargeOrder.rankOf(i.getKind()))
                .thenComparing(OpenItem::getDueDate)
                .thenComparing(OpenItem::getIssueDate)
                .thenComparing(OpenItem::getRef);
    }

    /** The items a strategy may choose itself, in canonical order: disputed ones only if the options include them. */
    static List<OpenItem> candidates(List<OpenItem> items, AllocationOptions options, Comparator<OpenItem> order) {
        List<OpenItem> list = new ArrayList<>(items.size());
        for (OpenItem item : items) {
            if (options.isDisputedIncluded() || !item.isDisputed()) {
                list.add(item);
            }
        }
        list.sort(order);
        return list;
    }

    /** The work of one allocation: the cash left and the applications made so far. */
    static final class Work {
        final Remittance remittance;
        final AllocationOptions options;
        Money remaining;
        final Map<ItemRef, Application> applications = new LinkedHashMap<>();
        final Map<ItemRef, OpenItem> touched = new HashMap<>();

        Work(Remittance remittance, AllocationOptions options) {
            this.remittance = remittance;
            this.options = options;
            this.remaining = remittance.getAmount();
        }

        boolean isExhausted() {
            return remaining.isZero();
        }

        boolean isTouched(OpenItem item) {
            return touched.containsKey(item.getRef());
        }

        /** The discount the cash may take on an item: zero unless discounts are allowed and the cash is a payment. */
        Money discountFor(OpenItem item) {
            if (!options.isDiscountsAllowed() || remittance.getKind() != RemittanceKind.PAYMENT) {
                return Money.zero(item.getCurrency());
            }
            return item.discountOn(remittance.getDate());
        }

        /** Settles the items in turn until the cash runs out, taking each discount the cash covers. */
        void settleInTurn(List<OpenItem> items) {
            for (OpenItem item : items) {
                if (isExhausted()) {
                    return;
                }
                if (!isTouched(item)) {
                    settle(item);
                }
            }
        }

        /** Applies as much of the cash as the item takes: its discounted amount if covered, else up to its open amount. */
        void settle(OpenItem item) {
            Money discount = discountFor(item);
            Money payable = item.getOpenAmount().minus(discount);
            if (discount.isPositive() && !remaining.isLessThan(payable)) {
                LOG.debug("allocation of {}: discount {} taken on {} paid on {}", remittance.getSourceId(), discount,
                        item.getRef(), remittance.getDate());
                add(item, payable, discount);
            } else {
                Money amount = remaining.isLessThan(item.getOpenAmount()) ? remaining : item.getOpenAmount();
                add(item, amount, Money.zero(amount.getCurrencyUnit()));
            }
        }

        void add(OpenItem item, Money amount, Money discount) {
            if (!amount.isPositive()) {
                return;
            }
            applications.put(item.getRef(), Application.of(item.getRef(), amount, discount));
            touched.put(item.getRef(), item);
            remaining = remaining.minus(amount);
        }

        /**
         * Builds the result. A write-off is made only when all the cash is applied and exactly one
         * item it touched is left with an open residue; that residue is written off if the item is
         * not disputed and the tolerance allows it against the item's open amount.
         */
        Allocation finish(String strategy) {
            Allocation.Builder b = Allocation.builder().remittance(remittance)
                    .addAllApplications(applications.values()).unapplied(remaining);
            if (isExhausted() && !options.getTolerance().isNone()) {
                OpenItem partly = null;
                Money residue = null;
                int partial = 0;
                for (Application a : applications.values()) {
                    OpenItem item = touched.get(a.getItemRef());
                    Money left = item.getOpenAmount().minus(a.getSettled());
                    if (left.isPositive()) {
                        partial++;
                        partly = item;
                        residue = left;
                    }
                }
                if (partial == 1 && !partly.isDisputed()
                        && options.getTolerance().allows(residue, partly.getOpenAmount())) {
                    LOG.debug("allocation of {}: write-off {} on {} within {}", remittance.getSourceId(), residue,
                            partly.getRef(), options.getTolerance());
                    b.writeOff(ToleranceWriteOff.of(partly.getRef(), residue));
                }
            }
            Allocation result = b.build();
            LOG.debug("allocation of {} ({} {}) by {}: {} applications, unapplied {}", remittance.getSourceId(),
                    remittance.getKind(), remittance.getAmount(), strategy, result.getApplications().size(),
                    result.getUnapplied());
            return result;
        }
    }
}
