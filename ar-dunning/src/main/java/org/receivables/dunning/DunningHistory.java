package org.receivables.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;

/**
 * What the caller executed of earlier dunning proposals: a list of {@link DunningRecord records},
 * each an item dunned at a level on a date, with what was charged: fees, interest up to a date and
 * late-payment compensation. Those records are what keeps every charge to at most once however
 * often the engine runs.
 *
 * <p>Questions take an as-of date and look only at records on or before it, so one history serves
 * runs for earlier dates too. An empty history makes every run a simulation.
 *
 * <pre>
 *   DunningHistory history = DunningHistory.empty().plus(proposal.toRecords());
 *   history.levelOf(ItemRef.parse("INV-1#1"), LocalDate.parse("2024-05-02"));   // the level recorded
 *   history.interestChargedThrough(ItemRef.parse("INV-1#1"), LocalDate.parse("2024-05-02"));   // 2024-05-02
 *   history.isCompensationCharged(CustomerId.of("C-1"), InvoiceId.of("INV-1"), LocalDate.parse("2024-05-02"));
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DunningHistory {

    private static final DunningHistory EMPTY = new DunningHistory(List.of());

    private final List<DunningRecord> records;
    /** The records of each item, and of each customer, in the order given: questions scan only these. */
    private final Map<ItemRef, List<DunningRecord>> byRef;
    private final Map<CustomerId, List<DunningRecord>> byCustomer;

    private DunningHistory(List<DunningRecord> records) {
        this(records, new HashMap<>(), new HashMap<>(), records);
    }

    /**
     * A history of records whose indexes are those of earlier records (never changed afterwards) plus
     * the added records; lists touched by the added records are copied before they grow, so the
     * earlier history's indexes stay as they were and {@link #plus} costs O(index size), not a rebuild.
     */
    private DunningHistory(List<DunningRecord> records, Map<ItemRef, List<DunningRecord>> byRef,
            Map<CustomerId, List<DunningRecord>> byCustomer, List<DunningRecord> added) {
        this.records = records;
        this.byRef = byRef;
        this.byCustomer = byCustomer;
        Map<ItemRef, List<DunningRecord>> grownRefs = new HashMap<>();
        Map<CustomerId, List<DunningRecord>> grownCustomers = new HashMap<>();
        for (DunningRecord r : added) {
            grownRefs.computeIfAbsent(r.getRef(), k -> {
                List<DunningRecord> copy = new ArrayList<>(byRef.getOrDefault(k, List.of()));
                byRef.put(k, copy);
                return copy;
            }).add(r);
            grownCustomers.computeIfAbsent(r.getCustomerId(), k -> {
                List<DunningRecord> copy = new ArrayList<>(byCustomer.getOrDefault(k, List.of()));
                byCustomer.put(k, copy);
                return copy;
            }).add(r);
        }
    }

    private List<DunningRecord> of(ItemRef ref) {
        return byRef.getOrDefault(ref, List.of());
    }

    private List<DunningRecord> of(CustomerId customerId) {
        return byCustomer.getOrDefault(customerId, List.of());
    }

    /**
     * Obtains the empty history.
     *
     * @return the history with no records, not null
     */
    public static DunningHistory empty() {
        return EMPTY;
    }

    /**
     * Obtains a history of records.
     *
     * @param records the records, in the order executed, not null, no null elements
     * @return the history, not null
     * @throws NullPointerException if records or an element is null
     */
    public static DunningHistory of(Collection<DunningRecord> records) {
        Objects.requireNonNull(records, "records");
        return new DunningHistory(List.copyOf(records));
    }

    /**
     * Returns a history with more records appended.
     *
     * @param more the records executed, not null, no null elements
     * @return the longer history, not null
     * @throws NullPointerException if more or an element is null
     */
    public DunningHistory plus(Collection<DunningRecord> more) {
        Objects.requireNonNull(more, "more");
        List<DunningRecord> added = List.copyOf(more);
        List<DunningRecord> all = new ArrayList<>(records.size() + added.size());
        all.addAll(records);
        all.addAll(added);
        return new DunningHistory(Collections.unmodifiableList(all), new HashMap<>(byRef), new HashMap<>(byCustomer),
                added);
    }

    /**
     * Gets the records, in the order given.
     *
     * @return the records, not null
     */
    public List<DunningRecord> getRecords() {
        return records;
    }

    /**
     * Gets the highest level an item reached on or before a date.
     *
     * @param ref the item, not null
     * @param asOf the date, not null
     * @return the level, 0 if the item was never dunned
     * @throws NullPointerException if any argument is null
     */
    public int levelOf(ItemRef ref, LocalDate asOf) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(asOf, "asOf");
        int level = 0;
        for (DunningRecord r : of(ref)) {
            if (!r.getDate().isAfter(asOf)) {
                level = Math.max(level, r.getLevel());
            }
        }
        return level;
    }

    /**
     * Checks whether an item was dunned on exactly a date.
     *
     * @param ref the item, not null
     * @param date the date, not null
     * @return true if a record for the item carries the date
     * @throws NullPointerException if any argument is null
     */
    public boolean isDunnedOn(ItemRef ref, LocalDate date) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(date, "date");
        return of(ref).stream().anyMatch(r -> r.getDate().equals(date));
    }

    /**
     * Gets the highest level any item of a customer reached on or before a date, paid items included.
     *
     * @param customerId the customer, not null
     * @param asOf the date, not null
     * @return the level, 0 if the customer was never dunned
     * @throws NullPointerException if any argument is null
     */
    public int customerLevel(CustomerId customerId, LocalDate asOf) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(asOf, "asOf");
        int level = 0;
        for (DunningRecord r : of(customerId)) {
            if (!r.getDate().isAfter(asOf)) {
                level = Math.max(level, r.getLevel());
            }
        }
        return level;
    }

    /**
     * Gets the date of a customer's last notice on or before a date.
     *
     * @param customerId the customer, not null
     * @param asOf the date, not null
     * @return the date, or empty if the customer was never dunned
     * @throws NullPointerException if any argument is null
     */
    public Optional<LocalDate> lastNoticeDate(CustomerId customerId, LocalDate asOf) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate last = null;
        for (DunningRecord r : of(customerId)) {
            if (!r.getDate().isAfter(asOf) && (last == null || r.getDate().isAfter(last))) {
                last = r.getDate();
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * Checks whether a fee was charged for an item at a level on or before a date.
     *
     * @param ref the item, not null
     * @param level the level, 1 or more
     * @param asOf the date, not null
     * @return true if a record for the item and level carries a fee
     * @throws NullPointerException if ref or asOf is null
     */
    public boolean isFeeCharged(ItemRef ref, int level, LocalDate asOf) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(asOf, "asOf");
        return of(ref).stream().anyMatch(r -> r.getLevel() == level
                && r.getFee().isPresent() && !r.getDate().isAfter(asOf));
    }

    /**
     * Checks whether a fee was charged for a customer's notice in a currency at a level on or before
     * a date (a level charging its fee once per notice).
     *
     * @param customerId the customer, not null
     * @param currency the notice's currency, not null
     * @param level the notice's level, 1 or more
     * @param asOf the date, not null
     * @return true if a record of the customer at the level carries a notice fee in the currency
     * @throws NullPointerException if customerId, currency or asOf is null
     */
    public boolean isNoticeFeeCharged(CustomerId customerId, CurrencyUnit currency, int level, LocalDate asOf) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        return of(customerId).stream().anyMatch(r -> r.getLevel() == level && !r.getDate().isAfter(asOf)
                && r.getNoticeFee().filter(f -> f.getCurrencyUnit().equals(currency)).isPresent());
    }

    /**
     * Gets the last day up to which interest was charged for an item by records on or before a date.
     *
     * @param ref the item, not null
     * @param asOf the date, not null
     * @return the latest interest-through date, or empty if no interest was charged for the item
     * @throws NullPointerException if any argument is null
     */
    public Optional<LocalDate> interestChargedThrough(ItemRef ref, LocalDate asOf) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate through = null;
        for (DunningRecord r : of(ref)) {
            if (!r.getDate().isAfter(asOf) && r.getInterestThrough().isPresent()
                    && (through == null || r.getInterestThrough().get().isAfter(through))) {
                through = r.getInterestThrough().get();
            }
        }
        return Optional.ofNullable(through);
    }

    /**
     * Checks whether the late-payment compensation of a customer's invoice was charged on or before a
     * date, on the record of any of its instalments.
     *
     * @param customerId the customer, not null
     * @param invoiceId the invoice, not null
     * @param asOf the date, not null
     * @return true if a record of one of the invoice's instalments carries compensation
     * @throws NullPointerException if any argument is null
     */
    public boolean isCompensationCharged(CustomerId customerId, InvoiceId invoiceId, LocalDate asOf) {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(asOf, "asOf");
        return of(customerId).stream().anyMatch(r -> r.getCompensation().isPresent() && !r.getDate().isAfter(asOf)
                && r.getRef().isInstalment() && r.getRef().getInvoiceId().equals(invoiceId));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DunningHistory && ((DunningHistory) obj).records.equals(records);
    }

    @Override
    public int hashCode() {
        return records.hashCode();
    }

    @Override
    public String toString() {
        return "DunningHistory" + records;
    }
}
