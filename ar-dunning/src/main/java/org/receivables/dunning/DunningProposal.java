package org.receivables.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ChargeId;
import org.receivables.core.item.ItemKind;
import org.receivables.core.item.ItemRef;
import org.receivables.core.ledger.ChargePosted;
import org.receivables.dunning.interest.InterestCalculation;

/**
 * What the dunning engine proposes for a date: the notices, every customer or item left out with
 * its gate, and each customer's next change. It is plain data: the caller may edit it (drop a
 * customer, hold an item, override a level), execute it, record {@link #toRecords()} in its
 * {@link DunningHistory}, and post {@link #toCharges()} (the fees, interest and compensation) to the
 * customers' ledgers.
 *
 * <pre>
 *   DunningProposal proposal = engine.propose(accounts, history, contactLog, LocalDate.parse("2024-05-02"))
 *       .withoutCustomer(CustomerId.of("C-9"))      // the caller calls C-9 itself
 *       .withoutItem(ItemRef.parse("INV-7#1"));     // and holds one item
 *   history = history.plus(proposal.toRecords());   // after sending the notices
 *   for (ChargePosted charge : proposal.toCharges()) {   // fees, interest, compensation
 *       ledger = ledger.withEvent(charge);                // of charge.getCustomerId(); a repost is a no-op
 *   }
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

    /** The notice with other lines; its notice fee belongs to its level and goes if the level changes. */
    private static DunningNotice relined(DunningNotice notice, List<NoticeLine> lines) {
        DunningNotice edited = DunningNotice.builder().from(notice).lines(lines).build();
        return edited.getLevel() == notice.getLevel() ? edited
                : DunningNotice.builder().from(edited).noticeFee(Optional.empty()).build();
    }

    /**
     * Returns a copy without an item; a notice left with no line is dropped, and a notice whose level
     * falls loses its notice fee.
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
                notices.add(relined(notice, lines));
            }
        }
        return builder().from(this).notices(notices).build();
    }

    /**
     * Returns a copy with one item's level overridden. The notice keeps its actions; a line moved to
     * another level loses its fee (see {@link NoticeLine#withLevel(int)}), and a notice whose level
     * changes loses its notice fee.
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
            notices.add(relined(notice, lines));
        }
        if (!found) {
            throw new IllegalArgumentException("ref " + ref + " is in no notice of the proposal");
        }
        return builder().from(this).notices(notices).build();
    }

    /**
     * Gets the records to add to the history once the notices are executed: one per line, at the
     * line's level, dated the proposal's date, with the line's fee, compensation and interest (charged
     * through the end of its calculation); the notice fee goes on the record of the notice's first
     * line at the notice's level.
     *
     * @return the records, in notice and line order, not null
     */
    public List<DunningRecord> toRecords() {
        List<DunningRecord> records = new ArrayList<>();
        for (DunningNotice notice : getNotices()) {
            Optional<Money> noticeFee = notice.getNoticeFee();
            for (NoticeLine line : notice.getLines()) {
                DunningRecord.Builder r = DunningRecord.builder().customerId(notice.getCustomerId()).ref(line.getRef())
                        .level(line.getLevel()).date(getAsOf()).fee(line.getFee())
                        .compensation(line.getCompensation()).interest(line.getInterest())
                        .interestThrough(line.getInterestCalculation().map(InterestCalculation::getEndInclusive));
                if (noticeFee.isPresent() && line.getLevel() == notice.getLevel()) {
                    r.noticeFee(noticeFee);
                    noticeFee = Optional.empty();
                }
                records.add(r.build());
            }
        }
        return records;
    }

    /**
     * Gets the ledger charges of the executed proposal: every fee and late-payment compensation as a
     * {@link ItemKind#FEE} charge and every line's interest as an {@link ItemKind#INTEREST} charge,
     * posted and due on the proposal's date (the caller may set a later due date with
     * {@code ChargePosted.builder().from(charge).dueDate(..)}), each naming the invoice of its item
     * where it relates to one.
     *
     * <p>Charge ids are derived from what each charge is for, so posting the same proposal twice
     * replays identical events, which a {@link org.receivables.core.ledger.CustomerLedger} ignores.
     * Fees and compensation, which are charged at most once, carry no date in their id, so a second,
     * different charge of the same fee is refused by the ledger as a duplicate instead of being
     * charged twice; interest carries the last day it runs to:
     * <pre>
     *   dunning-fee:C-1:INV-1#1:L2          the level-2 fee of item INV-1#1 (per item)
     *   notice-fee:C-1:EUR:L2               the level-2 fee of C-1's notice in EUR (per notice)
     *   compensation:C-1:INV-1              the late-payment compensation of invoice INV-1
     *   interest:C-1:INV-1#1:2024-05-02     the interest of INV-1#1 up to and including 2024-05-02
     * </pre>
     * The ids are unique within a customer's ledger. Settling them before principal is the default
     * of the allocation options ({@link org.receivables.core.allocation.ChargeOrder#CHARGES_FIRST}).
     *
     * @return the charges, in notice and line order (notice fee, then per line fee, compensation,
     *     interest), not null
     */
    public List<ChargePosted> toCharges() {
        List<ChargePosted> charges = new ArrayList<>();
        for (DunningNotice notice : getNotices()) {
            String customer = notice.getCustomerId().toString();
            if (notice.getNoticeFee().isPresent()) {
                charges.add(charge(notice.getCustomerId(), ItemKind.FEE, "notice-fee:" + customer + ":"
                        + notice.getCurrency().getCode() + ":L" + notice.getLevel(), notice.getNoticeFee().get(),
                        Optional.empty(), "dunning fee, level " + notice.getLevel() + " notice"));
            }
            for (NoticeLine line : notice.getLines()) {
                Optional<InvoiceId> invoice = line.getRef().isInstalment()
                        ? Optional.of(line.getRef().getInvoiceId()) : Optional.empty();
                if (line.getFee().isPresent()) {
                    charges.add(charge(notice.getCustomerId(), ItemKind.FEE, "dunning-fee:" + customer + ":"
                            + line.getRef() + ":L" + line.getLevel(), line.getFee().get(), invoice,
                            "dunning fee, level " + line.getLevel() + ", " + line.getRef()));
                }
                if (line.getCompensation().isPresent() && invoice.isPresent()) {
                    charges.add(charge(notice.getCustomerId(), ItemKind.FEE, "compensation:" + customer + ":"
                            + invoice.get(), line.getCompensation().get(), invoice,
                            "late-payment compensation, " + invoice.get()));
                }
                if (line.getInterestCalculation().isPresent()) {
                    InterestCalculation calc = line.getInterestCalculation().get();
                    charges.add(charge(notice.getCustomerId(), ItemKind.INTEREST, "interest:" + customer + ":"
                            + line.getRef() + ":" + calc.getEndInclusive(), calc.getInterest(), invoice,
                            "interest on " + line.getRef() + " from " + calc.getStartExclusive().plusDays(1)
                            + " to " + calc.getEndInclusive()));
                }
            }
        }
        return charges;
    }

    private ChargePosted charge(CustomerId customerId, ItemKind kind, String id, Money amount,
            Optional<InvoiceId> invoice, String description) {
        return ChargePosted.builder().chargeId(ChargeId.of(id)).chargeKind(kind).customerId(customerId)
                .postedDate(getAsOf()).dueDate(getAsOf()).amount(amount).invoiceId(invoice)
                .description(description).build();
    }

    /** A builder of proposals; a missing field makes {@code build()} throw IllegalStateException. */
    public static final class Builder extends ImmutableDunningProposal.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
