package org.receivables.dunning;

import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.receivables.core.customer.CustomerId;
import org.receivables.core.item.ItemRef;

/**
 * A customer, a customer's currency or an item left out of a proposal, with the gate that stopped
 * it and the reason in words.
 *
 * <pre>
 *   exclusion.getCustomerId();   // C-1
 *   exclusion.getRef();          // Optional[INV-7#1], empty when the whole customer is left out
 *   exclusion.getGate();         // ON_HOLD
 *   exclusion.getDetail();       // "item INV-7#1 is disputed"
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exclusion {

    Exclusion() {
    }

    /**
     * Creates a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the customer.
     *
     * @return the customer id, not null
     */
    public abstract CustomerId getCustomerId();

    /**
     * Gets the item left out.
     *
     * @return the item ref, or empty when the customer (or one of its currencies) is left out
     */
    public abstract Optional<ItemRef> getRef();

    /**
     * Gets the currency left out.
     *
     * @return the currency, or empty when the exclusion is not about one currency
     */
    public abstract Optional<CurrencyUnit> getCurrency();

    /**
     * Gets the gate that stopped it.
     *
     * @return the gate, not null
     */
    public abstract Gate getGate();

    /**
     * Gets the reason in words: the rule, the numbers and the dates involved (never names or addresses).
     *
     * @return the detail, not null
     */
    public abstract String getDetail();

    /**
     * Gets the name of the policy that decided, if one did.
     *
     * @return the policy name, or empty for the engine's own gates
     */
    public abstract Optional<String> getPolicyName();

    /** A builder of exclusions; a missing field makes {@code build()} throw IllegalStateException. */
    public static final class Builder extends ImmutableExclusion.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
