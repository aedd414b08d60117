package org.fxtriage.dicom.sc;

import java.util.Objects;

/**
 * A region the model flagged, in the SOURCE image's pixel coordinates: {@code column}/{@code row} of the
 * top-left corner and the size in pixels, with the PS3.3 §C.18.6.1.2 convention that (0,0) is the
 * top-left corner of the top-left pixel. The kind decides how it is drawn: solid for
 * {@link Kind#POSITIVE}, dotted for {@link Kind#DOUBT}.
 */
public record FindingBox(double column, double row, double width, double height, Kind kind) {

    /** Whether the region is a positive (solid line) or a doubtful (dotted line) finding. */
    public enum Kind {
        POSITIVE,
        DOUBT
    }

    public FindingBox {
        Objects.requireNonNull(kind, "kind");
        if (!Double.isFinite(column) || !Double.isFinite(row) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("box coordinates must be finite numbers");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("box width and height must be positive, got " + width + "x" + height);
        }
        if (column < 0 || row < 0) {
            throw new IllegalArgumentException("box corner must not be negative, got (" + column + "," + row + ")");
        }
    }

    /** True when the box lies within an image of the given size. */
    public boolean fitsIn(int columns, int rows) {
        return column + width <= columns && row + height <= rows;
    }
}
