package org.receivables.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.receivables.core.testing.BadInput.assertMissing;
import static org.receivables.core.testing.BadInput.assertNullRefused;
import static org.receivables.core.testing.BadInput.assertRefused;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactTest {

    private static final PostalAddress ADDRESS = PostalAddress.builder()
            .addLines("Hauptstrasse 1").postcode("10115").city("Berlin").country("DE").build();

    private static Contact.Builder valid() {
        return Contact.builder().name("Erika Mustermann");
    }

    // ---- builder ----

    @Test
    void builder_keepsChannelsInTheCallersOrder() {
        Contact c = valid().role("Accounts payable")
                .addEmailAddresses(EmailAddress.of("erika@example.com"), EmailAddress.of("ap@example.com"))
                .postalAddress(ADDRESS)
                .addPhoneNumbers("+49 30 1234567", "030 7654321")
                .build();
        assertEquals("Erika Mustermann", c.getName());
        assertEquals(Optional.of("Accounts payable"), c.getRole());
        assertEquals(List.of(EmailAddress.of("erika@example.com"), EmailAddress.of("ap@example.com")), c.getEmailAddresses());
        assertEquals(Optional.of(ADDRESS), c.getPostalAddress());
        assertEquals(List.of("+49 30 1234567", "030 7654321"), c.getPhoneNumbers());
    }

    @Test
    void builder_aContactMayHaveNoChannelYet() {
        Contact c = valid().build();
        assertEquals(Optional.empty(), c.getRole());
        assertTrue(c.getEmailAddresses().isEmpty());
        assertTrue(c.getPhoneNumbers().isEmpty());
        assertEquals(Optional.empty(), c.getPostalAddress());
    }

    @Test
    void builder_badInputCatalogue() {
        assertNullRefused("name", () -> valid().name(null));
        assertNullRefused("role", () -> valid().role((String) null));
        assertNullRefused("postalAddress", () -> valid().postalAddress((PostalAddress) null));
        assertNullRefused("emailAddresses element", () -> valid().addEmailAddresses((EmailAddress) null));
        assertNullRefused("phoneNumbers element", () -> valid().addPhoneNumbers((String) null));
        assertMissing("name", () -> Contact.builder().build());
        assertRefused("name", "' '", () -> valid().name(" ").build());
        assertRefused("role", "''", () -> valid().role("").build());
        assertRefused("phoneNumbers[1]", "'  '", () -> valid().addPhoneNumbers("+1 555 0100", "  ").build());
        assertRefused("phoneNumbers[0]", "'call me'", () -> valid().addPhoneNumbers("call me").build());
    }

    // ---- isReachableBy ----

    @Test
    void isReachableBy_followsTheDataEachChannelNeeds() {
        Contact email = valid().addEmailAddresses(EmailAddress.of("ap@example.com")).build();
        Contact letter = valid().postalAddress(ADDRESS).build();
        Contact phone = valid().addPhoneNumbers("+49 30 1234567").build();
        Contact none = valid().build();
        assertTrue(email.isReachableBy(ContactChannel.EMAIL));
        assertFalse(email.isReachableBy(ContactChannel.LETTER));
        assertFalse(email.isReachableBy(ContactChannel.PHONE));
        assertFalse(email.isReachableBy(ContactChannel.SMS));
        assertTrue(letter.isReachableBy(ContactChannel.LETTER));
        assertFalse(letter.isReachableBy(ContactChannel.EMAIL));
        assertTrue(phone.isReachableBy(ContactChannel.PHONE));
        assertTrue(phone.isReachableBy(ContactChannel.SMS));
        assertFalse(phone.isReachableBy(ContactChannel.EMAIL));
        for (ContactChannel channel : ContactChannel.values()) {
            assertFalse(none.isReachableBy(channel), channel.name());
        }
        assertNullRefused("channel", () -> email.isReachableBy(null));
    }
}
