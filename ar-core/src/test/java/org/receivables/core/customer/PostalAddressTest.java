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
import org.quicktheories.generators.Generate;

class PostalAddressTest {

    private static PostalAddress.Builder valid() {
        return PostalAddress.builder().addLines("Accounts Payable", "Hauptstrasse 1")
                .postcode("10115").city("Berlin").country("DE");
    }

    // ---- builder ----

    @Test
    void builder_keepsLinesInOrderAndThePostcodeIsOptional() {
        PostalAddress a = valid().build();
        assertEquals(List.of("Accounts Payable", "Hauptstrasse 1"), a.getLines());
        assertEquals(Optional.of("10115"), a.getPostcode());
        assertEquals("Berlin", a.getCity());
        assertEquals("DE", a.getCountry());
        // Hong Kong addresses have no postcode
        PostalAddress hk = PostalAddress.builder().addLines("1 Queen's Road Central").city("Hong Kong").country("HK").build();
        assertEquals(Optional.empty(), hk.getPostcode());
    }

    @Test
    void builder_acceptsEveryIsoCountryCodeWhateverTheDefaultLocale() {
        // the tests run under a Turkish default locale: "TR" and codes with I (IT, IN, IS) must still pass
        qt().forAll(Generate.pick(List.of(Locale.getISOCountries()))).check(code ->
                valid().country(code).build().getCountry().equals(code));
    }

    @Test
    void builder_badInputCatalogue() {
        assertNullRefused("city", () -> valid().city(null));
        assertNullRefused("country", () -> valid().country(null));
        assertNullRefused("postcode", () -> valid().postcode((String) null));
        assertNullRefused("lines element", () -> valid().addLines((String) null));
        assertMissing("city", () -> PostalAddress.builder().addLines("x").country("DE").build());
        assertMissing("country", () -> PostalAddress.builder().addLines("x").city("Berlin").build());
        assertRefused("lines", "[]", () -> PostalAddress.builder().city("Berlin").country("DE").build());
        assertRefused("lines[2]", "' '", () -> valid().addLines(" ").build());
        assertRefused("postcode", "''", () -> valid().postcode("").build());
        assertRefused("city", "'  '", () -> valid().city("  ").build());
        assertRefused("country", "'XX'", () -> valid().country("XX").build());
        assertRefused("country", "'de'", () -> valid().country("de").build());
        assertRefused("country", "'DEU'", () -> valid().country("DEU").build());
        assertRefused("country", "''", () -> valid().country("").build());
    }
}
