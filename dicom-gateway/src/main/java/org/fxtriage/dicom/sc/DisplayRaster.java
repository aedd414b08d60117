package org.fxtriage.dicom.sc;

import java.util.Objects;

/**
 * The display-ready 8-bit greyscale raster of a source image (bone bright, MONOCHROME2 sense), row by
 * row, as the pixel pipeline produces it. It may be smaller than the source (downsampled): boxes are
 * then scaled by {@code width / source columns} and {@code height / source rows}.
 */
public record DisplayRaster(byte[] pixels, int width, int height) {

    /** Largest side we accept: far above any radiograph, small enough that width × height fits an array. */
    public static final int MAX_SIDE = 16384;

    public DisplayRaster {
        Objects.requireNonNull(pixels, "pixels");
        if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("raster size must be 1.." + MAX_SIDE + " per side, got " + width + "x" + height);
        }
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("raster has " + pixels.length + " pixels, expected " + width + "x" + height);
        }
    }

    /**
     * A raster from 16-bit storage holding 8-bit values (0..255), as some pipelines keep them.
     *
     * @throws IllegalArgumentException when a value lies outside 0..255
     */
    public static DisplayRaster ofShorts(short[] pixels, int width, int height) {
        Objects.requireNonNull(pixels, "pixels");
        byte[] b = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int v = pixels[i];
            if (v < 0 || v > 255) {
                throw new IllegalArgumentException("pixel " + i + " is " + v + ", not an 8-bit value");
            }
            b[i] = (byte) v;
        }
        return new DisplayRaster(b, width, height);
    }

    /** The value (0..255) at a column and row. */
    public int valueAt(int column, int row) {
        return pixels[row * width + column] & 0xff;
    }
}
