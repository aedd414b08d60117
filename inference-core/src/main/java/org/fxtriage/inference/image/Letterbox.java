package org.fxtriage.inference.image;

/**
 * Where a {@code sourceWidth × sourceHeight} image lands on the {@code size × size} model canvas
 * (recipe step 2): scaled to {@code scaledWidth × scaledHeight} and placed at ({@code offsetX}, {@code offsetY}).
 * Maps canvas coordinates back to source pixels, which is how heatmap boxes reach the original image.
 */
public record Letterbox(int sourceWidth, int sourceHeight, int size, int scaledWidth, int scaledHeight,
                        int offsetX, int offsetY) {

    /** The geometry of the recipe: {@code scale = size / max(w, h)}, round half up, at least 1, offsets by integer division. */
    public static Letterbox of(int sourceWidth, int sourceHeight, int size) {
        if (sourceWidth < 1 || sourceHeight < 1) {
            throw new IllegalArgumentException("empty image " + sourceWidth + "x" + sourceHeight);
        }
        if (size < 1) {
            throw new IllegalArgumentException("canvas size " + size);
        }
        double scale = (double) size / Math.max(sourceWidth, sourceHeight);
        int nw = Math.min(size, Math.max(1, (int) Math.floor(sourceWidth * scale + 0.5)));
        int nh = Math.min(size, Math.max(1, (int) Math.floor(sourceHeight * scale + 0.5)));
        return new Letterbox(sourceWidth, sourceHeight, size, nw, nh, (size - nw) / 2, (size - nh) / 2);
    }

    /** The nominal scale factor {@code size / max(w, h)}. */
    public double scale() {
        return (double) size / Math.max(sourceWidth, sourceHeight);
    }

    /** Canvas x → source x, clipped to [0, sourceWidth]; uses the exact resampling ratio w / nw. */
    public double toSourceX(double canvasX) {
        return clip((canvasX - offsetX) * sourceWidth / scaledWidth, sourceWidth);
    }

    /** Canvas y → source y, clipped to [0, sourceHeight]. */
    public double toSourceY(double canvasY) {
        return clip((canvasY - offsetY) * sourceHeight / scaledHeight, sourceHeight);
    }

    private static double clip(double v, double max) {
        return v < 0 ? 0 : Math.min(v, max);
    }
}
