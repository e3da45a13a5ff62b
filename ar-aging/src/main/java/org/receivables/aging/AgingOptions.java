package org.receivables.aging;

import org.immutables.value.Value;

/**
 * How an aging report is laid out: its buckets, the date ages count from, and how credits show.
 *
 * <pre>
 *   AgingOptions.defaults();   // standard buckets, DUE_DATE basis, credits in their own column
 *   AgingOptions.builder()
 *       .buckets(AgingBuckets.ofOverdueLimits(30, 60, 90))
 *       .creditPresentation(CreditPresentation.NET_INTO_CURRENT)
 *       .build();
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgingOptions {

    private static final AgingOptions DEFAULTS = builder().build();

    AgingOptions() {
    }

    /**
     * Gets the default options: {@link AgingBuckets#standard()}, {@link AgingBasis#DUE_DATE} and
     * {@link CreditPresentation#SEPARATE_COLUMN}.
     *
     * @return the defaults, not null
     */
    public static AgingOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Creates a builder whose every attribute starts at its default.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the buckets.
     *
     * @return the buckets; {@link AgingBuckets#standard()} by default
     */
    @Value.Default
    public AgingBuckets getBuckets() {
        return AgingBuckets.standard();
    }

    /**
     * Gets the date ages count from.
     *
     * @return the basis; {@link AgingBasis#DUE_DATE} by default
     */
    @Value.Default
    public AgingBasis getBasis() {
        return AgingBasis.DUE_DATE;
    }

    /**
     * Gets how credits show.
     *
     * @return the presentation; {@link CreditPresentation#SEPARATE_COLUMN} by default
     */
    @Value.Default
    public CreditPresentation getCreditPresentation() {
        return CreditPresentation.SEPARATE_COLUMN;
    }

    /** Builds {@link AgingOptions}; every attribute is optional. */
    public static final class Builder extends ImmutableAgingOptions.Builder {
        /** Creates a builder holding the defaults. */
        public Builder() {
        }
    }
}
