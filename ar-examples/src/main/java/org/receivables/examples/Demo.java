package org.receivables.examples;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.joda.money.Money;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.document.Invoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.money.MoneySplit;
import org.receivables.core.terms.BusinessDayConventions;
import org.receivables.core.terms.DiscountTier;
import org.receivables.core.terms.DueSchedule;
import org.receivables.core.terms.HolidayCalendar;
import org.receivables.core.terms.HolidayCalendars;
import org.receivables.core.terms.Instalment;
import org.receivables.core.terms.PaymentTerms;

/**
 * The demo: ar-core at work on built-in data, printed for a 100-column terminal.
 *
 * <p>It shows an invoice's due schedule with an early-payment discount, instalment plans in
 * currencies with 0, 2 and 3 decimals, a business-day adjustment against a holiday calendar, and an
 * exact money split. Every date is fixed, so the output is the same on every machine.
 */
public final class Demo {

    private Demo() {
    }

    /**
     * Runs the demo and prints to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Prints the demo.
     *
     * @param out where to print, not null
     */
    public static void run(PrintStream out) {
        out.println("Receivables demo: payment terms and due schedules");
        out.println("=".repeat(72));

        // 1. An invoice on "2/10 Net 30": the schedule and the discount on two payment dates.
        Invoice invoice = Invoice.builder()
                .id(InvoiceId.of("INV-2024-0042"))
                .customerId(CustomerId.of("C-1001"))
                .issueDate(LocalDate.of(2024, 1, 31))
                .amount(Money.parse("EUR 1250.00"))
                .terms(PaymentTerms.parse("2/10 Net 30"))
                .purchaseOrderNumber("PO-7781")
                .build();
        section(out, "1. Invoice " + invoice.getId() + " of " + invoice.getAmount() + " dated "
                + invoice.getIssueDate() + " on '" + invoice.getTerms() + "'");
        printSchedule(out, invoice.getDueSchedule());
        Instalment only = invoice.getDueSchedule().getInstalments().get(0);
        for (LocalDate paid : List.of(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 11))) {
            Money discount = only.discountOn(paid);
            out.printf(Locale.ROOT, "   paid on %s: discount %s, pays %s%n", paid, discount,
                    only.getAmount().minus(discount));
        }

        // 2. Instalments: each line rounded, the last takes the residual, in 0, 2 and 3 decimals.
        PaymentTerms thirds = PaymentTerms.parse("33.33% Net 30; 33.33% Net 60; Balance Net 90");
        section(out, "2. Instalments on '" + thirds + "' (invoice dated 2024-01-31)");
        for (Money amount : List.of(Money.parse("JPY 100000"), Money.parse("EUR 1000.00"),
                Money.parse("BHD 100.000"))) {
            out.println("   " + amount + ":");
            printSchedule(out, thirds.schedule(LocalDate.of(2024, 1, 31), amount));
        }

        // 3. Business-day adjustment: an explicit step after the terms' rule.
        HolidayCalendar calendar = HolidayCalendars.of(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                List.of(LocalDate.of(2024, 12, 25), LocalDate.of(2024, 12, 26)));
        section(out, "3. Business days: Sat/Sun weekends, holidays 2024-12-25 and 2024-12-26");
        out.printf(Locale.ROOT, "   %-8s %-10s  %-14s  %-10s  %-12s  %-10s%n", "terms", "invoice", "due by rule",
                "Following", "ModFollowing", "Preceding");
        adjusted(out, PaymentTerms.parse("Net 30"), LocalDate.of(2024, 11, 25), calendar);
        adjusted(out, PaymentTerms.parse("EOM"), LocalDate.of(2024, 8, 12), calendar);
        adjusted(out, PaymentTerms.parse("15 MFI"), LocalDate.of(2024, 8, 20), calendar);

        // 4. An exact split: the last minor unit goes deterministically, parts sum to the whole.
        section(out, "4. Splitting EUR 100.00 three ways (largest remainder)");
        List<Money> parts = MoneySplit.equally(Money.parse("EUR 100.00"), 3);
        out.println("   " + parts + " sum " + Money.total(parts));

        LedgerDemo.print(out);
        AgingDemo.print(out);
        DunningDemo.print(out, SamplePortfolio.build().portfolio(), SamplePortfolio.AS_OF);
    }

    private static void section(PrintStream out, String title) {
        out.println();
        out.println(title);
    }

    private static void printSchedule(PrintStream out, DueSchedule schedule) {
        for (Instalment i : schedule.getInstalments()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "   #%d due %s (%s)  %s",
                    i.getNumber(), i.getDueDate(), day(i.getDueDate()), i.getAmount()));
            for (DiscountTier tier : i.getDiscountTiers()) {
                line.append(String.format(Locale.ROOT, "  less %s if paid by %s", tier.getDiscount(),
                        tier.getLastDay()));
            }
            out.println(line);
        }
    }

    private static void adjusted(PrintStream out, PaymentTerms terms, LocalDate invoiceDate,
            HolidayCalendar calendar) {
        Money amount = Money.parse("EUR 100.00");
        LocalDate raw = terms.schedule(invoiceDate, amount).getFinalDueDate();
        out.printf(Locale.ROOT, "   %-8s %s  %s %s", terms, invoiceDate, raw, day(raw));
        for (var convention : List.of(BusinessDayConventions.FOLLOWING, BusinessDayConventions.MODIFIED_FOLLOWING,
                BusinessDayConventions.PRECEDING)) {
            LocalDate d = terms.schedule(invoiceDate, amount, convention, calendar).getFinalDueDate();
            out.printf(Locale.ROOT, "  %-12s", d);
        }
        out.println();
    }

    private static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT);
    }
}
