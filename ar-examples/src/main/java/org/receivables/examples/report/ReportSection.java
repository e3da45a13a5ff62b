package org.receivables.examples.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A section of a {@link ReportDocument}: a stable key, a title, and ordered blocks (tables, notes,
 * charts).
 * <pre>
 * ReportSection section = ReportSection.builder("aging", "Portfolio aging")
 *         .table(agingTable)
 *         .chart(agingChart)
 *         .note("Days past due are counted from each instalment's due date.")
 *         .build();
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportSection {

    private final String key;
    private final String title;
    private final List<ReportBlock> blocks;

    private ReportSection(String key, String title, List<ReportBlock> blocks) {
        this.key = key;
        this.title = title;
        this.blocks = List.copyOf(blocks);
    }

    /**
     * Returns a builder for a section.
     *
     * @param key the key, unique in its document: lower-case letters and digits, then also
     *     {@code _ . -}; not null
     * @param title the title, not null or blank
     * @return the builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is not of that form or the title is blank
     */
    public static Builder builder(String key, String title) {
        return new Builder(Keys.check(key, "key"), Keys.notBlank(title, "title"));
    }

    /**
     * Returns the stable key, the {@code section} of CSV records and JSON.
     *
     * @return the key, never null
     */
    public String getKey() {
        return key;
    }

    /**
     * Returns the title.
     *
     * @return the title, never blank
     */
    public String getTitle() {
        return title;
    }

    /**
     * Returns the blocks, in order.
     *
     * @return the blocks, possibly none
     */
    public List<ReportBlock> getBlocks() {
        return blocks;
    }

    /**
     * Compares key, title and blocks.
     *
     * @param obj the other object, null allowed
     * @return whether both sections are the same
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReportSection && key.equals(((ReportSection) obj).key)
                && title.equals(((ReportSection) obj).title) && blocks.equals(((ReportSection) obj).blocks);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(key, title, blocks);
    }

    /**
     * Returns a debugging form.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "ReportSection[" + key + ", " + blocks.size() + " blocks]";
    }

    /** Builds a {@link ReportSection}; not thread-safe. */
    public static final class Builder {

        private final String key;
        private final String title;
        private final List<ReportBlock> blocks = new ArrayList<>();

        private Builder(String key, String title) {
            this.key = key;
            this.title = title;
        }

        /**
         * Adds a block.
         *
         * @param block the block, not null
         * @return this builder
         * @throws NullPointerException if block is null
         */
        public Builder block(ReportBlock block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /**
         * Adds a table.
         *
         * @param table the table, not null
         * @return this builder
         * @throws NullPointerException if table is null
         */
        public Builder table(ReportTable table) {
            return block(Objects.requireNonNull(table, "table"));
        }

        /**
         * Adds a chart.
         *
         * @param chart the chart, not null
         * @return this builder
         * @throws NullPointerException if chart is null
         */
        public Builder chart(ReportChart chart) {
            return block(Objects.requireNonNull(chart, "chart"));
        }

        /**
         * Adds a note, as {@link ReportNote#of}.
         *
         * @param text the text, not null or blank
         * @return this builder
         * @throws NullPointerException if text is null
         * @throws IllegalArgumentException if text is blank
         */
        public Builder note(String text) {
            return block(ReportNote.of(text));
        }

        /**
         * Builds the section.
         *
         * @return the section
         * @throws IllegalArgumentException if two tables or charts share a key
         */
        public ReportSection build() {
            Set<String> keys = new HashSet<>();
            for (ReportBlock block : blocks) {
                String blockKey = block instanceof ReportTable ? ((ReportTable) block).getKey()
                        : block instanceof ReportChart ? ((ReportChart) block).getKey() : null;
                if (blockKey != null && !keys.add(blockKey)) {
                    throw new IllegalArgumentException("block key " + blockKey + " is used twice in section " + key);
                }
            }
            return new ReportSection(key, title, blocks);
        }
    }
}
