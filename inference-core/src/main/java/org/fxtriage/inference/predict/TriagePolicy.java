package org.fxtriage.inference.predict;

import org.fxtriage.inference.model.ModelCard;

/**
 * Calibration and operating points of a card (MODEL_PACKAGE.md, DESIGN.md §6):
 * {@code p = sigmoid(logit / temperature + bias)}; POSITIVE if {@code p ≥ positive}, else DOUBT if
 * {@code p ≥ doubt}, else NEGATIVE.
 */
public record TriagePolicy(double temperature, double bias, double doubtThreshold, double positiveThreshold) {

    public static TriagePolicy of(ModelCard card) {
        var c = card.calibration();
        var op = card.operatingPoints();
        return new TriagePolicy(c.temperature(), c.bias() == null ? 0.0 : c.bias(), op.doubt().threshold(),
                op.positive().threshold());
    }

    public double probability(double logit) {
        return sigmoid(logit / temperature + bias);
    }

    public Category category(double p) {
        if (p >= positiveThreshold) {
            return Category.POSITIVE;
        }
        return p >= doubtThreshold ? Category.DOUBT : Category.NEGATIVE;
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
