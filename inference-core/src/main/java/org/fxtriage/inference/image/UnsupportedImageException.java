package org.fxtriage.inference.image;

/** A file or raster that the preprocessing recipe does not define (unknown format, pixel layout, empty). */
public class UnsupportedImageException extends Exception {
    public UnsupportedImageException(String message) {
        super(message);
    }

    public UnsupportedImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
