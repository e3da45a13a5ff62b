package org.receivables.aging.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.LedgerEvent;
import org.receivables.core.ledger.LedgerView;

/**
 * Reads the inputs of the metrics from customer ledgers: the {@link PeriodFigures} of a period and
 * the {@link MonthlySales} history that countback DSO walks back through.
 *
 * <p>The figures follow these definitions, per currency, summed over the ledgers given:
 * <ul>
 *   <li><b>Credit sales</b> of a period: the amount invoiced with an issue date inside the period
 *       (both ends inclusive), before credit notes, discounts and write-offs: gross credit sales, the
 *       figure the DSO and CEI formulas divide by. Fee and interest charges are not sales.</li>
 *   <li><b>Receivables</b> on a date: the open amount of every open item (invoice instalments and
 *       charges) at the end of that day, before unapplied on-account credit is netted, so one
 *       customer in credit does not hide another's debt. Beginning receivables are those at the
 *       end of the day before the period starts; ending receivables those at the end of its last day.</li>
 *   <li><b>Current receivables</b>: the open amount of items not yet due on the last day (days past
 *       due zero or less; an item due that day is current).</li>
 * </ul>
 *
 * <pre>
 *   PeriodFigures q1 = LedgerFigures.periodFigures(portfolio.getLedgers(),
 *       MeasurementPeriod.ofMonths(YearMonth.of(2024, 1), YearMonth.of(2024, 3)), CurrencyUnit.EUR);
 *   DaysSalesOutstanding.standard(q1, ReceivablesBasis.ENDING);
 * </pre>
 *
 * <p>Credit sales are summed from the ledgers' invoice events directly, with no replay; period
 * figures take each ledger's view as of the two dates that need open items. This class is immutable
 * and thread-safe.
 */
public final class LedgerFigures {

    private LedgerFigures() {
    }

    /**
     * Reads the figures of a period from ledgers.
     *
     * @param ledgers the customer ledgers, not null, no null element; a customer given twice counts twice
     * @param period the period, not null
     * @param currency the currency to read, not null; ledgers without it contribute zero
     * @return the figures with credit sales, beginning, ending and ending current receivables, not null
     * @throws NullPointerException if an argument or a ledger is null
     */
    public static PeriodFigures periodFigures(Iterable<CustomerLedger> ledgers, MeasurementPeriod period,
            CurrencyUnit currency) {
        Objects.requireNonNull(ledgers, "ledgers");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        LocalDate before = period.getStart().minusDays(1);
        LocalDate end = period.getEndInclusive();
        Money beginning = Money.zero(currency);
        Money ending = Money.zero(currency);
        Money current = Money.zero(currency);
        long salesMinor = 0;
        for (CustomerLedger ledger : ledgers) {
            Objects.requireNonNull(ledger, "ledgers");
            for (LedgerEvent e : ledger.getEvents()) {
                if (e.getDate().isAfter(end)) {
                    break;    // events are in date order
                }
                if (e instanceof InvoiceIssued && e.getDate().isAfter(before)
                        && ((InvoiceIssued) e).getCurrency().equals(currency)) {
                    salesMinor = Math.addExact(salesMinor, ((InvoiceIssued) e).getTotal().getAmountMinorLong());
                }
            }
            LedgerView atStart = ledger.asOf(before);
            LedgerView atEnd = ledger.asOf(end);
            beginning = beginning.plus(atStart.getTotals(currency).getOpenItems());
            ending = ending.plus(atEnd.getTotals(currency).getOpenItems());
            for (OpenItem item : atEnd.getOpenItems(currency)) {
                if (item.daysPastDue(end) <= 0) {
                    current = current.plus(item.getOpenAmount());
                }
            }
        }
        Money sales = Money.ofMinor(currency, salesMinor);
        return PeriodFigures.builder().period(period).creditSales(sales).beginningReceivables(beginning)
                .endingReceivables(ending).endingCurrentReceivables(current).build();
    }

    /**
     * Reads the monthly credit sales of a run of months from ledgers, oldest month first, as countback
     * DSO takes them.
     *
     * @param ledgers the customer ledgers, not null, no null element
     * @param first the first month, not null
     * @param lastInclusive the last month, inclusive, not null
     * @param currency the currency to read, not null
     * @return one entry per month from first to lastInclusive, not null
     * @throws NullPointerException if an argument or a ledger is null
     * @throws IllegalArgumentException if lastInclusive is before first
     */
    public static List<MonthlySales> monthlySales(Iterable<CustomerLedger> ledgers, YearMonth first,
            YearMonth lastInclusive, CurrencyUnit currency) {
        Objects.requireNonNull(ledgers, "ledgers");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(lastInclusive, "lastInclusive");
        Objects.requireNonNull(currency, "currency");
        if (lastInclusive.isBefore(first)) {
            throw new IllegalArgumentException("lastInclusive " + lastInclusive + " is before first " + first);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(lastInclusive); m = m.plusMonths(1)) {
            months.add(m);
        }
        // the invoices issued in each month, read from the events: no replay needed
        long[] sales = new long[months.size()];
        LocalDate start = first.atDay(1);
        LocalDate end = lastInclusive.atEndOfMonth();
        for (CustomerLedger ledger : ledgers) {
            Objects.requireNonNull(ledger, "ledgers");
            for (LedgerEvent e : ledger.getEvents()) {
                if (e.getDate().isAfter(end)) {
                    break;    // events are in date order
                }
                if (e instanceof InvoiceIssued && !e.getDate().isBefore(start)
                        && ((InvoiceIssued) e).getCurrency().equals(currency)) {
                    int i = (int) first.until(YearMonth.from(e.getDate()), ChronoUnit.MONTHS);
                    sales[i] = Math.addExact(sales[i], ((InvoiceIssued) e).getTotal().getAmountMinorLong());
                }
            }
        }
        List<MonthlySales> result = new ArrayList<>(months.size());
        for (int i = 0; i < months.size(); i++) {
            result.add(MonthlySales.of(months.get(i), Money.ofMinor(currency, sales[i])));
        }
        return Collections.unmodifiableList(result);
    }
}
