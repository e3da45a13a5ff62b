package org.receivables.core.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.ItemRef;
import org.receivables.core.ledger.AllocationPosted;
import org.receivables.core.ledger.ItemApplication;
import org.receivables.core.ledger.ChargePosted;
import org.receivables.core.ledger.CreditNoteIssued;
import org.receivables.core.ledger.CreditRefunded;
import org.receivables.core.ledger.CreditSource;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.LedgerEvent;
import org.receivables.core.ledger.PaymentReceived;
import org.receivables.core.ledger.PaymentReversed;
import org.receivables.core.ledger.WriteOffPosted;
import org.receivables.core.terms.Instalment;

/**
 * A deliberately naive model of the ledger for model-based tests and for the generator: plain maps of
 * open amounts and unapplied credit, updated by events applied in date order (no validation, no as-of
 * dates). Ids are unique across customers.
 */
public final class LedgerModel {

    /** A modelled item. */
    public static final class Item {
        public final ItemRef ref;
        public final CustomerId customer;
        public final InvoiceId invoiceId;
        public final LocalDate issueDate;
        public final Money original;
        public Money open;
        public Money writtenOff;

        Item(ItemRef ref, CustomerId customer, InvoiceId invoiceId, LocalDate issueDate, Money original) {
            this.ref = ref;
            this.customer = customer;
            this.invoiceId = invoiceId;
            this.issueDate = issueDate;
            this.original = original;
            this.open = original;
            this.writtenOff = Money.zero(original.getCurrencyUnit());
        }
    }

    /** A modelled payment or credit note. */
    public static final class Source {
        public final CreditSource source;
        public final CustomerId customer;
        public final LocalDate date;
        public final Money amount;
        public Money unapplied;
        public boolean reversed;
        public boolean refunded;
        final List<Entry> entries = new ArrayList<>();

        Source(CreditSource source, CustomerId customer, LocalDate date, Money amount) {
            this.source = source;
            this.customer = customer;
            this.date = date;
            this.amount = amount;
            this.unapplied = amount;
        }

        public boolean hasEntries() {
            return !entries.isEmpty();
        }
    }

    private static final class Entry {
        final Item item;
        final Money reduce;
        final Money recovery;

        Entry(Item item, Money reduce, Money recovery) {
            this.item = item;
            this.reduce = reduce;
            this.recovery = recovery;
        }
    }

    public final Map<ItemRef, Item> items = new HashMap<>();
    public final Map<CreditSource, Source> sources = new HashMap<>();

    /** Applies an event (assumed valid and in date order). */
    public void apply(LedgerEvent e) {
        if (e instanceof InvoiceIssued) {
            InvoiceIssued inv = (InvoiceIssued) e;
            for (Instalment i : inv.getSchedule().getInstalments()) {
                ItemRef ref = ItemRef.ofInstalment(inv.getInvoiceId(), i.getNumber());
                items.put(ref, new Item(ref, inv.getCustomerId(), inv.getInvoiceId(), inv.getIssueDate(), i.getAmount()));
            }
        } else if (e instanceof ChargePosted) {
            ChargePosted c = (ChargePosted) e;
            items.put(c.getItemRef(), new Item(c.getItemRef(), c.getCustomerId(), null, c.getPostedDate(), c.getAmount()));
        } else if (e instanceof CreditNoteIssued) {
            CreditNoteIssued c = (CreditNoteIssued) e;
            sources.put(c.getSource(), new Source(c.getSource(), c.getCustomerId(), c.getIssueDate(), c.getAmount()));
        } else if (e instanceof PaymentReceived) {
            PaymentReceived p = (PaymentReceived) e;
            sources.put(p.getSource(), new Source(p.getSource(), p.getCustomerId(), p.getReceivedDate(), p.getAmount()));
        } else if (e instanceof AllocationPosted) {
            AllocationPosted a = (AllocationPosted) e;
            Source s = sources.get(a.getSource());
            for (ItemApplication app : a.getApplications()) {
                Item item = items.get(app.getItem());
                Money settled = app.getSettled();
                Money recovery = settled.isGreaterThan(item.open) ? settled.minus(item.open) : settled.withAmount(0);
                Money reduce = settled.minus(recovery);
                item.open = item.open.minus(reduce);
                item.writtenOff = item.writtenOff.minus(recovery);
                s.unapplied = s.unapplied.minus(app.getAmount());
                s.entries.add(new Entry(item, reduce, recovery));
            }
        } else if (e instanceof WriteOffPosted) {
            WriteOffPosted w = (WriteOffPosted) e;
            Item item = items.get(w.getItem());
            item.open = item.open.minus(w.getAmount());
            item.writtenOff = item.writtenOff.plus(w.getAmount());
        } else if (e instanceof PaymentReversed) {
            Source s = sources.get(CreditSource.ofPayment(((PaymentReversed) e).getPaymentId()));
            for (Entry en : s.entries) {
                en.item.open = en.item.open.plus(en.reduce);
                en.item.writtenOff = en.item.writtenOff.plus(en.recovery);
            }
            s.entries.clear();
            s.unapplied = s.unapplied.withAmount(0);
            s.reversed = true;
        } else if (e instanceof CreditRefunded) {
            CreditRefunded r = (CreditRefunded) e;
            Source s = sources.get(r.getSource());
            s.unapplied = s.unapplied.minus(r.getAmount());
            s.refunded = true;
        }
    }

    /** @return the open amounts above zero of a customer's items, by ref */
    public TreeMap<ItemRef, Money> openItems(CustomerId customer) {
        TreeMap<ItemRef, Money> out = new TreeMap<>();
        for (Item i : items.values()) {
            if (i.customer.equals(customer) && i.open.isPositive()) {
                out.put(i.ref, i.open);
            }
        }
        return out;
    }

    /** @return the unapplied credit of a customer per currency (only currencies with a source) */
    public TreeMap<CurrencyUnit, Money> unapplied(CustomerId customer) {
        TreeMap<CurrencyUnit, Money> out = new TreeMap<>();
        for (Source s : sources.values()) {
            if (s.customer.equals(customer)) {
                out.merge(s.amount.getCurrencyUnit(), s.unapplied, Money::plus);
            }
        }
        return out;
    }
}
