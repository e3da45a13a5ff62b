package org.receivables.core.customer;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.receivables.core.internal.ValueChecks;

/**
 * A postal address to send letters to: address lines, an optional postcode, a city and an ISO 3166 country.
 *
 * <p>The lines hold everything above the postcode and city (recipient department, street and number,
 * building), one or more, each non-blank. The postcode is optional because some countries have none.
 * The country is an ISO 3166-1 alpha-2 code in upper case, such as {@code "DE"}, checked against
 * {@link java.util.Locale#getISOCountries()}; a lower-case or unknown code is refused, not corrected.
 *
 * <pre>
 *   PostalAddress a = PostalAddress.builder()
 *       .addLines("Accounts Payable", "Hauptstrasse 1")
 *       .postcode("10115").city("Berlin").country("DE")
 *       .build();
 *   a.getLines();     // [Accounts Payable, Hauptstrasse 1]
 *   a.getCountry();   // "DE"
 * </pre>
 *
 * <p>An address is personal data: engines must not log it above DEBUG.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PostalAddress {

    private static final Set<String> COUNTRIES =
            Collections.unmodifiableSet(new HashSet<>(Arrays.asList(java.util.Locale.getISOCountries())));

    PostalAddress() {
    }

    /**
     * Creates a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the address lines above the postcode and city, in print order.
     *
     * @return the lines, one or more, each non-blank, not null
     */
    public abstract List<String> getLines();

    /**
     * Gets the postcode, if the address has one.
     *
     * @return the postcode, non-blank when present, not null
     */
    public abstract Optional<String> getPostcode();

    /**
     * Gets the city or town.
     *
     * @return the city, non-blank, not null
     */
    public abstract String getCity();

    /**
     * Gets the country as an ISO 3166-1 alpha-2 code, such as {@code "DE"}.
     *
     * @return the upper-case country code, not null
     */
    public abstract String getCountry();

    @Value.Check
    void check() {
        if (getLines().isEmpty()) {
            throw new IllegalArgumentException("lines must hold at least one line: " + getLines());
        }
        ValueChecks.requireNonBlank(getLines(), "lines");
        getPostcode().ifPresent(p -> ValueChecks.requireNonBlank(p, "postcode"));
        ValueChecks.requireNonBlank(getCity(), "city");
        if (!COUNTRIES.contains(getCountry())) {
            throw new IllegalArgumentException("country '" + getCountry()
                    + "' is not an upper-case ISO 3166-1 alpha-2 country code such as DE");
        }
    }

    /** Builds a {@link PostalAddress}; one line or more, {@code city} and {@code country} are required. */
    public static final class Builder extends ImmutablePostalAddress.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
