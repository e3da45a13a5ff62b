/**
 * The customer ledger: immutable accounts built from dated events, with open items, balances,
 * unapplied credit, disputes, promises and statements as of any date.
 *
 * <p>Start from {@link org.receivables.core.ledger.CustomerLedger},
 * {@link org.receivables.core.ledger.LedgerEvent}, {@link org.receivables.core.ledger.LedgerView},
 * {@link org.receivables.core.ledger.Statement} and {@link org.receivables.core.ledger.Portfolio}.
 */
@LedgerStyle
package org.receivables.core.ledger;
