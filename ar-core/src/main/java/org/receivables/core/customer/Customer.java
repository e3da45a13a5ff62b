package org.receivables.core.customer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.receivables.core.internal.ValueChecks;
import org.receivables.core.terms.PaymentTerms;

/**
 * A customer of the receivables: id, name, kind, optional segment, contacts, and how they prefer to
 * be addressed (language and channel).
 *
 * <p>The billing contact receives invoices and the first reminders; follow-up contacts, in order,
 * are for escalation. The preferred language is a {@link Locale} built from a BCP 47 language tag,
 * such as {@code Locale.forLanguageTag("de-CH")}; it must name a language (the root locale is refused),
 * and it is always stated by the caller: nothing here falls back to the default locale. The preferred
 * channel is a wish, not a guarantee: the billing contact need not be reachable by it, and engines fall
 * back to another channel the contact supports (see {@link Contact#isReachableBy(ContactChannel)}).
 *
 * <pre>
 *   Customer c = Customer.builder()
 *       .id(CustomerId.of("C-1001")).name("Muster GmbH").kind(CustomerKind.BUSINESS)
 *       .segment(CustomerSegment.of("KEY_ACCOUNT"))
 *       .billingContact(Contact.builder().name("Accounts Payable")
 *           .addEmailAddresses(EmailAddress.of("ap@muster.example")).build())
 *       .preferredLanguage(Locale.forLanguageTag("de-DE"))
 *       .preferredChannel(ContactChannel.EMAIL)
 *       .defaultTerms(PaymentTerms.parse("2/10 Net 30"))
 *       .build();
 *   c.getPreferredLanguage().toLanguageTag();   // "de-DE"
 * </pre>
 *
 * <p>A customer holds personal data (names, addresses, e-mail addresses). Like every value it never
 * logs, and its {@code toString()} shows all fields for debugging; engines must not log customers,
 * contacts, names or e-mail addresses above DEBUG (log the {@link CustomerId} instead).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Customer {

    Customer() {
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
     * Gets the caller's id of the customer.
     *
     * @return the id, not null
     */
    public abstract CustomerId getId();

    /**
     * Gets the customer's name, such as a company's registered name.
     *
     * @return the name, non-blank, not null
     */
    public abstract String getName();

    /**
     * Gets whether the customer is a business or a consumer; statutory late-payment rules differ.
     *
     * @return the kind, not null
     */
    public abstract CustomerKind getKind();

    /**
     * Gets the caller's segment of the customer, if any, by which dunning policies may route it.
     *
     * @return the segment, not null
     */
    public abstract Optional<CustomerSegment> getSegment();

    /**
     * Gets the contact that receives invoices and the first reminders.
     *
     * @return the billing contact, not null
     */
    public abstract Contact getBillingContact();

    /**
     * Gets the contacts for escalation, in the order to use them.
     *
     * @return the follow-up contacts, possibly empty, not null
     */
    public abstract List<Contact> getFollowUpContacts();

    /**
     * Gets the language the customer is to be written to in, such as {@code de-CH}.
     *
     * @return the locale, with a language, never the root locale, not null
     */
    public abstract Locale getPreferredLanguage();

    /**
     * Gets the channel the customer prefers to be reached by.
     *
     * @return the channel, not null
     */
    public abstract ContactChannel getPreferredChannel();

    /**
     * Gets the payment terms this customer's invoices get unless an invoice says otherwise.
     *
     * @return the default terms, empty if the customer has none, not null
     */
    public abstract Optional<PaymentTerms> getDefaultTerms();

    @Value.Check
    void check() {
        ValueChecks.requireNonBlank(getName(), "name");
        if (getPreferredLanguage().getLanguage().isEmpty()) {
            throw new IllegalArgumentException("preferredLanguage '" + getPreferredLanguage().toLanguageTag()
                    + "' names no language; use a BCP 47 tag such as de-CH");
        }
    }

    /**
     * Builds a {@link Customer}; all fields but {@code segment} and {@code followUpContacts} are required.
     */
    public static final class Builder extends ImmutableCustomer.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
