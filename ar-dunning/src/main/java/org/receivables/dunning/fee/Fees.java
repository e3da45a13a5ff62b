package org.receivables.dunning.fee;

import java.util.Objects;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;

/** Checks shared by the fee rules of this package. */
final class Fees {

    private Fees() {
    }

    /** Checks an overdue amount passed to a rule: not null, not negative. */
    static Money checkOverdue(Money overdueAmount) {
        Objects.requireNonNull(overdueAmount, "overdueAmount");
        if (overdueAmount.isNegative()) {
            throw new IllegalArgumentException("overdueAmount " + overdueAmount + " is negative");
        }
        return overdueAmount;
    }

    /** Checks that an amount of a rule is zero or more. */
    static Money checkNotNegative(String field, Money amount) {
        Objects.requireNonNull(amount, field);
        if (amount.isNegative()) {
            throw new IllegalArgumentException(field + " " + amount + " is negative");
        }
        return amount;
    }

    /** Checks that the overdue amount is in the rule's currency. */
    static void checkSameCurrency(Money ruleAmount, Money overdueAmount) {
        if (!ruleAmount.getCurrencyUnit().equals(overdueAmount.getCurrencyUnit())) {
            throw new CurrencyMismatchException(ruleAmount.getCurrencyUnit(), overdueAmount.getCurrencyUnit());
        }
    }
}
