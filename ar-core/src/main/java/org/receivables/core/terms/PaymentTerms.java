package org.receivables.core.terms;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.money.Percentage;

/**
 * Payment terms: the rules that turn an invoice date and amount into a {@link DueSchedule} of
 * instalments with their due dates and early-payment discounts.
 *
 * <h2>Instalments</h2>
 * Terms are one or more {@linkplain InstalmentTerm lines}. Each line is a percentage of the invoice
 * amount, a fixed amount, or the balance. They combine as follows:
 * <ul>
 *   <li>Without a balance line, every line is a percentage and the percentages sum to exactly 100.</li>
 *   <li>With a balance line (at most one, and it must be the last), the percentages sum to less than
 *       100 and fixed amounts are allowed; the balance is the invoice amount less every other line.</li>
 * </ul>
 * A sole balance line ({@code Balance Net 30}) gives the same schedules as a 100% line ({@code Net 30})
 * but is a distinct, unequal value; the factories and the common notations give the 100% form.
 * Each percentage line is rounded to the currency's decimal places with the terms'
 * {@linkplain #getRoundingMode() rounding mode} ({@code HALF_EVEN} unless set) and the last line
 * takes the residual, so a schedule always sums exactly to the invoice amount. If, for a given
 * amount, a line would come to zero or less (1% of JPY 1, or fixed amounts eating the whole
 * invoice), or a discount would round up to the whole instalment, {@link #schedule(LocalDate, Money)}
 * refuses it. Every due date and discount window is
 * computed from the invoice date, never from another instalment.
 *
 * <h2>Discounts</h2>
 * A discount {@code r/d} is earned by paying within d days of the invoice date, the last day
 * included; the amount is r% of the instalment amount, rounded with the terms' rounding mode.
 *
 * <h2>Business days</h2>
 * Terms themselves do not adjust for business days. Adjustment is an explicit step:
 * {@link #schedule(LocalDate, Money, BusinessDayConvention, HolidayCalendar)} moves every due date
 * and every discount last day by the same convention. A date the convention would move before the
 * invoice date (PRECEDING on a due-on-receipt date) is clamped: it becomes the first business day on
 * or after the invoice date. A discount tier whose adjusted last day is not after the previous
 * tier's is dropped, as no payment could earn it.
 *
 * <h2>Notation</h2>
 * {@link #toString()} prints and {@link #parse(CharSequence)} reads the notation; the round trip
 * {@code parse(t.toString()).equals(t)} holds for every terms value. The common notations:
 * <ul>
 *   <li>{@code Due on receipt}, {@code Net 30}: days after the invoice date;</li>
 *   <li>{@code EOM}, {@code Net 30 EOM}: the end of the invoice month, plus days;</li>
 *   <li>{@code 15 MFI}: the 15th of the month following the invoice month;</li>
 *   <li>{@code 2/10 Net 30}, {@code 3/14 2/20 Net 30}: discounts (rate/days) before the rule.</li>
 * </ul>
 * Terms with no standard notation print in this library's extended notation, which parse also reads:
 * {@code EOM+2} (end of the second month after the invoice month), {@code Day 10 of month+2},
 * {@code EOM if dated to day 15, else 15 MFI} (a day limit), lines separated by {@code ;} each with
 * its portion ({@code 30% Due on receipt; 70% 2/10 Net 60}, {@code EUR 100.00 Net 10; Balance Net 30}),
 * and a rounding mode other than HALF_EVEN as a suffix ({@code Net 30 (rounding HALF_UP)}). Parsing
 * ignores case (ASCII, independent of the default locale) and runs of white space.
 *
 * <pre>
 *   PaymentTerms terms = PaymentTerms.parse("2/10 Net 30");
 *   DueSchedule s = terms.schedule(LocalDate.parse("2024-02-20"), Money.parse("EUR 1000.00"));
 *   Instalment i = s.getInstalments().get(0);
 *   i.getDueDate();                                   // 2024-03-21
 *   i.discountOn(LocalDate.parse("2024-03-01"));      // EUR 20.00 (the 10th day counts)
 *   i.discountOn(LocalDate.parse("2024-03-02"));      // EUR 0.00
 *
 *   PaymentTerms split = PaymentTerms.builder()
 *       .addInstalments(InstalmentTerm.ofPercentage(Percentage.of(30), DueDateRule.daysAfterInvoice(0)))
 *       .addInstalments(InstalmentTerm.ofBalance(DueDateRule.endOfMonthAfter(1), List.of()))
 *       .build();
 *   split.toString();                                 // "30% Due on receipt; Balance EOM+1"
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PaymentTerms {

    PaymentTerms() {
    }

    /**
     * Creates a builder; add at least one instalment line.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains single-instalment terms: the whole amount due by a rule, with optional discounts.
     *
     * @param dueDateRule the rule giving the due date, not null
     * @param discounts the early-payment discounts, days rising and rates falling, not null, no nulls
     * @return the terms
     * @throws NullPointerException if an argument is null or discounts holds null
     * @throws IllegalArgumentException if the discounts are out of order
     */
    public static PaymentTerms of(DueDateRule dueDateRule, DiscountTerm... discounts) {
        Objects.requireNonNull(dueDateRule, "dueDateRule");
        Objects.requireNonNull(discounts, "discounts");
        return builder().addInstalments(
                InstalmentTerm.ofPercentage(Percentage.ONE_HUNDRED, dueDateRule, Arrays.asList(discounts))).build();
    }

    /**
     * Obtains {@code Net N}: the whole amount due N days after the invoice date.
     *
     * @param days the days, 0 to {@link DueDateRule#MAX_DAYS}
     * @return the terms
     * @throws IllegalArgumentException if days is negative or too large
     */
    public static PaymentTerms net(int days) {
        return of(DueDateRule.daysAfterInvoice(days));
    }

    /**
     * Obtains {@code Due on receipt}: the whole amount due on the invoice date; the same as {@code net(0)}.
     *
     * @return the terms
     */
    public static PaymentTerms dueOnReceipt() {
        return net(0);
    }

    /**
     * Obtains {@code EOM}: the whole amount due on the last day of the invoice month.
     *
     * @return the terms
     */
    public static PaymentTerms endOfMonth() {
        return endOfMonth(0);
    }

    /**
     * Obtains {@code Net N EOM}: the whole amount due N days after the end of the invoice month.
     *
     * @param days the days after the month end, 0 to {@link DueDateRule#MAX_DAYS}
     * @return the terms
     * @throws IllegalArgumentException if days is negative or too large
     */
    public static PaymentTerms endOfMonth(int days) {
        return of(DueDateRule.endOfMonthPlusDays(days));
    }

    /**
     * Obtains {@code D MFI}: the whole amount due on day D of the month following the invoice month,
     * clamped to that month's length.
     *
     * @param dayOfMonth the day, 1 to 31
     * @return the terms
     * @throws IllegalArgumentException if dayOfMonth is not 1 to 31
     */
    public static PaymentTerms dayOfFollowingMonth(int dayOfMonth) {
        return of(DueDateRule.dayOfMonthAfter(1, dayOfMonth));
    }

    /**
     * Parses terms from their notation (see the class description), ignoring case and runs of white space.
     *
     * @param text the notation, such as {@code "2/10 Net 30"}, not null
     * @return the terms
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if the text is not a notation, or describes invalid terms; the
     *     message names the text
     */
    public static PaymentTerms parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return Notation.parseTerms(text);
    }

    /**
     * Gets the instalment lines, in the order of the instalments they give.
     *
     * @return the lines, not empty, not null
     */
    public abstract List<InstalmentTerm> getInstalments();

    /**
     * Gets the rounding mode for percentage instalments and discounts; {@code HALF_EVEN} unless set.
     *
     * @return the rounding mode, not null
     */
    @Value.Default
    public RoundingMode getRoundingMode() {
        return Percentage.DEFAULT_ROUNDING;
    }

    /**
     * Returns a copy of these terms with another rounding mode.
     *
     * @param roundingMode the rounding mode, not null
     * @return the terms, not null
     * @throws NullPointerException if roundingMode is null
     */
    public PaymentTerms withRoundingMode(RoundingMode roundingMode) {
        Objects.requireNonNull(roundingMode, "roundingMode");
        return builder().from(this).roundingMode(roundingMode).build();
    }

    /**
     * Computes the due schedule for an invoice, without business-day adjustment.
     *
     * @param invoiceDate the invoice date, not null
     * @param amount the invoice amount, positive, not null
     * @return the schedule, summing exactly to the amount, no date before the invoice date
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the amount is not positive, a line would come to zero or less, or a
     *     rounded discount would not be below its instalment
     * @throws CurrencyMismatchException if a fixed-amount line is in another currency than the amount
     */
    public DueSchedule schedule(LocalDate invoiceDate, Money amount) {
        return schedule(invoiceDate, amount, BusinessDayConventions.NONE, HolidayCalendars.NO_HOLIDAYS);
    }

    /**
     * Computes the due schedule for an invoice, then moves every due date and discount last day to a
     * business day by a convention. Dates the convention would move before the invoice date become
     * the first business day on or after it; discount tiers that collapse onto an earlier tier's last
     * day are dropped.
     *
     * @param invoiceDate the invoice date, not null
     * @param amount the invoice amount, positive, not null
     * @param convention the business-day convention, not null
     * @param calendar the calendar of non-business days, not null
     * @return the schedule, summing exactly to the amount, no date before the invoice date
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the amount is not positive, a line would come to zero or
     *     less, a rounded discount would not be below its instalment, or the calendar has no business
     *     day near a date
     * @throws CurrencyMismatchException if a fixed-amount line is in another currency than the amount
     */
    public DueSchedule schedule(LocalDate invoiceDate, Money amount, BusinessDayConvention convention,
            HolidayCalendar calendar) {
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(calendar, "calendar");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        CurrencyUnit currency = amount.getCurrencyUnit();
        List<InstalmentTerm> lines = getInstalments();
        List<Money> shares = new ArrayList<>(lines.size());
        Money allocated = Money.zero(currency);
        for (int i = 0; i < lines.size(); i++) {
            InstalmentTerm line = lines.get(i);
            Money share;
            if (i == lines.size() - 1) {
                share = amount.minus(allocated);
            } else if (line.getPercentage().isPresent()) {
                share = line.getPercentage().get().applyTo(amount, getRoundingMode());
            } else {
                Money fixed = line.getFixedAmount().orElseThrow();
                if (!fixed.getCurrencyUnit().equals(currency)) {
                    throw new CurrencyMismatchException(currency, fixed.getCurrencyUnit());
                }
                share = fixed;
            }
            if (!share.isPositive()) {
                throw new IllegalArgumentException("instalment " + (i + 1) + " (" + line + ") of amount " + amount
                        + " would be " + share + ", which is not positive");
            }
            shares.add(share);
            allocated = allocated.plus(share);
        }
        for (int i = 0; i < lines.size(); i++) {
            for (DiscountTerm d : lines.get(i).getDiscounts()) {
                Money discount = d.getRate().applyTo(shares.get(i), getRoundingMode());
                if (!discount.isLessThan(shares.get(i))) {
                    throw new IllegalArgumentException("discount " + d + " of instalment " + (i + 1) + " " + shares.get(i)
                            + " would be " + discount + ", which is not below the instalment");
                }
            }
        }
        List<Instalment> instalments = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            InstalmentTerm line = lines.get(i);
            Money share = shares.get(i);
            LocalDate due = adjust(line.getDueDateRule().dueDate(invoiceDate), invoiceDate, convention, calendar);
            Instalment.Builder b = Instalment.builder().number(i + 1).dueDate(due).amount(share);
            LocalDate previousLastDay = null;
            for (DiscountTerm d : line.getDiscounts()) {
                LocalDate lastDay = adjust(DueDateRule.daysAfterInvoice(d.getDays()).dueDate(invoiceDate),
                        invoiceDate, convention, calendar);
                if (previousLastDay != null && !lastDay.isAfter(previousLastDay)) {
                    continue;
                }
                b.addDiscountTiers(DiscountTier.of(d.getRate(), lastDay, d.getRate().applyTo(share, getRoundingMode())));
                previousLastDay = lastDay;
            }
            instalments.add(b.build());
        }
        return DueSchedule.of(instalments);
    }

    private static LocalDate adjust(LocalDate date, LocalDate invoiceDate, BusinessDayConvention convention,
            HolidayCalendar calendar) {
        LocalDate adjusted = convention.adjust(date, calendar);
        if (adjusted == null) {
            throw new IllegalArgumentException("convention " + convention + " gave no date for " + date);
        }
        if (adjusted.isBefore(invoiceDate)) {
            return convention == BusinessDayConventions.NONE
                    ? invoiceDate : BusinessDayConventions.following(invoiceDate, calendar);
        }
        return adjusted;
    }

    /**
     * Returns the notation of these terms (see the class description), such as {@code "2/10 Net 30"}.
     *
     * @return the notation, which {@link #parse(CharSequence)} reads back to equal terms, not null
     */
    @Override
    public String toString() {
        return Notation.printTerms(this);
    }

    @Value.Check
    void check() {
        List<InstalmentTerm> lines = getInstalments();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("instalments must not be empty");
        }
        Percentage percent = Percentage.ZERO;
        boolean anyFixed = false;
        CurrencyUnit fixedCurrency = null;
        for (int i = 0; i < lines.size(); i++) {
            InstalmentTerm line = lines.get(i);
            if (line.isBalance() && i != lines.size() - 1) {
                throw new IllegalArgumentException("the balance line must be the last of the instalments: line "
                        + (i + 1) + " of " + lines.size() + " is '" + line + "'");
            }
            if (line.getPercentage().isPresent()) {
                percent = percent.plus(line.getPercentage().get());
            }
            if (line.getFixedAmount().isPresent()) {
                anyFixed = true;
                CurrencyUnit c = line.getFixedAmount().get().getCurrencyUnit();
                if (fixedCurrency != null && !fixedCurrency.equals(c)) {
                    throw new CurrencyMismatchException(fixedCurrency, c);
                }
                fixedCurrency = c;
            }
        }
        boolean balance = lines.get(lines.size() - 1).isBalance();
        if (balance) {
            if (percent.compareTo(Percentage.ONE_HUNDRED) >= 0) {
                throw new IllegalArgumentException("instalment percentages must sum to below 100% with a balance line: "
                        + percent);
            }
        } else {
            if (anyFixed) {
                throw new IllegalArgumentException("instalments with a fixedAmount need a balance line as the last line: "
                        + lines);
            }
            if (percent.compareTo(Percentage.ONE_HUNDRED) != 0) {
                throw new IllegalArgumentException("instalment percentages must sum to exactly 100%: " + percent);
            }
        }
    }

    /** Builds {@link PaymentTerms}: add one or more instalment lines; the rounding mode defaults to HALF_EVEN. */
    public static final class Builder extends ImmutablePaymentTerms.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
