package org.fxtriage.dicom.pixel;

/**
 * How to choose a window when the file has none (or the caller ignores the file's): computed on the
 * modality-LUT output values of the rendered frame, then applied as a LINEAR window mapping the low
 * end to black and the high end to white (centre = (lo + hi + 1) / 2, width = hi - lo + 1).
 */
public enum AutoWindow {
    /** Smallest to largest value; dcmtk {@code dcmj2pnm +Wm}. */
    MIN_MAX,
    /**
     * As {@link #MIN_MAX} but ignoring the single smallest and largest value (padding, saturation):
     * second-smallest to second-largest distinct value; dcmtk {@code dcmj2pnm +Wn}. The default.
     */
    MIN_MAX_IGNORING_EXTREMES,
    /** 0.5th to 99.5th percentile of the pixel values: robust against a few percent of outliers of any value. */
    PERCENTILE_0_5
}
