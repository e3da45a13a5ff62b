package org.receivables.core.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A percentage held as an exact decimal, such as {@code 2.5%}.
 *
 * <p>The value is the number of hundredths: {@code Percentage.parse("2.5")} is two and a half percent,
 * {@code 0.025} as a fraction. Any sign and scale is allowed (negative reference interest rates
 * exist); rules that need a range, such as a discount between 0 and 100, check it themselves.
 * Equality ignores trailing zeros: {@code 2.50%} equals {@code 2.5%}.
 *
 * <pre>
 *   Percentage p = Percentage.parse("2%");
 *   p.applyTo(Money.parse("EUR 1234.55"));                     // EUR 24.69 (24.691, HALF_EVEN)
 *   p.applyTo(Money.parse("EUR 0.25"), RoundingMode.HALF_EVEN);// EUR 0.00 (0.005 goes to even)
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Percentage implements Comparable<Percentage>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The rounding mode used where none is given: {@link RoundingMode#HALF_EVEN}, banker's rounding. */
    public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_EVEN;

    /** Zero percent. */
    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);

    /** One hundred percent. */
    public static final Percentage ONE_HUNDRED = new Percentage(BigDecimal.valueOf(100));

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal value;

    private Percentage(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        this.value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Obtains a percentage from its number of hundredths.
     *
     * @param percent the value in percent, such as {@code 2.5} for 2.5%, not null
     * @return the percentage
     * @throws NullPointerException if percent is null
     */
    public static Percentage of(BigDecimal percent) {
        return new Percentage(Objects.requireNonNull(percent, "percent"));
    }

    /**
     * Obtains a percentage from a whole number of percent.
     *
     * @param percent the value in percent, such as {@code 3} for 3%
     * @return the percentage
     */
    public static Percentage of(long percent) {
        return new Percentage(BigDecimal.valueOf(percent));
    }

    /**
     * Obtains a percentage from a fraction of one, such as {@code 0.025} for 2.5%.
     *
     * @param fraction the fraction, not null
     * @return the percentage
     * @throws NullPointerException if fraction is null
     */
    public static Percentage ofFraction(BigDecimal fraction) {
        return new Percentage(Objects.requireNonNull(fraction, "fraction").movePointRight(2));
    }

    /**
     * Parses a decimal number of percent, with or without a trailing {@code %}: {@code "2.5"},
     * {@code "2.5%"}, {@code "-0.62 %"}. The text must be plain decimal digits; exponents are refused.
     *
     * @param text the text, not null
     * @return the percentage
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if the text is not a decimal number of percent
     */
    public static Percentage parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (!s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new IllegalArgumentException("percentage is not a decimal number of percent: '" + text + "'");
        }
        return new Percentage(new BigDecimal(s));
    }

    /**
     * Gets the value in percent, such as {@code 2.5} for 2.5%, without trailing zeros.
     *
     * @return the value in percent, not null
     */
    public BigDecimal getValue() {
        return value;
    }

    /**
     * Gets the value as an exact fraction of one, such as {@code 0.025} for 2.5%.
     *
     * @return the fraction, not null
     */
    public BigDecimal toFraction() {
        return value.movePointLeft(2);
    }

    /**
     * Checks whether this percentage is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /**
     * Checks whether this percentage is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return value.signum() < 0;
    }

    /**
     * Returns the sum of this percentage and another, exactly.
     *
     * @param other the percentage to add, not null
     * @return the sum
     * @throws NullPointerException if other is null
     */
    public Percentage plus(Percentage other) {
        return new Percentage(value.add(Objects.requireNonNull(other, "other").value));
    }

    /**
     * Returns this percentage less another, exactly.
     *
     * @param other the percentage to subtract, not null
     * @return the difference
     * @throws NullPointerException if other is null
     */
    public Percentage minus(Percentage other) {
        return new Percentage(value.subtract(Objects.requireNonNull(other, "other").value));
    }

    /**
     * Computes this percentage of an amount, rounded to the currency's decimal places with
     * {@link #DEFAULT_ROUNDING} ({@code HALF_EVEN}).
     *
     * @param amount the amount, not null
     * @return the share of the amount, in its currency
     * @throws NullPointerException if amount is null
     */
    public Money applyTo(Money amount) {
        return applyTo(amount, DEFAULT_ROUNDING);
    }

    /**
     * Computes this percentage of an amount, rounded to the currency's decimal places with the given mode.
     * The product is computed exactly and rounded once.
     *
     * @param amount the amount, not null
     * @param rounding how to round to the currency's decimal places, not null
     * @return the share of the amount, in its currency
     * @throws NullPointerException if amount or rounding is null
     * @throws IllegalArgumentException if rounding is {@link RoundingMode#UNNECESSARY} and the share is not exact
     */
    public Money applyTo(Money amount, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        BigDecimal exact = amount.getAmount().multiply(value).divide(HUNDRED);
        int scale = amount.getCurrencyUnit().getDecimalPlaces();
        BigDecimal rounded;
        try {
            rounded = exact.setScale(scale, rounding);
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException("percentage " + this + " of " + amount
                    + " is not exact at " + scale + " decimal places and rounding is UNNECESSARY", ex);
        }
        return Money.of(amount.getCurrencyUnit(), rounded);
    }

    /**
     * Compares by value.
     *
     * @param other the other percentage, not null
     * @return negative, zero or positive as this is less than, equal to or greater than other
     */
    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    /**
     * Checks whether another object is a percentage of the same value; trailing zeros do not matter.
     *
     * @param obj the other object, null gives false
     * @return true if equal in value
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || (obj instanceof Percentage && value.equals(((Percentage) obj).value));
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the value with a percent sign, such as {@code "2.5%"}; {@link #parse(CharSequence)} reads it back.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
