package org.receivables.aging.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.item.OpenItem;
import org.receivables.core.ledger.CustomerLedger;
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
 * <p>Each call replays every ledger once per date it needs (two for period figures, one per month
 * boundary for the sales history). This class is immutable and thread-safe.
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
        Money sales = Money.zero(currency);
        Money beginning = Money.zero(currency);
        Money ending = Money.zero(currency);
        Money current = Money.zero(currency);
        for (CustomerLedger ledger : ledgers) {
            Objects.requireNonNull(ledger, "ledgers");
            LedgerView atStart = ledger.asOf(before);
            LedgerView atEnd = ledger.asOf(end);
            sales = sales.plus(atEnd.getTotals(currency).getInvoiced())
                    .minus(atStart.getTotals(currency).getInvoiced());
            beginning = beginning.plus(atStart.getTotals(currency).getOpenItems());
            ending = ending.plus(atEnd.getTotals(currency).getOpenItems());
            for (OpenItem item : atEnd.getOpenItems(currency)) {
                if (item.daysPastDue(end) <= 0) {
                    current = current.plus(item.getOpenAmount());
                }
            }
        }
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
        // cumulative invoiced at the end of each month boundary, from the day before the first month
        long[] cumulative = new long[months.size() + 1];
        for (CustomerLedger ledger : ledgers) {
            Objects.requireNonNull(ledger, "ledgers");
            cumulative[0] = Math.addExact(cumulative[0], invoicedMinor(ledger, first.atDay(1).minusDays(1), currency));
            for (int i = 0; i < months.size(); i++) {
                cumulative[i + 1] = Math.addExact(cumulative[i + 1],
                        invoicedMinor(ledger, months.get(i).atEndOfMonth(), currency));
            }
        }
        List<MonthlySales> result = new ArrayList<>(months.size());
        for (int i = 0; i < months.size(); i++) {
            result.add(MonthlySales.of(months.get(i), Money.ofMinor(currency, cumulative[i + 1] - cumulative[i])));
        }
        return Collections.unmodifiableList(result);
    }

    private static long invoicedMinor(CustomerLedger ledger, LocalDate date, CurrencyUnit currency) {
        return ledger.asOf(date).getTotals(currency).getInvoiced().getAmountMinorLong();
    }
}
