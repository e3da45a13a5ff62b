package org.receivables.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * The sample ledger bundled with the demo: 220 customers and 10,000 invoices over the 24 months
 * 2023-01 to 2024-12, in EUR and USD, written once by {@link PortfolioGenerator} with the seed
 * 20241231 and committed as CSV files, so every run of the demo reports on the same data.
 *
 * <pre>
 *   Portfolio sample = CsvPortfolioReader.create().read(SampleLedger.directory());
 *   sample.size();                   // 220
 *   SampleLedger.AS_OF;              // 2024-12-31, the last day of its history
 * </pre>
 *
 * <p>The files are the generator's output byte for byte: regenerate them with
 * {@code Generate --out DIR --seed 20241231 --customers 220 --invoices 10000 --first-month 2023-01 --months 24}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SampleLedger {

    /** The seed the bundled files were generated with. */
    public static final long SEED = 20241231L;
    /** The number of customers in the bundled files. */
    public static final int CUSTOMERS = 220;
    /** The number of invoices in the bundled files. */
    public static final int INVOICES = 10_000;
    /** The first month of the bundled history. */
    public static final YearMonth FIRST_MONTH = YearMonth.of(2023, 1);
    /** The number of months of the bundled history. */
    public static final int MONTHS = 24;
    /** The natural as-of date of the sample: the last day of its history. */
    public static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    /** The class-path location of the files, relative to this class. */
    static final String RESOURCE = "sample-ledger";
    private static final String PROBE = RESOURCE + "/customers.csv";

    private SampleLedger() {
    }

    /**
     * Gets the directory of the bundled CSV files, readable with {@link CsvPortfolioReader#read(Path)},
     * whether the classes run from a directory or from a jar (then the path belongs to a zip file
     * system that stays open for the life of the JVM).
     *
     * @return the directory
     * @throws IllegalStateException if the files are not on the class path
     * @throws UncheckedIOException if the jar cannot be opened
     */
    public static Path directory() {
        URL url = SampleLedger.class.getResource(PROBE);
        if (url == null) {
            throw new IllegalStateException("resource " + PROBE + " is not on the class path next to "
                    + SampleLedger.class.getName());
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException ex) {
            throw new IllegalStateException("resource URL " + url + " is not a URI", ex);
        }
        if ("jar".equals(uri.getScheme())) {
            return zipFileSystem(uri).provider().getPath(uri).getParent();
        }
        return Path.of(uri).getParent();
    }

    /**
     * Generates the sample ledger again into a directory, with the parameters the bundled files were
     * made with.
     *
     * @param directory where to write, created if missing, not null
     * @throws UncheckedIOException if the files cannot be written
     */
    public static void regenerate(Path directory) {
        generator().writeCsv(directory);
    }

    /**
     * Gets the generator with the parameters of the bundled files.
     *
     * @return the generator
     */
    static PortfolioGenerator generator() {
        return PortfolioGenerator.of(SEED, CUSTOMERS, INVOICES, FIRST_MONTH, MONTHS);
    }

    private static synchronized FileSystem zipFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException ex) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot open " + uri, ex);
        }
    }
}
