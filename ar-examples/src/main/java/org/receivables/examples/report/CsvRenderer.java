package org.receivables.examples.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes a report as tidy CSV: one record per value, so any tool can filter, pivot or sum it.
 *
 * <p>RFC 4180 (Apache Commons CSV): comma-separated, fields quoted only when needed, quotes doubled,
 * CRLF record ends, a header record first. The columns are:
 * <pre>
 * section,block,row,column,type,value,unit
 * aging,aging_eur,1,bucket,text,current,
 * aging,aging_eur,1,items,integer,90,
 * aging,aging_eur,1,amount,money,231516.02,EUR
 * aging,aging_eur,1,share,percentage,39.92,percent
 * aging,aging_chart,1,category,text,current,
 * aging,aging_chart,1,eur,decimal,231516.02,EUR
 * </pre>
 * <ul>
 * <li>{@code section}: the section's key; {@code block}: the table's or chart's key.</li>
 * <li>{@code row}: the 1-based row of a table, or the 1-based category of a chart.</li>
 * <li>{@code column}: the column's key; for a chart {@code category} (the category label, as text)
 *     or a series' key (its value at that category, as a decimal).</li>
 * <li>{@code type}: the {@link CellType#getName() cell type}: {@code text}, {@code integer},
 *     {@code decimal}, {@code money}, {@code date}, {@code percentage} or {@code empty}.</li>
 * <li>{@code value}: the machine value: plain exact decimals (no grouping, no exponent; percentages
 *     in percent points), ISO-8601 dates, text as it is, empty for an empty cell.</li>
 * <li>{@code unit}: the currency code of money, {@code percent} for percentages, the chart's unit
 *     for chart values, else empty.</li>
 * </ul>
 * Every cell gives one record, empty cells included (type {@code empty}), so a table's rows can be
 * pivoted back. Notes, titles and headings are prose and are left out; the HTML and JSON formats
 * carry them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvRenderer implements ReportRenderer {

    /** The header record. */
    public static final List<String> HEADER = List.of("section", "block", "row", "column", "type", "value", "unit");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final String RECORD_END = "\r\n";
    private static final CsvRenderer INSTANCE = new CsvRenderer();

    private CsvRenderer() {
    }

    /**
     * Returns the CSV renderer.
     *
     * @return the renderer
     */
    public static CsvRenderer create() {
        return INSTANCE;
    }

    @Override
    public void render(ReportDocument document, Appendable out) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        record(out, HEADER.toArray());
        for (ReportSection section : document.getSections()) {
            for (ReportBlock block : section.getBlocks()) {
                if (block instanceof ReportTable) {
                    table(out, section.getKey(), (ReportTable) block);
                } else if (block instanceof ReportChart) {
                    chart(out, section.getKey(), (ReportChart) block);
                }
            }
        }
    }

    private static void table(Appendable out, String section, ReportTable table) {
        List<Column> columns = table.getColumns();
        int rowNumber = 0;
        for (List<Cell> row : table.getRows()) {
            rowNumber++;
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.get(c);
                record(out, section, table.getKey(), rowNumber, columns.get(c).getKey(), cell.getType().getName(),
                        cell.getValue(), unit(cell));
            }
        }
    }

    private static String unit(Cell cell) {
        switch (cell.getType()) {
            case MONEY:
                return cell.getCurrency().orElseThrow().getCode();
            case PERCENTAGE:
                return "percent";
            default:
                return "";
        }
    }

    private static void chart(Appendable out, String section, ReportChart chart) {
        List<String> categories = chart.getCategories();
        for (int i = 0; i < categories.size(); i++) {
            record(out, section, chart.getKey(), i + 1, ReportChart.CATEGORY_KEY, CellType.TEXT.getName(),
                    categories.get(i), "");
            for (ChartSeries series : chart.getSeries()) {
                BigDecimal value = series.getValues().get(i);
                record(out, section, chart.getKey(), i + 1, series.getKey(), CellType.DECIMAL.getName(),
                        value.toPlainString(), chart.getUnit());
            }
        }
    }

    private static void record(Appendable out, Object... values) {
        Io.append(out, FORMAT.format(values));
        Io.append(out, RECORD_END);
    }
}
