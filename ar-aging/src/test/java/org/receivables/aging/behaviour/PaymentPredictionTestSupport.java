package org.receivables.aging.behaviour;

/** Renders predictions compactly for assertions: invoice, predicted date, level, payment count, days late. */
final class PaymentPredictionTestSupport {

    private PaymentPredictionTestSupport() {
    }

    static String describe(PaymentPrediction p) {
        return p.getItem().getRef().getInvoiceId() + " " + p.getPredictedDate() + " " + p.getLevel() + " "
                + p.getPaymentCount() + " " + p.getExpectedDaysLate();
    }
}
