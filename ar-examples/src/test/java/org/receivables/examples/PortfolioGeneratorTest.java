package org.receivables.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receivables.core.ledger.Portfolio;

/** The generator is reproducible, sized as asked, and writes data the reader accepts. */
class PortfolioGeneratorTest {

    private static final List<String> FILES = List.of("customers.csv", "invoices.csv", "payments.csv",
            "credit_notes.csv", "disputes.csv", "promises.csv", "write_offs.csv");

    @TempDir
    Path temp;

    // ---- writeCsv ----

    @Test
    void theSameSeedGivesByteIdenticalFiles() throws IOException {
        PortfolioGenerator g = PortfolioGenerator.of(7L, 12, 600, YearMonth.of(2023, 1), 24);
        g.writeCsv(temp.resolve("a"));
        g.writeCsv(temp.resolve("b"));
        PortfolioGenerator.of(7L, 12, 600, YearMonth.of(2023, 1), 24).writeCsv(temp.resolve("c"));
        for (String file : FILES) {
            byte[] a = Files.readAllBytes(temp.resolve("a").resolve(file));
            assertArrayEquals(a, Files.readAllBytes(temp.resolve("b").resolve(file)), file);
            assertArrayEquals(a, Files.readAllBytes(temp.resolve("c").resolve(file)), file);
        }
    }

    @Test
    void differentSeedsGiveDifferentFiles() throws IOException {
        PortfolioGenerator.of(7L, 12, 600, YearMonth.of(2023, 1), 24).writeCsv(temp.resolve("a"));
        PortfolioGenerator.of(8L, 12, 600, YearMonth.of(2023, 1), 24).writeCsv(temp.resolve("b"));
        for (String file : List.of("invoices.csv", "payments.csv")) {
            assertFalse(Arrays.equals(Files.readAllBytes(temp.resolve("a").resolve(file)),
                    Files.readAllBytes(temp.resolve("b").resolve(file))), file);
        }
    }

    @Test
    void rowCountsAreAsRequestedAndMatchTheFiles() throws IOException {
        SortedMap<String, Long> counts = PortfolioGenerator.of(3L, 17, 777, YearMonth.of(2023, 1), 24)
                .writeCsv(temp);
        assertEquals(17L, counts.get("customers.csv"));
        assertEquals(777L, counts.get("invoices.csv"));
        assertEquals(FILES.stream().sorted().toList(), List.copyOf(counts.keySet()));
        for (String file : FILES) {
            long lines = Files.readAllLines(temp.resolve(file), StandardCharsets.UTF_8).size();
            assertEquals(counts.get(file) + 1, lines, file + ": data rows plus the header");
        }
    }

    /** The mix the generator promises is there: both currencies, every terms notation, every kind of document. */
    @Test
    void theDataHasTheRealisticMixAndReadsBackWithoutProblems() throws IOException {
        SortedMap<String, Long> counts = PortfolioGenerator.of(11L, 60, 900, YearMonth.of(2023, 1), 24)
                .writeCsv(temp);
        String invoices = Files.readString(temp.resolve("invoices.csv"));
        assertTrue(invoices.contains(",EUR,") && invoices.contains(",USD,"));
        for (String terms : PortfolioGenerator.TERMS) {
            assertTrue(invoices.contains(terms), terms);
        }
        for (String file : List.of("payments.csv", "credit_notes.csv", "disputes.csv", "promises.csv",
                "write_offs.csv")) {
            assertTrue(counts.get(file) > 0, file + " " + counts);
        }
        assertTrue(counts.get("payments.csv") > counts.get("invoices.csv") / 2, counts.toString());
        Portfolio portfolio = CsvPortfolioReader.create().read(temp);
        assertEquals(60, portfolio.size());
    }

    @Test
    void nothingIsDatedAfterTheEndOfTheHistory() throws IOException {
        PortfolioGenerator g = PortfolioGenerator.of(5L, 10, 400, YearMonth.of(2023, 7), 6);
        assertEquals("2023-12-31", g.getEndDate().toString());
        g.writeCsv(temp);
        for (String file : FILES) {
            for (String line : Files.readAllLines(temp.resolve(file)).subList(1,
                    Files.readAllLines(temp.resolve(file)).size())) {
                for (String field : line.split(",")) {
                    if (field.matches("\\d{4}-\\d{2}-\\d{2}") && !file.equals("promises.csv")) {
                        assertTrue(field.compareTo("2023-12-31") <= 0 && field.compareTo("2023-07-01") >= 0,
                                file + ": " + line);
                    }
                }
            }
        }
    }

    // ---- of ----

    @Test
    void badSizesAreRefusedNamingTheFieldAndValue() {
        YearMonth m = YearMonth.of(2024, 1);
        assertEquals("firstMonth", assertThrows(NullPointerException.class,
                () -> PortfolioGenerator.of(1L, 1, 1, null, 1)).getMessage());
        assertEquals("customers must be positive: 0", assertThrows(IllegalArgumentException.class,
                () -> PortfolioGenerator.of(1L, 0, 1, m, 1)).getMessage());
        assertEquals("invoices must not be negative: -1", assertThrows(IllegalArgumentException.class,
                () -> PortfolioGenerator.of(1L, 1, -1, m, 1)).getMessage());
        assertEquals("months must be positive: 0", assertThrows(IllegalArgumentException.class,
                () -> PortfolioGenerator.of(1L, 1, 1, m, 0)).getMessage());
    }

    // ---- Generate.execute ----

    @Test
    void theCommandWritesTheFilesAndRefusesABadCommandLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Generate.execute(new String[] {"--out", temp.toString(), "--invoices", "120", "--seed", "9"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("invoices.csv 120 rows"), out.toString());
        assertEquals(121, Files.readAllLines(temp.resolve("invoices.csv")).size());

        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        int bad = Generate.execute(new String[] {"--out", temp.toString(), "--colour", "red"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err2, true, StandardCharsets.UTF_8));
        assertEquals(2, bad);
        assertTrue(err2.toString(StandardCharsets.UTF_8).contains("unknown option --colour"));
        assertTrue(err2.toString(StandardCharsets.UTF_8).contains("usage: Generate"));
    }
}
