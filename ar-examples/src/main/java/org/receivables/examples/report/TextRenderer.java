package org.receivables.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a report as plain text for a terminal: no line is longer than the width (100 columns by
 * default), every line ends with {@code \n} and has no trailing spaces.
 *
 * <p>Layout: the title, {@code As of yyyy-MM-dd} and the subtitles, a rule of {@code =}, then each
 * section as {@code N. Title} underlined with {@code -}, its blocks separated by blank lines.
 * <ul>
 * <li>Columns are counted in code points: a wide East Asian character counts as one. Control
 *     characters (line breaks, tabs, ...) and U+2028/U+2029 inside titles, headings and cells become
 *     spaces, so a cell never breaks a line.</li>
 * <li>Tables: each column is as wide as its widest heading or cell, columns two spaces apart,
 *     {@link Alignment#RIGHT right-aligned} columns padded on the left. If a table is too wide,
 *     left-aligned columns shrink first (the widest first, down to 6 columns), then right-aligned
 *     ones. A left-aligned cell wider than its column wraps at word boundaries onto continuation
 *     lines (the row's other columns blank there); a heading or right-aligned cell that does not
 *     fit is cut and ends with {@code …}. If even 6-column widths do not fit, the table is
 *     written one record per row ({@code heading: value}, values wrapped).</li>
 * <li>Notes and titles wrap at word boundaries; a word longer than the width is broken.</li>
 * <li>Charts are drawn as horizontal bars, one line per category (and series), whatever their
 *     kind: the label, a bar of {@code #} (or {@code -} for a negative value) whose length is
 *     proportional to the value's magnitude (the largest fills the bar area), and the exact value.
 *     Lines and funnels read the same way, top to bottom.</li>
 * </ul>
 * <pre>
 * 1. Portfolio aging
 * ------------------
 *
 * Aging, EUR
 * bucket    items          amount   share
 * --------  -----  --------------  ------
 * current      90  EUR 231,516.02  39.92%
 * 1-30         45  EUR 126,454.92  21.81%
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TextRenderer implements ReportRenderer {

    /** The default width, in columns. */
    public static final int DEFAULT_WIDTH = 100;
    /** The least width {@link #ofWidth} accepts. */
    public static final int MIN_WIDTH = 40;

    private static final int GAP = 2;
    private static final int MIN_COLUMN = 6;
    private static final String ELLIPSIS = "…";
    private static final TextRenderer DEFAULT = new TextRenderer(DEFAULT_WIDTH);

    private final int width;

    private TextRenderer(int width) {
        this.width = width;
    }

    /**
     * Returns the renderer for 100 columns.
     *
     * @return the renderer
     */
    public static TextRenderer create() {
        return DEFAULT;
    }

    /**
     * Returns a renderer for another width.
     *
     * @param width the most columns a line may have, at least {@value #MIN_WIDTH}
     * @return the renderer
     * @throws IllegalArgumentException if width is less than {@value #MIN_WIDTH}
     */
    public static TextRenderer ofWidth(int width) {
        if (width < MIN_WIDTH) {
            throw new IllegalArgumentException("width " + width + " is less than " + MIN_WIDTH);
        }
        return new TextRenderer(width);
    }

    /**
     * Returns the most columns a line may have.
     *
     * @return the width
     */
    public int getWidth() {
        return width;
    }

    @Override
    public void render(ReportDocument document, Appendable out) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        List<String> lines = new ArrayList<>();
        lines.addAll(wrap(document.getTitle(), width));
        lines.add("As of " + document.getAsOf());
        for (String subtitle : document.getSubtitles()) {
            lines.addAll(wrap(subtitle, width));
        }
        lines.add("=".repeat(width));
        int number = 0;
        for (ReportSection section : document.getSections()) {
            number++;
            lines.add("");
            String prefix = number + ". ";
            List<String> title = wrap(section.getTitle(), width - prefix.length());
            int longest = 0;
            for (int i = 0; i < title.size(); i++) {
                String line = (i == 0 ? prefix : " ".repeat(prefix.length())) + title.get(i);
                lines.add(line);
                longest = Math.max(longest, length(line));
            }
            lines.add("-".repeat(longest));
            for (ReportBlock block : section.getBlocks()) {
                lines.add("");
                if (block instanceof ReportTable) {
                    table(lines, (ReportTable) block);
                } else if (block instanceof ReportChart) {
                    chart(lines, (ReportChart) block);
                } else {
                    note(lines, ((ReportNote) block).getText());
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(stripTrailing(line)).append('\n');
        }
        Io.append(out, sb);
    }

    // ---- tables ----

    private void table(List<String> lines, ReportTable table) {
        if (!table.getTitle().isEmpty()) {
            lines.addAll(wrap(table.getTitle(), width));
        }
        List<Column> columns = table.getColumns();
        int n = columns.size();
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = Math.max(1, length(clean(columns.get(c).getHeading())));
            for (List<Cell> row : table.getRows()) {
                widths[c] = Math.max(widths[c], length(clean(row.get(c).getDisplay())));
            }
        }
        int available = width - GAP * (n - 1);
        if (!shrink(widths, columns, available, Alignment.LEFT) && !shrink(widths, columns, available, Alignment.RIGHT)) {
            records(lines, table);
            return;
        }
        List<String> headings = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            headings.add(columns.get(c).getHeading());
            rules.add("-".repeat(widths[c]));
        }
        lines.addAll(tableLines(columns, widths, headings, false));
        lines.add(String.join(" ".repeat(GAP), rules));
        for (List<Cell> row : table.getRows()) {
            List<String> texts = new ArrayList<>();
            for (Cell cell : row) {
                texts.add(cell.getDisplay());
            }
            lines.addAll(tableLines(columns, widths, texts, true));
        }
    }

    /** Shrinks the widest columns of one alignment until the table fits; returns whether it fits. */
    private static boolean shrink(int[] widths, List<Column> columns, int available, Alignment alignment) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        while (total > available) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                if (columns.get(c).getAlignment() == alignment && widths[c] > MIN_COLUMN
                        && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return false;
            }
            widths[widest]--;
            total--;
        }
        return true;
    }

    /**
     * Lays out one row: a left-aligned text wider than its column wraps onto continuation lines when
     * {@code wrap} is set (cells), else it is cut (headings); right-aligned texts are cut.
     */
    private static List<String> tableLines(List<Column> columns, int[] widths, List<String> texts, boolean wrap) {
        List<List<String>> parts = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < widths.length; c++) {
            String text = clean(texts.get(c));
            List<String> part = wrap && columns.get(c).getAlignment() == Alignment.LEFT && length(text) > widths[c]
                    ? wrap(text, widths[c]) : List.of(truncate(text, widths[c]));
            parts.add(part);
            height = Math.max(height, part.size());
        }
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < height; k++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                if (c > 0) {
                    sb.append(" ".repeat(GAP));
                }
                String text = k < parts.get(c).size() ? parts.get(c).get(k) : "";
                String pad = " ".repeat(widths[c] - length(text));
                if (columns.get(c).getAlignment() == Alignment.RIGHT) {
                    sb.append(pad).append(text);
                } else {
                    sb.append(text).append(pad);
                }
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    /** The fallback for a table too wide even with narrow columns: one {@code heading: value} line per cell. */
    private void records(List<String> lines, ReportTable table) {
        List<Column> columns = table.getColumns();
        int headingWidth = 1;
        for (Column column : columns) {
            headingWidth = Math.max(headingWidth, length(clean(column.getHeading())) + 1);
        }
        headingWidth = Math.min(headingWidth, width / 3);
        int valueWidth = width - headingWidth - GAP;
        int number = 0;
        for (List<Cell> row : table.getRows()) {
            number++;
            if (number > 1) {
                lines.add("");
            }
            lines.add("[" + number + "]");
            for (int c = 0; c < columns.size(); c++) {
                String heading = truncate(clean(columns.get(c).getHeading()), headingWidth - 1) + ":";
                String pad = " ".repeat(headingWidth + GAP - length(heading));
                List<String> values = wrap(row.get(c).getDisplay(), valueWidth);
                for (int i = 0; i < values.size(); i++) {
                    lines.add((i == 0 ? heading + pad : " ".repeat(headingWidth + GAP)) + values.get(i));
                }
            }
        }
    }

    // ---- charts ----

    private void chart(List<String> lines, ReportChart chart) {
        String title = chart.getTitle();
        if (!chart.getUnit().isEmpty()) {
            title = title.isEmpty() ? "(" + chart.getUnit() + ")" : title + " (" + chart.getUnit() + ")";
        }
        if (!title.isEmpty()) {
            lines.addAll(wrap(title, width));
        }
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < chart.getCategories().size(); i++) {
            for (ChartSeries series : chart.getSeries()) {
                String category = clean(chart.getCategories().get(i));
                labels.add(chart.getSeries().size() == 1 ? category : category + " / " + clean(series.getName()));
                values.add(series.getValues().get(i));
            }
        }
        int labelWidth = 1;
        int valueWidth = 1;
        BigDecimal max = BigDecimal.ZERO;
        for (int i = 0; i < labels.size(); i++) {
            labelWidth = Math.max(labelWidth, length(labels.get(i)));
            valueWidth = Math.max(valueWidth, Numbers.grouped(values.get(i)).length());
            max = max.max(values.get(i).abs());
        }
        labelWidth = Math.min(labelWidth, width / 3);
        valueWidth = Math.min(valueWidth, width / 4);
        int barWidth = width - labelWidth - valueWidth - 2 * GAP;
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal value = values.get(i);
            int length = barLength(value, max, barWidth);
            String bar = (value.signum() < 0 ? "-" : "#").repeat(length);
            String label = truncate(labels.get(i), labelWidth);
            String number = truncate(Numbers.grouped(value), valueWidth);
            lines.add(label + " ".repeat(labelWidth - length(label) + GAP) + bar
                    + " ".repeat(barWidth - length + GAP + valueWidth - length(number)) + number);
        }
    }

    /**
     * Returns the length of a bar: |value| / max * barWidth, rounded half up, exact (no floating point).
     *
     * @param value the value
     * @param max the largest magnitude of the chart, zero or more
     * @param barWidth the bar area
     * @return the length, 0 to barWidth
     */
    static int barLength(BigDecimal value, BigDecimal max, int barWidth) {
        if (max.signum() == 0) {
            return 0;
        }
        return value.abs().multiply(BigDecimal.valueOf(barWidth)).divide(max, 0, RoundingMode.HALF_UP).intValueExact();
    }

    // ---- notes and wrapping ----

    private void note(List<String> lines, String text) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        for (String paragraph : normal.split("\n", -1)) {
            if (!paragraph.isBlank()) {
                lines.addAll(wrap(paragraph, width));
            }
        }
    }

    /**
     * Wraps text at word boundaries into lines of at most {@code max} code points; words longer than
     * that are broken. Control characters become spaces first.
     *
     * @param text the text
     * @param max the most code points a line may have, at least 1
     * @return the lines, at least one (empty for blank text)
     */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineLength = 0;
        for (String word : clean(text).trim().split(" +")) {
            int[] cps = word.codePoints().toArray();
            int start = 0;
            while (cps.length - start > 0) {
                int remaining = cps.length - start;
                if (lineLength > 0 && lineLength + 1 + remaining <= max) {
                    line.append(' ');
                    appendCodePoints(line, cps, start, remaining);
                    lineLength += 1 + remaining;
                    break;
                }
                if (lineLength > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineLength = 0;
                }
                int take = Math.min(remaining, max);
                appendCodePoints(line, cps, start, take);
                lineLength = take;
                start += take;
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static void appendCodePoints(StringBuilder sb, int[] cps, int start, int count) {
        for (int i = start; i < start + count; i++) {
            sb.appendCodePoint(cps[i]);
        }
    }

    /**
     * Replaces control characters and the Unicode line and paragraph separators with spaces.
     *
     * @param text the text
     * @return text that stays on one line
     */
    static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                sb.append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /**
     * Cuts text to at most {@code max} code points, ending a cut text with {@code …}.
     *
     * @param text the text
     * @param max the most code points, zero or more
     * @return the text or its cut
     */
    static String truncate(String text, int max) {
        int length = length(text);
        if (length <= max) {
            return text;
        }
        if (max <= 0) {
            return "";
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + ELLIPSIS;
    }

    /**
     * Returns the length in code points.
     *
     * @param text the text
     * @return its code point count
     */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }
}
