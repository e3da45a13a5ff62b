package org.receivables.examples.report;

import java.util.Locale;
import java.util.Objects;

/**
 * The formats a {@link ReportDocument} renders to, as the demo's {@code --format} names them.
 * <pre>
 * ReportFormat.of("csv").getRenderer().render(report, System.out);
 * </pre>
 */
public enum ReportFormat {
    /** A plain-text report, every line at most 100 columns: {@link TextRenderer}. */
    TEXT(TextRenderer.create(), "txt"),
    /** Tidy CSV, one record per value: {@link CsvRenderer}. */
    CSV(CsvRenderer.create(), "csv"),
    /** Pretty-printed JSON with exact decimals: {@link JsonRenderer}. */
    JSON(JsonRenderer.create(), "json"),
    /** A self-contained HTML page with inline SVG charts: {@link HtmlRenderer}. */
    HTML(HtmlRenderer.create(), "html");

    private final ReportRenderer renderer;
    private final String fileExtension;

    ReportFormat(ReportRenderer renderer, String fileExtension) {
        this.renderer = renderer;
        this.fileExtension = fileExtension;
    }

    /**
     * Returns the format with a name, ignoring case: {@code text}, {@code csv}, {@code json} or {@code html}.
     *
     * @param name the name, not null
     * @return the format
     * @throws NullPointerException if name is null
     * @throws IllegalArgumentException if no format has that name
     */
    public static ReportFormat of(String name) {
        Objects.requireNonNull(name, "name");
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("format \"" + name + "\" is not one of text, csv, json, html");
    }

    /**
     * Returns the renderer.
     *
     * @return the renderer, never null
     */
    public ReportRenderer getRenderer() {
        return renderer;
    }

    /**
     * Returns the usual file name extension, without the dot: {@code txt}, {@code csv}, {@code json}, {@code html}.
     *
     * @return the extension
     */
    public String getFileExtension() {
        return fileExtension;
    }

    /**
     * Returns the lower-case name, as {@link #of} accepts it.
     *
     * @return the name
     */
    public String getName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
