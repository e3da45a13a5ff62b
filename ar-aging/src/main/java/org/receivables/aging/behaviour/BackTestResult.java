package org.receivables.aging.behaviour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.receivables.aging.metrics.MetricRounding;

/**
 * How far payment predictions were off on history ({@link PaymentPredictor#backTest}): the number of
 * settlements predicted, the mean absolute error and the mean signed error (bias) in days.
 *
 * <p>The error of one settlement is predicted date minus actual paid date: a positive bias means the
 * predictions were too late on the whole (cash came in sooner than forecast).
 *
 * <pre>
 *   // errors +3, -1 and 0 days
 *   r.getCount();                    // 3
 *   r.getMeanAbsoluteErrorDays();    // Optional[1.33]
 *   r.getMeanSignedErrorDays();      // Optional[0.67]
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BackTestResult {

    BackTestResult() {
    }

    static BackTestResult of(LocalDate cutOff, long count, Optional<BigDecimal> meanAbsolute,
            Optional<BigDecimal> meanSigned) {
        return ImmutableBackTestResult.builder().cutOff(cutOff).count(count)
                .meanAbsoluteErrorDays(meanAbsolute).meanSignedErrorDays(meanSigned).build();
    }

    /**
     * Gets the cut-off: the last day of the history the predictions were made from.
     *
     * @return the cut-off date, not null
     */
    public abstract LocalDate getCutOff();

    /**
     * Gets the number of settlements predicted and compared.
     *
     * @return the count, zero or more
     */
    public abstract long getCount();

    /**
     * Gets the mean of the absolute errors in days.
     *
     * @return the mean absolute error at {@link MetricRounding#SCALE} places, empty when the count is zero
     */
    public abstract Optional<BigDecimal> getMeanAbsoluteErrorDays();

    /**
     * Gets the mean of the signed errors (predicted minus actual) in days: the bias.
     *
     * @return the mean signed error at {@link MetricRounding#SCALE} places, empty when the count is zero
     */
    public abstract Optional<BigDecimal> getMeanSignedErrorDays();
}
