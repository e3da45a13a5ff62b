package org.receivables.dunning;

/**
 * Why the dunning engine left a customer or an item out of a proposal.
 *
 * <p>Every {@link Exclusion} names one gate and explains it in words.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Gate {

    /** A hold stopped it: a disputed item, a promise to pay still pending, or a blocked account. */
    ON_HOLD,

    /** The notice's amount is below its level's minimum amount or minimum share of the open balance. */
    BELOW_MINIMUM,

    /** Too few days have passed since the customer's last notice. */
    INTERVAL_NOT_ELAPSED,

    /** Sending the notice would break a contact-frequency cap. */
    CONTACT_CAP_REACHED,

    /** The item is not yet due, or still within its grace days, for the first level. */
    NOT_YET_DUE_PLUS_GRACE,

    /** The item reached its level already; nothing new is due for it on this date. */
    LEVEL_ALREADY_REACHED,

    /** The item was handed to a collection agency or legal: no further notices. */
    FINAL_STAGE,

    /** The customer's policy failed; the rest of the run is intact. */
    POLICY_FAILED
}
