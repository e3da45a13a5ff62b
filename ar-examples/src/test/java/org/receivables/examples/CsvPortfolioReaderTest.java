package org.receivables.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.ledger.LedgerView;
import org.receivables.core.ledger.Portfolio;

/**
 * The CSV reader on a small hand-written ledger, and its bad-input catalogue: every bad row is
 * reported with file, line, column and reason, and the demo then exits with status 1 printing no
 * report at all.
 */
class CsvPortfolioReaderTest {

    private static final String CUSTOMERS = "id,name,kind,segment\n"
            + "C-1,Acme Ltd,BUSINESS,SME\n"
            + "C-2,\"Doe, Jane\",CONSUMER,\n";
    private static final String INVOICES = "id,customer_id,issue_date,currency,amount,terms,po_number\n"
            + "INV-1,C-1,2024-01-10,EUR,1000.00,Net 30,PO-1\n"
            + "INV-2,C-1,2024-02-10,EUR,500.00,2/10 Net 30,\n"
            + "INV-3,C-2,2024-03-01,JPY,20000,Net 45,\n";
    private static final String PAYMENTS = "id,customer_id,received_date,currency,amount,method,references\n"
            + "PAY-1,C-1,2024-02-09,EUR,1000.00,BANK_TRANSFER,INV-1\n"
            + "PAY-2,C-2,2024-04-20,JPY,5000,CARD,\n";
    private static final String CREDIT_NOTES = "id,customer_id,issue_date,currency,amount,invoice_id,reason\n"
            + "CN-1,C-1,2024-02-15,EUR,50.00,INV-2,damaged\n";

    @TempDir
    Path dir;

    @BeforeEach
    void writeAGoodLedger() throws IOException {
        write("customers.csv", CUSTOMERS);
        write("invoices.csv", INVOICES);
        write("payments.csv", PAYMENTS);
        write("credit_notes.csv", CREDIT_NOTES);
    }

    // ---- read ----

    /**
     * By hand: PAY-1 quotes INV-1 and settles it; CN-1 (EUR 50.00) names INV-2, leaving EUR 450.00
     * open; C-2's PAY-2 quotes nothing and goes oldest due first to INV-3: JPY 20000 - 5000 = 15000.
     */
    @Test
    void aGoodLedgerIsReadAndItsPaymentsApplied() {
        Portfolio p = CsvPortfolioReader.create().read(dir);
        assertEquals(List.of(CustomerId.of("C-1"), CustomerId.of("C-2")), p.getCustomerIds());
        LedgerView acme = p.getLedger(CustomerId.of("C-1")).orElseThrow().asOf(LocalDate.of(2024, 3, 31));
        assertEquals(Money.parse("EUR 450.00"), acme.getBalance(CurrencyUnit.EUR));
        assertEquals(1, acme.getOpenItems().size());
        assertEquals("INV-2#1", acme.getOpenItems().get(0).getRef().toString());
        LedgerView doe = p.getLedger(CustomerId.of("C-2")).orElseThrow().asOf(LocalDate.of(2024, 4, 30));
        assertEquals(Money.parse("JPY 15000"), doe.getBalance(CurrencyUnit.JPY));
        assertEquals(Money.parse("JPY 0"), doe.getUnappliedCredit(CurrencyUnit.JPY));
    }

    @Test
    void aFileWithOnlyItsHeaderHasNoRowsAndIsFine() throws IOException {
        write("credit_notes.csv", "id,customer_id,issue_date,currency,amount,invoice_id,reason\n");
        Portfolio p = CsvPortfolioReader.create().read(dir);
        assertEquals(Money.parse("EUR 500.00"), p.getLedger(CustomerId.of("C-1")).orElseThrow()
                .asOf(LocalDate.of(2024, 3, 31)).getBalance(CurrencyUnit.EUR));
    }

