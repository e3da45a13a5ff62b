package org.receivables.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The tidy CSV renderer, read back with Commons CSV: one record per value, machine values only. */
class CsvRendererTest {

    static List<CSVRecord> parse(String csv) {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            return parser.getRecords();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<String> fields(CSVRecord record) {
        List<String> fields = new ArrayList<>();
        record.forEach(fields::add);
        return fields;
    }

    /** The records the tidy form must hold for a document, built from the model independently of the renderer. */
    static List<List<String>> expectedRecords(ReportDocument document) {
        List<List<String>> records = new ArrayList<>();
        records.add(List.of("section", "block", "row", "column", "type", "value", "unit"));
        for (ReportSection section : document.getSections()) {
            for (ReportBlock block : section.getBlocks()) {
                if (block instanceof ReportTable) {
                    ReportTable table = (ReportTable) block;
                    for (int r = 0; r < table.getRows().size(); r++) {
                        for (int c = 0; c < table.getColumns().size(); c++) {
                            Cell cell = table.getRows().get(r).get(c);
                            String unit = cell.getType() == CellType.MONEY ? cell.getCurrency().orElseThrow().getCode()
                                    : cell.getType() == CellType.PERCENTAGE ? "percent" : "";
                            records.add(List.of(section.getKey(), table.getKey(), String.valueOf(r + 1),
                                    table.getColumns().get(c).getKey(), cell.getType().getName(), cell.getValue(), unit));
                        }
                    }
                } else if (block instanceof ReportChart) {
                    ReportChart chart = (ReportChart) block;
                    for (int i = 0; i < chart.getCategories().size(); i++) {
                        records.add(List.of(section.getKey(), chart.getKey(), String.valueOf(i + 1), "category", "text",
                                chart.getCategories().get(i), ""));
                        for (ChartSeries series : chart.getSeries()) {
                            records.add(List.of(section.getKey(), chart.getKey(), String.valueOf(i + 1), series.getKey(),
                                    "decimal", series.getValues().get(i).toPlainString(), chart.getUnit()));
                        }
                    }
                }
            }
        }
        return records;
    }

    // ---- render ----

    @Test
    void sample_parsesBackToTheSameValues() {
        ReportDocument sample = ReportSamples.sample();
        List<List<String>> actual = new ArrayList<>();
        parse(CsvRenderer.create().render(sample)).forEach(r -> actual.add(fields(r)));
        assertEquals(expectedRecords(sample), actual);
    }

    @Test
    void sample_recordsAreMachineValues_withTheCurrencyInItsOwnColumn() {
        Iterator<CSVRecord> records = parse(CsvRenderer.create().render(ReportSamples.sample())).iterator();
        assertEquals(List.of("section", "block", "row", "column", "type", "value", "unit"), fields(records.next()));
        assertEquals(List.of("aging", "aging_eur", "1", "bucket", "text", "current", ""), fields(records.next()));
        assertEquals(List.of("aging", "aging_eur", "1", "items", "integer", "90", ""), fields(records.next()));
        assertEquals(List.of("aging", "aging_eur", "1", "amount", "money", "231516.02", "EUR"), fields(records.next()));
        assertEquals(List.of("aging", "aging_eur", "1", "share", "percentage", "39.92", "percent"), fields(records.next()));
        String csv = CsvRenderer.create().render(ReportSamples.sample());
        assertTrue(csv.contains("\r\naging,aging_chart,1,eur,decimal,231516.02,EUR\r\n"), csv);
        assertTrue(csv.contains("\r\ntop_overdue,top_overdue,1,oldest,date,2024-01-15,\r\n"), csv);
        assertTrue(csv.contains("\r\ntop_overdue,top_overdue,1,name,text,Harbour & Sons <Ltd>,\r\n"), csv);
        assertTrue(csv.contains("\r\ntop_overdue,top_overdue,4,name,text,\"Nordic \"\"Fjord\"\" Supplies AB\",\r\n"), csv);
        assertFalse(csv.contains("231,516"), "no display text");
        assertFalse(csv.contains("Days past due are counted"), "notes are prose, not data");
        assertTrue(csv.endsWith("\r\n"));
        assertFalse(csv.replace("\r\n", "").contains("\n"), "CRLF record ends only");
    }

    @Test
    void emptyDocument_isTheHeaderAlone() {
        assertEquals("section,block,row,column,type,value,unit\r\n",
                CsvRenderer.create().render(ReportDocument.builder("T", LocalDate.of(2024, 1, 1)).build()));
    }

    @Test
    void anyDocuments_parseBackToTheSameValues() {
        qt().withExamples(300).forAll(ReportGen.documents()).checkAssert(document -> {
            List<List<String>> actual = new ArrayList<>();
            parse(CsvRenderer.create().render(document)).forEach(r -> actual.add(fields(r)));
            assertEquals(expectedRecords(document), actual);
        });
    }

    @Test
    void anyText_roundTripsThroughRfc4180Quoting() {
        qt().forAll(ReportGen.strings()).checkAssert(text -> {
            ReportDocument doc = ReportDocument.builder("T", LocalDate.of(2024, 1, 1))
                    .section(ReportSection.builder("s", "S").table(ReportTable.builder("t").left("a", "A")
                            .row(Cell.text(text)).build()).build())
                    .build();
            List<CSVRecord> records = parse(CsvRenderer.create().render(doc));
            assertEquals(2, records.size());
            assertEquals(text, records.get(1).get(5));
        });
    }

    @Test
    void hugeAndTinyDecimals_areWrittenPlain() {
        ReportDocument doc = ReportDocument.builder("T", LocalDate.of(2024, 1, 1))
                .section(ReportSection.builder("s", "S").table(ReportTable.builder("t").right("a", "A")
                        .row(Cell.of(new BigDecimal("1E+20"))).row(Cell.of(new BigDecimal("1E-9"))).build()).build())
                .build();
        List<CSVRecord> records = parse(CsvRenderer.create().render(doc));
        assertEquals("100000000000000000000", records.get(1).get(5));
        assertEquals("0.000000001", records.get(2).get(5));
    }
}
