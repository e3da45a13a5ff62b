package org.receivables.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.receivables.core.customer.Customer;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.customer.CustomerKind;
import org.receivables.core.customer.CustomerSegment;
import org.receivables.core.document.PromiseToPay;
import org.receivables.core.item.ItemRef;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.LedgerView;
import org.receivables.core.ledger.PromiseMade;
import org.receivables.core.ledger.PromiseState;
import org.receivables.core.ledger.PromiseStatus;

/**
 * What the dunning engine sees of one customer on a date: the open items, the promises to pay not
 * yet kept, the account blocks and, for the worklist, the customer's payment behaviour.
 *
 * <p>{@link #from(Customer, LedgerView)} builds it from a customer's ledger view; callers with
 * another ledger build it themselves: open items with their open amounts as of the date (disputed
 * items flagged), promises whose status is pending or broken (kept promises are left out), and blocks. Items and promises belong to the account's customer; item refs are
 * unique.
 *
 * <pre>
 *   DunningAccount account = DunningAccount.builder()
 *       .customerId(CustomerId.of("C-1")).kind(CustomerKind.BUSINESS)
 *       .addOpenItems(item)
 *       .addBlocks(AccountBlock.of("dispute on all invoices", LocalDate.parse("2024-05-01"), Optional.empty()))
 *       .build();
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DunningAccount {

    DunningAccount() {
    }

    /**
     * Creates a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains the account of a customer from its ledger view: the view's open items (disputed ones
     * flagged by the ledger) and its promises to pay that are pending or broken on the view's date,
     * with the customer's kind and segment. Add blocks or payment behaviour with
     * {@code DunningAccount.builder().from(account)}.
     *
     * <pre>
     *   DunningAccount account = DunningAccount.from(customer, ledger.asOf(LocalDate.parse("2024-05-02")));
     * </pre>
     *
     * @param customer the customer, not null
     * @param view the customer's ledger as of the date to dun, not null
     * @return the account, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the view belongs to another customer
     */
    public static DunningAccount from(Customer customer, LedgerView view) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(view, "view");
        if (!customer.getId().equals(view.getCustomerId())) {
            throw new IllegalArgumentException("view customerId " + view.getCustomerId()
                    + " is not customer " + customer.getId());
        }
        Builder builder = builder();
        builder.customerId(customer.getId()).kind(customer.getKind()).segment(customer.getSegment())
                .openItems(view.getOpenItems());
        for (PromiseState state : view.getPromises()) {
            if (state.getStatus() != PromiseStatus.KEPT) {
                PromiseMade p = state.getPromise();
                builder.addPromises(PromiseToPay.builder().id(p.getPromiseId()).customerId(p.getCustomerId())
                        .madeDate(p.getMadeDate()).promisedDate(p.getPromisedDate()).amount(p.getAmount())
                        .invoiceIds(p.getInvoiceIds()).build());
            }
        }
        return builder.build();
    }

    /**
     * Gets the customer.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets whether the customer is a business or a consumer.
     *
     * @return the kind, not null
     */
    public abstract CustomerKind getKind();

    /**
     * Gets the customer's segment, used to route it to a policy.
     *
     * @return the segment, or empty
     */
    public abstract Optional<CustomerSegment> getSegment();

    /**
     * Gets the customer's open items as of the date dunned, in the caller's order.
     *
     * @return the items, not null
     */
    public abstract List<OpenItem> getOpenItems();

    /**
     * Gets the customer's promises to pay that were not kept (pending or broken).
     *
     * @return the promises, not null
     */
    public abstract List<PromiseToPay> getPromises();

    /**
     * Gets the blocks on the account, active or not.
     *
     * @return the blocks, not null
     */
    public abstract List<AccountBlock> getBlocks();

    /**
     * Gets the payment plans agreed with the customer, kept or broken.
     *
     * @return the plans, not null
     */
    public abstract List<PaymentPlan> getPaymentPlans();

    /**
     * Gets the customer's average days paid late over its history (for example from ar-aging's
     * metrics), used by the collections worklist.
     *
     * @return the average days late, or empty if unknown
     */
    public abstract Optional<BigDecimal> getAverageDaysLate();

    /**
     * Returns a copy of this account with other open items.
     *
     * @param items the items, not null
     * @return the account, not null
     * @throws NullPointerException if items is null
     * @throws IllegalArgumentException if an item belongs to another customer or a ref repeats
     */
    public DunningAccount withOpenItems(Iterable<? extends OpenItem> items) {
        return builder().from(this).openItems(items).build();
    }

    /**
     * Gets the account blocks active on a date, the first gate the engine applies.
     *
     * @param asOf the date, not null
     * @return the active blocks, in the order held, not null
     * @throws NullPointerException if asOf is null
     */
    public List<AccountBlock> activeBlocks(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return getBlocks().stream().filter(b -> b.isActiveOn(asOf)).toList();
    }

    /**
     * Gets the promises to pay pending on a date, which hold the account: made on or before the date
     * and not yet past their promised date plus the grace days.
     *
     * @param asOf the date, not null
     * @param graceDays the days after a promised date the promise still holds, 0 or more
     * @return the pending promises, in the order held, not null
     * @throws NullPointerException if asOf is null
     */
    public List<PromiseToPay> pendingPromises(LocalDate asOf, int graceDays) {
        Objects.requireNonNull(asOf, "asOf");
        return getPromises().stream()
                .filter(p -> !p.getMadeDate().isAfter(asOf) && !p.getPromisedDate().plusDays(graceDays).isBefore(asOf))
                .toList();
    }

    /**
     * Gets the items covered by a payment plan kept on a date, each with the first such plan, which
     * hold those items.
     *
     * @param asOf the date, not null
     * @return the held items and their plans, in plan order, not null
     * @throws NullPointerException if asOf is null
     */
    public Map<ItemRef, PaymentPlan> keptPlanItems(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Map<ItemRef, PaymentPlan> planned = new LinkedHashMap<>();
        for (PaymentPlan plan : getPaymentPlans()) {
            if (plan.isKeptOn(asOf)) {
                plan.getItems().forEach(r -> planned.putIfAbsent(r, plan));
            }
        }
        return planned;
    }

    @Value.Check
    void check() {
        Set<ItemRef> refs = new HashSet<>();
        for (OpenItem item : getOpenItems()) {
            if (!item.getCustomerId().equals(getCustomerId())) {
                throw new IllegalArgumentException("openItems " + item.getRef() + " belongs to customer "
                        + item.getCustomerId() + ", not " + getCustomerId());
            }
            if (!refs.add(item.getRef())) {
                throw new IllegalArgumentException("openItems ref " + item.getRef() + " appears twice");
            }
        }
        for (PromiseToPay promise : getPromises()) {
            if (!promise.getCustomerId().equals(getCustomerId())) {
                throw new IllegalArgumentException("promises " + promise.getId() + " belongs to customer "
                        + promise.getCustomerId() + ", not " + getCustomerId());
            }
        }
        if (getAverageDaysLate().isPresent() && getAverageDaysLate().get().signum() < 0) {
            throw new IllegalArgumentException("averageDaysLate must not be negative: " + getAverageDaysLate().get());
        }
    }

    /** A builder of accounts; a missing field makes {@code build()} throw IllegalStateException. */
    public static final class Builder extends ImmutableDunningAccount.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
