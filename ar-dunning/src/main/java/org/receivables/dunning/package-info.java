/** The pluggable dunning-policy engine: levels, reminders, fees, interest, holds and contact guards. */
package org.receivables.dunning;
