package org.receivables.examples.report;

import java.util.List;
import java.util.Objects;

/**
 * Writes a report as one self-contained HTML5 page: inline CSS, tables, notes, and charts drawn as
 * inline SVG; no script, no external URL, no reference to any other file.
 *
 * <p>The page is also well-formed XML (every element closed, every {@code &} escaped, ASCII only:
 * other characters are numeric references), so it reads the same in any encoding and an XML
 * parser can check it. Text is escaped everywhere; characters XML forbids become U+FFFD.
 * <ul>
 * <li>A header with the title, the as-of date and the subtitles; a table of contents linking to the
 *     sections ({@code id="s-<key>"}).</li>
 * <li>Tables with zebra rows, right-aligned numeric columns ({@link Alignment}), negative numbers
 *     in red; wide tables scroll sideways.</li>
 * <li>{@link ChartKind#BAR}: vertical bars from a zero baseline, one colour per series, a value axis
 *     with 1-2-5 ticks, category labels, value labels when there are at most 16 bars.
 *     {@link ChartKind#LINE}: a line and points per series on a value axis fitted to the values
 *     (a single point sits in the middle). {@link ChartKind#FUNNEL}: centred bars whose widths
 *     follow the values (zero and negative values draw no bar), labels left, values right with
 *     their share of the first stage; the bars narrow, and past a minimum the chart widens, so the
 *     widest value label fits inside the chart.
 *     Every bar and point has a tooltip and its exact value in {@code data-value}.</li>
 * <li>Print-friendly: no shadows or backgrounds on paper, sections kept on one page where they fit.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlRenderer implements ReportRenderer {

    private static final HtmlRenderer INSTANCE = new HtmlRenderer();

    private static final String CSS = String.join("\n",
            ":root { color-scheme: light; }",
            "* { box-sizing: border-box; }",
            "body { margin: 0; background: #f3f5f8; color: #1f2933; line-height: 1.45;",
            "  font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif; }",
            "header { background: #1f3b5c; color: #fff; padding: 28px 40px 22px; }",
            "header h1 { margin: 0 0 6px; font-size: 28px; font-weight: 600; letter-spacing: .2px; }",
            "header p { margin: 2px 0; color: #d8e2ee; }",
            "header p.asof { font-size: 16px; color: #fff; }",
            "nav { max-width: 1120px; margin: 0 auto; padding: 14px 24px 0; font-size: 14px; }",
            "nav ol { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 6px 8px; }",
            "nav a { display: inline-block; padding: 3px 10px; border-radius: 12px; background: #e1e7ef;",
            "  color: #1f3b5c; text-decoration: none; }",
            "nav a:hover { background: #cdd7e4; }",
            "main { max-width: 1120px; margin: 0 auto; padding: 4px 24px 40px; }",
            "section { background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(16, 24, 40, .1);",
            "  padding: 18px 28px 22px; margin: 18px 0; }",
            "h2 { font-size: 20px; font-weight: 600; margin: 0 0 12px; padding-bottom: 8px;",
            "  border-bottom: 2px solid #e4e8ee; }",
            "h2 .no { color: #7b8794; margin-right: 6px; }",
            "h3 { font-size: 15px; font-weight: 600; color: #3e4c59; margin: 18px 0 8px; }",
            ".table-wrap { overflow-x: auto; }",
            "table { border-collapse: collapse; font-size: 14px; font-variant-numeric: tabular-nums; min-width: 40%; }",
            "th, td { padding: 6px 14px; text-align: left; vertical-align: top; border-bottom: 1px solid #e9edf2; }",
            "thead th { background: #eef2f7; color: #323f4b; font-weight: 600; border-bottom: 2px solid #cbd2d9; }",
            "tbody tr:nth-child(even) { background: #f8fafc; }",
            "tbody tr:hover { background: #eef4fc; }",
            "th.r, td.r { text-align: right; white-space: nowrap; }",
            "td.neg { color: #b42318; }",
            "p.note { color: #52606d; font-size: 14px; max-width: 85ch; margin: 12px 0; }",
            "figure { margin: 16px 0 8px; }",
            "figcaption { font-size: 15px; font-weight: 600; color: #3e4c59; margin-bottom: 6px; }",
            "svg.chart-svg { display: block; max-width: 100%; height: auto; }",
            "svg text { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif;",
            "  font-size: 12px; fill: #52606d; }",
            "svg text.value { font-size: 11px; fill: #323f4b; }",
            "svg[data-kind=funnel] text { font-size: 13px; }",
            "svg[data-kind=funnel] text.value { font-weight: 600; }",
            "svg text.legend { font-size: 12px; fill: #323f4b; }",
            "svg text.unit { font-size: 11px; fill: #7b8794; }",
            "svg line.grid { stroke: #e9edf2; }",
            "svg line.zero, svg line.axis { stroke: #9aa5b1; }",
            "svg line.tick { stroke: #9aa5b1; }",
            "svg rect.bar:hover, svg rect.stage:hover { opacity: .85; }",
            "footer { max-width: 1120px; margin: 0 auto; padding: 0 24px 28px; color: #7b8794; font-size: 12px; }",
            "@media print {",
            "  body { background: #fff; }",
            "  header { background: #fff; color: #000; padding: 0 0 8px; border-bottom: 2px solid #000; }",
            "  header p, header p.asof { color: #000; }",
            "  nav { display: none; }",
            "  main { max-width: none; padding: 0; }",
            "  section { box-shadow: none; border-radius: 0; padding: 8px 0; break-inside: avoid; page-break-inside: avoid; }",
            "  tbody tr:nth-child(even) { background: #f3f3f3; }",
            "}");

    private HtmlRenderer() {
    }

    /**
     * Returns the HTML renderer.
     *
     * @return the renderer
     */
    public static HtmlRenderer create() {
        return INSTANCE;
    }

    @Override
    public void render(ReportDocument document, Appendable out) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        StringBuilder sb = new StringBuilder();
        String title = Markup.escape(document.getTitle());
        String asOf = document.getAsOf().toString();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(title).append(" as of ").append(asOf).append("</title>\n")
                .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");
        sb.append("<header>\n<h1>").append(title).append("</h1>\n<p class=\"asof\">As of <time datetime=\"")
                .append(asOf).append("\">").append(asOf).append("</time></p>\n");
        for (String subtitle : document.getSubtitles()) {
            sb.append("<p>").append(Markup.escape(subtitle)).append("</p>\n");
        }
        sb.append("</header>\n");
        List<ReportSection> sections = document.getSections();
        if (!sections.isEmpty()) {
            sb.append("<nav>\n<ol>\n");
            for (int i = 0; i < sections.size(); i++) {
                ReportSection section = sections.get(i);
                sb.append("<li><a href=\"#s-").append(section.getKey()).append("\">").append(i + 1).append(". ")
                        .append(Markup.escape(section.getTitle())).append("</a></li>\n");
            }
            sb.append("</ol>\n</nav>\n");
        }
        sb.append("<main>\n");
        for (int i = 0; i < sections.size(); i++) {
            section(sb, i + 1, sections.get(i));
        }
        sb.append("</main>\n<footer>").append(title).append(", as of ").append(asOf).append("</footer>\n")
                .append("</body>\n</html>\n");
        Io.append(out, sb);
    }

    private static void section(StringBuilder sb, int number, ReportSection section) {
        sb.append("<section id=\"s-").append(section.getKey()).append("\">\n<h2><span class=\"no\">").append(number)
                .append(".</span>").append(Markup.escape(section.getTitle())).append("</h2>\n");
        for (ReportBlock block : section.getBlocks()) {
            if (block instanceof ReportTable) {
                table(sb, (ReportTable) block);
            } else if (block instanceof ReportChart) {
                ReportChart chart = (ReportChart) block;
                sb.append("<figure class=\"chart\" id=\"c-").append(section.getKey()).append('-').append(chart.getKey())
                        .append("\">\n");
                if (!chart.getTitle().isEmpty()) {
                    sb.append("<figcaption>").append(Markup.escape(chart.getTitle()))
                            .append(chart.getUnit().isEmpty() ? "" : " (" + Markup.escape(chart.getUnit()) + ")")
                            .append("</figcaption>\n");
                }
                SvgCharts.draw(sb, chart);
                sb.append("</figure>\n");
            } else {
                String text = ((ReportNote) block).getText().replace("\r\n", "\n").replace('\r', '\n');
                for (String paragraph : text.split("\n")) {
                    if (!paragraph.isBlank()) {
                        sb.append("<p class=\"note\">").append(Markup.escape(paragraph)).append("</p>\n");
                    }
                }
            }
        }
        sb.append("</section>\n");
    }

    private static void table(StringBuilder sb, ReportTable table) {
        if (!table.getTitle().isEmpty()) {
            sb.append("<h3>").append(Markup.escape(table.getTitle())).append("</h3>\n");
        }
        List<Column> columns = table.getColumns();
        sb.append("<div class=\"table-wrap\">\n<table data-key=\"").append(table.getKey()).append("\">\n<thead>\n<tr>");
        for (Column column : columns) {
            sb.append("<th scope=\"col\"").append(column.getAlignment() == Alignment.RIGHT ? " class=\"r\"" : "")
                    .append('>').append(Markup.escape(column.getHeading())).append("</th>");
        }
        sb.append("</tr>\n</thead>\n<tbody>\n");
        for (List<Cell> row : table.getRows()) {
            sb.append("<tr>");
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.get(c);
                boolean right = columns.get(c).getAlignment() == Alignment.RIGHT;
                boolean negative = cell.getNumber().map(x -> x.signum() < 0).orElse(Boolean.FALSE);
                String cls = (right ? "r" : "") + (negative ? (right ? " neg" : "neg") : "");
                sb.append("<td").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>')
                        .append(Markup.escape(cell.getDisplay())).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</div>\n");
    }
}
