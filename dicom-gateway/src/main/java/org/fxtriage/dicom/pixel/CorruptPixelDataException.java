package org.fxtriage.dicom.pixel;

/** Pixel data that contradict their own description: truncated, malformed codestream, bad RLE header. */
public class CorruptPixelDataException extends PixelDataException {
    private static final long serialVersionUID = 1L;

    public CorruptPixelDataException(String message) {
        super(message);
    }

    public CorruptPixelDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
