package org.receivables.examples.report;

import java.util.Objects;

/**
 * A column of a {@link ReportTable}: a stable key for the machine formats, the heading a person
 * reads, and how the text and HTML renderers align it.
 * <pre>
 * Column.left("bucket", "Bucket")
 * Column.right("amount", "Amount")
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Column {

    private final String key;
    private final String heading;
    private final Alignment alignment;

    private Column(String key, String heading, Alignment alignment) {
        this.key = key;
        this.heading = heading;
        this.alignment = alignment;
    }

    /**
     * Returns a column.
     *
     * @param key the stable key: lower-case letters and digits, then also {@code _ . -}; not null
     * @param heading the heading, not null (may be empty)
     * @param alignment the alignment, not null
     * @return the column
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is not of the form above
     */
    public static Column of(String key, String heading, Alignment alignment) {
        Keys.check(key, "key");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(alignment, "alignment");
        return new Column(key, heading, alignment);
    }

    /**
     * Returns a left-aligned column, for text.
     *
     * @param key the stable key, as in {@link #of}
     * @param heading the heading, not null
     * @return the column
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is not of the form of {@link #of}
     */
    public static Column left(String key, String heading) {
        return of(key, heading, Alignment.LEFT);
    }

    /**
     * Returns a right-aligned column, for numbers.
     *
     * @param key the stable key, as in {@link #of}
     * @param heading the heading, not null
     * @return the column
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key is not of the form of {@link #of}
     */
    public static Column right(String key, String heading) {
        return of(key, heading, Alignment.RIGHT);
    }

    /**
     * Returns the stable key, the column name in CSV and JSON.
     *
     * @return the key, never null
     */
    public String getKey() {
        return key;
    }

    /**
     * Returns the heading.
     *
     * @return the heading, never null
     */
    public String getHeading() {
        return heading;
    }

    /**
     * Returns the alignment.
     *
     * @return the alignment, never null
     */
    public Alignment getAlignment() {
        return alignment;
    }

    /**
     * Compares key, heading and alignment.
     *
     * @param obj the other object, null allowed
     * @return whether both are the same
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Column && key.equals(((Column) obj).key) && heading.equals(((Column) obj).heading)
                && alignment == ((Column) obj).alignment;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(key, heading, alignment);
    }

    /**
     * Returns a debugging form such as {@code amount "Amount" RIGHT}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return key + " \"" + heading + "\" " + alignment;
    }
}
