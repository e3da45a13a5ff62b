package org.receivables.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A report, independent of how it is rendered: a title, an as-of date, subtitle lines and ordered
 * {@link ReportSection}s. {@link ReportFormat} names the four renderers (text, CSV, JSON, HTML).
 * <pre>
 * ReportDocument report = ReportDocument.builder("Receivables report", LocalDate.of(2024, 12, 31))
 *         .subtitle("Sample portfolio: 40 customers, EUR")
 *         .section(ReportSection.builder("aging", "Portfolio aging").table(agingTable).build())
 *         .build();
 * ReportFormat.HTML.getRenderer().render(report, writer);
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportDocument {

    private final String title;
    private final LocalDate asOf;
    private final List<String> subtitles;
    private final List<ReportSection> sections;

    private ReportDocument(Builder builder) {
        this.title = builder.title;
        this.asOf = builder.asOf;
        this.subtitles = List.copyOf(builder.subtitles);
        this.sections = List.copyOf(builder.sections);
    }

    /**
     * Returns a builder for a report.
     *
     * @param title the title, not null or blank
     * @param asOf the date the report is as of, not null
     * @return the builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the title is blank
     */
    public static Builder builder(String title, LocalDate asOf) {
        Keys.notBlank(title, "title");
        Objects.requireNonNull(asOf, "asOf");
        return new Builder(title, asOf);
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
     * Returns the date the report is as of.
     *
     * @return the date, never null
     */
    public LocalDate getAsOf() {
        return asOf;
    }

    /**
     * Returns the subtitle lines, in order.
     *
     * @return the lines, possibly none
     */
    public List<String> getSubtitles() {
        return subtitles;
    }

    /**
     * Returns the sections, in order.
     *
     * @return the sections, possibly none
     */
    public List<ReportSection> getSections() {
        return sections;
    }

    /**
     * Returns the section with a key.
     *
     * @param key the key, not null
     * @return the section, or empty if there is none with that key
     * @throws NullPointerException if key is null
     */
    public Optional<ReportSection> getSection(String key) {
        Objects.requireNonNull(key, "key");
        return sections.stream().filter(s -> s.getKey().equals(key)).findFirst();
    }

    /**
     * Compares every field.
     *
     * @param obj the other object, null allowed
     * @return whether both reports are the same
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ReportDocument)) {
            return false;
        }
        ReportDocument other = (ReportDocument) obj;
        return title.equals(other.title) && asOf.equals(other.asOf) && subtitles.equals(other.subtitles)
                && sections.equals(other.sections);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(title, asOf, subtitles, sections);
    }

    /**
     * Returns a debugging form.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "ReportDocument[" + title + " as of " + asOf + ", " + sections.size() + " sections]";
    }

    /** Builds a {@link ReportDocument}; not thread-safe. */
    public static final class Builder {

        private final String title;
        private final LocalDate asOf;
        private final List<String> subtitles = new ArrayList<>();
        private final List<ReportSection> sections = new ArrayList<>();

        private Builder(String title, LocalDate asOf) {
            this.title = title;
            this.asOf = asOf;
        }

        /**
         * Adds a subtitle line.
         *
         * @param line the line, not null
         * @return this builder
         * @throws NullPointerException if line is null
         */
        public Builder subtitle(String line) {
            subtitles.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        /**
         * Adds a section.
         *
         * @param section the section, not null
         * @return this builder
         * @throws NullPointerException if section is null
         */
        public Builder section(ReportSection section) {
            sections.add(Objects.requireNonNull(section, "section"));
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report
         * @throws IllegalArgumentException if two sections share a key
         */
        public ReportDocument build() {
            Set<String> keys = new HashSet<>();
            for (ReportSection section : sections) {
                if (!keys.add(section.getKey())) {
                    throw new IllegalArgumentException("section key " + section.getKey() + " is used twice");
                }
            }
            return new ReportDocument(this);
        }
    }
}
