package org.receivables.examples.report;

import java.util.Objects;

/**
 * A paragraph of prose in a {@link ReportSection}, such as how a figure was computed.
 *
 * <p>A line break in the text starts a new paragraph; the text renderer wraps each paragraph at its
 * width. The CSV renderer leaves notes out (it carries data only); JSON and HTML keep them.
 * <pre>
 * ReportNote.of("Loss rates are chained from 6-month balance-weighted roll rates.")
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportNote implements ReportBlock {

    private final String text;

    private ReportNote(String text) {
        this.text = text;
    }

    /**
     * Returns a note.
     *
     * @param text the text, not null or blank
     * @return the note
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if text is blank
     */
    public static ReportNote of(String text) {
        return new ReportNote(Keys.notBlank(text, "text"));
    }

    /**
     * Returns the text.
     *
     * @return the text, never null or blank
     */
    public String getText() {
        return text;
    }

    /**
     * Compares the text.
     *
     * @param obj the other object, null allowed
     * @return whether both notes have the same text
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReportNote && text.equals(((ReportNote) obj).text);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    /**
     * Returns a debugging form.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "ReportNote[" + text + "]";
    }
}
