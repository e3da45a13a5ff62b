package org.receivables.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receivables.examples.report.ChartKind;
import org.receivables.examples.report.ReportBlock;
import org.receivables.examples.report.ReportChart;
import org.receivables.examples.report.ReportSection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report's machine formats hold what the text report holds: they parse with ordinary tools and
 * carry the same aging totals; the HTML page is well-formed, self-contained and has its three charts.
 */
class ReportFormatsTest {

    @TempDir
    Path temp;

    // ---- toDocument ----

    /**
     * The document has the three charts the HTML page draws: the aging shares per currency (BAR), the
     * month-end DSO per currency (LINE, ending with the quarter's DSO) and a funnel whose first stage
     * is every customer with open items and whose stages never grow.
     */
    @Test
    void theDocumentsChartsAgreeWithTheReportAndTheLedgers() {
        PortfolioReport report = DemoFixtures.sampleReport();
        List<ReportChart> charts = new ArrayList<>();
        for (ReportSection section : report.toDocument().getSections()) {
            for (ReportBlock block : section.getBlocks()) {
                if (block instanceof ReportChart) {
                    charts.add((ReportChart) block);
                }
            }
        }
        assertEquals(List.of(ChartKind.BAR, ChartKind.LINE, ChartKind.FUNNEL),
                charts.stream().map(ReportChart::getKind).collect(Collectors.toList()));
        PortfolioReport.CurrencyReport eur = report.getCurrencies().get(0);
        assertEquals(eur.getAging().getPercentages(), charts.get(0).getSeries().get(0).getValues());
        List<BigDecimal> dso = charts.get(1).getSeries().get(0).getValues();
        assertEquals(0, dso.get(dso.size() - 1).compareTo(eur.getMetrics().get(0).getValue().orElseThrow()));
        List<BigDecimal> funnel = charts.get(2).getSeries().get(0).getValues();
        long withOpenItems = DemoFixtures.sample().asOf(SampleLedger.AS_OF).stream()
                .filter(v -> !v.getOpenItems().isEmpty()).count();
        assertEquals(withOpenItems, funnel.get(0).longValueExact());
        for (int i = 1; i < funnel.size(); i++) {
            assertTrue(funnel.get(i).compareTo(funnel.get(i - 1)) <= 0, funnel.toString());
        }
    }

    // ---- csv ----

    @Test
    void csvParsesWithCommonsCsvAndHoldsTheTextReportsAgingTotals() throws IOException {
        String csv = ReportFormats.render(DemoFixtures.sampleReport(), DemoOptions.Format.CSV);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            records = parser.getRecords();
        }
        List<String> header = new ArrayList<>();
        records.get(0).forEach(header::add);
        assertEquals(List.of("section", "block", "row", "column", "type", "value", "unit"), header);
        assertTrue(records.size() > 100, "records " + records.size());
        for (String currency : List.of("EUR", "USD")) {
            String block = "aging_" + currency.toLowerCase(Locale.ROOT);
            String totalRow = null;
            String total = null;
            for (CSVRecord r : records) {
                if (r.get(1).equals(block) && r.get(3).equals("bucket") && r.get(5).equals("total")) {
                    totalRow = r.get(2);
                }
                if (r.get(1).equals(block) && r.get(2).equals(totalRow) && r.get(3).equals("amount")) {
                    assertEquals("money", r.get(4));
                    assertEquals(currency, r.get(6));
                    total = r.get(5);
                }
            }
            assertEquals(0, textAgingTotal(currency).compareTo(new BigDecimal(total)), currency);
        }
    }

    // ---- json ----

    @Test
    void jsonParsesAndHoldsTheTextReportsAgingTotals() throws IOException {
        String json = ReportFormats.render(DemoFixtures.sampleReport(), DemoOptions.Format.JSON);
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("2024-12-31", root.get("asOf").asText());
        List<String> sections = new ArrayList<>();
        root.get("sections").forEach(s -> sections.add(s.get("key").asText()));
        assertEquals(List.of("aging", "top_overdue", "metrics", "allowance", "dunning", "dunning_forecast", "worklist",
                "statement"), sections);
        for (String currency : List.of("EUR", "USD")) {
            JsonNode total = null;
            for (JsonNode block : root.get("sections").get(0).get("blocks")) {
                if (block.path("key").asText().equals("aging_" + currency.toLowerCase(Locale.ROOT))) {
                    for (JsonNode row : block.get("rows")) {
                        if (row.get("bucket").asText().equals("total")) {
                            total = row.get("amount");
                        }
                    }
                }
            }
            assertTrue(total != null, currency + " aging total in " + json);
            assertEquals(currency, total.get("currency").asText());
            assertEquals(0, textAgingTotal(currency).compareTo(new BigDecimal(total.get("amount").asText())), currency);
        }
    }

    // ---- html ----

    @Test
    void htmlIsWellFormedSelfContainedAndHasThreeCharts() throws Exception {
        String html = ReportFormats.html(DemoFixtures.sampleReport());
        assertHtml(html);
    }

    @Test
    void theHtmlOptionWritesThePageAndStillPrintsTheChosenFormat() throws Exception {
        Path file = temp.resolve("report.html");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Demo.execute(new String[] {"--html", file.toString(), "--format", "csv"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals(ReportFormats.render(DemoFixtures.sampleReport(), DemoOptions.Format.CSV),
                out.toString(StandardCharsets.UTF_8));
        // On a slow machine progress lines ("read ...", "report: ...") may come first; the note is the last line.
        List<String> lines = err.toString(StandardCharsets.UTF_8).trim().lines().toList();
        assertEquals("Demo: wrote the HTML report to " + file, lines.get(lines.size() - 1));
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertTrue(line.startsWith("report: ") || line.startsWith("read "), line);
        }
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(ReportFormats.html(DemoFixtures.sampleReport()), html);
        assertHtml(html);
    }

    private static void assertHtml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        NodeList svgs = doc.getElementsByTagNameNS("*", "svg");
        assertEquals(3, svgs.getLength(), "charts");
        for (int i = 0; i < svgs.getLength(); i++) {
            assertTrue(((Element) svgs.item(i)).getElementsByTagNameNS("*", "*").getLength() > 5, "an empty chart");
        }
        for (String title : List.of("Aging by bucket", "DSO at each month-end", "Dunning funnel")) {
            assertTrue(html.contains(title), title);
        }
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), "no script");
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script") || lower.contains("src=") || lower.contains("url(")
                || lower.contains("@import") || lower.contains("<link"), "nothing loaded from elsewhere");
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(lower);
        while (href.find()) {
            assertTrue(href.group(1).startsWith("#"), "a link within the page only: " + href.group());
        }
        assertTrue(doc.getElementsByTagNameNS("*", "table").getLength() >= 10, "the report's tables");
    }

    private static BigDecimal textAgingTotal(String currency) {
        Matcher m = Pattern.compile("\n   " + currency + ", \\d+ customers\n(?:.*\n)*?   total\\s+\\d+\\s+([0-9,.]+)")
                .matcher(DemoFixtures.sampleText());
        assertTrue(m.find(), DemoFixtures.sampleText());
        return new BigDecimal(m.group(1).replace(",", ""));
    }
}
