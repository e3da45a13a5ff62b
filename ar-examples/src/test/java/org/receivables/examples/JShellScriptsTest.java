package org.receivables.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every script in {@code ar-examples/scripts} with the JDK's own {@code jshell}, the way the
 * README tells integrators to, and checks what each prints. Expected lines are worked by hand in
 * the comments.
 */
class JShellScriptsTest {

    private static final Path SCRIPTS = Path.of("scripts");

    // ---- age-a-ledger.jsh ----

    /**
     * As of 2024-03-31: INV-2 (due 04-14) is current, INV-1 (due 02-09) is 51 days past due,
     * INV-3 (due 2023-12-20) is 102 days past due; total 1750.00.
     */
    @Test
    void ageALedger() throws Exception {
        String out = run("age-a-ledger.jsh");
        assertTrue(out.contains("current: EUR 500.00"), out);
        assertTrue(out.contains("31-60: EUR 1000.00"), out);
        assertTrue(out.contains("91-120: EUR 250.00"), out);
        assertTrue(out.contains("total: EUR 1750.00"), out);
    }

    // ---- allocate-a-payment.jsh ----

    /** 200.00 over INV-1 300.00 and INV-2 100.00: oldest first all to INV-1; proportional 150.00 / 50.00. */
    @Test
    void allocateAPayment() throws Exception {
        String out = run("allocate-a-payment.jsh");
        assertTrue(out.contains("oldestDueFirst: [INV-1#1 EUR 200.00]"), out);
        assertTrue(out.contains("proportional: [INV-1#1 EUR 150.00, INV-2#1 EUR 50.00]"), out);
    }

    // ---- dunning-lambda.jsh ----

    /** On 2024-03-01 INV-1 is 29 days past due (reminded), INV-2 only 5 (not yet). */
    @Test
    void dunningLambda() throws Exception {
        String out = run("dunning-lambda.jsh");
        assertTrue(out.contains("C-1 level 1 [REMINDER_EMAIL]: [INV-1#1 29 days]"), out);
    }

    @Test
    void everyScriptHasATest() throws IOException {
        try (Stream<Path> files = Files.list(SCRIPTS)) {
            List<String> scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsh"))
                    .sorted().collect(Collectors.toList());
            assertEquals(List.of("age-a-ledger.jsh", "allocate-a-payment.jsh", "dunning-lambda.jsh"), scripts);
        }
    }

    private static String run(String script) throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        String classPath = Stream.of(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(p -> !p.isEmpty())
                .collect(Collectors.joining(File.pathSeparator));
        Path prefs = Files.createDirectories(Path.of("target", "jshell-prefs"));
        Path err = Files.createTempFile(Path.of("target"), "jshell-", ".err");
        Process process = new ProcessBuilder(jshell.toString(), "-J-Djava.util.prefs.userRoot=" + prefs,
                "-R-Duser.language=tr", "-R-Duser.timezone=Pacific/Kiritimati", "--class-path", classPath,
                SCRIPTS.resolve(script).toString())
                .redirectError(err.toFile())
                .start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "jshell did not finish: " + out);
        String all = out + Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), all);
        // JShell reports a snippet that fails to compile with "Error:" and one that throws with "|  Exception"
        assertTrue(!all.contains("Error:") && !all.contains("|  Exception") && !all.contains("Exception in thread"), all);
        return out;
    }
}
