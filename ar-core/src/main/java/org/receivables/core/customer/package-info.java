/**
 * Customers of the receivables: identity, kind (business or consumer), segment, default terms and contacts.
 *
 * <p>Start from {@link org.receivables.core.customer.CustomerId} and
 * {@code Customer}.
 */
@CustomerStyle
package org.receivables.core.customer;
