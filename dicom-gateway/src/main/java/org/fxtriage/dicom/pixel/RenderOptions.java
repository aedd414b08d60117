package org.fxtriage.dicom.pixel;

/**
 * What the caller wants rendered.
 *
 * @param frame zero-based frame number (0 = first frame)
 * @param maxDimension when &gt; 0 and the frame is larger, area-average down so that the longer side is
 *        this many pixels (sizes rounded as the model recipe does: {@code max(1, round(side * scale))})
 * @param voiIndex which of the file's windows (or VOI LUTs, when it has no window) to apply, 0 = first
 * @param window a window to apply instead of the file's, or null
 * @param windowFunction the VOI LUT function for {@code window}
 * @param autoWindow how to choose a window when the file has none
 * @param ignoreFileVoi true to use {@code autoWindow} even when the file carries a window or VOI LUT
 */
public record RenderOptions(int frame, int maxDimension, int voiIndex, Window window, VoiLutFunction windowFunction,
                            AutoWindow autoWindow, boolean ignoreFileVoi) {

    public RenderOptions {
        if (frame < 0) {
            throw new IllegalArgumentException("frame must be >= 0, got " + frame);
        }
        if (maxDimension < 0) {
            throw new IllegalArgumentException("maxDimension must be >= 0, got " + maxDimension);
        }
        if (voiIndex < 0) {
            throw new IllegalArgumentException("voiIndex must be >= 0, got " + voiIndex);
        }
        windowFunction = windowFunction == null ? VoiLutFunction.LINEAR : windowFunction;
        autoWindow = autoWindow == null ? AutoWindow.MIN_MAX_IGNORING_EXTREMES : autoWindow;
    }

    /** First frame, full size, the file's first window, else {@link AutoWindow#MIN_MAX_IGNORING_EXTREMES}. */
    public static RenderOptions defaults() {
        return new RenderOptions(0, 0, 0, null, VoiLutFunction.LINEAR, AutoWindow.MIN_MAX_IGNORING_EXTREMES, false);
    }

    public RenderOptions withFrame(int f) {
        return new RenderOptions(f, maxDimension, voiIndex, window, windowFunction, autoWindow, ignoreFileVoi);
    }

    public RenderOptions withMaxDimension(int m) {
        return new RenderOptions(frame, m, voiIndex, window, windowFunction, autoWindow, ignoreFileVoi);
    }

    public RenderOptions withVoiIndex(int i) {
        return new RenderOptions(frame, maxDimension, i, window, windowFunction, autoWindow, ignoreFileVoi);
    }

    public RenderOptions withWindow(Window w, VoiLutFunction function) {
        return new RenderOptions(frame, maxDimension, voiIndex, w, function, autoWindow, ignoreFileVoi);
    }

    /** Forces the automatic window of the given kind, whatever the file carries. */
    public RenderOptions withAutoWindow(AutoWindow a) {
        return new RenderOptions(frame, maxDimension, voiIndex, window, windowFunction, a, true);
    }

    /** Sets the automatic window used only when the file has no VOI. */
    public RenderOptions withFallbackAutoWindow(AutoWindow a) {
        return new RenderOptions(frame, maxDimension, voiIndex, window, windowFunction, a, false);
    }
}
