package org.receivables.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.receivables.examples.report.ReportSamples.d;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text renderer: widths from content, alignment, wrapping, and no line over the width. */
class TextRendererTest {

    private static ReportDocument oneSection(ReportBlock... blocks) {
        ReportSection.Builder section = ReportSection.builder("s", "Section");
        Arrays.stream(blocks).forEach(section::block);
        return ReportDocument.builder("Title", LocalDate.of(2024, 12, 31)).section(section.build()).build();
    }

    /** The lines of the first block of the first section (after the title, rule and section heading). */
    private static List<String> blockLines(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int start = lines.indexOf("1. Section") + 3;
        List<String> block = new ArrayList<>();
        for (int i = start; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            block.add(lines.get(i));
        }
        return block;
    }

    private static void assertFits(String text, int width) {
        assertTrue(text.endsWith("\n"));
        for (String line : text.split("\n", -1)) {
            assertTrue(line.codePointCount(0, line.length()) <= width, () -> "over " + width + ": " + line);
            assertFalse(line.endsWith(" "), () -> "trailing space: " + line);
            assertFalse(line.chars().anyMatch(ch -> ch < 0x20 || ch == 0x2028 || ch == 0x2029),
                    () -> "control character in: " + line);
        }
    }

    // ---- render ----

    @Test
    void table_columnsAreAsWideAsTheirContent_numbersRightAligned() {
        ReportTable table = ReportTable.builder("t").left("bucket", "Bucket").right("amount", "Amount")
                .row(Cell.text("current"), Cell.of(d("1234.5")))
                .row(Cell.text("1-30"), Cell.of(d("12.25")))
                .build();
        assertEquals(List.of(
                "Bucket    Amount",
                "-------  -------",
                "current  1,234.5",
                "1-30       12.25"), blockLines(TextRenderer.create().render(oneSection(table))));
    }

    @Test
    void document_hasTitleAsOfRuleAndNumberedUnderlinedSections() {
        String text = TextRenderer.create().render(ReportSamples.sample());
        List<String> lines = Arrays.asList(text.split("\n"));
        assertEquals("Receivables report", lines.get(0));
        assertEquals("As of 2024-12-31", lines.get(1));
        assertEquals("Sample portfolio: 40 customers, 1,204 invoices, EUR and USD", lines.get(2));
        assertEquals("=".repeat(100), lines.get(4));
        assertEquals("1. Portfolio aging", lines.get(6));
        assertEquals("-".repeat("1. Portfolio aging".length()), lines.get(7));
        assertTrue(lines.contains("8. Customer statement"));
        assertTrue(lines.contains("current      90  EUR 231,516.02   39.92%"), text);
    }

