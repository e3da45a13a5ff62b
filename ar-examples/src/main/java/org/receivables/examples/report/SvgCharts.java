package org.receivables.examples.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link ReportChart} as one inline {@code <svg>} element for the HTML renderer.
 *
 * <p>All scaling is done in {@link BigDecimal} and only the final ratio (between 0 and 1) becomes a
 * {@code double}, so no value, however large, small or zero, gives NaN or Infinity. Bars and points
 * carry a {@code data-value} attribute with the exact value and a {@code <title>} tooltip.
 */
final class SvgCharts {

    /** The width of every chart, in SVG user units (pixels at 100%). */
    static final int WIDTH = 720;
    /** The series colours, in order (blue, amber, green, red, violet, sky). */
    static final List<String> PALETTE = List.of("#2f6fde", "#e8a33d", "#2e9e6e", "#d64545", "#7d5bd0", "#1aa3c9");
    /** The funnel's level colours, from the first level to the last (mild to severe). */
    static final List<String> RAMP = List.of("#3b82c4", "#5a6fd0", "#8160c8", "#b04fb0", "#d0457f", "#d64545");

    private static final int BAR_HEIGHT = 320;
    private static final int LEFT = 72;
    private static final int RIGHT = 20;
    private static final int TOP = 34;
    private static final int BOTTOM = 48;
    private static final MathContext MC = MathContext.DECIMAL64;

    private SvgCharts() {
    }

    /**
     * Appends the SVG of a chart.
     *
     * @param sb where to append
     * @param chart the chart
     */
    static void draw(StringBuilder sb, ReportChart chart) {
        switch (chart.getKind()) {
            case BAR:
                bars(sb, chart);
                break;
            case LINE:
                lines(sb, chart);
                break;
            default:
                funnel(sb, chart);
                break;
        }
    }

    // ---- bar ----

