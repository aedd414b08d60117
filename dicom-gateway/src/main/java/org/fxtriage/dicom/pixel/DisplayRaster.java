package org.fxtriage.dicom.pixel;

import java.util.Objects;

/**
 * A display-ready greyscale frame: values in [0, 1], 0 black, 1 white, bone bright (the output of
 * modality LUT, VOI LUT and presentation LUT, MONOCHROME1 inverted), row-major, possibly
 * area-averaged down from the source size.
 */
public final class DisplayRaster {
    private final int width;
    private final int height;
    private final float[] values;
    private final int sourceColumns;
    private final int sourceRows;
    private final int frame;
    private final String voiDescription;

    public DisplayRaster(int width, int height, float[] values, int sourceColumns, int sourceRows, int frame,
                         String voiDescription) {
        if (width <= 0 || height <= 0 || values.length != (long) width * height) {
            throw new IllegalArgumentException("values do not match " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.values = values;
        this.sourceColumns = sourceColumns;
        this.sourceRows = sourceRows;
        this.frame = frame;
        this.voiDescription = Objects.requireNonNull(voiDescription);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Columns of the stored frame this raster was rendered from (for mapping boxes back). */
    public int sourceColumns() {
        return sourceColumns;
    }

    /** Rows of the stored frame this raster was rendered from. */
    public int sourceRows() {
        return sourceRows;
    }

    /** Zero-based frame number rendered. */
    public int frame() {
        return frame;
    }

    /** Which VOI transformation was applied, e.g. "window 511/1024 LINEAR (file)", for logs and audits. */
    public String voiDescription() {
        return voiDescription;
    }

    /** Source pixels per raster pixel, horizontally: source x = (x + 0.5) * scaleX - 0.5 for pixel centres. */
    public double scaleX() {
        return (double) sourceColumns / width;
    }

    public double scaleY() {
        return (double) sourceRows / height;
    }

    /** The value at (x, y), in [0, 1]. */
    public float value(int x, int y) {
        return values[y * width + x];
    }

    /**
     * The [0, 1] values, row-major. This is the raster's own array (no copy: it may be large);
     * callers must not modify it.
     */
    public float[] unitValues() {
        return values;
    }

    /** 8-bit grey levels, {@code round(v * 255)}, row-major. */
    public byte[] toGrey8() {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) (int) (values[i] * 255f + 0.5f);
        }
        return out;
    }

    @Override
    public String toString() {
        return "DisplayRaster[" + width + "x" + height + " from " + sourceColumns + "x" + sourceRows + ", frame " + frame
                + ", " + voiDescription + "]";
    }
}
