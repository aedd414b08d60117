package org.fxtriage.dicom.sr;

import java.util.Objects;
import org.fxtriage.dicom.data.UID;
import org.fxtriage.dicom.sc.ImageFindings;
import org.fxtriage.dicom.sc.SourceImage;

/**
 * One analysed image of the study and what the model found in it. Boxes are in this image's pixel
 * coordinates and go into the SR unchanged (SCOORD, PS3.3 §C.18.6).
 */
public record ReportedImage(String sopClassUid, String sopInstanceUid, String seriesInstanceUid,
        int columns, int rows, ImageFindings findings) {

    public ReportedImage {
        for (String uid : new String[] {sopClassUid, sopInstanceUid, seriesInstanceUid}) {
            if (uid == null || !UID.isValid(uid)) {
                throw new IllegalArgumentException("reported image needs valid SOP class, instance and series UIDs");
            }
        }
        Objects.requireNonNull(findings, "findings");
        if (columns <= 0 || rows <= 0) {
            throw new IllegalArgumentException("image size must be positive");
        }
        for (var b : findings.boxes()) {
            if (!b.fitsIn(columns, rows)) {
                throw new IllegalArgumentException("box " + b + " lies outside the " + columns + "x" + rows + " image");
            }
        }
    }

    public static ReportedImage of(SourceImage source, ImageFindings findings) {
        return new ReportedImage(source.sopClassUid(), source.sopInstanceUid(), source.seriesInstanceUid(),
                source.columns(), source.rows(), findings);
    }
}
