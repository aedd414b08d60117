package org.fxtriage.inference.image;

import java.util.Objects;

/**
 * A greyscale display image: {@code width × height} values in [0, 1], row-major, bone bright. This is step 1
 * of the preprocessing recipe (models/MODEL_PACKAGE.md): every source (PNG, JPEG, the DICOM pixel pipeline)
 * becomes one of these before the model sees it.
 *
 * <p>The array is owned by the image once constructed; callers must not modify it afterwards.
 */
public final class GreyImage {
    private final int width;
    private final int height;
    private final float[] values;

    public GreyImage(int width, int height, float[] values) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("empty image " + width + "x" + height);
        }
        Objects.requireNonNull(values, "values");
        if ((long) width * height != values.length) {
            throw new IllegalArgumentException("image " + width + "x" + height + " needs " + (long) width * height
                    + " values, got " + values.length);
        }
        this.width = width;
        this.height = height;
        this.values = values;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The value at column {@code x}, row {@code y}. */
    public float get(int x, int y) {
        return values[y * width + x];
    }

    /** The row-major backing array (not copied: read only). */
    public float[] values() {
        return values;
    }

    @Override
    public String toString() {
        return "GreyImage[" + width + "x" + height + "]";
    }
}
