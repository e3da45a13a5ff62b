package org.receivables.examples.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A table of a {@link ReportSection}: a stable key, an optional title, columns and rows of
 * {@link Cell}s, every row as wide as the columns.
 * <pre>
 * ReportTable aging = ReportTable.builder("aging_eur")
 *         .title("Aging, EUR")
 *         .left("bucket", "Bucket").right("items", "Items").right("amount", "Amount")
 *         .row(Cell.text("current"), Cell.of(90), Cell.of(Money.parse("EUR 231516.02")))
 *         .row(Cell.text("1-30"), Cell.of(45), Cell.of(Money.parse("EUR 126454.92")))
 *         .build();
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportTable implements ReportBlock {

    private final String key;
    private final String title;
    private final List<Column> columns;
    private final List<List<Cell>> rows;

    private ReportTable(Builder builder) {
        this.key = builder.key;
        this.title = builder.title;
        this.columns = List.copyOf(builder.columns);
        List<List<Cell>> copy = new ArrayList<>();
        for (List<Cell> row : builder.rows) {
            copy.add(List.copyOf(row));
        }
        this.rows = List.copyOf(copy);
    }

    /**
     * Returns a builder for a table with a stable key.
     *
     * @param key the key, unique among the tables and charts of its section: lower-case letters and
     *     digits, then also {@code _ . -}; not null
     * @return the builder
     * @throws NullPointerException if key is null
     * @throws IllegalArgumentException if the key is not of that form
     */
    public static Builder builder(String key) {
        return new Builder(Keys.check(key, "key"));
    }

    /**
     * Returns the stable key, the {@code block} of this table's CSV records and JSON object.
     *
     * @return the key, never null
     */
    public String getKey() {
        return key;
    }

    /**
     * Returns the title.
     *
     * @return the title, empty when the table has none
     */
    public String getTitle() {
        return title;
    }

    /**
     * Returns the columns, in order.
     *
     * @return the columns, at least one
     */
    public List<Column> getColumns() {
        return columns;
    }

    /**
     * Returns the rows, in order; each row has one cell per column.
     *
     * @return the rows, possibly none
     */
    public List<List<Cell>> getRows() {
        return rows;
    }

    /**
     * Compares key, title, columns and rows.
     *
     * @param obj the other object, null allowed
     * @return whether both tables are the same
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ReportTable)) {
            return false;
        }
        ReportTable other = (ReportTable) obj;
        return key.equals(other.key) && title.equals(other.title) && columns.equals(other.columns)
                && rows.equals(other.rows);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(key, title, columns, rows);
    }

    /**
     * Returns a debugging form.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "ReportTable[" + key + ", " + columns.size() + " columns, " + rows.size() + " rows]";
    }

    /** Builds a {@link ReportTable}; not thread-safe. */
    public static final class Builder {

        private final String key;
        private String title = "";
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(String key) {
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
         * Adds a column.
         *
         * @param column the column, not null
         * @return this builder
         * @throws NullPointerException if column is null
         */
        public Builder column(Column column) {
            columns.add(Objects.requireNonNull(column, "column"));
            return this;
        }

        /**
         * Adds a left-aligned column, for text.
         *
         * @param columnKey the column's key, as in {@link Column#of}
         * @param heading the heading, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the key is not of the form of {@link Column#of}
         */
        public Builder left(String columnKey, String heading) {
            return column(Column.left(columnKey, heading));
        }

        /**
         * Adds a right-aligned column, for numbers.
         *
         * @param columnKey the column's key, as in {@link Column#of}
         * @param heading the heading, not null
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the key is not of the form of {@link Column#of}
         */
        public Builder right(String columnKey, String heading) {
            return column(Column.right(columnKey, heading));
        }

        /**
         * Adds a row.
         *
         * @param cells the cells, one per column, none null
         * @return this builder
         * @throws NullPointerException if cells or one of them is null
         */
        public Builder row(Cell... cells) {
            Objects.requireNonNull(cells, "cells");
            return row(Arrays.asList(cells));
        }

        /**
         * Adds a row.
         *
         * @param cells the cells, one per column, none null
         * @return this builder
         * @throws NullPointerException if cells or one of them is null
         */
        public Builder row(List<Cell> cells) {
            Objects.requireNonNull(cells, "cells");
            for (Cell cell : cells) {
                Objects.requireNonNull(cell, "cells");
            }
            rows.add(new ArrayList<>(cells));
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table
         * @throws IllegalArgumentException if there is no column, two columns share a key, or a row
         *     does not have one cell per column
         */
        public ReportTable build() {
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("columns of table " + key + " are empty");
            }
            Set<String> keys = new HashSet<>();
            for (Column column : columns) {
                if (!keys.add(column.getKey())) {
                    throw new IllegalArgumentException("column key " + column.getKey() + " is used twice in table " + key);
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).size() != columns.size()) {
                    throw new IllegalArgumentException("row " + (i + 1) + " of table " + key + " has "
                            + rows.get(i).size() + " cells, but the table has " + columns.size() + " columns");
                }
            }
            return new ReportTable(this);
        }
    }
}
