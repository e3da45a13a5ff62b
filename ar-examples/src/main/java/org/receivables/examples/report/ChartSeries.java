package org.receivables.examples.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One named series of values of a {@link ReportChart}, one value per category.
 * <pre>
 * ChartSeries.of("dso", "DSO", List.of(new BigDecimal("84.66"), new BigDecimal("81.20")))
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChartSeries {

    private final String key;
    private final String name;
    private final List<BigDecimal> values;

    private ChartSeries(String key, String name, List<BigDecimal> values) {
        this.key = key;
        this.name = name;
        this.values = values;
    }

    /**
     * Returns a series.
     *
     * @param key the stable key, unique in its chart and not {@code category}: lower-case letters
     *     and digits, then also {@code _ . -}; not null
     * @param name the name a legend shows, not null (may be empty)
     * @param values the values, none null (exact decimals of any sign)
     * @return the series
     * @throws NullPointerException if an argument or a value is null
     * @throws IllegalArgumentException if the key is not of that form
     */
    public static ChartSeries of(String key, String name, List<BigDecimal> values) {
        Keys.check(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        for (BigDecimal value : values) {
            Objects.requireNonNull(value, "values");
        }
        return new ChartSeries(key, name, List.copyOf(values));
    }

    /**
     * Returns the stable key.
     *
     * @return the key, never null
     */
    public String getKey() {
        return key;
    }

    /**
     * Returns the name a legend shows.
     *
     * @return the name, never null
     */
    public String getName() {
        return name;
    }

    /**
     * Returns the values, one per category of the chart.
     *
     * @return the values, never null
     */
    public List<BigDecimal> getValues() {
        return values;
    }

    /**
     * Compares key, name and values (decimals by value and scale).
     *
     * @param obj the other object, null allowed
     * @return whether both are the same
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ChartSeries && key.equals(((ChartSeries) obj).key)
                && name.equals(((ChartSeries) obj).name) && values.equals(((ChartSeries) obj).values);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(key, name, values);
    }

    /**
     * Returns a debugging form.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return key + " \"" + name + "\" " + values;
    }
}
