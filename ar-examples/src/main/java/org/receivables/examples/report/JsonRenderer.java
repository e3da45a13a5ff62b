package org.receivables.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a report as pretty-printed JSON (2-space indents, keys in a fixed order), with exact
 * decimals as strings so no reader turns them into binary floating point.
 *
 * <p>The shape (keys always in this order):
 * <pre>{@code
 * {
 *   "title": "Receivables report",
 *   "asOf": "2024-12-31",
 *   "subtitles": ["Sample portfolio"],
 *   "sections": [
 *     {
 *       "key": "aging",
 *       "title": "Portfolio aging",
 *       "blocks": [
 *         {
 *           "type": "table",
 *           "key": "aging_eur",
 *           "title": "Aging, EUR",
 *           "columns": [
 *             {"key": "bucket", "heading": "Bucket", "align": "left", "type": "text"},
 *             {"key": "amount", "heading": "Amount", "align": "right", "type": "money"}
 *           ],
 *           "rows": [
 *             {"bucket": "current", "amount": {"amount": "231516.02", "currency": "EUR"}}
 *           ]
 *         },
 *         {"type": "note", "text": "..."},
 *         {
 *           "type": "chart", "key": "aging_chart", "kind": "bar", "title": "Aging by bucket",
 *           "unit": "EUR", "categories": ["current", "1-30"],
 *           "series": [{"key": "eur", "name": "EUR", "values": ["231516.02", "126454.92"]}]
 *         }
 *       ]
 *     }
 *   ]
 * }
 * }</pre>
 * (shown compact here; the output puts every member on its own line). A row is an object keyed by
 * column key, in column order. Values by {@link CellType}: text and dates (ISO-8601) as strings,
 * integers as JSON numbers, decimals and percentages (percent points) as strings of exact plain
 * decimals, money as {@code {"amount": "<plain decimal>", "currency": "<ISO 4217>"}}, empty as
 * {@code null}. A column's {@code type} is the type its non-empty cells share, {@code mixed} if they
 * differ, {@code empty} if all are empty. Strings escape {@code "}, {@code \}, every control
 * character, U+2028, U+2029 and unpaired surrogates, so the output is also valid JavaScript.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonRenderer implements ReportRenderer {

    private static final JsonRenderer INSTANCE = new JsonRenderer();

    private JsonRenderer() {
    }

    /**
     * Returns the JSON renderer.
     *
     * @return the renderer
     */
    public static JsonRenderer create() {
        return INSTANCE;
    }

    @Override
    public void render(ReportDocument document, Appendable out) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        Writer w = new Writer(out);
        w.beginObject();
        w.name("title").string(document.getTitle());
        w.name("asOf").string(document.getAsOf().toString());
        w.name("subtitles").beginArray();
        for (String line : document.getSubtitles()) {
            w.string(line);
        }
        w.endArray();
        w.name("sections").beginArray();
        for (ReportSection section : document.getSections()) {
            w.beginObject();
            w.name("key").string(section.getKey());
            w.name("title").string(section.getTitle());
            w.name("blocks").beginArray();
            for (ReportBlock block : section.getBlocks()) {
                if (block instanceof ReportTable) {
                    table(w, (ReportTable) block);
                } else if (block instanceof ReportChart) {
                    chart(w, (ReportChart) block);
                } else {
                    w.beginObject();
                    w.name("type").string("note");
                    w.name("text").string(((ReportNote) block).getText());
                    w.endObject();
                }
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
        Io.append(out, "\n");
    }

    private static void table(Writer w, ReportTable table) {
        List<Column> columns = table.getColumns();
        w.beginObject();
        w.name("type").string("table");
        w.name("key").string(table.getKey());
        w.name("title").string(table.getTitle());
        w.name("columns").beginArray();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            w.beginObject();
            w.name("key").string(column.getKey());
            w.name("heading").string(column.getHeading());
            w.name("align").string(column.getAlignment() == Alignment.LEFT ? "left" : "right");
            w.name("type").string(columnType(table, c));
            w.endObject();
        }
        w.endArray();
        w.name("rows").beginArray();
        for (List<Cell> row : table.getRows()) {
            w.beginObject();
            for (int c = 0; c < columns.size(); c++) {
                w.name(columns.get(c).getKey());
                cell(w, row.get(c));
            }
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }

    private static String columnType(ReportTable table, int c) {
        CellType type = null;
        for (List<Cell> row : table.getRows()) {
            CellType t = row.get(c).getType();
            if (t == CellType.EMPTY) {
                continue;
            }
            if (type != null && type != t) {
                return "mixed";
            }
            type = t;
        }
        return type == null ? CellType.EMPTY.getName() : type.getName();
    }

    private static void cell(Writer w, Cell cell) {
        switch (cell.getType()) {
            case EMPTY:
                w.literal("null");
                break;
            case INTEGER:
                w.literal(cell.getValue());
                break;
            case MONEY:
                w.beginObject();
                w.name("amount").string(cell.getValue());
                w.name("currency").string(cell.getCurrency().orElseThrow().getCode());
                w.endObject();
                break;
            default:
                w.string(cell.getValue());
                break;
        }
    }

    private static void chart(Writer w, ReportChart chart) {
        w.beginObject();
        w.name("type").string("chart");
        w.name("key").string(chart.getKey());
        w.name("kind").string(chart.getKind().getName());
        w.name("title").string(chart.getTitle());
        w.name("unit").string(chart.getUnit());
        w.name("categories").beginArray();
        for (String category : chart.getCategories()) {
            w.string(category);
        }
        w.endArray();
        w.name("series").beginArray();
        for (ChartSeries series : chart.getSeries()) {
            w.beginObject();
            w.name("key").string(series.getKey());
            w.name("name").string(series.getName());
            w.name("values").beginArray();
            for (BigDecimal value : series.getValues()) {
                w.string(value.toPlainString());
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }

    /**
     * Escapes a string as a JSON string literal, quotes included.
     *
     * @param s the string
     * @return the literal
     */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\b':
                    sb.append("\\b");
                    break;
                case '\f':
                    sb.append("\\f");
                    break;
                default:
                    if (ch < 0x20 || ch == 0x7f || ch == '\u2028' || ch == '\u2029' || unpairedSurrogate(s, i)) {
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
                    } else if (Character.isHighSurrogate(ch)) {
                        sb.append(ch).append(s.charAt(++i));
                    } else {
                        sb.append(ch);
                    }
                    break;
            }
        }
        return sb.append('"').toString();
    }

    private static boolean unpairedSurrogate(String s, int i) {
        char ch = s.charAt(i);
        if (Character.isHighSurrogate(ch)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        // A low surrogate reached here was not consumed after a high one.
        return Character.isLowSurrogate(ch);
    }

    /** A streaming JSON writer that pretty-prints with 2-space indents. */
    private static final class Writer {

        private final Appendable out;
        /** Per open container: whether it already holds a member. */
        private final List<Boolean> hasMember = new ArrayList<>();
        private boolean afterName;

        Writer(Appendable out) {
            this.out = out;
        }

        Writer beginObject() {
            open("{");
            return this;
        }

        Writer endObject() {
            close("}");
            return this;
        }

        Writer beginArray() {
            open("[");
            return this;
        }

        Writer endArray() {
            close("]");
            return this;
        }

        Writer name(String name) {
            separate();
            Io.append(out, quote(name));
            Io.append(out, ": ");
            afterName = true;
            return this;
        }

        Writer string(String value) {
            return literal(quote(value));
        }

        Writer literal(String text) {
            separate();
            Io.append(out, text);
            return this;
        }

        private void open(String bracket) {
            separate();
            Io.append(out, bracket);
            hasMember.add(Boolean.FALSE);
        }

        private void close(String bracket) {
            boolean any = hasMember.remove(hasMember.size() - 1);
            if (any) {
                newline();
            }
            Io.append(out, bracket);
        }

        /** Before a value or a name: a comma if needed and a new line, unless the value follows its name. */
        private void separate() {
            if (afterName) {
                afterName = false;
                return;
            }
            if (hasMember.isEmpty()) {
                return;
            }
            int last = hasMember.size() - 1;
            if (hasMember.get(last)) {
                Io.append(out, ",");
            }
            hasMember.set(last, Boolean.TRUE);
            newline();
        }

        private void newline() {
            Io.append(out, "\n");
            Io.append(out, "  ".repeat(hasMember.size()));
        }
    }
}
