package org.receivables.core.ledger;

import java.lang.ref.SoftReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategy;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.ItemRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A customer's account: the immutable set of dated {@link LedgerEvent}s accepted for one customer,
 * with views of it as of any date.
 *
 * <p><b>Arrival order.</b> Events may arrive in any order; the ledger keeps them in the canonical order
 * (date, then {@link EventKind}, then event id) and every view equals the one built from the same
 * events applied in date order. Validity is checked against the events already accepted, so an event
 * must arrive after the events it relies on: an allocation after its payment or credit note and the
 * invoices or charges it names, a write-off after its item, a reversal after its payment, a dispute
 * after its invoice, a resolution after its dispute, a refund after its source, and an allocation or
 * write-off that needs an amount reopened by a reversal or recovers a written-off amount after that
 * reversal or write-off. Apart from that, arrival order does not matter.
 *
 * <p><b>Idempotence and refusals.</b> Applying an event equal to one already held is a no-op; a
 * different event under a used id is refused with {@link DuplicateEventException}. Every check runs
 * before anything changes, so a refused event leaves the ledger exactly as it was.
 *
 * <p><b>What is refused.</b> Besides missing references and bad dates: an item's open amount going
 * below zero, or a payment or credit note applied or refunded beyond its amount, at any as-of date;
 * allocations dated before their source or an item's issue date; amounts in another currency than the
 * item or source ({@link CurrencyMismatchException}). Cash applied to an item beyond its open amount,
 * within what was written off on it, is a recovery rather than an over-application.
 *
 * <p><b>Cost.</b> Applying an event through a {@link Builder} checks only the history of the items
 * and source it touches, so building a ledger is linear in the number of events (for items touched a
 * bounded number of times). {@link #withEvent(LedgerEvent)} copies the ledger and costs O(n).
 * {@link #asOf(LocalDate)} and {@link #statement} replay the events once: O(n) per date. The ledger
 * keeps the views it has made and the replay of the last one (softly, so the memory can always be
 * reclaimed): a date asked again costs nothing, and a later date continues the replay where it
 * stopped, so a run of ascending dates costs one replay plus one view per date. To
 * allocate payments while building, use {@link Builder#applyAllocation}: it reads the builder's running
 * open balances instead of building and replaying the ledger for every payment.
 *
 * <pre>
 *   CustomerLedger ledger = CustomerLedger.builder(CustomerId.of("C-1"))
 *       .apply(invoiceIssued).apply(paymentReceived).apply(allocation)
 *       .build();
 *   ledger.asOf(LocalDate.parse("2024-02-29")).getBalance(CurrencyUnit.EUR);   // EUR 200.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CustomerLedger {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerLedger.class);

    /** The most views a ledger keeps for reuse; past it, the kept ones are dropped. */
    private static final int MAX_VIEWS = 48;

    private final CustomerId customerId;
    private final List<LedgerEvent> events;
    private final List<SuspectedDuplicate> duplicates;
    /**
     * The views already asked for, by date: reports ask one ledger for the same dates many times
     * (the as-of date, month ends). Softly held, so the memory can always be taken back; the views
     * are immutable, so sharing them is safe. Not part of equality.
     */
    private final Map<LocalDate, SoftReference<LedgerView>> views = new ConcurrentHashMap<>();
    /**
     * The replay of the last view made, standing at its date, softly held and guarded by
     * {@code views}: a later date continues from it instead of replaying from the first event, so
     * views asked for in ascending dates (month ends, weekly forecasts) cost one replay in all.
     */
    private SoftReference<Replay> cursor = new SoftReference<>(null);

    private CustomerLedger(CustomerId customerId, List<LedgerEvent> events, List<SuspectedDuplicate> duplicates) {
        this.customerId = customerId;
        this.events = events;
        this.duplicates = duplicates;
    }

    /**
     * Obtains an empty ledger.
     *
     * @param customerId the customer, not null
     * @return the ledger, with no events
     * @throws NullPointerException if customerId is null
     */
    public static CustomerLedger empty(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return new CustomerLedger(customerId, List.of(), List.of());
    }

    /**
     * Obtains a ledger of the given events, applied in the given order.
     *
     * @param customerId the customer, not null
     * @param events the events, not null, no null element
     * @return the ledger
     * @throws NullPointerException if an argument or event is null
     * @throws IllegalArgumentException if an event is refused (see the class description)
     */
    public static CustomerLedger of(CustomerId customerId, Iterable<? extends LedgerEvent> events) {
        Objects.requireNonNull(events, "events");
        Builder b = builder(customerId);
        for (LedgerEvent e : events) {
            b.apply(e);
        }
        return b.build();
    }

    /**
     * Creates an empty builder.
     *
     * @param customerId the customer, not null
     * @return the builder
     * @throws NullPointerException if customerId is null
     */
    public static Builder builder(CustomerId customerId) {
        return new Builder(Objects.requireNonNull(customerId, "customerId"));
    }

    /**
     * Creates a builder holding this ledger's events; O(n).
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(customerId);
        for (LedgerEvent e : events) {
            b.apply(e);
        }
        return b;
    }

    /**
     * Returns a ledger with one more event; O(n). Applying an event already held returns an equal ledger.
     *
     * @param event the event, not null
     * @return the new ledger
     * @throws NullPointerException if event is null
     * @throws IllegalArgumentException if the event is refused (see the class description)
     */
    public CustomerLedger withEvent(LedgerEvent event) {
        return toBuilder().apply(event).build();
    }

    /**
     * Gets the customer.
     *
     * @return the customer id, not null
     */
    public CustomerId getCustomerId() {
        return customerId;
    }

    /**
     * Gets the events in canonical order: date, then kind, then event id.
     *
     * @return the events, not null
     */
    public List<LedgerEvent> getEvents() {
        return events;
    }

    /**
     * Gets the pairs of invoices or payments that look entered twice, by first then second id.
     *
     * @return the suspected duplicates, not null
     */
    public List<SuspectedDuplicate> getSuspectedDuplicates() {
        return duplicates;
    }

    /**
     * Gets the account as of the end of a date: only events dated on or before it count.
     *
     * @param asOf the date, not null
     * @return the view, not null
     * @throws NullPointerException if asOf is null
     */
    public LedgerView asOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        SoftReference<LedgerView> held = views.get(asOf);
        LedgerView view = held == null ? null : held.get();
        if (view == null) {
            synchronized (views) {
                Replay replay = cursor.get();
                if (replay == null || replay.asOf().isAfter(asOf)) {
                    replay = Replay.start(customerId);
                }
                view = replay.advance(events, asOf);
                cursor = new SoftReference<>(replay);
            }
            if (views.size() >= MAX_VIEWS) {
                views.clear();
            }
            views.put(asOf, new SoftReference<>(view));
        }
        return view;
    }

    /**
     * Gets the statement in one currency from a start date to an end date, both inclusive.
     *
     * @param currency the currency, not null
     * @param startInclusive the first day, not null
     * @param endInclusive the last day, not before the first, not null
     * @return the statement, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if endInclusive is before startInclusive
     */
    public Statement statement(CurrencyUnit currency, LocalDate startInclusive, LocalDate endInclusive) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (endInclusive.isBefore(startInclusive)) {
            throw new IllegalArgumentException("endInclusive " + endInclusive + " is before startInclusive " + startInclusive);
        }
        LedgerView view = asOf(endInclusive);
        Money opening = Money.zero(currency);
        List<StatementLine> lines = new ArrayList<>();
        for (StatementLine l : view.getMovements()) {
            if (l.getAmount().getCurrencyUnit().equals(currency)) {
                if (l.getDate().isBefore(startInclusive)) {
                    opening = l.getBalanceAfter();
                } else {
                    lines.add(l);
                }
            }
        }
        return ImmutableStatement.builder().customerId(customerId).currency(currency).startDate(startInclusive)
                .endDate(endInclusive).openingBalance(opening).lines(lines)
                .closingBalance(view.getBalance(currency)).build();
    }

    /**
     * Checks whether another object is a ledger of the same customer with the same events.
     *
     * @param obj the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof CustomerLedger)) {
            return false;
        }
        CustomerLedger o = (CustomerLedger) obj;
        return customerId.equals(o.customerId) && events.equals(o.events) && duplicates.equals(o.duplicates);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return customerId.hashCode() * 31 + events.hashCode();
    }

    /**
     * Returns a short description: the customer and the number of events.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "CustomerLedger[" + customerId + ", " + events.size() + " events]";
    }

    /**
     * A mutable builder of a {@link CustomerLedger}: applies events one at a time, checking each against
     * the history of what it touches only, so that building is linear in the number of events.
     *
     * <p>This class is mutable and not thread-safe; the ledgers it builds are immutable.
     */
    public static final class Builder {

        private final CustomerId customerId;
        private final LedgerIndex index;
        private final EventAdmission admission;

        private Builder(CustomerId customerId) {
            this.customerId = customerId;
            this.index = new LedgerIndex(customerId);
            this.admission = new EventAdmission(customerId, index);
        }

        /**
         * Applies an event: a no-op if an equal event is already held, otherwise checked and added.
         *
         * @param event the event, not null
         * @return this builder
         * @throws NullPointerException if event is null
         * @throws DuplicateEventException if a different event holds the same id
         * @throws CurrencyMismatchException if an amount is in another currency than its item or source
         * @throws IllegalArgumentException if the event is refused for another reason (see {@link CustomerLedger})
         */
        public Builder apply(LedgerEvent event) {
            Objects.requireNonNull(event, "event");
            try {
                if (!admission.validate(event)) {
                    return this;
                }
            } catch (IllegalArgumentException ex) {
                LOG.debug("refused event {} of customer {}: {}", event.getEventId(), customerId, ex.getMessage());
                throw ex;
            }
            index.record(event);
            return this;
        }

        /**
         * Proposes the allocation of a payment's or credit note's unapplied amount as of the end of a
         * date, without applying it: exactly the event {@code build().asOf(asOf).allocate(eventId,
         * source, strategy, options)} would give (same checks, same messages), but read from the
         * builder's running open balances instead of a replay of the whole history.
         *
         * <p><b>Cost.</b> When no allocation, write-off or reversal dated after {@code asOf} has been
         * applied (the usual case of events applied in date order), the cost is proportional to the
         * customer's items still open (plus its disputes), not to its history. Otherwise the open
         * amounts are recomputed from each item's own history up to the date: still exact, linear in
         * the customer's items and the events touching them, with no sort of the whole history.
         *
         * <pre>
         *   CustomerLedger.Builder b = CustomerLedger.builder(customer).apply(invoice).apply(payment);
         *   Optional&lt;AllocationPosted&gt; a = b.allocate(EventId.of("A-1"), CreditSource.ofPayment(PaymentId.of("PAY-1")),
         *       LocalDate.parse("2024-02-05"), AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults());
         * </pre>
         *
         * @param eventId the id of the allocation event, not null
         * @param source the payment or credit note, not null
         * @param asOf the date of the allocation: the view's date, not null
         * @param strategy the allocation strategy, not null
         * @param options the allocation options, not null
         * @return the allocation event, dated {@code asOf}, or empty when the strategy applies nothing
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the source is unknown as of the date, reversed, or has nothing unapplied
         */
        public Optional<AllocationPosted> allocate(EventId eventId, CreditSource source, LocalDate asOf,
                AllocationStrategy strategy, AllocationOptions options) {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(strategy, "strategy");
            Objects.requireNonNull(options, "options");
            return IndexAsOf.allocate(customerId, index, eventId, source, asOf, strategy, options);
        }

        /**
         * Proposes the allocation of a source's unapplied amount as of a date, as
         * {@link #allocate(EventId, CreditSource, LocalDate, AllocationStrategy, AllocationOptions)} does,
         * and applies it to this builder.
         *
         * <pre>
         *   b.applyAllocation(EventId.of("A-1"), CreditSource.ofPayment(PaymentId.of("PAY-1")),
         *       LocalDate.parse("2024-02-05"), AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults());
         *   b.build().asOf(LocalDate.parse("2024-02-05")).getUnappliedCredit(CurrencyUnit.EUR);
         * </pre>
         *
         * @param eventId the id of the allocation event, not null
         * @param source the payment or credit note, not null
         * @param asOf the date of the allocation, not null
         * @param strategy the allocation strategy, not null
         * @param options the allocation options, not null
         * @return the allocation event applied, or empty when the strategy applies nothing (nothing changes)
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the source is unknown as of the date, reversed, or has nothing
         *     unapplied, or the ledger refuses the event (a {@link DuplicateEventException} when a different
         *     event already holds {@code eventId}, or an allocation dated after this one relies on the
         *     amounts it takes)
         */
        public Optional<AllocationPosted> applyAllocation(EventId eventId, CreditSource source, LocalDate asOf,
                AllocationStrategy strategy, AllocationOptions options) {
            Optional<AllocationPosted> event = allocate(eventId, source, asOf, strategy, options);
            event.ifPresent(this::apply);
            return event;
        }

        /**
         * Gets the open amount of an item at the end of a date, from the builder's running balances
         * (see {@link #allocate(EventId, CreditSource, LocalDate, AllocationStrategy, AllocationOptions)}
         * for the cost); the same amount as the item's in {@code build().asOf(asOf).getOpenItems()}, or
         * zero when it is not listed there because it is settled.
         *
         * @param item the item, not null
         * @param asOf the date, not null
         * @return the open amount, zero or more; empty if the item is unknown or created after the date
         * @throws NullPointerException if an argument is null
         */
        public Optional<Money> getOpenAmount(ItemRef item, LocalDate asOf) {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(asOf, "asOf");
            return IndexAsOf.openAmount(index, item, asOf);
        }

        /**
         * Builds the ledger of the events applied so far; O(n log n).
         *
         * @return the ledger, not null
         */
        public CustomerLedger build() {
            List<LedgerEvent> sorted = new ArrayList<>(index.events());
            sorted.sort(LedgerEvent.CANONICAL_ORDER);
            List<SuspectedDuplicate> dups = new ArrayList<>(index.duplicates());
            dups.sort((a, b) -> {
                int c = a.getFirst().compareTo(b.getFirst());
                return c != 0 ? c : a.getSecond().compareTo(b.getSecond());
            });
            return new CustomerLedger(customerId, Collections.unmodifiableList(sorted), Collections.unmodifiableList(dups));
        }
    }
}
