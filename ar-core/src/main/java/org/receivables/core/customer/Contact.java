package org.receivables.core.customer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.receivables.core.internal.ValueChecks;

/**
 * A person or office to send reminders and notices to: a name, an optional role, and the channels
 * to reach them on (e-mail addresses, a postal address, phone numbers).
 *
 * <p>Every channel is optional and a contact may have several e-mail addresses and phone numbers,
 * kept in the caller's order (the first is the one to use first). Phone numbers are kept as given,
 * such as {@code "+49 30 1234567"}; they must be non-blank and hold at least one digit.
 *
 * <pre>
 *   Contact c = Contact.builder()
 *       .name("Erika Mustermann").role("Accounts payable")
 *       .addEmailAddresses(EmailAddress.of("ap@example.com"))
 *       .addPhoneNumbers("+49 30 1234567")
 *       .build();
 *   c.isReachableBy(ContactChannel.EMAIL);    // true
 *   c.isReachableBy(ContactChannel.LETTER);   // false: no postal address
 * </pre>
 *
 * <p>A contact is personal data. Like every value it never logs, and its {@code toString()} shows
 * all fields for debugging; engines must not log contacts, names or e-mail addresses above DEBUG.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contact {

    Contact() {
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
     * Gets the contact's name: a person or an office, such as {@code "Accounts Payable"}.
     *
     * @return the name, non-blank, not null
     */
    public abstract String getName();

    /**
     * Gets the contact's role, if known, such as {@code "Accounts payable clerk"}.
     *
     * @return the role, non-blank when present, not null
     */
    public abstract Optional<String> getRole();

    /**
     * Gets the e-mail addresses, the one to use first first.
     *
     * @return the addresses, possibly empty, not null
     */
    public abstract List<EmailAddress> getEmailAddresses();

    /**
     * Gets the postal address for letters, if known.
     *
     * @return the address, not null
     */
    public abstract Optional<PostalAddress> getPostalAddress();

    /**
     * Gets the phone numbers, the one to use first first, as given (such as {@code "+49 30 1234567"}).
     *
     * @return the numbers, possibly empty, each non-blank with at least one digit, not null
     */
    public abstract List<String> getPhoneNumbers();

    /**
     * Checks whether this contact has the data a channel needs: an e-mail address for
     * {@link ContactChannel#EMAIL EMAIL}, a postal address for {@link ContactChannel#LETTER LETTER},
     * a phone number for {@link ContactChannel#PHONE PHONE} and {@link ContactChannel#SMS SMS}
     * (whether a number takes text messages is not recorded; the caller's policy decides).
     *
     * @param channel the channel, not null
     * @return true if the contact can be reached by that channel
     * @throws NullPointerException if channel is null
     */
    public boolean isReachableBy(ContactChannel channel) {
        Objects.requireNonNull(channel, "channel");
        switch (channel) {
            case EMAIL:
                return !getEmailAddresses().isEmpty();
            case LETTER:
                return getPostalAddress().isPresent();
            default:
                return !getPhoneNumbers().isEmpty();
        }
    }

    @Value.Check
    void check() {
        ValueChecks.requireNonBlank(getName(), "name");
        getRole().ifPresent(r -> ValueChecks.requireNonBlank(r, "role"));
        ValueChecks.requireNonBlank(getPhoneNumbers(), "phoneNumbers");
        for (int i = 0; i < getPhoneNumbers().size(); i++) {
            String number = getPhoneNumbers().get(i);
            if (number.chars().noneMatch(Character::isDigit)) {
                throw new IllegalArgumentException("phoneNumbers[" + i + "] '" + number + "' must hold at least one digit");
            }
        }
    }

    /** Builds a {@link Contact}; {@code name} is required. */
    public static final class Builder extends ImmutableContact.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
