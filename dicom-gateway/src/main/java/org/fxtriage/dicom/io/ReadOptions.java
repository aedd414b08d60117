package org.fxtriage.dicom.io;

import java.util.Objects;

/**
 * How to read: limits and the pixel data policy.
 *
 * @param consumer required with {@link PixelDataPolicy#CONSUME}, ignored otherwise
 */
public record ReadOptions(DicomLimits limits, PixelDataPolicy pixelData, PixelDataConsumer consumer) {

    /** Default limits, pixel data kept as references into the file. */
    public static final ReadOptions DEFAULT = new ReadOptions(DicomLimits.DEFAULT, PixelDataPolicy.REFERENCE, null);

    public ReadOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(pixelData, "pixelData");
        if (pixelData == PixelDataPolicy.CONSUME && consumer == null) {
            throw new IllegalArgumentException("PixelDataPolicy.CONSUME needs a PixelDataConsumer");
        }
    }

    public static ReadOptions defaults() {
        return DEFAULT;
    }

    public ReadOptions withLimits(DicomLimits limits) {
        return new ReadOptions(limits, pixelData, consumer);
    }

    public ReadOptions withPixelData(PixelDataPolicy policy) {
        return new ReadOptions(limits, policy, policy == PixelDataPolicy.CONSUME ? consumer : null);
    }

    /** Pixel data goes to {@code consumer} ({@link PixelDataPolicy#CONSUME}). */
    public ReadOptions consumeWith(PixelDataConsumer consumer) {
        return new ReadOptions(limits, PixelDataPolicy.CONSUME, consumer);
    }
}
