package org.fxtriage.dicom.pixel;

import java.util.Locale;

/** VOI LUT Function (0028,1056), PS3.3 C.11.2.1.3; absent means LINEAR. */
public enum VoiLutFunction {
    /** PS3.3 C.11.2.1.2.1: the classic window with its half-pixel offsets. */
    LINEAR,
    /** PS3.3 C.11.2.1.3.2: a straight line from c - w/2 to c + w/2. */
    LINEAR_EXACT,
    /** PS3.3 C.11.2.1.3.1: logistic curve with slope set by the width. */
    SIGMOID;

    public static VoiLutFunction parse(String value) throws UnsupportedPixelDataException {
        if (value == null || value.isBlank()) {
            return LINEAR;
        }
        try {
            return VoiLutFunction.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnsupportedPixelDataException("VOI LUT Function '" + value.trim() + "' is not supported");
        }
    }

    /**
     * Maps an input value to [0, 1] for window centre {@code c} and width {@code w}.
     * Output range ymin = 0, ymax = 1 (continuous; quantisation happens at output).
     */
    public double apply(double x, double c, double w) {
        switch (this) {
            case LINEAR: {
                // C.11.2.1.2.1: thresholds at c - 0.5 -/+ (w-1)/2, slope 1/(w-1).
                double lower = c - 0.5 - (w - 1) / 2;
                double upper = c - 0.5 + (w - 1) / 2;
                if (x <= lower) {
                    return 0;
                }
                if (x > upper) {
                    return 1;
                }
                return (x - (c - 0.5)) / (w - 1) + 0.5;
            }
            case LINEAR_EXACT: {
                if (x <= c - w / 2) {
                    return 0;
                }
                if (x > c + w / 2) {
                    return 1;
                }
                return (x - c) / w + 0.5;
            }
            case SIGMOID:
                return 1 / (1 + Math.exp(-4 * (x - c) / w));
            default:
                throw new AssertionError(this);
        }
    }

    /** The smallest width the function is defined for (PS3.3: LINEAR needs w >= 1, the others w > 0). */
    boolean acceptsWidth(double w) {
        return this == LINEAR ? w >= 1 : w > 0;
    }
}
