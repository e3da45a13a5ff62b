/**
 * Customers of the receivables: identity, kind (business or consumer), segment, default terms and contacts.
 *
 * <p>Start from {@link org.receivables.core.customer.CustomerId},
 * {@link org.receivables.core.customer.Customer}, {@link org.receivables.core.customer.Contact},
 * {@link org.receivables.core.customer.PostalAddress} and {@link org.receivables.core.customer.CustomerKind}.
 *
 * <p>Customers and contacts hold personal data: engines must not log them, names or e-mail
 * addresses above DEBUG.
 */
@CustomerStyle
package org.receivables.core.customer;
