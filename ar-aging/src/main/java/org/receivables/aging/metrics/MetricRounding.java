package org.receivables.aging.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.receivables.core.money.Percentage;

/**
 * The one rounding every metric of this package applies: a metric is computed as an exact fraction
 * of unrounded inputs and divided once, half-even, to {@link #SCALE} decimal places.
 *
 * <pre>
 *   // DSO = 212,000 x 90 / 250,000 = 76.32 days exactly; 1,000 x 30 / 2,250 = 13.333... gives 13.33
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MetricRounding {

    /** The number of decimal places of every metric: days, ratios and percentages alike. */
    public static final int SCALE = 2;

    /** The rounding mode of every metric: {@link RoundingMode#HALF_EVEN}, as {@link Percentage#DEFAULT_ROUNDING}. */
    public static final RoundingMode ROUNDING = Percentage.DEFAULT_ROUNDING;

    private MetricRounding() {
    }

    /**
     * Divides exactly once and rounds to {@link #SCALE} places with {@link #ROUNDING}.
     *
     * @param numerator the numerator, not null
     * @param denominator the denominator, not zero, not null
     * @return the rounded quotient
     */
    static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, SCALE, ROUNDING);
    }
}
