/**
 * Customer payment behaviour and the cash it promises: how late each customer pays and whether that
 * is getting better or worse, a predicted payment date for every open item, the expected collections
 * by week or month, and a back-test of those predictions on history.
 *
 * <p>Start from {@link org.receivables.aging.behaviour.CustomerSettlement} (the input),
 * {@link org.receivables.aging.behaviour.PaymentBehaviour} (the per-customer profile),
 * {@link org.receivables.aging.behaviour.PaymentPredictor} (predictions and the back-test),
 * {@link org.receivables.aging.behaviour.PaymentPrediction} and
 * {@link org.receivables.aging.behaviour.ExpectedCollections} (the treasurer's view).
 */
@BehaviourStyle
package org.receivables.aging.behaviour;
