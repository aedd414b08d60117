package org.fxtriage.bench.load;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Nearest-rank percentiles of a sample: the p-th percentile is the smallest value with at least p of the sample
 * at or below it, so every figure reported is a value that was actually measured (no interpolation).
 *
 * @param count how many values
 * @param p50   median (nearest rank)
 * @param p95   95th percentile
 * @param p99   99th percentile
 * @param max   largest value
 */
public record Percentiles(int count, double p50, double p95, double p99, double max) {

    /** The percentiles of {@code values} (not modified); an empty sample has count 0 and NaN figures. */
    public static Percentiles of(double[] values) {
        if (values.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (double v : sorted) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("a sample value is NaN");
            }
        }
        return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                sorted[sorted.length - 1]);
    }

    public static Percentiles of(long[] values) {
        return of(Arrays.stream(values).asDoubleStream().toArray());
    }

    public static Percentiles of(Collection<? extends Number> values) {
        return of(values.stream().mapToDouble(Number::doubleValue).toArray());
    }

    /** Nearest rank in an ascending, non-empty array: index ⌈p·n⌉ − 1. */
    static double rank(double[] sorted, double p) {
        if (p <= 0 || p > 1) {
            throw new IllegalArgumentException("percentile must be in (0, 1], got " + p);
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** {@code n=… p50 … p95 … p99 … max …} with the given number of decimals, or "no samples". */
    public String format(int decimals) {
        if (count == 0) {
            return "no samples";
        }
        String f = "%." + decimals + "f";
        return String.format(Locale.ROOT, "n=%d p50 " + f + " p95 " + f + " p99 " + f + " max " + f, count, p50, p95, p99, max);
    }
}
