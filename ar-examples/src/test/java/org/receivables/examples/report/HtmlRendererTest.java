package org.receivables.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.receivables.examples.report.ReportSamples.d;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** The HTML renderer: well-formed, self-contained, escaped, and charts whose geometry follows the values. */
class HtmlRendererTest {

    static Document parse(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(html)));
        } catch (ParserConfigurationException | SAXException ex) {
            throw new AssertionError("not well-formed XML: " + ex.getMessage() + "\n" + html, ex);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList list = doc.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private static List<Element> withClass(Document doc, String tag, String cls) {
        List<Element> found = new ArrayList<>();
        for (Element e : elements(doc, tag)) {
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                found.add(e);
            }
        }
        return found;
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    private static int count(String haystack, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int charts(ReportDocument document) {
        int n = 0;
        for (ReportSection section : document.getSections()) {
            for (ReportBlock block : section.getBlocks()) {
                n += block instanceof ReportChart ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * The page references nothing outside itself: no script, style sheet, image or frame element, no
     * {@code src}, every link a fragment ({@code #...}), no {@code url(} or {@code @import} in the CSS.
     * Text may mention a URL (escaped, inert); {@link #assertSelfContained} also rules that out for
     * documents without one.
     */
    private static void assertNoReferences(String html, Document doc) {
        for (String tag : List.of("script", "link", "img", "iframe", "object", "embed", "image", "use", "base")) {
            assertEquals(0, elements(doc, tag).size(), tag);
        }
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertFalse(e.hasAttribute("src") || e.hasAttribute("xlink:href") || e.hasAttribute("srcset"), e.getTagName());
            if (e.hasAttribute("href")) {
                assertTrue(e.getAttribute("href").startsWith("#"), e.getAttribute("href"));
            }
        }
        String css = elements(doc, "style").get(0).getTextContent().toLowerCase(Locale.ROOT);
        assertFalse(css.contains("url(") || css.contains("@import"), css);
        assertFalse(html.contains("NaN") || html.contains("Infinity"), "finite geometry");
        assertTrue(html.chars().allMatch(ch -> ch == '\n' || ch >= 0x20 && ch < 0x7f), "ASCII only");
    }

    private static void assertSelfContained(String html) {
        assertNoReferences(html, parse(html));
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "no script");
        assertFalse(lower.contains("http:"), "no http URL");
        assertFalse(lower.contains("https:"), "no https URL");
        assertFalse(lower.contains("url("), "no CSS url()");
        assertFalse(lower.contains(" src="), "no src attribute");
        assertFalse(lower.contains("<link"), "no link element");
        assertFalse(html.contains("NaN") || html.contains("Infinity"), "finite geometry");
        assertTrue(html.chars().allMatch(ch -> ch == '\n' || ch >= 0x20 && ch < 0x7f), "ASCII only");
    }

    private static ReportDocument oneChart(ReportChart chart) {
        return ReportDocument.builder("T", LocalDate.of(2024, 12, 31))
                .section(ReportSection.builder("s", "S").chart(chart).build()).build();
    }

    // ---- render ----

    @Test
    void sample_isWellFormedSelfContained_withOneSvgPerChart() throws IOException {
        ReportDocument sample = ReportSamples.sample();
        String html = HtmlRenderer.create().render(sample);
        Document doc = parse(html);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertSelfContained(html);
        assertEquals(charts(sample), count(html, "<svg"));
        assertEquals(4, count(html, "<svg"));
        assertEquals(4, elements(doc, "svg").size());
        assertEquals(1, elements(doc, "style").size());
        assertEquals("Receivables report", elements(doc, "h1").get(0).getTextContent());
        assertEquals("2024-12-31", elements(doc, "time").get(0).getAttribute("datetime"));
        assertEquals(sample.getSections().size(), elements(doc, "section").size());
        assertEquals(9, elements(doc, "table").size());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "report-sample.html"), html, StandardCharsets.UTF_8);
    }

    @Test
    void cells_areEscaped_andReadBackAsTheirDisplayText() {
        ReportDocument doc = ReportDocument.builder("A <b>&amp; \"report\"", LocalDate.of(2024, 12, 31))
                .section(ReportSection.builder("s", "S & T").table(ReportTable.builder("t").left("a", "<i>")
                        .right("n", "N").row(Cell.text("<b>&"), Cell.of(ReportSamples.eur("-5.00")))
                        .row(Cell.text("Müller \uD83D\uDE00 'x'"), Cell.of(3)).build()).build())
                .build();
        String html = HtmlRenderer.create().render(doc);
        assertTrue(html.contains("<td>&lt;b&gt;&amp;</td>"), html);
        assertFalse(html.contains("<b>"));
        Document parsed = parse(html);
        List<Element> cells = elements(parsed, "td");
        assertEquals("<b>&", cells.get(0).getTextContent());
        assertEquals("EUR -5.00", cells.get(1).getTextContent());
        assertEquals("r neg", cells.get(1).getAttribute("class"), "negative numbers are marked");
        assertEquals("Müller \uD83D\uDE00 'x'", cells.get(2).getTextContent());
        assertEquals("r", cells.get(3).getAttribute("class"), "numbers are right-aligned");
        assertEquals("<i>", elements(parsed, "th").get(0).getTextContent());
        assertEquals("A <b>&amp; \"report\"", elements(parsed, "h1").get(0).getTextContent());
        assertSelfContained(html);
    }

    @Test
    void anyDocument_isWellFormed_selfContained_andKeepsItsText() {
        qt().withExamples(100).forAll(ReportGen.documents()).checkAssert(document -> {
            String html = HtmlRenderer.create().render(document);
            Document parsed = parse(html);
            assertNoReferences(html, parsed);
            assertEquals(charts(document), elements(parsed, "svg").size());
            List<Element> cells = elements(parsed, "td");
            int i = 0;
            for (ReportSection section : document.getSections()) {
                for (ReportBlock block : section.getBlocks()) {
                    if (block instanceof ReportTable) {
                        for (List<Cell> row : ((ReportTable) block).getRows()) {
                            for (Cell cell : row) {
                                assertEquals(xmlSafe(cell.getDisplay()), cells.get(i++).getTextContent());
                            }
                        }
                    }
                }
            }
            assertEquals(cells.size(), i);
        });
    }

    /** What a text should read as after the documented replacements (forbidden characters, tabs and breaks). */
    private static String xmlSafe(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                sb.append(' ');
            } else if (cp < 0x20 || cp >= 0xd800 && cp <= 0xdfff || cp == 0xfffe || cp == 0xffff) {
                sb.append('\ufffd');
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    // ---- charts ----

    @Test
    void barHeights_areProportionalToValues_negativeBarsHangBelowZero() {
        ReportChart chart = ReportChart.builder(ChartKind.BAR, "c").categories(List.of("a", "b", "c", "d"))
                .series("s", "S", List.of(d("40"), d("10"), d("0"), d("-20"))).build();
        Document doc = parse(HtmlRenderer.create().render(oneChart(chart)));
        List<Element> bars = withClass(doc, "rect", "bar");
        assertEquals(4, bars.size());
        double unit = num(bars.get(1), "height") / 10;
        assertTrue(unit > 0);
        assertEquals(40 * unit, num(bars.get(0), "height"), 0.02);
        assertEquals(0, num(bars.get(2), "height"), 0.001);
        assertEquals(20 * unit, num(bars.get(3), "height"), 0.02);
        double zero = num(bars.get(0), "y") + num(bars.get(0), "height");
        assertEquals(zero, num(bars.get(1), "y") + num(bars.get(1), "height"), 0.02, "positive bars stand on zero");
        assertEquals(zero, num(bars.get(3), "y"), 0.02, "negative bars hang from zero");
        assertEquals("-20", bars.get(3).getAttribute("data-value"));
        for (int i = 1; i < 4; i++) {
            assertTrue(num(bars.get(i), "x") > num(bars.get(i - 1), "x"), "left to right");
        }
    }

    @Test
    void multiSeriesBars_shareTheScale_andHaveALegend() {
        ReportChart chart = ReportChart.builder(ChartKind.BAR, "c").categories(List.of("a", "b"))
                .series("eur", "EUR", List.of(d("300"), d("100"))).series("usd", "USD", List.of(d("150"), d("0.5")))
                .build();
        Document doc = parse(HtmlRenderer.create().render(oneChart(chart)));
        List<Element> bars = withClass(doc, "rect", "bar");
        assertEquals(4, bars.size());
        assertEquals(2.0, num(bars.get(0), "height") / num(bars.get(1), "height"), 0.001);
        assertEquals(3.0, num(bars.get(0), "height") / num(bars.get(2), "height"), 0.001);
        assertTrue(!bars.get(0).getAttribute("fill").equals(bars.get(1).getAttribute("fill")), "a colour per series");
        assertEquals(2, withClass(doc, "rect", "key").size());
    }

    @Test
    void allZeroAndHugeOrTinyValues_giveFiniteGeometry() {
        for (ChartKind kind : ChartKind.values()) {
            for (List<BigDecimal> values : List.of(List.of(d("0"), d("0.00"), d("0")),
                    List.of(d("1E-30"), d("2E-30"), d("0")), List.of(d("9.99E+40"), d("-7.5E+40"), d("1")),
                    List.of(d("-3"), d("-3"), d("-3")), List.of(d("5"), d("5"), d("5")))) {
                ReportChart chart = ReportChart.builder(kind, "c").categories(List.of("a", "b", "c"))
                        .series("s", "S", values).build();
                String html = HtmlRenderer.create().render(oneChart(chart));
                Document doc = parse(html);
                assertSelfContained(html);
                for (Element rect : elements(doc, "rect")) {
                    assertTrue(num(rect, "height") >= 0 && num(rect, "width") >= 0, html);
                }
            }
        }
    }

    @Test
    void lineChart_pointsFollowValues_andASinglePointWorks() {
        ReportChart chart = ReportChart.builder(ChartKind.LINE, "dso").unit("days")
                .categories(List.of("2024-10", "2024-11", "2024-12"))
                .series("dso", "DSO", List.of(d("80"), d("90"), d("85"))).build();
        Document doc = parse(HtmlRenderer.create().render(oneChart(chart)));
        List<Element> points = withClass(doc, "circle", "point");
        assertEquals(3, points.size());
        double y80 = num(points.get(0), "cy");
        double y90 = num(points.get(1), "cy");
        double y85 = num(points.get(2), "cy");
        assertTrue(y90 < y85 && y85 < y80, "higher values sit higher");
        assertEquals((y80 + y90) / 2, y85, 0.02, "linear scale");
        assertEquals(1, elements(doc, "polyline").size());
        assertEquals(3, elements(doc, "polyline").get(0).getAttribute("points").split(" ").length);

        ReportChart single = ReportChart.builder(ChartKind.LINE, "one").category("2024-12")
                .series("dso", "DSO", List.of(d("84.66"))).build();
        String html = HtmlRenderer.create().render(oneChart(single));
        Document one = parse(html);
        List<Element> point = withClass(one, "circle", "point");
        assertEquals(1, point.size());
        assertEquals(0, elements(one, "polyline").size());
        double cx = num(point.get(0), "cx");
        double cy = num(point.get(0), "cy");
        Element svg = elements(one, "svg").get(0);
        assertTrue(cx > 0 && cx < num(svg, "width") && cy > 0 && cy < num(svg, "height"), html);
        assertSelfContained(html);
    }

    @Test
    void funnel_barsAreCentred_withWidthsProportionalToValues() {
        ReportChart chart = ReportChart.builder(ChartKind.FUNNEL, "f").unit("count")
                .categories(List.of("Level 1", "Level 2", "Level 3", "Level 4"))
                .series("n", "Customers", List.of(d("40"), d("20"), d("0"), d("-1"))).build();
        Document doc = parse(HtmlRenderer.create().render(oneChart(chart)));
        List<Element> stages = withClass(doc, "rect", "stage");
        assertEquals(4, stages.size());
        double centre = num(stages.get(0), "x") + num(stages.get(0), "width") / 2;
        for (Element stage : stages) {
            assertEquals(centre, num(stage, "x") + num(stage, "width") / 2, 0.02, "centred");
        }
        assertEquals(2.0, num(stages.get(0), "width") / num(stages.get(1), "width"), 0.001);
        assertEquals(0, num(stages.get(2), "width"), 0.001);
        assertEquals(0, num(stages.get(3), "width"), 0.001, "a negative count draws no bar");
        assertTrue(num(stages.get(1), "y") > num(stages.get(0), "y"), "top to bottom");
        List<String> values = new ArrayList<>();
        withClass(doc, "text", "value").forEach(t -> values.add(t.getTextContent()));
        assertEquals(List.of("40", "20 (50%)", "0 (0%)", "-1"), values, "values with their share of the first stage");
    }

    /**
     * Asserts that every label of every funnel stays inside its SVG's view box, estimating a label's
     * width generously: 0.6 of the 13-unit font size per character (the widest digits and lower-case
     * letters of Arial and Helvetica bold are about 0.56 to 0.61 of the font size).
     */
    private static void assertFunnelLabelsInsideTheViewBox(Document doc) {
        for (Element svg : elements(doc, "svg")) {
            if (!"funnel".equals(svg.getAttribute("data-kind"))) {
                continue;
            }
            double width = Double.parseDouble(svg.getAttribute("viewBox").split(" ")[2]);
            NodeList texts = svg.getElementsByTagName("text");
            assertTrue(texts.getLength() > 0);
            for (int i = 0; i < texts.getLength(); i++) {
                Element text = (Element) texts.item(i);
                String content = text.getTextContent();
                double extent = content.codePointCount(0, content.length()) * 13 * 0.6;
                double x = num(text, "x");
                String anchor = text.getAttribute("text-anchor");
                double left = "end".equals(anchor) ? x - extent : "middle".equals(anchor) ? x - extent / 2 : x;
                assertTrue(left >= 0 && left + extent <= width,
                        "'" + content + "' spans " + left + " to " + (left + extent) + " in a view box 0 to " + width);
            }
        }
    }

    @Test
    void funnel_everyLabelFitsInsideTheViewBox() {
        qt().withExamples(300).forAll(ReportGen.funnels()).checkAssert(chart ->
                assertFunnelLabelsInsideTheViewBox(parse(HtmlRenderer.create().render(oneChart(chart)))));
    }

    @Test
    void funnel_theDemoLabels_fitAt720Units() {
        // the labels that were cut at the right edge: "158 customers (" of "158 customers (79%)"
        ReportChart chart = ReportChart.builder(ChartKind.FUNNEL, "f").unit("customers")
                .categories(List.of("never dunned", "level 1", "level 2", "level 3", "level 4", "level 5"))
                .series("n", "Customers", List.of(d("20000"), d("15800"), d("9999"), d("1580"), d("158"), d("0")))
                .build();
        Document doc = parse(HtmlRenderer.create().render(oneChart(chart)));
        assertFunnelLabelsInsideTheViewBox(doc);
        assertEquals("0 0 720 268", elements(doc, "svg").get(0).getAttribute("viewBox"),
                "labels of this length fit by narrowing the bars, not by widening the chart");
        List<String> values = new ArrayList<>();
        withClass(doc, "text", "value").forEach(t -> values.add(t.getTextContent()));
        assertEquals("15,800 customers (79%)", values.get(1));
    }

    @Test
    void anyChart_isFiniteAndWellFormed() {
        qt().withExamples(200).forAll(ReportGen.charts()).checkAssert(chart -> {
            String html = HtmlRenderer.create().render(oneChart(chart));
            Document doc = parse(html);
            assertNoReferences(html, doc);
            assertEquals(1, elements(doc, "svg").size());
            int marks = chart.getKind() == ChartKind.LINE ? withClass(doc, "circle", "point").size()
                    : withClass(doc, "rect", chart.getKind() == ChartKind.BAR ? "bar" : "stage").size();
            assertEquals(chart.getCategories().size() * chart.getSeries().size(), marks);
        });
    }

    // ---- compact ----

    @Test
    void test_compact_axisLabels() {
        assertEquals("0", SvgCharts.compact(d("0.00")));
        assertEquals("950", SvgCharts.compact(d("950")));
        assertEquals("9,999", SvgCharts.compact(d("9999")));
        assertEquals("250k", SvgCharts.compact(d("250000")));
        assertEquals("1.25M", SvgCharts.compact(d("1250000")));
        assertEquals("-3B", SvgCharts.compact(d("-3000000000")));
        assertEquals("0.2", SvgCharts.compact(d("0.20")));
        assertEquals("1,234.57", SvgCharts.compact(d("1234.567")));
        assertEquals("123k", SvgCharts.compact(d("123456")));
        assertEquals("10M", SvgCharts.compact(d("9999999")));
    }

    // ---- label ----

    @Test
    void test_label_isExactForSmallValues() {
        assertEquals("83.10", SvgCharts.label(d("83.10")));
        assertEquals("-420.00", SvgCharts.label(d("-420.00")));
        assertEquals("9,999", SvgCharts.label(d("9999")));
        assertEquals("232k", SvgCharts.label(d("231516.02")));
        assertEquals("0", SvgCharts.label(d("1E-30")));
    }
}
