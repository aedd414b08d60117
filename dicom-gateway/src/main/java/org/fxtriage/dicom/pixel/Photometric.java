package org.fxtriage.dicom.pixel;

import java.util.Locale;

/** Photometric Interpretation (0028,0004), PS3.3 C.7.6.3.1.2: the values this pipeline knows. */
public enum Photometric {
    MONOCHROME1,
    MONOCHROME2,
    RGB,
    YBR_FULL,
    YBR_FULL_422,
    /** JPEG 2000 reversible colour transform; the J2K decoder undoes it, so decoded samples are RGB. */
    YBR_RCT,
    /** JPEG 2000 irreversible colour transform; the J2K decoder undoes it, so decoded samples are RGB. */
    YBR_ICT,
    PALETTE_COLOR;

    public boolean isMonochrome() {
        return this == MONOCHROME1 || this == MONOCHROME2;
    }

    /** Parses the attribute value (e.g. "MONOCHROME2", "PALETTE COLOR"); unknown values are unsupported. */
    public static Photometric parse(String value) throws UnsupportedPixelDataException {
        if (value == null || value.isBlank()) {
            throw new UnsupportedPixelDataException("Photometric Interpretation (0028,0004) is missing");
        }
        String v = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
        try {
            return Photometric.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedPixelDataException("Photometric Interpretation '" + value.trim() + "' is not supported");
        }
    }
}
