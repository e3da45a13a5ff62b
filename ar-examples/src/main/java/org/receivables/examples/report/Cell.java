package org.receivables.examples.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.money.Percentage;

/**
 * One cell of a {@link ReportTable}: the text a person reads and the typed value a machine reads.
 *
 * <p>The text and HTML renderers show {@link #getDisplay()}; the CSV and JSON renderers write
 * {@link #getType()} and {@link #getValue()} (plus the currency of money), never the display text.
 * The factories choose a display text; {@link #withDisplay(String)} replaces it.
 * <pre>
 * Cell.of(Money.parse("EUR 231516.02"))  // display "EUR 231,516.02", value "231516.02", currency EUR
 * Cell.of(90)                             // display "90", value "90"
 * Cell.percent(new BigDecimal("39.92"))   // display "39.92%", value "39.92"
 * Cell.of(new BigDecimal("84.66")).withDisplay("84.66 days")
 * Cell.of(LocalDate.of(2024, 12, 31))     // display and value "2024-12-31"
 * Cell.text("C-029")
 * Cell.empty()                            // display "", value ""
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cell {

    private static final Cell EMPTY = new Cell(CellType.EMPTY, "", "", null, null, null);

    private final CellType type;
    private final String display;
    private final String text;
    private final BigDecimal number;
    private final CurrencyUnit currency;
    private final LocalDate date;

    private Cell(CellType type, String display, String text, BigDecimal number, CurrencyUnit currency,
            LocalDate date) {
        this.type = type;
        this.display = display;
        this.text = text;
        this.number = number;
        this.currency = currency;
        this.date = date;
    }

    /**
     * Returns the empty cell: display text and value are both empty.
     *
     * @return the empty cell
     */
    public static Cell empty() {
        return EMPTY;
    }

    /**
     * Returns a text cell that shows the text as it is.
     *
     * @param text the text, not null (may be empty)
     * @return the cell
     * @throws NullPointerException if text is null
     */
    public static Cell text(String text) {
        Objects.requireNonNull(text, "text");
        return new Cell(CellType.TEXT, text, text, null, null, null);
    }

    /**
     * Returns an integer cell shown with thousands separators, such as {@code 12,345}.
     *
     * @param value the value
     * @return the cell
     */
    public static Cell of(long value) {
        BigDecimal number = BigDecimal.valueOf(value);
        return new Cell(CellType.INTEGER, Numbers.grouped(number), null, number, null, null);
    }

    /**
     * Returns a decimal cell shown at the value's own scale with thousands separators, such as
     * {@code 1,084.66}.
     *
     * @param value the value, not null
     * @return the cell
     * @throws NullPointerException if value is null
     */
    public static Cell of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return new Cell(CellType.DECIMAL, Numbers.grouped(value), null, value, null, null);
    }

    /**
     * Returns a money cell shown as the currency code and the grouped amount, such as
     * {@code EUR 231,516.02}.
     *
     * @param money the amount, not null
     * @return the cell
     * @throws NullPointerException if money is null
     */
    public static Cell of(Money money) {
        Objects.requireNonNull(money, "money");
        return new Cell(CellType.MONEY, Numbers.format(money), null, money.getAmount(), money.getCurrencyUnit(),
                null);
    }

    /**
     * Returns a date cell shown as ISO-8601, such as {@code 2024-12-31}.
     *
     * @param date the date, not null
     * @return the cell
     * @throws NullPointerException if date is null
     */
    public static Cell of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new Cell(CellType.DATE, date.toString(), null, null, null, date);
    }

    /**
     * Returns a percentage cell, such as {@code 39.92%}.
     *
     * @param percentage the percentage, not null
     * @return the cell
     * @throws NullPointerException if percentage is null
     */
    public static Cell of(Percentage percentage) {
        Objects.requireNonNull(percentage, "percentage");
        return percent(percentage.getValue());
    }

    /**
     * Returns a percentage cell from percent points ({@code 39.92} means 39.92%), shown as
     * {@code 39.92%}.
     *
     * @param percentPoints the percentage in percent points, not null
     * @return the cell
     * @throws NullPointerException if percentPoints is null
     */
    public static Cell percent(BigDecimal percentPoints) {
        Objects.requireNonNull(percentPoints, "percentPoints");
        return new Cell(CellType.PERCENTAGE, Numbers.grouped(percentPoints) + "%", null, percentPoints, null, null);
    }

    /**
     * Returns a copy of this cell that shows another text; the typed value stays the same.
     *
     * @param newDisplay the text the text and HTML renderers show, not null (may be empty)
     * @return the copy
     * @throws NullPointerException if newDisplay is null
     */
    public Cell withDisplay(String newDisplay) {
        Objects.requireNonNull(newDisplay, "newDisplay");
        return new Cell(type, newDisplay, text, number, currency, date);
    }

    /**
     * Returns the kind of value.
     *
     * @return the type, never null
     */
    public CellType getType() {
        return type;
    }

    /**
     * Returns the text the text and HTML renderers show.
     *
     * @return the display text, never null, possibly empty
     */
    public String getDisplay() {
        return display;
    }

    /**
     * Returns the value as the machine formats write it: the text of a text cell, a plain decimal
     * (no exponent, no grouping) for integers, decimals, percentages and money amounts, ISO-8601
     * for dates, and the empty string for the empty cell.
     *
     * @return the machine value, never null
     */
    public String getValue() {
        switch (type) {
            case TEXT:
                return text;
            case INTEGER:
            case DECIMAL:
            case MONEY:
            case PERCENTAGE:
                return number.toPlainString();
            case DATE:
                return date.toString();
            default:
                return "";
        }
    }

    /**
     * Returns the number of an integer, decimal, percentage (in percent points) or money (its amount) cell.
     *
     * @return the number, or empty for text, date and empty cells
     */
    public Optional<BigDecimal> getNumber() {
        return Optional.ofNullable(number);
    }

    /**
     * Returns the currency of a money cell.
     *
     * @return the currency, or empty for any other cell
     */
    public Optional<CurrencyUnit> getCurrency() {
        return Optional.ofNullable(currency);
    }

    /**
     * Returns the amount of a money cell.
     *
     * @return the money, or empty for any other cell
     */
    public Optional<Money> getMoney() {
        return currency == null ? Optional.empty() : Optional.of(Money.of(currency, number));
    }

    /**
     * Returns the date of a date cell.
     *
     * @return the date, or empty for any other cell
     */
    public Optional<LocalDate> getDate() {
        return Optional.ofNullable(date);
    }

    /**
     * Compares type, display text and value; decimals compare by value and scale, as they print.
     *
     * @param obj the other object, null allowed
     * @return whether both cells are the same
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Cell)) {
            return false;
        }
        Cell other = (Cell) obj;
        return type == other.type && display.equals(other.display) && getValue().equals(other.getValue())
                && Objects.equals(currency, other.currency);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(type, display, getValue(), currency);
    }

    /**
     * Returns a debugging form such as {@code money:231516.02 EUR "EUR 231,516.02"}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return type.getName() + ":" + getValue() + (currency == null ? "" : " " + currency) + " \"" + display + "\"";
    }
}
