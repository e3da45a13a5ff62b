package org.receivables.core.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.PaymentId;
import org.receivables.core.allocation.Allocation;
import org.receivables.core.allocation.AllocationOptions;
import org.receivables.core.allocation.AllocationStrategy;
import org.receivables.core.allocation.Application;
import org.receivables.core.allocation.Remittance;
import org.receivables.core.allocation.ToleranceWriteOff;
import org.receivables.core.bulk.OpenItemColumns;
import org.receivables.core.item.OpenItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A customer's account as of the end of one date: the open items with their open amounts and due
 * dates, balances and totals per currency, what became of each payment and credit note (unapplied
 * credit), the items in dispute, the promises to pay judged on that date, recoveries of written-off
 * amounts, and every movement up to the date. Events dated after the date do not show.
 *
 * <pre>
 *   LedgerView v = ledger.asOf(LocalDate.parse("2024-02-29"));
 *   v.getOpenItems();                   // [INV-1#1 open EUR 200.00 due 2024-02-09, ...]
 *   v.getBalance(CurrencyUnit.EUR);     // EUR 200.00
 *   v.getUnappliedCredit(CurrencyUnit.EUR);   // EUR 0.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LedgerView {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerView.class);

    LedgerView() {
    }

    /**
     * Gets the customer.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the as-of date: the view includes events dated on or before it.
     *
     * @return the date, not null
     */
    public abstract LocalDate getAsOf();

    /**
     * Gets the items with an open amount above zero, by due date, then issue date, then ref; each
     * carries its open amount, its original due date, and whether it is in dispute.
     *
     * @return the open items, not null
     */
    public abstract List<OpenItem> getOpenItems();

    /**
     * Gets the open items ({@link #getOpenItems()}) in bulk form: columns of minor units and epoch days,
     * built on first use and kept with the view, so code that reads the same view again (an aging report
     * of the same date, say) scans primitive arrays instead of {@link OpenItem} objects.
     *
     * <pre>
     *   OpenItemColumns columns = ledger.asOf(LocalDate.parse("2024-03-31")).getOpenItemColumns();
     *   columns.size();                     // the number of open items
     * </pre>
     *
     * @return the columns, not null
     * @throws IllegalArgumentException if the items do not fit the columns (see
     *         {@link OpenItemColumns.Builder#addItem(OpenItem)}: more than 256 currencies, an open amount
     *         beyond a long of minor units, a date beyond an int of epoch days)
     */
    @Value.Lazy
    public OpenItemColumns getOpenItemColumns() {
        return OpenItemColumns.of(getOpenItems());
    }

    /**
     * Gets the totals for each currency the account has used, by currency code.
     *
     * @return the totals, not null
     */
    public abstract List<AccountTotals> getTotals();

    /**
     * Gets what became of each payment and credit note, by date then source.
     *
     * @return the source balances, not null
     */
    public abstract List<SourceBalance> getSources();

    /**
     * Gets the disputes open on the as-of date (opened, not resolved), by dispute id.
     *
     * @return the disputes, not null
     */
    public abstract List<DisputeOpened> getOpenDisputes();

    /**
     * Gets every promise to pay made on or before the as-of date, judged on it, by made date then id.
     *
     * @return the promise states, not null
     */
    public abstract List<PromiseState> getPromises();

    /**
     * Gets the recoveries of written-off amounts in force, in event order.
     *
     * @return the recoveries, not null
     */
    public abstract List<Recovery> getRecoveries();

    /**
     * Gets every movement up to the as-of date, all currencies, in canonical event order.
     *
     * @return the movements, not null
     */
    public abstract List<StatementLine> getMovements();

    /**
     * Gets the currencies the account has used, by code.
     *
     * @return the currencies, not null
     */
    public List<CurrencyUnit> getCurrencies() {
        List<CurrencyUnit> list = new ArrayList<>();
        for (AccountTotals t : getTotals()) {
            list.add(t.getCurrency());
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Gets the totals in one currency; all zero if the account never used it.
     *
     * @param currency the currency, not null
     * @return the totals, not null
     * @throws NullPointerException if currency is null
     */
    public AccountTotals getTotals(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        for (AccountTotals t : getTotals()) {
            if (t.getCurrency().equals(currency)) {
                return t;
            }
        }
        Money z = Money.zero(currency);
        return ImmutableAccountTotals.builder().asOf(getAsOf()).currency(currency).invoiced(z).charged(z).credited(z)
                .received(z).reversed(z).refunded(z).appliedPayments(z).appliedCredits(z).discounts(z)
                .allocationWriteOffs(z).writtenOff(z).recovered(z).openItems(z).unapplied(z).build();
    }

    /**
     * Gets the balance in one currency: open items minus unapplied credit.
     *
     * @param currency the currency, not null
     * @return the balance, negative when the customer is in credit, not null
     * @throws NullPointerException if currency is null
     */
    public Money getBalance(CurrencyUnit currency) {
        return getTotals(currency).getBalance();
    }

    /**
     * Gets the unapplied on-account credit in one currency.
     *
     * @param currency the currency, not null
     * @return the unapplied credit, zero or more, not null
     * @throws NullPointerException if currency is null
     */
    public Money getUnappliedCredit(CurrencyUnit currency) {
        return getTotals(currency).getUnapplied();
    }

    /**
     * Gets the open items in one currency, in the order of {@link #getOpenItems()}.
     *
     * @param currency the currency, not null
     * @return the open items, not null
     * @throws NullPointerException if currency is null
     */
    public List<OpenItem> getOpenItems(CurrencyUnit currency) {
        Objects.requireNonNull(currency, "currency");
        List<OpenItem> list = new ArrayList<>();
        for (OpenItem i : getOpenItems()) {
            if (i.getCurrency().equals(currency)) {
                list.add(i);
            }
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Gets the open items in dispute, in the order of {@link #getOpenItems()}.
     *
     * @return the disputed items, not null
     */
    public List<OpenItem> getDisputedItems() {
        List<OpenItem> list = new ArrayList<>();
        for (OpenItem i : getOpenItems()) {
            if (i.isDisputed()) {
                list.add(i);
            }
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Runs the allocation engine on the unapplied amount of a payment or credit note against the open
     * items in its currency as of this date, and returns the allocation event for the caller to apply
     * to the ledger. The remittance is dated on the source's own date (so discounts are judged on the
     * day the cash came in) and carries its references; the event is dated on this view's date. A
     * tolerance write-off the engine proposes becomes the write-off of its item's application.
     *
     * <pre>
     *   Optional&lt;AllocationPosted&gt; a = ledger.asOf(LocalDate.parse("2024-02-05")).allocate(EventId.of("A-1"),
     *       CreditSource.ofPayment(PaymentId.of("PAY-1")), AllocationStrategies.OLDEST_DUE_FIRST, AllocationOptions.defaults());
     *   ledger = ledger.withEvent(a.get());
     * </pre>
     *
     * @param eventId the id of the allocation event, not null
     * @param source the payment or credit note, not null
     * @param strategy the allocation strategy, not null
     * @param options the allocation options, not null
     * @return the allocation event, or empty when the strategy applies nothing
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the source is unknown as of this date, reversed, or has nothing unapplied
     */
    public Optional<AllocationPosted> allocate(EventId eventId, CreditSource source, AllocationStrategy strategy,
            AllocationOptions options) {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(options, "options");
        SourceBalance balance = getSource(source).orElseThrow(() -> new IllegalArgumentException("source " + source
                + " is unknown in the ledger of customer " + getCustomerId() + " as of " + getAsOf()));
        if (balance.isReversed()) {
            throw new IllegalArgumentException("source " + source + " was reversed on or before " + getAsOf());
        }
        Money unapplied = balance.getUnapplied();
        if (!unapplied.isPositive()) {
            throw new IllegalArgumentException("source " + source + " has nothing unapplied as of " + getAsOf() + ": " + unapplied);
        }
        return propose(getCustomerId(), getAsOf(), eventId, source, unapplied, balance.getDate(),
                balance.getReferences(), getOpenItems(unapplied.getCurrencyUnit()), strategy, options);
    }

    /**
     * Runs the engine on a source's unapplied amount against the open items in its currency as of a
     * date; shared by this view and {@link CustomerLedger.Builder#allocate}, so both give the same event.
     */
    static Optional<AllocationPosted> propose(CustomerId customerId, LocalDate asOf, EventId eventId,
            CreditSource source, Money unapplied, LocalDate sourceDate, List<String> references,
            List<OpenItem> items, AllocationStrategy strategy, AllocationOptions options) {
        Remittance remittance = source.isPayment()
                ? Remittance.ofPayment(source.getDocumentId(), unapplied, sourceDate, references)
                : Remittance.ofCreditNote(source.getDocumentId(), unapplied, sourceDate, references);
        Allocation result = strategy.allocate(remittance, items, options);
        AllocationPosted.Builder event = AllocationPosted.builder().eventId(eventId).customerId(customerId)
                .date(asOf).source(source);
        boolean any = false;
        Money zero = Money.zero(unapplied.getCurrencyUnit());
        for (Application app : result.getApplications()) {
            Money writeOff = result.getWriteOff().filter(w -> w.getItemRef().equals(app.getItemRef()))
                    .map(ToleranceWriteOff::getAmount).orElse(zero);
            if (app.getSettled().plus(writeOff).isPositive()) {
                event.addApplications(ItemApplication.of(app.getItemRef(), app.getAmount(), app.getDiscount(), writeOff));
                any = true;
            }
        }
        LOG.debug("allocation {} of source {} as of {}: {} applications, {} unapplied", eventId, source, asOf,
                result.getApplications().size(), result.getUnapplied());
        return any ? Optional.of(event.build()) : Optional.empty();
    }

    /**
     * Runs the allocation engine on the unapplied amount of a payment; the same as
     * {@link #allocate(EventId, CreditSource, AllocationStrategy, AllocationOptions)} with
     * {@code CreditSource.ofPayment(paymentId)}.
     *
     * @param eventId the id of the allocation event, not null
     * @param paymentId the payment, not null
     * @param strategy the allocation strategy, not null
     * @param options the allocation options, not null
     * @return the allocation event, or empty when the strategy applies nothing
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the payment is unknown as of this date, reversed, or has nothing unapplied
     */
    public Optional<AllocationPosted> allocate(EventId eventId, PaymentId paymentId, AllocationStrategy strategy,
            AllocationOptions options) {
        Objects.requireNonNull(paymentId, "paymentId");
        return allocate(eventId, CreditSource.ofPayment(paymentId), strategy, options);
    }

    /**
     * Gets what became of one payment or credit note.
     *
     * @param source the source, not null
     * @return its balance, or empty if the account has no such source as of the date
     * @throws NullPointerException if source is null
     */
    public Optional<SourceBalance> getSource(CreditSource source) {
        Objects.requireNonNull(source, "source");
        for (SourceBalance s : getSources()) {
            if (s.getSource().equals(source)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
