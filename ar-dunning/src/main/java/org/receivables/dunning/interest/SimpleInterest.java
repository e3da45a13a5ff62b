package org.receivables.dunning.interest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;
import org.receivables.core.money.Percentage;

/**
 * Simple (not compounded) interest at a reference rate plus a margin, over a rate table that changes
 * with time, with a named day count and one explicit rounding at the end.
 *
 * <p>The days of interest (after the start, up to and including the end) are split into segments at
 * each change of the reference rate (unless the rate is {@linkplain RateFixing#FIXED_AT_DEFAULT fixed
 * at default}) and, for {@link DayCount#ACT_ACT_ISDA}, at each 1 January. Each segment's interest is
 * {@code principal * (reference rate + margin) / 100 * days / year basis}, kept unrounded at
 * {@value #UNROUNDED_SCALE} decimal places; the sum is rounded once to the currency's decimal places
 * ({@code HALF_EVEN} unless set).
 *
 * <pre>
 *   RateTable basiszinssatz = RateTable.builder()
 *       .rateFrom(LocalDate.parse("2023-07-01"), Percentage.parse("3.12"))
 *       .rateFrom(LocalDate.parse("2024-01-01"), Percentage.parse("3.62"))
 *       .build();
 *   SimpleInterest bgbBusiness = SimpleInterest.builder()
 *       .referenceRates(basiszinssatz).margin(Percentage.of(9)).build();
 *   bgbBusiness.calculate(Money.parse("EUR 10000.00"),
 *       LocalDate.parse("2023-11-30"), LocalDate.parse("2024-01-31")).getInterest();
 *   // EUR 210.12: 31 days at 12.12% (102.9369...) + 31 days at 12.62% (107.1835...)
 * </pre>
 *
 * <p>A negative reference rate is applied as it is; the applied rate (reference plus margin) may
 * itself be negative, and then so is that segment's interest. Policies that never charge less than
 * zero floor the result themselves.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SimpleInterest implements InterestCalculator {

    /** The decimal places of each segment's unrounded interest: {@value}. */
    public static final int UNROUNDED_SCALE = 16;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    SimpleInterest() {
    }

    /**
     * Creates a builder; {@code referenceRates} is required.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the table of reference rates, such as the Basiszinssatz or the Bank of England base rate.
     *
     * @return the rate table, not null
     */
    public abstract RateTable getReferenceRates();

    /**
     * Gets the margin added to the reference rate, in percentage points: zero unless set.
     *
     * @return the margin, any sign, not null
     */
    @Value.Default
    public Percentage getMargin() {
        return Percentage.ZERO;
    }

    /**
     * Gets the day count: {@link DayCount#ACT_365_FIXED} unless set.
     *
     * @return the day count, not null
     */
    @Value.Default
    public DayCount getDayCount() {
        return DayCount.ACT_365_FIXED;
    }

    /**
     * Gets whether the reference rate is fixed when the debt becomes late:
     * {@link RateFixing#FOLLOWS_REFERENCE_PERIODS} unless set.
     *
     * @return the rate fixing, not null
     */
    @Value.Default
    public RateFixing getRateFixing() {
        return RateFixing.FOLLOWS_REFERENCE_PERIODS;
    }

    /**
     * Gets how the total is rounded to the currency's decimal places: {@code HALF_EVEN} unless set.
     *
     * @return the rounding mode, not null
     */
    @Value.Default
    public RoundingMode getRounding() {
        return Percentage.DEFAULT_ROUNDING;
    }

    /**
     * Computes the interest for the days after startExclusive up to and including endInclusive on a
     * principal late since the day after dueDate.
     *
     * <p>With {@link RateFixing#FIXED_AT_DEFAULT} only the reference rate on the day after the due date
     * is needed; otherwise the table must cover every day of interest.
     *
     * @param principal the overdue amount, zero or more, not null
     * @param dueDate the date the amount was due, not null
     * @param startExclusive the last day before this interest runs, not before dueDate, not null
     * @param endInclusive the last day of interest, not before startExclusive, not null
     * @return the calculation with its breakdown, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if principal is negative, startExclusive is before dueDate,
     *     endInclusive is before startExclusive, a rate needed is outside the rate table, or the
     *     rounding is {@code UNNECESSARY} and the interest is not exact
     */
    @Override
    public InterestCalculation calculate(Money principal, LocalDate dueDate, LocalDate startExclusive,
            LocalDate endInclusive) {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(startExclusive, "startExclusive");
        Objects.requireNonNull(endInclusive, "endInclusive");
        if (principal.isNegative()) {
            throw new IllegalArgumentException("principal " + principal + " is negative");
        }
        if (startExclusive.isBefore(dueDate)) {
            throw new IllegalArgumentException("startExclusive " + startExclusive + " is before dueDate " + dueDate);
        }
        if (endInclusive.isBefore(startExclusive)) {
            throw new IllegalArgumentException("endInclusive " + endInclusive + " is before startExclusive " + startExclusive);
        }
        RateTable table = getReferenceRates();
        boolean fixed = getRateFixing() == RateFixing.FIXED_AT_DEFAULT;
        LocalDate firstDay = startExclusive.plusDays(1);
        boolean anyDay = !endInclusive.equals(startExclusive);
        if (anyDay) {
            if (fixed) {
                checkRateKnown("dueDate", dueDate, "first day of lateness", table);
            } else {
                checkRateKnown("startExclusive", startExclusive, "first day of interest", table);
                if (table.getLastDate().isPresent() && endInclusive.isAfter(table.getLastDate().get())) {
                    throw new IllegalArgumentException("endInclusive " + endInclusive
                            + " is after the rate table's last date " + table.getLastDate().get());
                }
            }
        }
        Percentage fixedRate = fixed && anyDay ? table.rateOn(dueDate.plusDays(1)) : null;
        BigDecimal amount = principal.getAmount();
        List<InterestSegment> segments = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        LocalDate from = firstDay;
        while (!from.isAfter(endInclusive)) {
            LocalDate to = endInclusive;
            if (!fixed) {
                Optional<LocalDate> change = table.nextChangeAfter(from);
                if (change.isPresent() && !change.get().isAfter(to)) {
                    to = change.get().minusDays(1);
                }
            }
            if (getDayCount().isSplitByCalendarYear()) {
                LocalDate yearEnd = from.withDayOfYear(from.lengthOfYear());
                if (yearEnd.isBefore(to)) {
                    to = yearEnd;
                }
            }
            Percentage reference = fixed ? fixedRate : table.rateOn(from);
            int basis = getDayCount().yearBasisOf(from);
            long days = to.toEpochDay() - from.toEpochDay() + 1;
            BigDecimal interest = amount.multiply(reference.plus(getMargin()).getValue())
                    .multiply(BigDecimal.valueOf(days))
                    .divide(HUNDRED.multiply(BigDecimal.valueOf(basis)), UNROUNDED_SCALE, RoundingMode.HALF_EVEN);
            segments.add(InterestSegment.builder()
                    .firstDay(from).lastDay(to).yearBasis(basis)
                    .referenceRate(reference).margin(getMargin())
                    .unroundedInterest(interest)
                    .build());
            total = total.add(interest);
            from = to.plusDays(1);
        }
        int scale = principal.getCurrencyUnit().getDecimalPlaces();
        BigDecimal rounded;
        try {
            rounded = total.setScale(scale, getRounding());
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("interest " + total.toPlainString() + " is not exact at " + scale
                    + " decimal places and rounding is UNNECESSARY", ex);
        }
        return InterestCalculation.builder()
                .principal(principal)
                .dueDate(dueDate)
                .startExclusive(startExclusive)
                .endInclusive(endInclusive)
                .dayCount(getDayCount())
                .rateFixing(getRateFixing())
                .rounding(getRounding())
                .segments(segments)
                .unroundedInterest(total)
                .interest(Money.of(principal.getCurrencyUnit(), rounded))
                .build();
    }

    /** Checks that the table has a rate for the day after a date, naming the date's field if not. */
    private static void checkRateKnown(String field, LocalDate date, String what, RateTable table) {
        LocalDate day = date.plusDays(1);
        if (day.isBefore(table.getFirstDate())) {
            throw new IllegalArgumentException(field + " " + date + ": the " + what + " " + day
                    + " is before the rate table's first date " + table.getFirstDate());
        }
        if (!table.covers(day)) {
            throw new IllegalArgumentException(field + " " + date + ": the " + what + " " + day
                    + " is after the rate table's last date " + table.getLastDate().orElse(day));
        }
    }

    /** Builds a {@link SimpleInterest}; {@code referenceRates} is required, the rest have defaults. */
    public static final class Builder extends ImmutableSimpleInterest.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
