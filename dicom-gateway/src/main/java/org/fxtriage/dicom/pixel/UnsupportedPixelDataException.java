package org.fxtriage.dicom.pixel;

/**
 * Valid DICOM pixel data that this pipeline does not decode (e.g. JPEG-LS, 32 bits allocated,
 * PALETTE COLOR). Raised instead of ever producing a wrong image.
 */
public class UnsupportedPixelDataException extends PixelDataException {
    private static final long serialVersionUID = 1L;

    public UnsupportedPixelDataException(String message) {
        super(message);
    }

    public UnsupportedPixelDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