    @Test
    void optionalDisputesAndPromisesAreRead() throws IOException {
        write("disputes.csv", "id,customer_id,invoice_id,opened_date,currency,amount,reason\n"
                + "D-1,C-1,INV-2,2024-03-01,EUR,100.00,goods damaged\n");
        write("promises.csv", "id,customer_id,made_date,promised_date,currency,amount,invoice_ids\n"
                + "P-1,C-1,2024-03-15,2024-03-29,EUR,450.00,INV-2\n");
        LedgerView acme = CsvPortfolioReader.create().read(dir).getLedger(CustomerId.of("C-1")).orElseThrow()
                .asOf(LocalDate.of(2024, 3, 20));
        assertEquals(1, acme.getOpenDisputes().size());
        assertEquals(1, acme.getPromises().size());
    }

    /**
     * WO-1 writes off EUR 100.00 of INV-2 (open 450.00 after CN-1) on 2024-04-30; WO-2 has no amount
     * and takes what is open on INV-3 on 2024-12-31: JPY 20000 - 5000 = 15000. Nothing is left open.
     */
    @Test
    void writeOffsTakeTheirAmountOrWhatIsOpen() throws IOException {
        write("write_offs.csv", "id,customer_id,invoice_id,date,currency,amount,reason,note\n"
                + "WO-1,C-1,INV-2,2024-04-30,EUR,100.00,SETTLEMENT,agreed\n"
                + "WO-2,C-2,INV-3,2024-12-31,,,BAD_DEBT,\n");
        Portfolio p = CsvPortfolioReader.create().read(dir);
        assertEquals(Money.parse("EUR 350.00"), p.getLedger(CustomerId.of("C-1")).orElseThrow()
                .asOf(LocalDate.of(2024, 4, 30)).getBalance(CurrencyUnit.EUR));
        LedgerView doe = p.getLedger(CustomerId.of("C-2")).orElseThrow().asOf(LocalDate.of(2024, 12, 31));
        assertEquals(Money.parse("JPY 0"), doe.getBalance(CurrencyUnit.JPY));
        assertEquals(List.of(), doe.getOpenItems());
    }

    @Test
    void badWriteOffsAreReported() throws IOException {
        write("write_offs.csv", "id,customer_id,invoice_id,date,currency,amount,reason\n"
                + "WO-1,C-1,INV-2,2024-04-30,EUR,100.00,LAZINESS\n"
                + "WO-2,C-1,INV-2,2024-04-30,EUR,9000.00,BAD_DEBT\n");
        String err = run(1);
        assertTrue(err.startsWith("write_offs.csv line 2, column reason: 'LAZINESS' is not a write-off reason;"), err);
        assertEquals(2, err.lines().count(), "one problem and the summary: the ledger is not built after a bad row");
    }

