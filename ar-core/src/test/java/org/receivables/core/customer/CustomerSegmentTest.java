package org.receivables.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.core.testing.BadInput.assertNullRefused;
import static org.receivables.core.testing.BadInput.assertRefused;

import org.junit.jupiter.api.Test;

class CustomerSegmentTest {

    // ---- of / parse ----

    @Test
    void of_keepsTheTextAndComparesCaseSensitively() {
        CustomerSegment key = CustomerSegment.of("KEY_ACCOUNT");
        assertEquals("KEY_ACCOUNT", key.getValue());
        assertEquals("KEY_ACCOUNT", key.toString());
        assertEquals(key, CustomerSegment.parse("KEY_ACCOUNT"));
        assertEquals(key.hashCode(), CustomerSegment.parse("KEY_ACCOUNT").hashCode());
        assertNotEquals(key, CustomerSegment.of("key_account"));
        assertTrue(CustomerSegment.of("KEY_ACCOUNT").compareTo(CustomerSegment.of("SMALL_BUSINESS")) < 0);
    }

    @Test
    void of_badInputCatalogue() {
        assertNullRefused("segment", () -> CustomerSegment.of(null));
        assertNullRefused("segment", () -> CustomerSegment.parse(null));
        assertRefused("segment", "'  '", () -> CustomerSegment.of("  "));
        assertRefused("segment", "' VIP'", () -> CustomerSegment.of(" VIP"));
        assertRefused("segment", "'V?IP'", () -> CustomerSegment.of("V\nIP"));
    }
}
