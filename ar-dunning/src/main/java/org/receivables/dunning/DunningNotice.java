package org.receivables.dunning;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.receivables.core.customer.ContactChannel;
import org.receivables.core.customer.CustomerId;

/**
 * One notice to one customer in one currency: every item in scope with its own level, the notice's
 * level (the highest item level), the actions of that level and the policy that proposed it.
 *
 * <pre>
 *   notice.getCustomerId();   // C-1
 *   notice.getLevel();        // 2
 *   notice.getActions();      // [LETTER]
 *   notice.getTotal();        // EUR 1500.00, the open amount of every line
 *   notice.getLines();        // per item: ref, days past due, open amount, level, fee, interest, rule
 *   notice.getNoticeFee();    // EUR 10.00 if the level charges its fee per notice (FeeBasis.PER_NOTICE)
 *   notice.getTotalFee();     // the line fees plus the notice fee
 *   notice.getTotalInterest();       // the interest of every line
 *   notice.getTotalCompensation();   // the late-payment compensation of every line
 * </pre>
 *
 * <p>Every amount of a notice is in its currency.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DunningNotice {

    DunningNotice() {
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
     * Gets the currency of every line.
     *
     * @return the currency, not null
     */
    public abstract CurrencyUnit getCurrency();

    /**
     * Gets the name of the policy that proposed the notice.
     *
     * @return the policy name, not null
     */
    public abstract String getPolicyName();

    /**
     * Gets the lines, ordered by item ref.
     *
     * @return the lines, at least one, not null
     */
    public abstract List<NoticeLine> getLines();

    /**
     * Gets the fee proposed for the notice as a whole, by a level that charges its fee once per
     * notice ({@link org.receivables.dunning.fee.FeeBasis#PER_NOTICE}): charged at most once per
     * customer, currency and level, however often the engine runs.
     *
     * @return the notice fee at the notice's level, positive, or empty
     */
    public abstract Optional<Money> getNoticeFee();

    /**
     * Gets the actions the notice's level asks for, in the level's order.
     *
     * @return the actions, not null
     */
    public abstract List<ActionKind> getActions();

    /**
     * Gets the notice's level: the highest level of its lines.
     *
     * @return the level, 1 or more
     */
    @Value.Derived
    public int getLevel() {
        return getLines().stream().mapToInt(NoticeLine::getLevel).max().orElse(0);
    }

    /**
     * Gets the total open amount of the lines.
     *
     * @return the total, not null
     */
    public Money getTotal() {
        return Money.total(getLines().stream().map(NoticeLine::getOpenAmount).toArray(Money[]::new));
    }

    /**
     * Gets the total fee proposed: the fees of the lines plus the notice fee.
     *
     * @return the total fee, or empty if neither a line nor the notice carries a fee
     */
    public Optional<Money> getTotalFee() {
        return getLines().stream().map(NoticeLine::getFee).flatMap(Optional::stream).reduce(Money::plus)
                .map(f -> getNoticeFee().map(f::plus).orElse(f)).or(this::getNoticeFee);
    }

    /**
     * Gets the total interest proposed over the lines.
     *
     * @return the total interest, or empty if no line carries interest
     */
    public Optional<Money> getTotalInterest() {
        return getLines().stream().map(NoticeLine::getInterest).flatMap(Optional::stream).reduce(Money::plus);
    }

    /**
     * Gets the total late-payment compensation proposed over the lines.
     *
     * @return the total compensation, or empty if no line carries compensation
     */
    public Optional<Money> getTotalCompensation() {
        return getLines().stream().map(NoticeLine::getCompensation).flatMap(Optional::stream).reduce(Money::plus);
    }

    /**
     * Gets the contact channels the actions use, in action order without repeats.
     *
     * @return the channels, not null
     */
    public List<ContactChannel> getChannels() {
        return getActions().stream().map(ActionKind::getChannel).flatMap(Optional::stream).distinct().toList();
    }

    @Value.Check
    void check() {
        if (getLines().isEmpty()) {
            throw new IllegalArgumentException("lines must not be empty for customer " + getCustomerId());
        }
        for (NoticeLine line : getLines()) {
            if (!line.getOpenAmount().getCurrencyUnit().equals(getCurrency())) {
                throw new org.joda.money.CurrencyMismatchException(getCurrency(),
                        line.getOpenAmount().getCurrencyUnit());
            }
        }
        if (getNoticeFee().isPresent()) {
            Money fee = getNoticeFee().get();
            if (!fee.getCurrencyUnit().equals(getCurrency())) {
                throw new org.joda.money.CurrencyMismatchException(getCurrency(), fee.getCurrencyUnit());
            }
            if (!fee.isPositive()) {
                throw new IllegalArgumentException("noticeFee must be positive: " + fee + " for customer " + getCustomerId());
            }
        }
    }

    /** A builder of notices; a missing field makes {@code build()} throw IllegalStateException. */
    public static final class Builder extends ImmutableDunningNotice.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }
    }
}
