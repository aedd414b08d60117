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
    }

    /** The recipe's output size for a side: {@code max(1, round_half_up(side * scale))}. */
    static int scaledSize(int side, double scale) {
        return (int) Math.max(1, Math.floor(side * scale + 0.5));
    }
}
