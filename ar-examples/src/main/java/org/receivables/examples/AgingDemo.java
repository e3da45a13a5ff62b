package org.receivables.examples;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.receivables.aging.metrics.SettledInvoice;
import org.receivables.core.ledger.CustomerLedger;
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
        Map<CurrencyUnit, List<SettledInvoice>> byCurrency = new HashMap<>();
        for (CustomerLedger ledger : portfolio.getLedgers()) {
            PortfolioReport.Pass.settle(ledger, ledger.asOf(asOf), byCurrency);
        }
        return byCurrency.getOrDefault(currency, List.of());
    }
}
