package org.receivables.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.examples.report.ReportSamples.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.receivables.core.money.Percentage;

/** The document model: cell values and display texts, builders, and the bad-input catalogue. */
class ReportModelTest {

    private static void npe(String param, Executable call) {
        NullPointerException ex = assertThrows(NullPointerException.class, call);
        assertEquals(param, ex.getMessage());
    }

    private static void iae(Executable call, String... fragments) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, call);
        for (String fragment : fragments) {
            assertTrue(ex.getMessage().contains(fragment), () -> ex.getMessage() + " should name " + fragment);
        }
    }

    // ---- Cell factories ----

    @Test
    void test_of_money_showsCodeAndGroupedAmount_andKeepsTheExactValue() {
        Cell cell = Cell.of(Money.parse("EUR 231516.02"));
        assertEquals(CellType.MONEY, cell.getType());
        assertEquals("EUR 231,516.02", cell.getDisplay());
        assertEquals("231516.02", cell.getValue());
        assertEquals(Optional.of(CurrencyUnit.EUR), cell.getCurrency());
        assertTrue(cell.getMoney().orElseThrow().isEqual(Money.parse("EUR 231516.02")));
        assertEquals("JPY 1,234,567", Cell.of(Money.ofMinor(CurrencyUnit.JPY, 1_234_567)).getDisplay());
        assertEquals("BHD -1.005", Cell.of(Money.ofMinor(CurrencyUnit.of("BHD"), -1005)).getDisplay());
        assertEquals("-1.005", Cell.of(Money.ofMinor(CurrencyUnit.of("BHD"), -1005)).getValue());
        assertEquals("USD 999.00", Cell.of(Money.parse("USD 999")).getDisplay());
        assertEquals("USD 1,000.00", Cell.of(Money.parse("USD 1000")).getDisplay());
    }

    @Test
    void test_of_long_groupsThousands_valueIsPlain() {
        assertEquals("1,234,567", Cell.of(1_234_567L).getDisplay());
        assertEquals("1234567", Cell.of(1_234_567L).getValue());
        assertEquals("-5", Cell.of(-5).getDisplay());
        assertEquals("0", Cell.of(0).getDisplay());
        assertEquals("-9,223,372,036,854,775,808", Cell.of(Long.MIN_VALUE).getDisplay());
        assertEquals(CellType.INTEGER, Cell.of(7).getType());
        assertEquals(0, Cell.of(7).getNumber().orElseThrow().compareTo(BigDecimal.valueOf(7)));
    }

    @Test
    void test_of_decimal_keepsScale_andNeverUsesExponents() {
        assertEquals("1,234.50", Cell.of(d("1234.50")).getDisplay());
        assertEquals("1234.50", Cell.of(d("1234.50")).getValue());
        assertEquals("1,000", Cell.of(d("1E+3")).getDisplay());
        assertEquals("1000", Cell.of(d("1E+3")).getValue());
        assertEquals("0.000001", Cell.of(d("1E-6")).getValue());
        assertEquals("-0.5", Cell.of(d("-0.5")).getDisplay());
    }

    @Test
    void test_percent_isInPercentPoints() {
        Cell cell = Cell.percent(d("39.92"));
        assertEquals(CellType.PERCENTAGE, cell.getType());
        assertEquals("39.92%", cell.getDisplay());
        assertEquals("39.92", cell.getValue());
        assertEquals("12.5%", Cell.of(Percentage.of(d("12.5"))).getDisplay());
        assertEquals("12.5", Cell.of(Percentage.ofFraction(d("0.125"))).getNumber().orElseThrow().stripTrailingZeros()
                .toPlainString());
    }

    @Test
    void test_of_date_text_empty() {
        Cell date = Cell.of(LocalDate.of(2024, 2, 29));
        assertEquals("2024-02-29", date.getDisplay());
        assertEquals("2024-02-29", date.getValue());
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), date.getDate());
        assertEquals(Optional.empty(), date.getNumber());
        assertEquals("a \"b\"", Cell.text("a \"b\"").getValue());
        assertEquals(CellType.EMPTY, Cell.empty().getType());
        assertEquals("", Cell.empty().getValue());
        assertEquals("", Cell.empty().getDisplay());
    }

    @Test
    void test_withDisplay_changesOnlyTheDisplay() {
        Cell cell = Cell.of(d("84.66")).withDisplay("84.66 days");
        assertEquals("84.66 days", cell.getDisplay());
        assertEquals("84.66", cell.getValue());
        assertEquals(CellType.DECIMAL, cell.getType());
        assertEquals(Cell.of(d("84.66")).withDisplay("84.66 days"), cell);
        assertTrue(!cell.equals(Cell.of(d("84.66"))));
        assertTrue(!Cell.of(d("1.0")).equals(Cell.of(d("1.00"))), "scale shows, so it counts");
    }

    @Test
    void cellFactories_rejectNull_namingTheParameter() {
        npe("text", () -> Cell.text(null));
        npe("value", () -> Cell.of((BigDecimal) null));
        npe("money", () -> Cell.of((Money) null));
        npe("date", () -> Cell.of((LocalDate) null));
        npe("percentage", () -> Cell.of((Percentage) null));
        npe("percentPoints", () -> Cell.percent(null));
        npe("newDisplay", () -> Cell.text("x").withDisplay(null));
    }

    // ---- Column.of ----

    @Test
    void columns_rejectBadKeys_namingTheKey() {
        iae(() -> Column.left("Aging EUR", "x"), "key", "\"Aging EUR\"");
        iae(() -> Column.right("", "x"), "key", "\"\"");
        iae(() -> Column.of("_x", "x", Alignment.LEFT), "key", "\"_x\"");
        npe("key", () -> Column.left(null, "x"));
        npe("heading", () -> Column.left("k", null));
        npe("alignment", () -> Column.of("k", "x", null));
        assertEquals(Alignment.RIGHT, Column.right("amount_eur.2-x", "Amount").getAlignment());
    }

    // ---- ReportTable.builder ----

    @Test
    void tables_checkShape() {
        iae(() -> ReportTable.builder("t").build(), "columns", "t");
        iae(() -> ReportTable.builder("t").left("a", "A").right("a", "A2").build(), "column key a", "twice");
        iae(() -> ReportTable.builder("t").left("a", "A").right("b", "B").row(Cell.of(1), Cell.of(2))
                .row(Cell.of(3)).build(), "row 2", "1 cells", "2 columns");
        iae(() -> ReportTable.builder("T 1"), "key", "\"T 1\"");
        npe("key", () -> ReportTable.builder(null));
        npe("cells", () -> ReportTable.builder("t").row((Cell) null));
        npe("cells", () -> ReportTable.builder("t").row((List<Cell>) null));
        npe("newTitle", () -> ReportTable.builder("t").title(null));
        npe("column", () -> ReportTable.builder("t").column(null));
    }

    @Test
    void tables_areImmutable_andIndependentOfTheirBuilder() {
        ReportTable.Builder b = ReportTable.builder("t").left("a", "A");
        List<Cell> row = new ArrayList<>(List.of(Cell.of(1)));
        b.row(row);
        ReportTable first = b.build();
        row.set(0, Cell.of(2));
        b.row(Cell.of(3));
        assertEquals(1, first.getRows().size());
        assertEquals(Cell.of(1), first.getRows().get(0).get(0));
        assertThrows(UnsupportedOperationException.class, () -> first.getRows().add(List.of()));
        assertThrows(UnsupportedOperationException.class, () -> first.getRows().get(0).set(0, Cell.empty()));
        assertThrows(UnsupportedOperationException.class, () -> first.getColumns().clear());
    }

    // ---- ReportChart.builder ----

    @Test
    void charts_checkShape() {
        List<BigDecimal> two = List.of(BigDecimal.ONE, BigDecimal.TEN);
        iae(() -> ReportChart.builder(ChartKind.BAR, "c").series("s", "S", List.of()).build(), "categories", "c");
        iae(() -> ReportChart.builder(ChartKind.BAR, "c").category("a").build(), "series", "c");
        iae(() -> ReportChart.builder(ChartKind.BAR, "c").categories(List.of("a", "b")).series("s", "S", List.of(BigDecimal.ONE))
                .build(), "series s", "1 values", "2 categories");
        iae(() -> ReportChart.builder(ChartKind.FUNNEL, "f").categories(List.of("a", "b")).series("s", "S", two)
                .series("t", "T", two).build(), "funnel", "f", "2");
        iae(() -> ReportChart.builder(ChartKind.LINE, "c").categories(List.of("a", "b")).series("s", "S", two)
                .series("s", "T", two).build(), "series key s", "twice");
        iae(() -> ReportChart.builder(ChartKind.LINE, "c").categories(List.of("a", "b")).series("category", "S", two)
                .build(), "series key category", "reserved");
        npe("kind", () -> ReportChart.builder(null, "c"));
        npe("key", () -> ReportChart.builder(ChartKind.BAR, null));
        npe("values", () -> ChartSeries.of("s", "S", java.util.Arrays.asList(BigDecimal.ONE, null)));
        npe("labels", () -> ReportChart.builder(ChartKind.BAR, "c").categories(java.util.Arrays.asList("a", null)));
        npe("newUnit", () -> ReportChart.builder(ChartKind.BAR, "c").unit(null));
    }

    // ---- ReportSection.builder, ReportDocument.builder, ReportNote.of ----

    @Test
    void sectionsAndDocuments_checkKeysAndTitles() {
        ReportTable t = ReportTable.builder("x").left("a", "A").build();
        ReportChart c = ReportChart.builder(ChartKind.BAR, "x").category("a").series("s", "S", List.of(BigDecimal.ONE))
                .build();
        iae(() -> ReportSection.builder("s", "S").table(t).chart(c).build(), "block key x", "twice", "section s");
        iae(() -> ReportSection.builder("s", "  "), "title", "\"  \"");
        iae(() -> ReportNote.of(" \n"), "text");
        npe("text", () -> ReportNote.of(null));
        ReportSection s = ReportSection.builder("s", "S").build();
        iae(() -> ReportDocument.builder("R", LocalDate.of(2024, 1, 1)).section(s).section(s).build(), "section key s",
                "twice");
        iae(() -> ReportDocument.builder("", LocalDate.of(2024, 1, 1)), "title");
        npe("asOf", () -> ReportDocument.builder("R", null));
        npe("title", () -> ReportDocument.builder(null, LocalDate.of(2024, 1, 1)));
        npe("section", () -> ReportDocument.builder("R", LocalDate.of(2024, 1, 1)).section(null));
    }

    @Test
    void sample_isFoundBySectionKey() {
        ReportDocument sample = ReportSamples.sample();
        assertEquals("Metrics", sample.getSection("metrics").orElseThrow().getTitle());
        assertEquals(Optional.empty(), sample.getSection("nope"));
        assertEquals(sample, ReportSamples.sample());
        assertEquals(sample.hashCode(), ReportSamples.sample().hashCode());
    }

    // ---- ReportFormat.of ----

    @Test
    void test_of_format_byNameIgnoringCase() {
        assertEquals(ReportFormat.CSV, ReportFormat.of("CSV"));
        assertEquals(ReportFormat.HTML, ReportFormat.of("html"));
        assertEquals(ReportFormat.TEXT, ReportFormat.of("Text"));
        assertEquals(ReportFormat.JSON, ReportFormat.of(" json "));
        assertEquals("html", ReportFormat.HTML.getName());
        iae(() -> ReportFormat.of("xml"), "format", "\"xml\"");
        npe("name", () -> ReportFormat.of(null));
    }
}
