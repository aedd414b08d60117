package org.fxtriage.dicom.pixel;

import java.io.IOException;

/**
 * Pixel data that cannot be turned into a display raster. Subclasses say whether the data are
 * outside what we support ({@link UnsupportedPixelDataException}) or broken
 * ({@link CorruptPixelDataException}); callers report the message as the "not analysed" reason.
 */
public class PixelDataException extends IOException {
    private static final long serialVersionUID = 1L;

    public PixelDataException(String message) {
        super(message);
    }

    public PixelDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
