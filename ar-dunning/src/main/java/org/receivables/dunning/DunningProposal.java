package org.receivables.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.ItemRef;

/**
 * What the dunning engine proposes for a date: the notices, every customer or item left out with
 * its gate, and each customer's next change. It is plain data: the caller may edit it (drop a
 * customer, hold an item, override a level), execute it, and record {@link #toRecords()} in its
 * {@link DunningHistory}.
 *
 * <pre>
 *   DunningProposal proposal = engine.propose(accounts, history, contactLog, LocalDate.parse("2024-05-02"))
 *       .withoutCustomer(CustomerId.of("C-9"))      // the caller calls C-9 itself
 *       .withoutItem(ItemRef.parse("INV-7#1"));     // and holds one item
 *   history = history.plus(proposal.toRecords());   // after sending the notices
 * </pre>
 *
 * <p>Notices are ordered by customer id then currency code; exclusions and next changes by customer id.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DunningProposal {

    DunningProposal() {
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
     * Gets the date the proposal is for.
     *
     * @return the date, not null
     */
    public abstract LocalDate getAsOf();

    /**
     * Gets the notices proposed.
     *
     * @return the notices, not null
     */
    public abstract List<DunningNotice> getNotices();

    /**
     * Gets the customers, currencies and items left out, with their gates.
     *
     * @return the exclusions, not null
     */
    public abstract List<Exclusion> getExclusions();

    /**
     * Gets, for each customer with something pending, the next date something would change.
     *
     * @return the next changes, one per customer at most, not null
     */
    public abstract List<NextChange> getNextChanges();

    /**
     * Gets a customer's next change.
     *
     * @param customerId the customer, not null
     * @return the next change, or empty if nothing is pending for the customer
     * @throws NullPointerException if customerId is null
     */
    public Optional<NextChange> getNextChange(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return getNextChanges().stream().filter(n -> n.getCustomerId().equals(customerId)).findFirst();
    }

    /**
     * Gets the exclusions of a customer and its items.
     *
     * @param customerId the customer, not null
     * @return the exclusions, not null
     * @throws NullPointerException if customerId is null
     */
    public List<Exclusion> getExclusions(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return getExclusions().stream().filter(e -> e.getCustomerId().equals(customerId)).toList();
    }

    /**
     * Returns a copy without a customer's notices.
     *
     * @param customerId the customer, not null
     * @return the edited proposal, not null
     * @throws NullPointerException if customerId is null
     */
    public DunningProposal withoutCustomer(CustomerId customerId) {
        Objects.requireNonNull(customerId, "customerId");
        return builder().from(this).notices(
                getNotices().stream().filter(n -> !n.getCustomerId().equals(customerId)).toList()).build();
    }

    /**
     * Returns a copy without an item; a notice left with no line is dropped.
     *
     * @param ref the item, not null
     * @return the edited proposal, not null
     * @throws NullPointerException if ref is null
     */
    public DunningProposal withoutItem(ItemRef ref) {
        Objects.requireNonNull(ref, "ref");
        List<DunningNotice> notices = new ArrayList<>();
        for (DunningNotice notice : getNotices()) {
            List<NoticeLine> lines = notice.getLines().stream().filter(l -> !l.getRef().equals(ref)).toList();
            if (!lines.isEmpty()) {
                notices.add(DunningNotice.builder().from(notice).lines(lines).build());
            }
        }
        return builder().from(this).notices(notices).build();
    }

    /**
     * Returns a copy with one item's level overridden. The notice keeps its actions; a line moved to
     * another level loses its fee (see {@link NoticeLine#withLevel(int)}).
     *
     * @param ref the item, not null
     * @param level the level, 1 or more, not below the item's previous level
     * @return the edited proposal, not null
     * @throws NullPointerException if ref is null
     * @throws IllegalArgumentException if no notice holds the item, or the level is below 1 or the previous level
     */
    public DunningProposal withItemLevel(ItemRef ref, int level) {
        Objects.requireNonNull(ref, "ref");
        List<DunningNotice> notices = new ArrayList<>();
        boolean found = false;
        for (DunningNotice notice : getNotices()) {
            List<NoticeLine> lines = new ArrayList<>();
            for (NoticeLine line : notice.getLines()) {
                if (line.getRef().equals(ref)) {
                    found = true;
                    lines.add(line.withLevel(level));
                } else {
                    lines.add(line);
                }
            }
            notices.add(DunningNotice.builder().from(notice).lines(lines).build());
        }
        if (!found) {
            throw new IllegalArgumentException("ref " + ref + " is in no notice of the proposal");
        }
        return builder().from(this).notices(notices).build();
    }

    /**
     * Gets the records to add to the history once the notices are executed: one per line, at the
     * line's level, dated the proposal's date, with the line's fee.
     *
     * @return the records, in notice and line order, not null
     */
    public List<DunningRecord> toRecords() {
        List<DunningRecord> records = new ArrayList<>();
        for (DunningNotice notice : getNotices()) {
            for (NoticeLine line : notice.getLines()) {
                records.add(DunningRecord.builder().customerId(notice.getCustomerId()).ref(line.getRef())
                        .level(line.getLevel()).date(getAsOf()).fee(line.getFee()).build());
            }
        }
        return records;
    }

    /** A builder of proposals; a missing field makes {@code build()} throw IllegalStateException. */
    public static final class Builder extends ImmutableDunningProposal.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
