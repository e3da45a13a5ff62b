package org.receivables.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A chart of a {@link ReportSection}: a kind, a stable key, a title, category labels, one or more
 * named {@link ChartSeries} with one exact value per category, and a unit for the values.
 * <pre>
 * ReportChart aging = ReportChart.builder(ChartKind.BAR, "aging_chart")
 *         .title("Aging by bucket")
 *         .unit("EUR")
 *         .categories(List.of("current", "1-30", "31-60"))
 *         .series("eur", "EUR", List.of(new BigDecimal("231516.02"), new BigDecimal("126454.92"),
 *                 new BigDecimal("54357.52")))
 *         .build();
 * </pre>
 * A {@link ChartKind#FUNNEL} has exactly one series.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportChart implements ReportBlock {

    /** The column name the machine formats give the category labels; no series may use it as key. */
    public static final String CATEGORY_KEY = "category";

    private final ChartKind kind;
    private final String key;
    private final String title;
    private final String unit;
    private final List<String> categories;
    private final List<ChartSeries> series;

    private ReportChart(Builder builder) {
        this.kind = builder.kind;
        this.key = builder.key;
        this.title = builder.title;
        this.unit = builder.unit;
        this.categories = List.copyOf(builder.categories);
        this.series = List.copyOf(builder.series);
    }

    /**
     * Returns a builder for a chart.
     *
     * @param kind how the chart is drawn, not null
     * @param key the key, unique among the tables and charts of its section: lower-case letters and
     *     digits, then also {@code _ . -}; not null
     * @return the builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is not of that form
     */
    public static Builder builder(ChartKind kind, String key) {
        Objects.requireNonNull(kind, "kind");
        return new Builder(kind, Keys.check(key, "key"));
    }

    /**
     * Returns how the chart is drawn.
     *
     * @return the kind, never null
     */
    public ChartKind getKind() {
        return kind;
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
     * Returns the title.
     *
     * @return the title, empty when the chart has none
     */
    public String getTitle() {
        return title;
    }

    /**
     * Returns the unit of the values: a currency code, {@code days}, {@code count}, ...
     *
     * @return the unit, empty when there is none
     */
    public String getUnit() {
        return unit;
    }

    /**
     * Returns the category labels, in order: the x axis of bars and lines, the levels of a funnel.
     *
     * @return the labels, at least one
     */
    public List<String> getCategories() {
        return categories;
    }

    /**
     * Returns the series, in order.
     *
     * @return the series, at least one, each with one value per category
     */
    public List<ChartSeries> getSeries() {
        return series;
    }

    /**
     * Compares every field.
     *
     * @param obj the other object, null allowed
     * @return whether both charts are the same
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ReportChart)) {
            return false;
        }
        ReportChart other = (ReportChart) obj;
        return kind == other.kind && key.equals(other.key) && title.equals(other.title) && unit.equals(other.unit)
                && categories.equals(other.categories) && series.equals(other.series);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(kind, key, title, unit, categories, series);
    }

    /**
     * Returns a debugging form.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "ReportChart[" + kind + " " + key + ", " + categories.size() + " categories, " + series.size()
                + " series]";
    }

    /** Builds a {@link ReportChart}; not thread-safe. */
    public static final class Builder {

        private final ChartKind kind;
        private final String key;
        private String title = "";
        private String unit = "";
        private final List<String> categories = new ArrayList<>();
        private final List<ChartSeries> series = new ArrayList<>();

        private Builder(ChartKind kind, String key) {
            this.kind = kind;
            this.key = key;
        }

        /**
         * Sets the title.
         *
         * @param newTitle the title, not null; empty for none
         * @return this builder
         * @throws NullPointerException if newTitle is null
         */
        public Builder title(String newTitle) {
            this.title = Objects.requireNonNull(newTitle, "newTitle");
            return this;
        }

        /**
         * Sets the unit of the values.
         *
         * @param newUnit a currency code, {@code days}, {@code count}, ...; not null, empty for none
         * @return this builder
         * @throws NullPointerException if newUnit is null
         */
        public Builder unit(String newUnit) {
            this.unit = Objects.requireNonNull(newUnit, "newUnit");
            return this;
        }

        /**
         * Adds a category label.
         *
         * @param label the label, not null
         * @return this builder
         * @throws NullPointerException if label is null
         */
        public Builder category(String label) {
            categories.add(Objects.requireNonNull(label, "label"));
            return this;
        }

        /**
         * Adds category labels.
         *
         * @param labels the labels, none null
         * @return this builder
         * @throws NullPointerException if labels or one of them is null
         */
        public Builder categories(List<String> labels) {
            Objects.requireNonNull(labels, "labels");
            for (String label : labels) {
                Objects.requireNonNull(label, "labels");
            }
            categories.addAll(labels);
            return this;
        }

        /**
         * Adds a series.
         *
         * @param newSeries the series, not null
         * @return this builder
         * @throws NullPointerException if newSeries is null
         */
        public Builder series(ChartSeries newSeries) {
            series.add(Objects.requireNonNull(newSeries, "newSeries"));
            return this;
        }

        /**
         * Adds a series, as {@link ChartSeries#of}.
         *
         * @param seriesKey the series' key
         * @param name the series' name
         * @param values the values, one per category
         * @return this builder
         * @throws NullPointerException if an argument or a value is null
         * @throws IllegalArgumentException if the key is not of the form of {@link ChartSeries#of}
         */
        public Builder series(String seriesKey, String name, List<BigDecimal> values) {
            return series(ChartSeries.of(seriesKey, name, values));
        }

        /**
         * Builds the chart.
         *
         * @return the chart
         * @throws IllegalArgumentException if there is no category or no series, a series does not
         *     have one value per category, two series share a key, a series is keyed
         *     {@value #CATEGORY_KEY}, or a funnel has more than one series
         */
        public ReportChart build() {
            if (categories.isEmpty()) {
                throw new IllegalArgumentException("categories of chart " + key + " are empty");
            }
            if (series.isEmpty()) {
                throw new IllegalArgumentException("series of chart " + key + " are empty");
            }
            if (kind == ChartKind.FUNNEL && series.size() != 1) {
                throw new IllegalArgumentException("series of funnel chart " + key + " are " + series.size()
                        + ", a funnel has exactly one");
            }
            Set<String> keys = new HashSet<>();
            for (ChartSeries s : series) {
                if (s.getKey().equals(CATEGORY_KEY)) {
                    throw new IllegalArgumentException("series key " + CATEGORY_KEY + " of chart " + key
                            + " is reserved for the category labels");
                }
                if (!keys.add(s.getKey())) {
                    throw new IllegalArgumentException("series key " + s.getKey() + " is used twice in chart " + key);
                }
                if (s.getValues().size() != categories.size()) {
                    throw new IllegalArgumentException("series " + s.getKey() + " of chart " + key + " has "
                            + s.getValues().size() + " values, but the chart has " + categories.size() + " categories");
                }
            }
            return new ReportChart(this);
        }
    }
}
