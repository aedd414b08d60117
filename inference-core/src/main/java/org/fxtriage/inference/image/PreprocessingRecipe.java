package org.fxtriage.inference.image;

/**
 * Steps 2 and 3 of the preprocessing recipe (models/MODEL_PACKAGE.md): letterbox by area averaging to a
 * square canvas, then normalise. Implemented literally as written there (float64 arithmetic, separable
 * overlap weights, result stored as float32) because the model was trained on the numpy version and the
 * golden file compares the two.
 *
 * @param size     canvas side in pixels
 * @param padValue canvas value outside the image (before normalisation)
 * @param mean     normalisation mean
 * @param std      normalisation standard deviation (&gt; 0)
 */
public record PreprocessingRecipe(int size, double padValue, double mean, double std) {

    public PreprocessingRecipe {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, got " + size);
        }
        if (!(std > 0) || Double.isInfinite(std)) {
            throw new IllegalArgumentException("std must be > 0, got " + std);
        }
        if (!Double.isFinite(mean) || !Double.isFinite(padValue)) {
            throw new IllegalArgumentException("mean and pad_value must be finite");
        }
    }

    /** The whole recipe: the normalised {@code [1, size, size]} tensor and where the image landed. */
    public ModelInput apply(GreyImage image) {
        Letterbox geometry = Letterbox.of(image.width(), image.height(), size);
        float[] canvas = letterbox(image, geometry, padValue);
        normaliseInPlace(canvas);
        return new ModelInput(canvas, geometry);
    }

    /** Writes the normalised tensor into {@code dest} at {@code offset} (size² floats); returns the geometry. */
    public Letterbox applyInto(GreyImage image, float[] dest, int offset) {
        Letterbox geometry = Letterbox.of(image.width(), image.height(), size);
        float[] canvas = letterbox(image, geometry, padValue);
        normaliseInPlace(canvas);
        System.arraycopy(canvas, 0, dest, offset, canvas.length);
        return geometry;
    }

    /** Step 3: {@code (x − mean) / std}, computed in float64 from the stored float32 letterbox value. */
    private void normaliseInPlace(float[] canvas) {
        for (int i = 0; i < canvas.length; i++) {
            canvas[i] = (float) (((double) canvas[i] - mean) / std);
        }
    }

    /**
     * Step 2: {@code out = Wy · img · Wxᵀ} placed at the letterbox offsets, padded with {@code padValue}.
     * The weight matrices are banded, so they are stored as (first source index, weights) per output index.
     */
    public static float[] letterbox(GreyImage image, Letterbox g, double padValue) {
        int w = image.width();
        int h = image.height();
        int size = g.size();
        int nw = g.scaledWidth();
        int nh = g.scaledHeight();
        AreaWeights wx = AreaWeights.of(w, nw);
        AreaWeights wy = AreaWeights.of(h, nh);
        float[] src = image.values();

        // Horizontal pass: every source row → nw columns (h × nw doubles).
        double[] rows = new double[h * nw];
        for (int y = 0; y < h; y++) {
            int base = y * w;
            for (int j = 0; j < nw; j++) {
                int k0 = wx.first[j];
                double[] wt = wx.weights[j];
                double acc = 0;
                for (int t = 0; t < wt.length; t++) {
                    acc += wt[t] * src[base + k0 + t];
                }
                rows[y * nw + j] = acc;
            }
        }
        float[] out = new float[size * size];
        java.util.Arrays.fill(out, (float) padValue);
        // Vertical pass: nh output rows from the horizontally reduced rows.
        double[] acc = new double[nw];
        for (int i = 0; i < nh; i++) {
            java.util.Arrays.fill(acc, 0);
            int k0 = wy.first[i];
            double[] wt = wy.weights[i];
            for (int t = 0; t < wt.length; t++) {
                double c = wt[t];
                int rb = (k0 + t) * nw;
                for (int j = 0; j < nw; j++) {
                    acc[j] += c * rows[rb + j];
                }
            }
            int ob = (g.offsetY() + i) * size + g.offsetX();
            for (int j = 0; j < nw; j++) {
                out[ob + j] = (float) acc[j];
            }
        }
        return out;
    }

    /**
     * Rows of an area-averaging matrix [nDst × nSrc]: row i holds the overlap of source cell [k, k+1) with
     * [i·nSrc/nDst, (i+1)·nSrc/nDst), divided by nSrc/nDst (rows sum to 1). Works for up- and downsampling.
     */
    static final class AreaWeights {
        final int[] first;
        final double[][] weights;

        private AreaWeights(int[] first, double[][] weights) {
            this.first = first;
            this.weights = weights;
        }

        static AreaWeights of(int nSrc, int nDst) {
            int[] first = new int[nDst];
            double[][] weights = new double[nDst][];
            double step = (double) nSrc / nDst;
            for (int i = 0; i < nDst; i++) {
                double a = (double) i * nSrc / nDst;
                double b = (double) (i + 1) * nSrc / nDst;
                int k0 = (int) Math.floor(a);
                int k1 = Math.min(nSrc, (int) Math.ceil(b));
                double[] wt = new double[Math.max(0, k1 - k0)];
                for (int k = k0; k < k1; k++) {
                    double ov = Math.min(b, k + 1.0) - Math.max(a, k);
                    wt[k - k0] = ov > 0 ? ov / step : 0.0;
                }
                first[i] = k0;
                weights[i] = wt;
            }
            return new AreaWeights(first, weights);
        }
    }
}
