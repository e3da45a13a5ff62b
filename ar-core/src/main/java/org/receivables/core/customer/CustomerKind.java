package org.receivables.core.customer;

/**
 * Whether a customer is a business or a consumer.
 *
 * <p>The distinction matters for collections: statutory late-payment rules differ. In the European
 * Union, for example, Directive 2011/7/EU on combating late payment in commercial transactions
 * (statutory interest and a fixed recovery-cost compensation) applies between businesses and to
 * public authorities, not to consumers, who are protected by consumer-credit and national rules instead.
 * Dunning policies choose fees and interest by this kind.
 */
public enum CustomerKind {

    /** A business (or public authority): business-to-business late-payment rules apply. */
    BUSINESS,

    /** A private person acting outside a trade or profession: consumer rules apply. */
    CONSUMER
}
