package org.receivables.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receivables.aging.metrics.SettledInvoice;
import org.receivables.core.document.InvoiceId;
import org.receivables.core.ledger.AllocationPosted;
import org.receivables.core.ledger.CreditNoteIssued;
import org.receivables.core.ledger.CustomerLedger;
import org.receivables.core.ledger.DisputeOpened;
import org.receivables.core.ledger.InvoiceIssued;
import org.receivables.core.ledger.ItemApplication;
import org.receivables.core.ledger.LedgerEvent;
import org.receivables.core.ledger.LedgerView;
import org.receivables.core.ledger.Portfolio;
import org.receivables.core.ledger.PromiseState;
import org.receivables.core.ledger.PromiseStatus;
import org.receivables.core.ledger.SourceBalance;
import org.receivables.core.ledger.WriteOffPosted;
import org.receivables.core.terms.Instalment;

/**
 * The bundled sample ledger is the generator's output, and it holds what the demo promises a
 * realistic business has. Every fact is read back from the loaded ledgers, not from the generator.
 */
class SampleLedgerTest {

    private static final List<String> FILES = List.of("customers.csv", "invoices.csv", "payments.csv",
            "credit_notes.csv", "disputes.csv", "promises.csv", "write_offs.csv");

    private static Portfolio sample;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        sample = CsvPortfolioReader.create().read(SampleLedger.directory());
    }

    // ---- directory ----

    @Test
    void theBundledFilesAreTheGeneratorsOutputByteForByte() throws IOException {
        SampleLedger.regenerate(temp);
        Set<String> bundled;
        try (Stream<Path> files = Files.list(SampleLedger.directory())) {
            bundled = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(FILES), bundled);
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(temp.resolve(file)),
                    Files.readAllBytes(SampleLedger.directory().resolve(file)), file);
        }
    }

    /** Run from a jar, the directory is a path in the jar's zip file system, and reads the same bytes. */
    @Test
    void theDirectoryIsFoundInsideAJarToo() throws Exception {
        Path jar = temp.resolve("sample.jar");
        String classFile = SampleLedger.class.getName().replace('.', '/') + ".class";
        String prefix = "org/receivables/examples/" + SampleLedger.RESOURCE + "/";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(classFile));
            try (InputStream in = SampleLedger.class.getClassLoader().getResourceAsStream(classFile)) {
                in.transferTo(out);
            }
            for (String name : FILES) {
                out.putNextEntry(new JarEntry(prefix + name));
                Files.copy(SampleLedger.directory().resolve(name), out);
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> inJar = loader.loadClass(SampleLedger.class.getName());
            Path dir = (Path) inJar.getMethod("directory").invoke(null);
            assertEquals("jar", dir.toUri().getScheme(), dir.toUri().toString());
            Method again = inJar.getMethod("directory");
            assertEquals(dir, again.invoke(null));   // a second call reuses the open zip file system
            assertArrayEquals(Files.readAllBytes(SampleLedger.directory().resolve("invoices.csv")),
                    Files.readAllBytes(dir.resolve("invoices.csv")));
            assertEquals(sample.size(), CsvPortfolioReader.create().read(dir).size());
        }
    }

    // ---- contents ----

    @Test
    void itIsLargeAndLongEnough() {
        assertTrue(sample.size() >= 200, "customers " + sample.size());
        assertEquals(SampleLedger.CUSTOMERS, sample.size());
        int invoices = 0;
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (CustomerLedger ledger : sample.getLedgers()) {
            for (LedgerEvent e : ledger.getEvents()) {
                if (e instanceof InvoiceIssued) {
                    invoices++;
                    first = e.getDate().isBefore(first) ? e.getDate() : first;
                    last = e.getDate().isAfter(last) ? e.getDate() : last;
                }
                assertTrue(!e.getDate().isAfter(SampleLedger.AS_OF), e.toString());
            }
        }
        assertTrue(invoices >= 10_000, "invoices " + invoices);
        assertEquals(YearMonth.of(2023, 1), YearMonth.from(first));
        assertEquals(YearMonth.of(2024, 12), YearMonth.from(last));
    }

    @Test
    void itHasTwoCurrenciesAndTermsWithDiscountsAndWithInstalments() {
        Set<CurrencyUnit> currencies = new TreeSet<>();
        int discounted = 0;
        int instalments = 0;
        for (CustomerLedger ledger : sample.getLedgers()) {
            for (LedgerEvent e : ledger.getEvents()) {
                if (e instanceof InvoiceIssued) {
                    InvoiceIssued inv = (InvoiceIssued) e;
                    currencies.add(inv.getCurrency());
                    List<Instalment> parts = inv.getSchedule().getInstalments();
                    instalments += parts.size() > 1 ? 1 : 0;
                    discounted += parts.stream().anyMatch(i -> !i.getDiscountTiers().isEmpty()) ? 1 : 0;
                }
            }
        }
        assertEquals(2, currencies.size(), currencies.toString());
        assertTrue(discounted > 100, "invoices with a discount " + discounted);
        assertTrue(instalments > 100, "invoices in instalments " + instalments);
    }

    /**
     * On-time payers: customers with at least five settled invoices, nine in ten of them paid in full
     * within three days of their final due date.
     * Late payers: customers who paid most of at least five settled invoices more than 15 days late.
     */
    @Test
    void itHasOnTimeAndHabituallyLatePayers() {
        int onTime = 0;
        int late = 0;
        for (CustomerLedger ledger : sample.getLedgers()) {
            Portfolio one = Portfolio.of(List.of(ledger));
            int settled = 0;
            int paidLate = 0;
            int paidOnTime = 0;
            for (CurrencyUnit currency : ledger.asOf(SampleLedger.AS_OF).getCurrencies()) {
                for (SettledInvoice s : AgingDemo.settledInvoices(one, currency, SampleLedger.AS_OF)) {
                    settled++;
                    paidOnTime += s.getPaidDate().isAfter(s.getDueDate().plusDays(3)) ? 0 : 1;
                    paidLate += s.getPaidDate().isAfter(s.getDueDate().plusDays(15)) ? 1 : 0;
                }
            }
            onTime += settled >= 5 && 10 * paidOnTime >= 9 * settled ? 1 : 0;
            late += settled >= 5 && 2 * paidLate > settled ? 1 : 0;
        }
        assertTrue(onTime >= 10, "on-time payers " + onTime);
        assertTrue(late >= 10, "habitually late payers " + late);
    }

    @Test
    void itHasPartialPaymentsOverpaymentsCreditNotesDisputesPromisesAndWriteOffs() {
        int partlyPaid = 0;
        int overpaid = 0;
        int creditNotes = 0;
        int disputes = 0;
        int writeOffs = 0;
        Map<PromiseStatus, Integer> promises = new HashMap<>();
        for (CustomerLedger ledger : sample.getLedgers()) {
            Map<InvoiceId, Set<Object>> payersOf = new HashMap<>();
            for (LedgerEvent e : ledger.getEvents()) {
                if (e instanceof AllocationPosted && ((AllocationPosted) e).getSource().isPayment()) {
                    for (ItemApplication a : ((AllocationPosted) e).getApplications()) {
                        payersOf.computeIfAbsent(a.getItem().getInvoiceId(), k -> new HashSet<>())
                                .add(((AllocationPosted) e).getSource());
                    }
                }
                creditNotes += e instanceof CreditNoteIssued ? 1 : 0;
                disputes += e instanceof DisputeOpened ? 1 : 0;
                writeOffs += e instanceof WriteOffPosted ? 1 : 0;
            }
            partlyPaid += (int) payersOf.values().stream().filter(p -> p.size() > 1).count();
            LedgerView view = ledger.asOf(SampleLedger.AS_OF);
            for (SourceBalance source : view.getSources()) {
                overpaid += source.getSource().isPayment() && source.getUnapplied().isPositive() ? 1 : 0;
            }
            for (PromiseState promise : view.getPromises()) {
                promises.merge(promise.getStatus(), 1, Integer::sum);
            }
        }
        assertTrue(partlyPaid >= 50, "invoices paid by more than one payment " + partlyPaid);
        assertTrue(overpaid >= 10, "payments with money left on account " + overpaid);
        assertTrue(creditNotes >= 100, "credit notes " + creditNotes);
        assertTrue(disputes >= 100, "disputes " + disputes);
        assertTrue(writeOffs >= 20, "write-offs " + writeOffs);
        assertTrue(promises.getOrDefault(PromiseStatus.KEPT, 0) >= 20, promises.toString());
        assertTrue(promises.getOrDefault(PromiseStatus.BROKEN, 0) >= 20, promises.toString());
    }

}
