/** Aging reports for any as-of date, receivables metrics (DSO, CEI, turnover) and the bad-debt allowance. */
package org.receivables.aging;
