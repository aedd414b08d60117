package org.fxtriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EvaluationMetricsTest {

    /** Brute force: fraction of (positive, negative) pairs ordered correctly, ties one half. */
    static double pairCount(double[] s, int[] y) {
        double good = 0;
        long pairs = 0;
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    good += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        return good / pairs;
    }

    @Test
    void aucEqualsPairCountingWithTies() {
        Random r = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            int n = 5 + r.nextInt(60);
            double[] s = new double[n];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                s[i] = r.nextInt(7) / 7.0;   // many ties
                y[i] = r.nextInt(3) == 0 ? 1 : 0;
            }
            y[0] = 1;
            y[1] = 0;
            assertEquals(pairCount(s, y), EvaluationMetrics.auc(s, y), 1e-12);
        }
        assertEquals(1.0, EvaluationMetrics.auc(new double[] {0.1, 0.2, 0.9}, new int[] {0, 0, 1}));
        assertTrue(Double.isNaN(EvaluationMetrics.auc(new double[] {0.1, 0.2}, new int[] {0, 0})));
    }

    @Test
    void sensitivitySpecificityAndEce() {
        double[] p = {0.05, 0.15, 0.35, 0.55, 0.95, 0.95};
        int[] y = {0, 0, 1, 0, 1, 1};
        assertEquals(1.0, EvaluationMetrics.sensitivity(p, y, 0.3));
        assertEquals(2 / 3.0, EvaluationMetrics.specificity(p, y, 0.3), 1e-12);
        assertEquals(2 / 3.0, EvaluationMetrics.sensitivity(p, y, 0.9), 1e-12);
        // Bins: [0.0,0.1): p .05 y 0 -> .05; [0.1,.2): .15 -> .15; [.3,.4): .35 vs 1 -> .65; [.5,.6): .55 -> .55;
        // [.9,1]: .95 vs 1 (two) -> .05 each.
        double expected = (0.05 + 0.15 + 0.65 + 0.55 + 0.05 * 2) / 6;
        assertEquals(expected, EvaluationMetrics.ece(p, y, 10), 1e-12);
    }

    @Test
    void bootstrapIntervalBracketsTheAuc() {
        Random r = new Random(9);
        int n = 300;
        double[] s = new double[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 4 == 0 ? 1 : 0;
            s[i] = r.nextGaussian() + (y[i] == 1 ? 1.0 : 0.0);
        }
        double auc = EvaluationMetrics.auc(s, y);
        double[] ci = EvaluationMetrics.aucBootstrapCi(s, y, 400, 1);
        assertTrue(ci[0] < auc && auc < ci[1], "CI " + ci[0] + ".." + ci[1] + " around " + auc);
        assertTrue(ci[1] - ci[0] < 0.2 && ci[1] - ci[0] > 0.02, "plausible width");
    }
}