    private static void bars(StringBuilder sb, ReportChart chart) {
        List<String> categories = chart.getCategories();
        List<ChartSeries> series = chart.getSeries();
        Scale scale = Scale.of(allValues(chart), true);
        open(sb, chart, BAR_HEIGHT);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = BAR_HEIGHT - TOP - BOTTOM;
        axes(sb, chart, scale, plotHeight);
        double slot = plotWidth / categories.size();
        double group = slot * 0.72;
        double barWidth = group / series.size();
        double zero = y(scale, BigDecimal.ZERO, plotHeight);
        boolean labelled = categories.size() * series.size() <= 16;
        for (int i = 0; i < categories.size(); i++) {
            double groupLeft = LEFT + i * slot + (slot - group) / 2;
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = series.get(s).getValues().get(i);
                double top = y(scale, value, plotHeight);
                double x = groupLeft + s * barWidth;
                double height = Math.abs(zero - top);
                sb.append("<rect class=\"bar\" x=\"").append(n(x + barWidth * 0.04)).append("\" y=\"")
                        .append(n(Math.min(top, zero))).append("\" width=\"").append(n(barWidth * 0.92))
                        .append("\" height=\"").append(n(height)).append("\" fill=\"").append(colour(s))
                        .append("\" data-value=\"").append(value.toPlainString()).append("\">");
                tooltip(sb, chart, categories.get(i), series.get(s), value);
                sb.append("</rect>\n");
                if (labelled) {
                    double ly = value.signum() < 0 ? Math.max(top, zero) + 13 : Math.min(top, zero) - 4;
                    text(sb, x + barWidth / 2, ly, "middle", "value", label(value));
                }
            }
            text(sb, LEFT + i * slot + slot / 2, TOP + plotHeight + 18, "middle", "category",
                    fit(categories.get(i), slot));
        }
        legend(sb, series);
        sb.append("</svg>\n");
    }

    // ---- line ----

    private static void lines(StringBuilder sb, ReportChart chart) {
        List<String> categories = chart.getCategories();
        List<ChartSeries> series = chart.getSeries();
        Scale scale = Scale.of(allValues(chart), false);
        open(sb, chart, BAR_HEIGHT);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = BAR_HEIGHT - TOP - BOTTOM;
        axes(sb, chart, scale, plotHeight);
        int n = categories.size();
        double pad = 24;
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = n == 1 ? LEFT + plotWidth / 2 : LEFT + pad + i * (plotWidth - 2 * pad) / (n - 1);
        }
        int every = Math.max(1, (n + 11) / 12);
        for (int i = 0; i < n; i++) {
            if (i % every == 0 || i == n - 1 && n <= 24) {
                sb.append("<line class=\"tick\" x1=\"").append(n(xs[i])).append("\" x2=\"").append(n(xs[i]))
                        .append("\" y1=\"").append(n(TOP + plotHeight)).append("\" y2=\"")
                        .append(n(TOP + plotHeight + 5)).append("\"/>\n");
                text(sb, xs[i], TOP + plotHeight + 18, "middle", "category", fit(categories.get(i), plotWidth / n * every));
            }
        }
        boolean labelled = series.size() == 1 && n <= 13;
        for (int s = 0; s < series.size(); s++) {
            List<BigDecimal> values = series.get(s).getValues();
            if (n > 1) {
                sb.append("<polyline class=\"line\" fill=\"none\" stroke=\"").append(colour(s))
                        .append("\" stroke-width=\"2.5\" points=\"");
                for (int i = 0; i < n; i++) {
                    sb.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(y(scale, values.get(i), plotHeight)));
                }
                sb.append("\"/>\n");
            }
            for (int i = 0; i < n; i++) {
                double py = y(scale, values.get(i), plotHeight);
                sb.append("<circle class=\"point\" cx=\"").append(n(xs[i])).append("\" cy=\"").append(n(py))
                        .append("\" r=\"4\" fill=\"").append(colour(s)).append("\" data-value=\"")
                        .append(values.get(i).toPlainString()).append("\">");
                tooltip(sb, chart, categories.get(i), series.get(s), values.get(i));
                sb.append("</circle>\n");
                if (labelled) {
                    text(sb, xs[i], py - 9, "middle", "value", label(values.get(i)));
                }
            }
        }
        legend(sb, series);
        sb.append("</svg>\n");
    }

    // ---- funnel ----

    private static void funnel(StringBuilder sb, ReportChart chart) {
        List<String> categories = chart.getCategories();
        ChartSeries series = chart.getSeries().get(0);
        int rowHeight = 34;
        int gap = 8;
        int height = 16 + categories.size() * (rowHeight + gap);
        // the value labels first: the bar area ends where the widest of them still fits on the right
        BigDecimal first = series.getValues().get(0);
        List<String> values = new ArrayList<>();
        double widest = 0;
        for (int i = 0; i < categories.size(); i++) {
            BigDecimal value = series.getValues().get(i);
            String share = i > 0 && first.signum() > 0 && value.signum() >= 0
                    ? " (" + value.multiply(BigDecimal.valueOf(100)).divide(first, 0, RoundingMode.HALF_EVEN) + "%)" : "";
            String label = Numbers.grouped(value) + (chart.getUnit().isEmpty() || "count".equals(chart.getUnit()) ? ""
                    : " " + chart.getUnit()) + share;
            values.add(label);
            widest = Math.max(widest, textWidth(label, FUNNEL_FONT));
        }
        double labelRight = 200;
        double areaLeft = 215;
        double valueGap = 14;
        double areaRight = Math.max(areaLeft + FUNNEL_MIN_AREA, WIDTH - RIGHT - widest - valueGap);
        int width = (int) Math.ceil(Math.max(WIDTH, areaRight + valueGap + widest + RIGHT));
        open(sb, chart, width, height);
        double area = areaRight - areaLeft;
        double centre = (areaLeft + areaRight) / 2;
        BigDecimal max = BigDecimal.ZERO;
        for (BigDecimal value : series.getValues()) {
            max = max.max(value);
        }
        for (int i = 0; i < categories.size(); i++) {
            BigDecimal value = series.getValues().get(i);
            double top = 8 + i * (rowHeight + gap);
            double barWidth = max.signum() <= 0 || value.signum() <= 0 ? 0 : ratio(value, max) * area;
            sb.append("<rect class=\"stage\" x=\"").append(n(centre - barWidth / 2)).append("\" y=\"").append(n(top))
                    .append("\" width=\"").append(n(barWidth)).append("\" height=\"").append(rowHeight)
                    .append("\" rx=\"3\" fill=\"").append(RAMP.get(Math.min(i, RAMP.size() - 1)))
                    .append("\" data-value=\"").append(value.toPlainString()).append("\">");
            tooltip(sb, chart, categories.get(i), series, value);
            sb.append("</rect>\n");
            double baseline = top + rowHeight / 2.0 + 4;
            String category = TextRenderer.truncate(TextRenderer.clean(categories.get(i)),
                    Math.max(3, (int) ((labelRight - 8) / textWidth("x", FUNNEL_FONT))));
            text(sb, labelRight, baseline, "end", "category", category);
            text(sb, areaRight + valueGap, baseline, "start", "value", values.get(i));
        }
        sb.append("</svg>\n");
    }

    /** The font size of the funnel's labels, as the page's style sheet sets it. */
    static final double FUNNEL_FONT = 13;
    /** The narrowest the funnel's bar area gets before the chart grows wider instead. */
    private static final double FUNNEL_MIN_AREA = 240;
    /** The widest a character of a label is drawn, in font sizes: generous for the page's sans-serif fonts, bold included. */
    static final double CHAR_EM = 0.62;

    /**
     * Estimates how wide a label is drawn: its characters times a generous average character width.
     *
     * @param text the label
     * @param fontSize the font size, in SVG units
     * @return the estimated width, in SVG units
     */
    static double textWidth(String text, double fontSize) {
        return TextRenderer.length(text) * fontSize * CHAR_EM;
    }

    // ---- parts ----

    private static void open(StringBuilder sb, ReportChart chart, int height) {
        open(sb, chart, WIDTH, height);
    }

    private static void open(StringBuilder sb, ReportChart chart, int width, int height) {
        sb.append("<svg class=\"chart-svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" data-kind=\"").append(chart.getKind().getName()).append("\">\n");
        sb.append("<title>").append(Markup.escape(chart.getTitle().isEmpty() ? chart.getKey() : chart.getTitle()))
                .append("</title>\n");
    }

    private static void axes(StringBuilder sb, ReportChart chart, Scale scale, double plotHeight) {
        for (BigDecimal tick : scale.ticks) {
            double ty = y(scale, tick, plotHeight);
            sb.append("<line class=\"").append(tick.signum() == 0 ? "zero" : "grid").append("\" x1=\"").append(LEFT)
                    .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(n(ty)).append("\" y2=\"")
                    .append(n(ty)).append("\"/>\n");
            text(sb, LEFT - 8, ty + 4, "end", "tick", compact(tick));
        }
        sb.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"")
                .append(TOP).append("\" y2=\"").append(n(TOP + plotHeight)).append("\"/>\n");
        sb.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y1=\"").append(n(TOP + plotHeight)).append("\" y2=\"").append(n(TOP + plotHeight))
                .append("\"/>\n");
        if (!chart.getUnit().isEmpty()) {
            text(sb, LEFT - 8, TOP - 14, "end", "unit", chart.getUnit());
        }
    }

    private static void legend(StringBuilder sb, List<ChartSeries> series) {
        if (series.size() < 2) {
            return;
        }
        double x = LEFT + 8;
        for (int s = 0; s < series.size(); s++) {
            sb.append("<rect class=\"key\" x=\"").append(n(x)).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"")
                    .append(colour(s)).append("\"/>\n");
            String name = fit(series.get(s).getName(), 160);
            text(sb, x + 17, 18, "start", "legend", name);
            x += 17 + 7 * TextRenderer.length(name) + 18;
        }
    }

    private static void tooltip(StringBuilder sb, ReportChart chart, String category, ChartSeries series,
            BigDecimal value) {
        String who = chart.getSeries().size() > 1 ? category + ", " + series.getName() : category;
        sb.append("<title>").append(Markup.escape(who + ": " + Numbers.grouped(value)
                + (chart.getUnit().isEmpty() ? "" : " " + chart.getUnit()))).append("</title>");
    }

    private static void text(StringBuilder sb, double x, double y, String anchor, String cls, String text) {
        sb.append("<text class=\"").append(cls).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" text-anchor=\"").append(anchor).append("\">").append(Markup.escape(text))
                .append("</text>\n");
    }

    private static String colour(int series) {
        return PALETTE.get(series % PALETTE.size());
    }

    private static List<BigDecimal> allValues(ReportChart chart) {
        List<BigDecimal> values = new ArrayList<>();
        for (ChartSeries series : chart.getSeries()) {
            values.addAll(series.getValues());
        }
        return values;
    }

    /** The y coordinate of a value on a scale. */
    private static double y(Scale scale, BigDecimal value, double plotHeight) {
        return TOP + plotHeight * (1 - ratio(value.subtract(scale.low), scale.high.subtract(scale.low)));
    }

    /** a / b as a double, for 0 &lt;= a &lt;= b, b &gt; 0: always finite. */
    private static double ratio(BigDecimal a, BigDecimal b) {
        double r = a.divide(b, MC).doubleValue();
        return Double.isFinite(r) ? r : 0;
    }

    /** Cuts a label to about the characters that fit in a width (7 units a character). */
    static String fit(String label, double width) {
        return TextRenderer.truncate(TextRenderer.clean(label), Math.max(3, (int) (width / 7)));
    }

    /**
     * Formats a coordinate with two decimals, locale-free.
     *
     * @param d the coordinate
     * @return the text; {@code 0} if it is not finite (it never is, by construction)
     */
    static String n(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.2f", d) : "0";
    }

    /**
     * Formats the label of a bar or point: exact (as {@code 83.10}) when below 10,000 with at most 2
     * decimals, else {@link #compact}.
     *
     * @param value the value
     * @return the label
     */
    static String label(BigDecimal value) {
        return value.abs().compareTo(BigDecimal.valueOf(10_000)) < 0 && value.scale() <= 2 ? Numbers.grouped(value)
                : compact(value);
    }

    /**
     * Formats an axis or bar label compactly: below 10,000 at most 2 decimals ({@code 9,999},
     * {@code 0.25}), above with 3 significant digits and a suffix ({@code 12.5k}, {@code 1.25M}, {@code 3B}).
     *
     * @param value the value
     * @return the label
     */
    static String compact(BigDecimal value) {
        BigDecimal abs = value.abs();
        String suffix = "";
        BigDecimal shown = value;
        if (abs.compareTo(new BigDecimal("1E9")) >= 0) {
            shown = value.movePointLeft(9);
            suffix = "B";
        } else if (abs.compareTo(new BigDecimal("1E6")) >= 0) {
            shown = value.movePointLeft(6);
            suffix = "M";
        } else if (abs.compareTo(new BigDecimal("1E4")) >= 0) {
            shown = value.movePointLeft(3);
            suffix = "k";
        }
        if (!suffix.isEmpty()) {
            shown = shown.round(new MathContext(3, RoundingMode.HALF_EVEN));
        }
        if (shown.scale() > 2) {
            shown = shown.setScale(2, RoundingMode.HALF_EVEN);
        }
        shown = shown.stripTrailingZeros();
        if (shown.scale() < 0) {
            shown = shown.setScale(0);
        }
        return Numbers.grouped(shown) + suffix;
    }

    /** A value axis: from {@code low} to {@code high}, ticks a "nice" step (1, 2 or 5 times a power of ten) apart. */
    static final class Scale {

        final BigDecimal low;
        final BigDecimal high;
        final BigDecimal step;
        final List<BigDecimal> ticks;

        private Scale(BigDecimal low, BigDecimal high, BigDecimal step, List<BigDecimal> ticks) {
            this.low = low;
            this.high = high;
            this.step = step;
            this.ticks = ticks;
        }

        /**
         * Returns a scale covering the values.
         *
         * @param values the values, at least one
         * @param includeZero whether the scale must reach zero (bars grow from zero); if not (lines),
         *     a step is added below or above when a value sits within a quarter step of the edge
         * @return the scale, low &lt; high
         */
        static Scale of(List<BigDecimal> values, boolean includeZero) {
            BigDecimal min = values.get(0);
            BigDecimal max = values.get(0);
            for (BigDecimal value : values) {
                min = min.min(value);
                max = max.max(value);
            }
            if (includeZero) {
                min = min.min(BigDecimal.ZERO);
                max = max.max(BigDecimal.ZERO);
            }
            if (min.compareTo(max) == 0) {
                if (min.signum() == 0) {
                    max = BigDecimal.ONE;
                } else {
                    BigDecimal spread = min.abs().divide(BigDecimal.TEN, MC);
                    min = min.subtract(spread);
                    max = max.add(spread);
                }
            }
            BigDecimal rough = max.subtract(min).divide(BigDecimal.valueOf(5), MC);
            int exponent = rough.precision() - rough.scale() - 1;
            BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
            BigDecimal normal = rough.divide(magnitude, MC);
            BigDecimal nice = normal.compareTo(BigDecimal.ONE) <= 0 ? BigDecimal.ONE
                    : normal.compareTo(BigDecimal.valueOf(2)) <= 0 ? BigDecimal.valueOf(2)
                    : normal.compareTo(BigDecimal.valueOf(5)) <= 0 ? BigDecimal.valueOf(5) : BigDecimal.TEN;
            BigDecimal step = nice.multiply(magnitude);
            BigDecimal low = min.divide(step, 0, RoundingMode.FLOOR).multiply(step);
            BigDecimal high = max.divide(step, 0, RoundingMode.CEILING).multiply(step);
            if (low.compareTo(high) == 0) {
                high = low.add(step);
            }
            if (!includeZero) {
                // Lines: keep points off the frame, by a step where one sits within a quarter step of it.
                BigDecimal quarter = step.divide(BigDecimal.valueOf(4), MC);
                if (min.subtract(low).compareTo(quarter) < 0 && (min.signum() < 0 || low.subtract(step).signum() >= 0)) {
                    low = low.subtract(step);
                }
                if (high.subtract(max).compareTo(quarter) < 0) {
                    high = high.add(step);
                }
            }
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal t = low; t.compareTo(high) <= 0; t = t.add(step)) {
                ticks.add(t);
            }
            return new Scale(low, high, step, ticks);
        }
    }
}
