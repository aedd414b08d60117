package org.fxtriage.dicom.pixel;

import java.util.Locale;

/** Presentation LUT Shape (2050,0020), PS3.3 C.11.6.1.2 / C.8.11.6.1.2. */
public enum PresentationLutShape {
    IDENTITY,
    INVERSE;

    /** Null or blank means the attribute is absent. */
    public static PresentationLutShape parse(String value) throws UnsupportedPixelDataException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PresentationLutShape.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnsupportedPixelDataException("Presentation LUT Shape '" + value.trim() + "' is not supported");
        }
    }
}
