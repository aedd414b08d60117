package org.fxtriage.dicom.pixel;

/**
 * Separable area-averaging weights for reducing {@code sourceSize} samples to {@code targetSize}
 * (targetSize &lt;= sourceSize), as the model's preprocessing recipe defines them: output i covers
 * source interval [i·S/T, (i+1)·S/T) and is the overlap-weighted mean of the source pixels it covers.
 * Because T &lt;= S, each source pixel touches at most two outputs: {@code first[k]} with weight
 * {@code firstWeight[k]} and {@code first[k] + 1} with {@code secondWeight[k]} (often 0).
 * Boundaries are computed in exact integer units of 1/(S·T) before the one division.
 */
final class AreaWeights {
    final int[] first;
    final double[] firstWeight;
    final double[] secondWeight;
    final int targetSize;
    /** Per output i: first and last source pixel it touches, their weights, and the weight of those between. */
    final int[] sourceStart;
    final int[] sourceEnd;
    final double[] startWeight;
    final double[] endWeight;
    final double innerWeight;

    AreaWeights(int sourceSize, int targetSize) {
        if (targetSize < 1 || targetSize > sourceSize) {
            throw new IllegalArgumentException("target " + targetSize + " must be in 1.." + sourceSize);
        }
        this.targetSize = targetSize;
        first = new int[sourceSize];
        firstWeight = new double[sourceSize];
        secondWeight = new double[sourceSize];
        long s = sourceSize;
        long t = targetSize;
        for (int k = 0; k < sourceSize; k++) {
            // In units where a source pixel is t long and an output pixel s long.
            long start = k * t;
            long end = start + t;
            int i = (int) (start / s);
            long boundary = (i + 1) * s;
            first[k] = i;
            if (end <= boundary) {
                firstWeight[k] = (double) t / s;
            } else {
                firstWeight[k] = (double) (boundary - start) / s;
                secondWeight[k] = (double) (end - boundary) / s;
            }
        }
        innerWeight = (double) t / s;
        sourceStart = new int[targetSize];
        sourceEnd = new int[targetSize];
        startWeight = new double[targetSize];
        endWeight = new double[targetSize];
        for (int i = 0; i < targetSize; i++) {
            // Output i spans [i*s, (i+1)*s) in the same units; source k spans [k*t, (k+1)*t).
            long lo = i * s;
            long hi = lo + s;
            int k0 = (int) (lo / t);
            int k1 = (int) ((hi - 1) / t);
            sourceStart[i] = k0;
            sourceEnd[i] = k1;
            if (k0 == k1) {
                startWeight[i] = 1;
                endWeight[i] = 0;
            } else {
                startWeight[i] = (double) ((k0 + 1) * t - lo) / s;
                endWeight[i] = (double) (hi - k1 * t) / s;
            }
        }
    }

    /** Output i = overlap-weighted mean of {@code line}: a register sum per output, no scattered stores. */
    void reduce(double[] line, double[] out) {
        for (int i = 0; i < targetSize; i++) {
            int k0 = sourceStart[i];
            int k1 = sourceEnd[i];
            if (k0 == k1) {
                out[i] = line[k0];
                continue;
            }
            double inner = 0;
            for (int k = k0 + 1; k < k1; k++) {
                inner += line[k];
            }
            out[i] = startWeight[i] * line[k0] + innerWeight * inner + endWeight[i] * line[k1];
        }
    }

    /** The recipe's output size for a side: {@code max(1, round_half_up(side * scale))}. */
    static int scaledSize(int side, double scale) {
        return (int) Math.max(1, Math.floor(side * scale + 0.5));
    }
}
