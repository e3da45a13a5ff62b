package org.receivables.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The demo prints the worked results it promises. Each expected line is computed by hand here:
 * 2/10 Net 30 on 2024-01-31 is due 30 days later on 2024-03-01 (2024 is a leap year), the 2% discount
 * of EUR 1250.00 is EUR 25.00 through 2024-02-10; the last instalment takes the rounding residual;
 * 2024-12-25 is a holiday Wednesday, so Following lands on Friday the 27th after the 26th's holiday.
 */
class DemoTest {

    // ---- run ----

    @Test
    void printsTheDueScheduleWithItsDiscountWindow() {
        String out = demo();
        assertContains(out, "#1 due 2024-03-01 (Fri)  EUR 1250.00  less EUR 25.00 if paid by 2024-02-10");
        assertContains(out, "paid on 2024-02-10: discount EUR 25.00, pays EUR 1225.00");
        assertContains(out, "paid on 2024-02-11: discount EUR 0.00, pays EUR 1250.00");
    }

    @Test
    void printsInstalmentsWhoseLastTakesTheResidual() {
        String out = demo();
        assertContains(out, "#3 due 2024-04-30 (Tue)  JPY 33340");
        assertContains(out, "#3 due 2024-04-30 (Tue)  EUR 333.40");
        assertContains(out, "#3 due 2024-04-30 (Tue)  BHD 33.340");
    }

    @Test
    void printsBusinessDayAdjustments() {
        String out = demo();
        // Net 30 from 2024-11-25 is the Christmas holiday; EOM August 2024 is a Saturday
        assertContains(out, "Net 30   2024-11-25  2024-12-25 Wed  2024-12-27    2024-12-27    2024-12-24");
        assertContains(out, "EOM      2024-08-12  2024-08-31 Sat  2024-09-02    2024-08-30    2024-08-30");
    }

    @Test
    void printsAnExactSplitAndFitsA100ColumnTerminal() {
        String out = demo();
        assertContains(out, "[EUR 33.34, EUR 33.33, EUR 33.33] sum EUR 100.00");
        for (String line : out.split("\n")) {
            assertTrue(line.length() <= 100, "line longer than 100 columns: " + line);
        }
    }

    private static String demo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static void assertContains(String out, String expected) {
        assertTrue(out.contains(expected), () -> "missing: " + expected + "\nin:\n" + out);
    }
}
