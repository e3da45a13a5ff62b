/**
 * What a customer owes and cash can settle: open items (invoice instalments, fees and interest),
 * their identity and their kind.
 *
 * <p>Start from {@link org.receivables.core.item.OpenItem}, {@link org.receivables.core.item.ItemRef},
 * {@link org.receivables.core.item.ItemKind} and {@link org.receivables.core.item.ChargeId}.
 */
@ItemStyle
package org.receivables.core.item;
