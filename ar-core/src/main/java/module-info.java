/**
 * Receivables core: money, ids, customers, documents, payment terms, open items,
 * cash application, the customer ledger and credit control.
 *
 * <p>Every amount is a Joda {@link org.joda.money.Money}, so Joda-Money is a transitive
 * dependency. Implementation packages ({@code ...internal}) are not exported.
 */
module org.receivables.core {
    requires transitive org.joda.money;
    requires org.slf4j;
    requires static org.immutables.value.annotations;

    exports org.receivables.core.money;
    exports org.receivables.core.customer;
    exports org.receivables.core.document;
    exports org.receivables.core.terms;
    exports org.receivables.core.item;
    exports org.receivables.core.allocation;
    exports org.receivables.core.ledger;
    exports org.receivables.core.credit;
    exports org.receivables.core.bulk;
}
