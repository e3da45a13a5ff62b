package org.receivables.core.customer;

/**
 * A way of reaching a contact with a reminder or notice.
 *
 * <p>See {@link Contact#isReachableBy(ContactChannel)} for which contact data each channel needs.
 */
public enum ContactChannel {

    /** An e-mail to one of the contact's e-mail addresses. */
    EMAIL,

    /** A letter to the contact's postal address. */
    LETTER,

    /** A telephone call to one of the contact's phone numbers. */
    PHONE,

    /** A text message to one of the contact's phone numbers. */
    SMS
}
