package org.receivables.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The JSON renderer, read back with Jackson: exact values, escaping, key order, indentation. */
class JsonRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException ex) {
            throw new UncheckedIOException(json, ex);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Asserts that the parsed document holds exactly the values of the model, block by block. */
    static void assertSameValues(ReportDocument document, JsonNode root) {
        assertEquals(document.getTitle(), root.get("title").textValue());
        assertEquals(document.getAsOf().toString(), root.get("asOf").textValue());
        assertEquals(document.getSubtitles().size(), root.get("subtitles").size());
        assertEquals(document.getSections().size(), root.get("sections").size());
        for (int s = 0; s < document.getSections().size(); s++) {
            ReportSection section = document.getSections().get(s);
            JsonNode jsonSection = root.get("sections").get(s);
            assertEquals(section.getKey(), jsonSection.get("key").textValue());
            assertEquals(section.getTitle(), jsonSection.get("title").textValue());
            assertEquals(section.getBlocks().size(), jsonSection.get("blocks").size());
            for (int b = 0; b < section.getBlocks().size(); b++) {
                ReportBlock block = section.getBlocks().get(b);
                JsonNode node = jsonSection.get("blocks").get(b);
                if (block instanceof ReportTable) {
                    assertTable((ReportTable) block, node);
                } else if (block instanceof ReportChart) {
                    assertChart((ReportChart) block, node);
                } else {
                    assertEquals("note", node.get("type").textValue());
                    assertEquals(((ReportNote) block).getText(), node.get("text").textValue());
                }
            }
        }
    }

    private static void assertTable(ReportTable table, JsonNode node) {
        assertEquals(List.of("type", "key", "title", "columns", "rows"), names(node));
        assertEquals("table", node.get("type").textValue());
        assertEquals(table.getKey(), node.get("key").textValue());
        assertEquals(table.getTitle(), node.get("title").textValue());
        for (int c = 0; c < table.getColumns().size(); c++) {
            Column column = table.getColumns().get(c);
            JsonNode jc = node.get("columns").get(c);
            assertEquals(column.getKey(), jc.get("key").textValue());
            assertEquals(column.getHeading(), jc.get("heading").textValue());
            assertEquals(column.getAlignment() == Alignment.LEFT ? "left" : "right", jc.get("align").textValue());
        }
        assertEquals(table.getRows().size(), node.get("rows").size());
        for (int r = 0; r < table.getRows().size(); r++) {
            JsonNode row = node.get("rows").get(r);
            List<String> keys = new ArrayList<>();
            table.getColumns().forEach(c -> keys.add(c.getKey()));
            assertEquals(keys, names(row));
            for (int c = 0; c < keys.size(); c++) {
                assertCell(table.getRows().get(r).get(c), row.get(keys.get(c)));
            }
        }
    }

    private static void assertCell(Cell cell, JsonNode value) {
        switch (cell.getType()) {
            case EMPTY:
                assertTrue(value.isNull(), value::toString);
                break;
            case INTEGER:
                assertTrue(value.isIntegralNumber(), value::toString);
                assertEquals(cell.getNumber().orElseThrow().toBigIntegerExact(), value.bigIntegerValue());
                break;
            case MONEY:
                assertEquals(List.of("amount", "currency"), names(value));
                Money money = cell.getMoney().orElseThrow();
                // Exact: same digits and scale, not just an equal double.
                assertEquals(money.getAmount().toPlainString(), value.get("amount").textValue());
                assertEquals(money.getCurrencyUnit().getCode(), value.get("currency").textValue());
                break;
            case DECIMAL:
            case PERCENTAGE:
                assertTrue(value.isTextual(), value::toString);
                BigDecimal parsed = new BigDecimal(value.textValue());
                assertEquals(0, parsed.compareTo(cell.getNumber().orElseThrow()));
                assertEquals(cell.getNumber().orElseThrow().scale() < 0 ? 0 : cell.getNumber().orElseThrow().scale(),
                        parsed.scale());
                break;
            case DATE:
                assertEquals(cell.getDate().orElseThrow(), LocalDate.parse(value.textValue()));
                break;
            default:
                assertEquals(cell.getValue(), value.textValue());
                break;
        }
    }

    private static void assertChart(ReportChart chart, JsonNode node) {
        assertEquals(List.of("type", "key", "kind", "title", "unit", "categories", "series"), names(node));
        assertEquals(chart.getKind().getName(), node.get("kind").textValue());
        assertEquals(chart.getUnit(), node.get("unit").textValue());
        for (int i = 0; i < chart.getCategories().size(); i++) {
            assertEquals(chart.getCategories().get(i), node.get("categories").get(i).textValue());
        }
        for (int s = 0; s < chart.getSeries().size(); s++) {
            ChartSeries series = chart.getSeries().get(s);
            JsonNode js = node.get("series").get(s);
            assertEquals(series.getKey(), js.get("key").textValue());
            assertEquals(series.getName(), js.get("name").textValue());
            for (int i = 0; i < series.getValues().size(); i++) {
                assertEquals(0, series.getValues().get(i).compareTo(new BigDecimal(js.get("values").get(i).textValue())));
            }
        }
    }

