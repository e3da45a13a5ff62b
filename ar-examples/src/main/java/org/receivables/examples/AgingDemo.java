package org.receivables.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.receivables.aging.metrics.SettledInvoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.AllocationPosted;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.ItemApplication;
import org.receivables.core.ledger.LedgerEvent;
import org.receivables.core.ledger.Portfolio;

/**
 * What the report's payment-timing metrics need from a portfolio that the ledgers do not keep ready:
 * the invoices paid in full, with the date of their last payment.
 */
final class AgingDemo {

    private AgingDemo() {
    }

    /**
     * Derives the invoices of one currency paid in full by the as-of date from a portfolio's ledgers:
     * an invoice none of whose instalments is open on {@code asOf} and to which at least one payment
     * was applied; its paid date is the date of the last payment applied to it.
     *
     * @param portfolio the portfolio, not null
     * @param currency the currency, not null
     * @param asOf the as-of date, not null
     * @return the settled invoices, in ledger order
     */
    static List<SettledInvoice> settledInvoices(Portfolio portfolio, CurrencyUnit currency, LocalDate asOf) {
        List<SettledInvoice> settled = new ArrayList<>();
        for (CustomerLedger ledger : portfolio.getLedgers()) {
            Set<InvoiceId> open = new HashSet<>();
            for (OpenItem item : ledger.asOf(asOf).getOpenItems()) {
                if (item.getRef().isInstalment()) {
                    open.add(item.getRef().getInvoiceId());
                }
            }
            Map<InvoiceId, LocalDate> paid = new HashMap<>();
            for (LedgerEvent e : ledger.getEvents()) {
                if (e instanceof AllocationPosted && !e.getDate().isAfter(asOf)
                        && ((AllocationPosted) e).getSource().isPayment()) {
                    for (ItemApplication a : ((AllocationPosted) e).getApplications()) {
                        if (a.getItem().isInstalment()) {
                            paid.merge(a.getItem().getInvoiceId(), e.getDate(), (x, y) -> x.isAfter(y) ? x : y);
                        }
                    }
                }
            }
            for (LedgerEvent e : ledger.getEvents()) {
                if (e instanceof InvoiceIssued) {
                    InvoiceIssued inv = (InvoiceIssued) e;
                    LocalDate paidDate = paid.get(inv.getInvoiceId());
                    if (inv.getCurrency().equals(currency) && paidDate != null && !open.contains(inv.getInvoiceId())
                            && !inv.getIssueDate().isAfter(asOf)) {
                        settled.add(SettledInvoice.of(inv.getIssueDate(), inv.getSchedule().getFinalDueDate(),
                                paidDate, inv.getTotal()));
                    }
                }
            }
        }
        return settled;
    }
}
