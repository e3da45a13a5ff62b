package org.receivables.dunning.interest;

import java.util.Optional;
import org.immutables.value.Value;
import org.receivables.dunning.fee.FeeRule;

/**
 * A statutory late-payment rule: the interest a creditor may claim on a late debt and the fixed
 * compensation per late invoice, such as the EU Late Payment Directive's reference rate plus 8 points
 * and EUR 40. {@link LatePaymentRules} builds the rules a user can name, from the reference rates
 * the caller supplies.
 *
 * <pre>
 *   LatePaymentRule rule = LatePaymentRules.germanyBgb288(basiszinssatz, CustomerKind.BUSINESS);
 *   rule.getInterest().calculate(Money.parse("EUR 10000.00"), due, paid).getInterest();
 *   rule.getCompensation().get().feeFor(Money.parse("EUR 10000.00"));      // EUR 40.00
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LatePaymentRule {

    LatePaymentRule() {
    }

    /**
     * Creates a builder; {@code name} and {@code interest} are required.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the name of the rule and its legal source, such as
     * {@code "Germany §288(2) BGB: Basiszinssatz + 9 points"}.
     *
     * @return the name, not blank, not null
     */
    public abstract String getName();

    /**
     * Gets the statutory interest calculator.
     *
     * @return the calculator, not null
     */
    public abstract SimpleInterest getInterest();

    /**
     * Gets the fixed compensation the creditor may claim once per late invoice, by the overdue
     * amount, if the rule grants one. Charging it once per invoice is the dunning engine's job.
     *
     * @return the compensation rule, or empty if the rule grants none, not null
     */
    public abstract Optional<FeeRule> getCompensation();

    @Value.Check
    void check() {
        if (getName().isBlank()) {
            throw new IllegalArgumentException("name '" + getName() + "' is blank");
        }
    }

    /** Builds a {@link LatePaymentRule}; {@code name} and {@code interest} are required. */
    public static final class Builder extends ImmutableLatePaymentRule.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