    @Test
    void sample_fitsIn100Columns() throws IOException {
        String text = TextRenderer.create().render(ReportSamples.sample());
        assertFits(text, 100);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "report-sample.txt"), text, StandardCharsets.UTF_8);
    }

    @Test
    void wideTable_shrinksTextColumnsFirst_wrapsThem_andKeepsNumbersWhole() {
        String longName = "Société Générale d'Équipement et de Fournitures Industrielles du Grand Ouest SA ".repeat(2).trim();
        ReportTable table = ReportTable.builder("t").left("name", "Name").right("amount", "Amount").left("id", "Id")
                .row(Cell.text(longName), Cell.of(ReportSamples.eur("123456789.01")), Cell.text("C-1"))
                .row(Cell.text("Acme"), Cell.of(ReportSamples.eur("1.00")), Cell.text("C-2"))
                .build();
        List<String> lines = blockLines(TextRenderer.create().render(oneSection(table)));
        // Name shrinks to 100 - 2 - 18 - 2 - 3 = 75 columns; the amount and id stay whole.
        assertEquals("Name" + " ".repeat(71) + "  " + "            Amount  Id", lines.get(0));
        String first = lines.get(2);
        assertTrue(first.endsWith("  EUR 123,456,789.01  C-1"), first);
        assertTrue(first.codePointCount(0, first.length()) <= 100, first);
        List<String> nameParts = new ArrayList<>();
        int i = 2;
        for (; !lines.get(i).startsWith("Acme"); i++) {
            String part = lines.get(i).length() > 75 ? lines.get(i).substring(0, 75) : lines.get(i);
            nameParts.add(part.strip());
            if (i > 2) {
                assertEquals(part.strip(), lines.get(i).strip(), "continuation lines hold the wrapped cell alone");
            }
        }
        assertTrue(nameParts.size() >= 3, lines::toString);
        assertEquals(longName, String.join(" ", nameParts));
        assertTrue(lines.get(i).endsWith("EUR 1.00  C-2"), lines.get(i));
    }

    @Test
    void tooManyColumns_fallBackToOneRecordPerRow() {
        ReportTable.Builder b = ReportTable.builder("t");
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            b.right("c" + c, "Column " + c);
            cells.add(Cell.of(ReportSamples.eur("1000000.00")));
        }
        List<String> lines = blockLines(TextRenderer.create().render(oneSection(b.row(cells).build())));
        assertEquals("[1]", lines.get(0));
        assertEquals("Column 0:   EUR 1,000,000.00", lines.get(1));
        assertEquals("Column 19:  EUR 1,000,000.00", lines.get(20));
    }

    @Test
    void cellsWithLineBreaks_stayOnTheirLine() {
        ReportTable table = ReportTable.builder("t").left("a", "A\nB").row(Cell.text("x\ny\r\u2028z\tw")).build();
        assertEquals(List.of("A B", "--------", "x y  z w"), blockLines(TextRenderer.create().render(oneSection(table))));
    }

    @Test
    void notes_wrapAtWordsWithin100Columns() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            words.append(i == 0 ? "" : " ").append("word").append(i);
        }
        List<String> lines = blockLines(TextRenderer.create().render(oneSection(ReportNote.of(words.toString()))));
        assertTrue(lines.size() > 3);
        for (String line : lines) {
            assertTrue(line.length() <= 100, line);
        }
        assertEquals(words.toString(), String.join(" ", lines));
        assertTrue(lines.get(0).length() + 1 + lines.get(1).split(" ")[0].length() > 100, "greedy: the next word did not fit");
    }

    @Test
    void chart_barsAreProportional_negativeBarsUseDashes() {
        ReportChart chart = ReportChart.builder(ChartKind.BAR, "c").title("Aging").unit("EUR")
                .categories(List.of("a", "b", "c", "d"))
                .series("s", "S", List.of(d("100"), d("50"), d("0"), d("-25"))).build();
        List<String> lines = blockLines(TextRenderer.create().render(oneSection(chart)));
        assertEquals("Aging (EUR)", lines.get(0));
        long full = lines.get(1).chars().filter(ch -> ch == '#').count();
        assertEquals(100 - 1 - 3 - 4, full, "the largest value fills the bar area");
        assertEquals(full / 2, lines.get(2).chars().filter(ch -> ch == '#').count());
        assertEquals("c    0", lines.get(3).replaceAll(" +", "    "));
        assertEquals(Math.round(full / 4.0), lines.get(4).chars().filter(ch -> ch == '-').count() - 1,
                "dashes of the bar, less the minus sign of -25");
        for (String line : lines.subList(1, 5)) {
            assertEquals(100, line.length(), "values right-aligned at the width: " + line);
        }
    }

    @Test
    void chart_allZero_drawsNoBars() {
        ReportChart chart = ReportChart.builder(ChartKind.FUNNEL, "f").categories(List.of("L1", "L2"))
                .series("n", "N", List.of(d("0"), d("0"))).build();
        List<String> lines = blockLines(TextRenderer.create().render(oneSection(chart)));
        assertEquals(List.of("L1  0", "L2  0"), lines.stream().map(l -> l.replaceAll(" +", "  ")).toList());
    }

    @Test
    void anyDocument_fitsTheWidth() {
        qt().withExamples(300).forAll(ReportGen.documents(), integers().between(TextRenderer.MIN_WIDTH, 140))
                .checkAssert((document, width) -> {
                    assertFits(TextRenderer.create().render(document), 100);
                    assertFits(TextRenderer.ofWidth(width).render(document), width);
                });
    }

    // ---- wrap ----

    @Test
    void test_wrap_breaksWordsLongerThanTheLine() {
        assertEquals(List.of("abc", "def", "g h"), TextRenderer.wrap("abcdefg h", 3));
        assertEquals(List.of(""), TextRenderer.wrap("  ", 10));
        assertEquals(List.of("\uD83D\uDE00\uD83D\uDE00", "\uD83D\uDE00"), TextRenderer.wrap("\uD83D\uDE00".repeat(3), 2));
    }

    // ---- ofWidth ----

    @Test
    void test_ofWidth_rejectsNarrowWidths() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> TextRenderer.ofWidth(39));
        assertEquals("width 39 is less than 40", ex.getMessage());
        assertEquals(40, TextRenderer.ofWidth(40).getWidth());
        assertEquals(100, TextRenderer.create().getWidth());
    }

    @Test
    void render_rejectsNull_andWrapsIoFailures() {
        NullPointerException a = assertThrows(NullPointerException.class, () -> TextRenderer.create().render(null, new StringBuilder()));
        assertEquals("document", a.getMessage());
        NullPointerException b = assertThrows(NullPointerException.class,
                () -> TextRenderer.create().render(ReportSamples.sample(), null));
        assertEquals("out", b.getMessage());
        Appendable broken = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw new IOException("disk full");
            }
        };
        for (ReportFormat format : ReportFormat.values()) {
            UncheckedIOException ex = assertThrows(UncheckedIOException.class,
                    () -> format.getRenderer().render(ReportSamples.sample(), broken));
            assertEquals("disk full", ex.getCause().getMessage());
        }
    }
}