    @Test
    void progressLinesComeEveryNRows() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CsvPortfolioReader.create().withProgress(new PrintStream(err, true, StandardCharsets.UTF_8), 3).read(dir);
        // 2 customers + 3 invoices + 2 payments + 1 credit note = 8 rows: lines at 3 and 6; then the
        // 3 payments and credit notes are applied: a line at 3
        assertEquals(List.of("read 3 rows (now in invoices.csv)", "read 6 rows (now in payments.csv)",
                "applied 3 payments, credit notes and write-offs"),
                err.toString(StandardCharsets.UTF_8).lines().toList());
        assertThrows(IllegalArgumentException.class, () -> CsvPortfolioReader.create().withProgress(null, 0));
    }

    // ---- bad input: Demo.execute --data ----

    @Test
    void aMissingRequiredFileIsReported() throws IOException {
        Files.delete(dir.resolve("payments.csv"));
        assertProblems("payments.csv: required file is missing from " + dir);
    }

    @Test
    void aCompletelyEmptyFileIsAnError() throws IOException {
        write("credit_notes.csv", "");
        assertProblems("credit_notes.csv line 1: the file is empty; it needs at least the header line");
    }

    @Test
    void aMissingOrUnknownHeaderColumnIsReported() throws IOException {
        write("invoices.csv", INVOICES.replace("terms,po_number", "trems,po_number"));
        assertProblems("invoices.csv line 1, column terms: required column is missing from the header",
                "invoices.csv line 1, column trems: unknown column; expected [id, customer_id, issue_date, currency,"
                + " amount, terms] and optionally [po_number]");
    }

    @Test
    void anUnknownCurrencyIsReported() throws IOException {
        write("invoices.csv", INVOICES.replace("INV-2,C-1,2024-02-10,EUR", "INV-2,C-1,2024-02-10,EUX"));
        assertProblems("invoices.csv line 3, column currency: unknown currency 'EUX'; expected an ISO 4217 code"
                + " such as EUR");
    }

    @Test
    void badDatesAndAmountsAreReportedEachInItsColumn() throws IOException {
        write("invoices.csv", INVOICES.replace("2024-01-10,EUR,1000.00", "2024-02-30,EUR,1.000,00")
                .replace("JPY,20000", "JPY,-20000"));
        assertProblems("invoices.csv line 2: has 8 fields; the header has 7",
                "invoices.csv line 4, column amount: amount -20000 must be positive");
        write("invoices.csv", INVOICES.replace("2024-01-10,EUR,1000.00", "2024-02-30,EUR,1000.0O")
                .replace("JPY,20000", "JPY,-20000"));
        assertProblems("invoices.csv line 2, column issue_date: '2024-02-30' is not an ISO-8601 date YYYY-MM-DD"
                + " (Text '2024-02-30' could not be parsed: Invalid date 'FEBRUARY 30')",
                "invoices.csv line 2, column amount: '1000.0O' is not a decimal amount such as 1250.00",
                "invoices.csv line 4, column amount: amount -20000 must be positive");
    }

    @Test
    void moreDecimalsThanTheCurrencyHasIsReported() throws IOException {
        write("invoices.csv", INVOICES.replace("EUR,500.00", "EUR,500.005").replace("JPY,20000", "JPY,20000.5"));
        assertProblems("invoices.csv line 3, column amount: amount 500.005 has 3 decimals; EUR has 2",
                "invoices.csv line 4, column amount: amount 20000.5 has 1 decimals; JPY has 0");
    }

    @Test
    void duplicateIdsAreReportedWithTheFirstLine() throws IOException {
        write("customers.csv", CUSTOMERS + "C-1,Acme Again,BUSINESS,\n");
        write("payments.csv", PAYMENTS + "PAY-1,C-1,2024-03-09,EUR,10.00,CASH,\n");
        assertProblems("customers.csv line 4, column id: duplicate id C-1 (first on line 2)",
                "payments.csv line 4, column id: duplicate id PAY-1 (first on line 2)");
    }

    @Test
    void paymentsAndCreditNotesNamingUnknownInvoicesOrCustomersAreReported() throws IOException {
        write("payments.csv", PAYMENTS + "PAY-3,C-1,2024-03-09,EUR,10.00,CASH,INV-1;INV-9\n"
                + "PAY-4,C-7,2024-03-09,EUR,10.00,CASH,\n"
                + "PAY-5,C-1,2024-03-09,EUR,10.00,CASH,INV-3\n");
        write("credit_notes.csv", CREDIT_NOTES + "CN-2,C-1,2024-02-15,EUR,5.00,INV-404,\n");
        assertProblems("payments.csv line 4, column references: unknown invoice INV-9 (not in invoices.csv)",
                "payments.csv line 5, column customer_id: unknown customer C-7 (not in customers.csv)",
                "payments.csv line 6, column references: invoice INV-3 belongs to customer C-2, not C-1",
                "credit_notes.csv line 3, column invoice_id: unknown invoice INV-404 (not in invoices.csv)");
    }

    @Test
    void anUnknownTermsNotationIsReported() throws IOException {
        write("invoices.csv", INVOICES.replace("Net 45", "Net forty-five"));
        String err = run(1);
        assertTrue(err.startsWith("invoices.csv line 4, column terms: 'Net forty-five' is not a payment terms"
                + " notation ("), err);
    }

    @Test
    void badKindsAndMethodsAreReported() throws IOException {
        write("customers.csv", CUSTOMERS.replace("CONSUMER", "PERSON"));
        write("payments.csv", PAYMENTS.replace("CARD", "BITCOIN"));
        String err = run(1);
        assertTrue(err.startsWith("customers.csv line 3, column kind: 'PERSON' is not a customer kind;"), err);
        assertTrue(err.contains("\npayments.csv line 3, column method: 'BITCOIN' is not a payment method;"), err);
    }

    /** Every bad row of every file is reported, in file and line order, not only the first. */
    @Test
    void everyBadRowIsReportedNotJustTheFirst() throws IOException {
        write("invoices.csv", INVOICES.replace("1000.00", "x").replace("2024-02-10", "yesterday")
                .replace("JPY,20000", "YEN,20000"));
        write("credit_notes.csv", CREDIT_NOTES + "CN-1,C-1,2024-02-15,EUR,50.00,,\n");
        assertProblems("invoices.csv line 2, column amount: 'x' is not a decimal amount such as 1250.00",
                "invoices.csv line 3, column issue_date: 'yesterday' is not an ISO-8601 date YYYY-MM-DD"
                + " (Text 'yesterday' could not be parsed at index 0)",
                "invoices.csv line 4, column currency: unknown currency 'YEN'; expected an ISO 4217 code such as EUR",
                "credit_notes.csv line 3, column id: duplicate id CN-1 (first on line 2)");
    }

    /** Blank lines are skipped and a quoted field may hold a line break; line numbers stay those of the file. */
    @Test
    void lineNumbersCountBlankLinesAndQuotedLineBreaks() throws IOException {
        write("customers.csv", CUSTOMERS.replace("Acme Ltd", "\"Acme\nLtd\"") + "\n\nC-3,Nobody,ROBOT,\n");
        assertProblems("customers.csv line 7, column kind: 'ROBOT' is not a customer kind; expected BUSINESS or"
                + " CONSUMER (No enum constant org.receivables.core.customer.CustomerKind.ROBOT)");
    }

    @Test
    void aRowTheLedgerRefusesIsReportedWithItsLine() throws IOException {
        write("disputes.csv", "id,customer_id,invoice_id,opened_date,reason\n"
                + "D-1,C-1,INV-2,2024-01-01,goods damaged\n");
        String err = run(1);
        assertTrue(err.startsWith("disputes.csv line 2: refused by the ledger: "), err);
        assertTrue(err.contains("2024-01-01"), err);
    }

    // ---- Demo.execute options ----

    @Test
    void anUnknownOptionPrintsUsageAndExitsWithTwo() {
        for (String[] args : List.of(new String[] {"--colour"}, new String[] {"--as-of", "2024-13-01"},
                new String[] {"--data"})) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Demo.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, status, String.join(" ", args));
            assertEquals("", out.toString(StandardCharsets.UTF_8));
            String text = err.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("usage: Demo"), text);
            assertTrue(text.startsWith("Demo: " + (args[0].equals("--colour") ? "unknown option --colour"
                    : args.length == 1 ? "option --data needs a value" : "option --as-of 2024-13-01 is not a date")),
                    text);
        }
    }

    @Test
    void aGoodDirectoryPrintsTheReportAndExitsWithZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Demo.execute(new String[] {"--data", dir.toString(), "--as-of", "2024-03-31", "--quiet"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.startsWith("Receivables report: " + dir + " as of 2024-03-31"), report);
        // EUR: INV-2 450.00 open, due 2024-03-11, 20 days overdue on 2024-03-31
        assertTrue(report.contains("\n   1-30                  1             450.00   100.00%\n"), report);
        assertTrue(report.contains("Q1 2024 unless stated"), report);
    }

    private void assertProblems(String... expected) {
        String err = run(1);
        List<String> lines = err.lines().toList();
        assertEquals(List.of(expected), lines.subList(0, lines.size() - 1), err);
        assertEquals("Demo: " + expected.length + " problem(s) in " + dir + "; no report printed",
                lines.get(lines.size() - 1));
    }

    private String run(int expectedStatus) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Demo.execute(new String[] {"--data", dir.toString(), "--quiet"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(expectedStatus, status, err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "no partial report on standard output");
        return err.toString(StandardCharsets.UTF_8);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }
}
