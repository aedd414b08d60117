package org.fxtriage.dicom.pixel;

/**
 * One VOI window: Window Center (0028,1050) / Window Width (0028,1051) value pair and its
 * Window Center &amp; Width Explanation (0028,1055), which may be null.
 */
public record Window(double center, double width, String explanation) {
    public Window(double center, double width) {
        this(center, width, null);
    }
}