    // ---- render ----

    @Test
    void sample_parses_andEveryValueRoundTripsExactly() {
        ReportDocument sample = ReportSamples.sample();
        JsonNode root = parse(JsonRenderer.create().render(sample));
        assertEquals(List.of("title", "asOf", "subtitles", "sections"), names(root));
        assertSameValues(sample, root);
    }

    @Test
    void money_isAStringAmountWithItsCurrency_neverAJsonNumber() {
        JsonNode root = parse(JsonRenderer.create().render(ReportSamples.sample()));
        JsonNode first = root.get("sections").get(0).get("blocks").get(0).get("rows").get(0);
        assertEquals("current", first.get("bucket").textValue());
        assertEquals(90, first.get("items").intValue());
        assertEquals("231516.02", first.get("amount").get("amount").textValue());
        assertEquals("EUR", first.get("amount").get("currency").textValue());
        assertEquals("39.92", first.get("share").textValue());
        JsonNode columns = root.get("sections").get(0).get("blocks").get(0).get("columns");
        assertEquals("money", columns.get(2).get("type").textValue());
        // The USD table's share column holds only empty cells.
        assertEquals("empty", root.get("sections").get(0).get("blocks").get(1).get("columns").get(3).get("type").textValue());
    }

    @Test
    void output_isPrettyPrintedWithTwoSpaceIndents_andDeterministic() {
        String json = JsonRenderer.create().render(ReportSamples.sample());
        assertEquals(json, JsonRenderer.create().render(ReportSamples.sample()));
        assertTrue(json.startsWith("{\n  \"title\": \"Receivables report\",\n  \"asOf\": \"2024-12-31\",\n"), json);
        assertTrue(json.endsWith("\n}\n"));
        int depth = 0;
        for (String line : json.split("\n")) {
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("}") || trimmed.startsWith("]")) {
                depth--;
            }
            assertEquals(2 * depth, line.length() - trimmed.length(), line);
            if (trimmed.endsWith("{") || trimmed.endsWith("[")) {
                depth++;
            }
        }
        assertEquals(0, depth);
    }

    @Test
    void emptyDocument_hasEmptyArrays() {
        JsonNode root = parse(JsonRenderer.create().render(ReportDocument.builder("T", LocalDate.of(2024, 1, 1)).build()));
        assertTrue(root.get("sections").isArray());
        assertEquals(0, root.get("sections").size());
        assertEquals(0, root.get("subtitles").size());
    }

    // ---- quote ----

    @Test
    void test_quote_escapesQuotesBackslashControlsAndLineSeparators() {
        assertEquals("\"a\\\"b\\\\c\"", JsonRenderer.quote("a\"b\\c"));
        assertEquals("\"\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f\"", JsonRenderer.quote("\n\r\t\b\f\u0000\u001f\u007f"));
        assertEquals("\"\\u2028\\u2029\"", JsonRenderer.quote("\u2028\u2029"));
        assertEquals("\"\uD83D\uDE00\"", JsonRenderer.quote("\uD83D\uDE00"));
        assertEquals("\"\\ud800x\\udc00\"", JsonRenderer.quote("\uD800x\uDC00"));
        assertEquals("\"</script>\"", JsonRenderer.quote("</script>"));
    }

    @Test
    void anyStrings_roundTripThroughARealParser() {
        qt().forAll(ReportGen.strings()).checkAssert(s -> {
            String literal = JsonRenderer.quote(s);
            for (char ch : literal.toCharArray()) {
                assertFalse(ch < 0x20 || ch == '\u2028' || ch == '\u2029', () -> "raw " + (int) ch + " in " + literal);
            }
            assertEquals(s, parse(literal).textValue());
        });
    }

    @Test
    void anyDocuments_parse_andRoundTripEveryValue() {
        qt().withExamples(300).forAll(ReportGen.documents()).checkAssert(document ->
                assertSameValues(document, parse(JsonRenderer.create().render(document))));
    }

    @Test
    void integers_atTheEdgesOfLong_stayExact() {
        ReportDocument doc = ReportDocument.builder("T", LocalDate.of(2024, 1, 1))
                .section(ReportSection.builder("s", "S").table(ReportTable.builder("t").right("n", "N")
                        .row(Cell.of(Long.MIN_VALUE)).row(Cell.of(Long.MAX_VALUE)).build()).build())
                .build();
        Iterator<JsonNode> rows = parse(JsonRenderer.create().render(doc)).get("sections").get(0).get("blocks").get(0)
                .get("rows").elements();
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE), rows.next().get("n").bigIntegerValue());
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE), rows.next().get("n").bigIntegerValue());
    }
}
