package org.fxtriage.cli;

import java.util.Arrays;
import java.util.Random;

/**
 * Standalone metrics of a binary classifier from calibrated probabilities and labels (1 = fracture).
 * Undefined values (e.g. AUC without positives) are {@code NaN}.
 */
final class EvaluationMetrics {
    private EvaluationMetrics() {
    }

    /** ROC AUC as the Mann–Whitney statistic, ties counted one half (average ranks). */
    static double auc(double[] score, int[] label) {
        int n = score.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(score[a], score[b]));
        double rankSumPos = 0;
        long pos = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && score[idx[j + 1]] == score[idx[i]]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1;   // 1-based ranks i+1 .. j+1
            for (int k = i; k <= j; k++) {
                if (label[idx[k]] == 1) {
                    rankSumPos += avgRank;
                    pos++;
                }
            }
            i = j + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) {
            return Double.NaN;
        }
        return (rankSumPos - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    /** Percentile bootstrap 95 % interval of the AUC (resampling images with replacement). */
    static double[] aucBootstrapCi(double[] score, int[] label, int resamples, long seed) {
        int n = score.length;
        Random rnd = new Random(seed);
        double[] aucs = new double[resamples];
        int kept = 0;
        double[] s = new double[n];
        int[] l = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                int k = rnd.nextInt(n);
                s[i] = score[k];
                l[i] = label[k];
            }
            double a = auc(s, l);
            if (!Double.isNaN(a)) {
                aucs[kept++] = a;
            }
        }
        if (kept == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] v = Arrays.copyOf(aucs, kept);
        Arrays.sort(v);
        return new double[] {percentile(v, 0.025), percentile(v, 0.975)};
    }

    /** Linear-interpolated percentile of sorted values. */
    static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Sensitivity (recall of fractures) when p ≥ threshold is called positive. */
    static double sensitivity(double[] p, int[] label, double threshold) {
        long tp = 0;
        long pos = 0;
        for (int i = 0; i < p.length; i++) {
            if (label[i] == 1) {
                pos++;
                if (p[i] >= threshold) {
                    tp++;
                }
            }
        }
        return pos == 0 ? Double.NaN : (double) tp / pos;
    }

    /** Specificity when p ≥ threshold is called positive. */
    static double specificity(double[] p, int[] label, double threshold) {
        long tn = 0;
        long neg = 0;
        for (int i = 0; i < p.length; i++) {
            if (label[i] == 0) {
                neg++;
                if (p[i] < threshold) {
                    tn++;
                }
            }
        }
        return neg == 0 ? Double.NaN : (double) tn / neg;
    }

    /** Expected calibration error over {@code bins} equal-width probability bins. */
    static double ece(double[] p, int[] label, int bins) {
        if (p.length == 0) {
            return Double.NaN;
        }
        double[] sumP = new double[bins];
        double[] sumY = new double[bins];
        int[] count = new int[bins];
        for (int i = 0; i < p.length; i++) {
            int b = Math.min(bins - 1, (int) Math.floor(p[i] * bins));
            sumP[b] += p[i];
            sumY[b] += label[i];
            count[b]++;
        }
        double e = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                e += Math.abs(sumY[b] / count[b] - sumP[b] / count[b]) * count[b] / p.length;
            }
        }
        return e;
    }
}
