package org.receivables.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.receivables.core.testing.BadInput.assertMissing;
import static org.receivables.core.testing.BadInput.assertNullRefused;
import static org.receivables.core.testing.BadInput.assertRefused;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.receivables.core.terms.PaymentTerms;
import org.receivables.core.testing.CoreGen;

class CustomerTest {

    private static final Contact BILLING = Contact.builder().name("Accounts Payable")
            .addEmailAddresses(EmailAddress.of("ap@muster.example")).build();
    private static final Contact ESCALATION = Contact.builder().name("Max Muster").role("Managing director")
            .addPhoneNumbers("+49 30 1234567").build();

    private static Customer.Builder valid() {
        return Customer.builder()
                .id(CustomerId.of("C-1001")).name("Muster GmbH").kind(CustomerKind.BUSINESS)
                .billingContact(BILLING)
                .preferredLanguage(Locale.forLanguageTag("de-DE"))
                .preferredChannel(ContactChannel.EMAIL);
    }

    // ---- builder ----

    @Test
    void builder_keepsEveryField() {
        Customer c = valid().segment(CustomerSegment.of("KEY_ACCOUNT")).addFollowUpContacts(ESCALATION).build();
        assertEquals(CustomerId.of("C-1001"), c.getId());
        assertEquals("Muster GmbH", c.getName());
        assertEquals(CustomerKind.BUSINESS, c.getKind());
        assertEquals(Optional.of(CustomerSegment.of("KEY_ACCOUNT")), c.getSegment());
        assertEquals(BILLING, c.getBillingContact());
        assertEquals(List.of(ESCALATION), c.getFollowUpContacts());
        assertEquals("de-DE", c.getPreferredLanguage().toLanguageTag());
        assertEquals(ContactChannel.EMAIL, c.getPreferredChannel());
        assertEquals(Optional.empty(), c.getDefaultTerms());
    }

    @Test
    void builder_defaultTermsAreKeptAndGiveTheScheduleOfTheCustomersInvoices() {
        Customer c = valid().defaultTerms(PaymentTerms.parse("2/10 Net 30")).build();
        assertEquals(Optional.of(PaymentTerms.parse("2/10 net 30")), c.getDefaultTerms());
        assertEquals(java.time.LocalDate.parse("2024-03-01"), c.getDefaultTerms().orElseThrow()
                .schedule(java.time.LocalDate.parse("2024-01-31"), org.joda.money.Money.parse("EUR 100.00"))
                .getFinalDueDate());
    }

    @Test
    void builder_segmentAndFollowUpContactsAreOptional() {
        Customer c = valid().kind(CustomerKind.CONSUMER).build();
        assertEquals(Optional.empty(), c.getSegment());
        assertEquals(List.of(), c.getFollowUpContacts());
        assertEquals(CustomerKind.CONSUMER, c.getKind());
    }

    @Test
    void builder_thePreferredLanguageIsTheCallersNotTheDefaultLocale() {
        // the tests run under a Turkish default locale; the customer keeps what the caller said
        qt().forAll(CoreGen.customerIds()).check(id ->
                valid().id(id).preferredLanguage(Locale.forLanguageTag("en-GB")).build()
                        .getPreferredLanguage().toLanguageTag().equals("en-GB"));
    }

    @Test
    void builder_badInputCatalogue() {
        assertNullRefused("id", () -> valid().id(null));
        assertNullRefused("name", () -> valid().name(null));
        assertNullRefused("kind", () -> valid().kind(null));
        assertNullRefused("segment", () -> valid().segment((CustomerSegment) null));
        assertNullRefused("billingContact", () -> valid().billingContact(null));
        assertNullRefused("followUpContacts element", () -> valid().addFollowUpContacts((Contact) null));
        assertNullRefused("preferredLanguage", () -> valid().preferredLanguage(null));
        assertNullRefused("preferredChannel", () -> valid().preferredChannel(null));
        assertMissing("billingContact", () -> Customer.builder().id(CustomerId.of("C-1")).name("X")
                .kind(CustomerKind.CONSUMER).preferredLanguage(Locale.ENGLISH).preferredChannel(ContactChannel.LETTER).build());
        assertMissing("preferredLanguage", () -> Customer.builder().id(CustomerId.of("C-1")).name("X")
                .kind(CustomerKind.CONSUMER).billingContact(BILLING).preferredChannel(ContactChannel.LETTER).build());
        assertRefused("name", "'   '", () -> valid().name("   ").build());
        assertRefused("preferredLanguage", "'und'", () -> valid().preferredLanguage(Locale.ROOT).build());
        assertRefused("preferredLanguage", "'und-CH'", () -> valid().preferredLanguage(new Locale.Builder().setRegion("CH").build()).build());
    }
}
