package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.receivables.core.customer.CustomerId;

/**
 * Many customers' ledgers, looked up by customer and iterated in a stable order (by customer id).
 *
 * <p>Build one with a {@link Builder}, which routes each event to its customer's ledger builder: the
 * cost of applying events is linear in their number (see {@link CustomerLedger}).
 *
 * <pre>
 *   Portfolio p = Portfolio.builder().applyAll(events).build();
 *   p.getLedger(CustomerId.of("C-1")).get().asOf(LocalDate.parse("2024-02-29")).getBalance(CurrencyUnit.EUR);
 *   p.getCustomerIds();   // [C-1, C-2, ...], sorted
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Portfolio {

    private final Map<CustomerId, CustomerLedger> ledgers;
    /** The ledgers by customer id, listed once: bulk operations ask for them on every pass. */
    private final List<CustomerLedger> list;

    private Portfolio(Map<CustomerId, CustomerLedger> ledgers) {
        this.ledgers = ledgers;
        this.list = List.copyOf(ledgers.values());
    }

    /**
     * Obtains a portfolio of ledgers.
     *
     * @param ledgers the ledgers, at most one per customer, not null, no null element
     * @return the portfolio
     * @throws NullPointerException if ledgers or a ledger is null
     * @throws IllegalArgumentException if two ledgers belong to the same customer
     */
    public static Portfolio of(Iterable<CustomerLedger> ledgers) {
        Objects.requireNonNull(ledgers, "ledgers");
        TreeMap<CustomerId, CustomerLedger> map = new TreeMap<>();
        for (CustomerLedger l : ledgers) {
            Objects.requireNonNull(l, "ledgers");
            if (map.put(l.getCustomerId(), l) != null) {
                throw new IllegalArgumentException("ledgers must hold one ledger per customer: customerId "
                        + l.getCustomerId() + " appears twice");
            }
        }
        return new Portfolio(Collections.unmodifiableMap(map));
    }

    /**
     * Creates an empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the ledger of a customer.
     *
     * @param customerId the customer, not null
     * @return the ledger, or empty if the portfolio has none for the customer
     * @throws NullPointerException if customerId is null
     */
    public Optional<CustomerLedger> getLedger(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return Optional.ofNullable(ledgers.get(customerId));
    }

    /**
     * Gets the ledgers, by customer id.
     *
     * @return the ledgers, not null
     */
    public List<CustomerLedger> getLedgers() {
        return list;
    }

    /**
     * Gets the customers, sorted.
     *
     * @return the customer ids, not null
     */
    public List<CustomerId> getCustomerIds() {
        return List.copyOf(ledgers.keySet());
    }

    /**
     * Gets every ledger's view as of a date, by customer id; O(n log n) in all events.
     *
     * @param asOf the date, not null
     * @return the views, not null
     * @throws NullPointerException if asOf is null
     */
    public List<LedgerView> asOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<LedgerView> views = new ArrayList<>();
        for (CustomerLedger l : ledgers.values()) {
            views.add(l.asOf(asOf));
        }
        return Collections.unmodifiableList(views);
    }

    /**
     * Gets the number of ledgers.
     *
     * @return the count
     */
    public int size() {
        return ledgers.size();
    }

    /**
     * Checks whether another object is a portfolio of equal ledgers.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || (obj instanceof Portfolio && ledgers.equals(((Portfolio) obj).ledgers));
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return ledgers.hashCode();
    }

    /**
     * Returns a short description: the number of ledgers.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Portfolio[" + ledgers.size() + " ledgers]";
    }

    /**
     * A mutable builder of a {@link Portfolio} that routes events to per-customer ledger builders.
     *
     * <p>This class is mutable and not thread-safe.
     */
    public static final class Builder {

        private final TreeMap<CustomerId, CustomerLedger.Builder> builders = new TreeMap<>();

        private Builder() {
        }

        /**
         * Applies an event to its customer's ledger (see {@link CustomerLedger.Builder#apply(LedgerEvent)}).
         *
         * @param event the event, not null
         * @return this builder
         * @throws NullPointerException if event is null
         * @throws IllegalArgumentException if the event is refused; nothing changes
         */
        public Builder apply(LedgerEvent event) {
            Objects.requireNonNull(event, "event");
            CustomerLedger.Builder b = builders.get(event.getCustomerId());
            if (b == null) {
                b = CustomerLedger.builder(event.getCustomerId());
                b.apply(event);
                builders.put(event.getCustomerId(), b);
            } else {
                b.apply(event);
            }
            return this;
        }

        /**
         * Applies events in turn; if one is refused, those before it stay applied.
         *
         * @param events the events, not null, no null element
         * @return this builder
         * @throws NullPointerException if events or an event is null
         * @throws IllegalArgumentException if an event is refused
         */
        public Builder applyAll(Iterable<? extends LedgerEvent> events) {
            Objects.requireNonNull(events, "events");
            for (LedgerEvent e : events) {
                apply(e);
            }
            return this;
        }

        /**
         * Builds the portfolio.
         *
         * @return the portfolio, not null
         */
        public Portfolio build() {
            TreeMap<CustomerId, CustomerLedger> map = new TreeMap<>();
            for (Map.Entry<CustomerId, CustomerLedger.Builder> e : builders.entrySet()) {
                map.put(e.getKey(), e.getValue().build());
            }
            return new Portfolio(Collections.unmodifiableMap(map));
        }
    }
}
