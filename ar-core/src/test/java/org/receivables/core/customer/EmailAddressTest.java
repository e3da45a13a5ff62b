package org.receivables.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.receivables.core.testing.BadInput.assertNullRefused;
import static org.receivables.core.testing.BadInput.assertRefused;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    // ---- of ----

    @Test
    void of_keepsTheTextAndSplitsItAtTheAt() {
        EmailAddress e = EmailAddress.of("Accounts.Payable+ar@example.co.uk");
        assertEquals("Accounts.Payable+ar@example.co.uk", e.getValue());
        assertEquals("Accounts.Payable+ar@example.co.uk", e.toString());
        assertEquals("Accounts.Payable+ar", e.getLocalPart());
        assertEquals("example.co.uk", e.getDomain());
        assertEquals(e, EmailAddress.parse("Accounts.Payable+ar@example.co.uk"));
        assertEquals(e.hashCode(), EmailAddress.of("Accounts.Payable+ar@example.co.uk").hashCode());
        assertNotEquals(e, EmailAddress.of("accounts.payable+ar@example.co.uk"));
    }

    @Test
    void of_badInputCatalogue() {
        assertNullRefused("emailAddress", () -> EmailAddress.of(null));
        assertNullRefused("emailAddress", () -> EmailAddress.parse(null));
        for (String bad : new String[] {"", "ap.example.com", "a@b@example.com", "@example.com", "ap@"}) {
            assertRefused("emailAddress", "'" + bad + "'", () -> EmailAddress.of(bad));
        }
        for (String bad : new String[] {" ap@example.com", "ap@example.com ", "a p@example.com", "ap@exa\tmple.com",
            "ap@example.com\u00a0"}) {
            assertRefused("emailAddress", "white space", () -> EmailAddress.of(bad));
        }
        assertRefused("emailAddress", "'ap@example.com?'", () -> EmailAddress.of("ap@example.com\u0007"));
    }
}
