package org.receivables.examples.report;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The generator vocabulary of the report tests: hostile strings (quotes, backslashes, markup, control
 * characters, line and paragraph separators, non-BMP characters and unpaired surrogates), cells of
 * every type (money from minor units in currencies with 0, 2 and 3 decimals), keys, tables, charts
 * and whole documents, all built constructively.
 */
final class ReportGen {

    /** JPY (0 decimals), EUR, USD (2 decimals), BHD (3 decimals), as in ar-core's CoreGen. */
    static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.of("JPY"), CurrencyUnit.EUR, CurrencyUnit.USD,
            CurrencyUnit.of("BHD"));

    /** Characters that break naive escaping, one per entry; a code point may be two chars. */
    static final List<String> NASTY = List.of("\"", "\\", "'", "<", ">", "&", ",", ";", "\n", "\r", "\t", "\u0000",
            "\u0001", "\u001f", "\u007f", "\u2028", "\u2029", "\u00e9", "\u00df", "\u0130", "\u20ac", "\uD83D\uDE00",
            "\uD800", "\uDC00", "\ufeff", "\ufffe", " ", "  ", "#", "-", "=", "]]>", "<script>", "http://x", "{", "}", "a",
            "Z", "7", "\u4e2d\u6587", "\u05e9\u05dc\u05d5\u05dd");

    private ReportGen() {
    }

    /** @return strings of 0 to 30 pieces drawn from {@link #NASTY} and plain words */
    static Gen<String> strings() {
        Gen<String> piece = Generate.pick(NASTY).mix(Generate.pick(List.of("Acme", "C-029", "overdue", "EUR",
                "Müller", "Société", "x".repeat(130))), 30);
        return lists().of(piece).ofSizeBetween(0, 30).map(parts -> String.join("", parts));
    }

    /** @return strings that are valid UTF-16 (no unpaired surrogates), for round trips through encoders */
    static Gen<String> wellFormedStrings() {
        return strings().map(s -> s.replace("\uD800", "?").replace("\uDC00", "!"));
    }

    /** @return any of {@link #CURRENCIES} */
    static Gen<CurrencyUnit> currencies() {
        return Generate.pick(CURRENCIES);
    }

    /** @return money of either sign up to 10 billion major units, from minor units */
    static Gen<Money> money() {
        return currencies().flatMap(c -> longs().between(-10_000_000_000L, 10_000_000_000_000L)
                .map(minor -> Money.ofMinor(c, minor)));
    }

    /** @return decimals of either sign with 0 to 6 decimals */
    static Gen<BigDecimal> decimals() {
        return longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .zip(integers().between(0, 6), BigDecimal::valueOf);
    }

    /** @return dates from 1999-01-01 to 2049-12-31 */
    static Gen<LocalDate> dates() {
        return longs().between(LocalDate.of(1999, 1, 1).toEpochDay(), LocalDate.of(2049, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** @return cells of every type, half of them with a hostile display text */
    static Gen<Cell> cells() {
        Gen<Cell> plain = Generate.pick(List.of(0, 1, 2, 3, 4, 5, 6)).flatMap(kind -> {
            switch (kind) {
                case 0:
                    return Generate.constant(Cell.empty());
                case 1:
                    return strings().map(Cell::text);
                case 2:
                    return longs().all().map(Cell::of);
                case 3:
                    return decimals().map(Cell::of);
                case 4:
                    return money().map(Cell::of);
                case 5:
                    return dates().map(Cell::of);
                default:
                    return decimals().map(Cell::percent);
            }
        });
        return plain.zip(strings(), integers().between(0, 1), (cell, display, choice) ->
                choice == 0 ? cell : cell.withDisplay(display));
    }

    /** @return keys such as {@code k_12} */
    static Gen<String> keys() {
        return integers().between(0, 99).map(i -> "k_" + i);
    }

    /** @return tables of 1 to 8 columns (keys c0, c1, ...) and 0 to 8 rows of any cells */
    static Gen<ReportTable> tables() {
        return integers().between(1, 8).flatMap(columns -> lists().of(lists().of(cells()).ofSize(columns))
                .ofSizeBetween(0, 8).zip(lists().of(strings()).ofSize(columns), strings(),
                        integers().between(0, 255), (rows, headings, title, alignments) -> {
                            ReportTable.Builder b = ReportTable.builder("t").title(title);
                            for (int c = 0; c < columns; c++) {
                                b.column(Column.of("c" + c, headings.get(c),
                                        (alignments >> c & 1) == 0 ? Alignment.LEFT : Alignment.RIGHT));
                            }
                            rows.forEach(b::row);
                            return b.build();
                        }));
    }

    /** @return charts of any kind with 1 to 14 categories and 1 to 3 series (one for funnels) */
    static Gen<ReportChart> charts() {
        return Generate.pick(List.of(ChartKind.values())).zip(integers().between(1, 14), integers().between(1, 3),
                (kind, n, s) -> new int[] {kind.ordinal(), n, kind == ChartKind.FUNNEL ? 1 : s})
                .flatMap(spec -> lists().of(strings()).ofSize(spec[1])
                        .zip(lists().of(lists().of(chartValues()).ofSize(spec[1])).ofSize(spec[2]), strings(),
                                (labels, series, title) -> {
                                    ReportChart.Builder b = ReportChart.builder(ChartKind.values()[spec[0]], "ch")
                                            .title(title).unit("EUR").categories(labels);
                                    for (int i = 0; i < series.size(); i++) {
                                        b.series("s" + i, "Series " + i, series.get(i));
                                    }
                                    return b.build();
                                }));
    }

    /** @return funnel charts of 1 to 8 stages with counts from 0 to huge, in the units the demo uses and others */
    static Gen<ReportChart> funnels() {
        return integers().between(1, 8).flatMap(n -> lists().of(strings()).ofSize(n)
                .zip(lists().of(longs().between(0, 999_999_999_999L).map((Long v) -> BigDecimal.valueOf(v)).mix(chartValues(), 20))
                        .ofSize(n), Generate.pick(List.of("customers", "count", "", "invoices past due", "EUR")),
                        (labels, values, unit) -> ReportChart.builder(ChartKind.FUNNEL, "funnel").unit(unit)
                                .categories(labels).series("n", "Customers", values).build()));
    }

    /** @return chart values: zeros, negatives, tiny and huge ones */
    static Gen<BigDecimal> chartValues() {
        return decimals().mix(Generate.pick(List.of(BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("-1"),
                new BigDecimal("1E-30"), new BigDecimal("9.99E+40"), new BigDecimal("-7.5E+40"))), 30);
    }

    /** @return documents of 0 to 3 sections, each with a table, a note and a chart */
    static Gen<ReportDocument> documents() {
        return lists().of(tables().zip(charts(), strings(), strings(), (t, c, note, title) -> {
            ReportSection.Builder b = ReportSection.builder("s", title.isBlank() ? "untitled" : title).table(t).chart(c);
            if (!note.isBlank()) {
                b.note(note);
            }
            return b;
        })).ofSizeBetween(0, 3).zip(strings(), (sections, title) -> {
            ReportDocument.Builder b = ReportDocument.builder(title.isBlank() ? "untitled" : title, LocalDate.of(2024, 12, 31));
            List<ReportSection> built = new ArrayList<>();
            for (int i = 0; i < sections.size(); i++) {
                // Rebuild under a unique key: sections are built with a placeholder key above.
                ReportSection s = sections.get(i).build();
                ReportSection.Builder keyed = ReportSection.builder("s" + i, s.getTitle());
                s.getBlocks().forEach(keyed::block);
                built.add(keyed.build());
            }
            built.forEach(b::section);
            return b.build();
        });
    }
}
