package org.fxtriage.dicom.sc;

import java.util.List;
import java.util.Objects;

/**
 * What the model said about one image: its category, the calibrated probability (null only when the
 * image was not analysed) and the flagged regions in source-image pixel coordinates.
 */
public record ImageFindings(ImageCategory category, Double probability, List<FindingBox> boxes) {

    public ImageFindings {
        Objects.requireNonNull(category, "category");
        boxes = List.copyOf(Objects.requireNonNull(boxes, "boxes"));
        if (probability == null) {
            if (category != ImageCategory.NOT_ANALYSED) {
                throw new IllegalArgumentException("an analysed image (" + category + ") needs a probability");
            }
        } else if (!(probability >= 0.0 && probability <= 1.0)) {
            throw new IllegalArgumentException("probability must lie in [0,1], got " + probability);
        }
        if (category == ImageCategory.NOT_ANALYSED && !boxes.isEmpty()) {
            throw new IllegalArgumentException("an image that was not analysed has no boxes");
        }
    }

    /** Findings for an image the model did not analyse (wrong body part, unreadable pixels…). */
    public static ImageFindings notAnalysed() {
        return new ImageFindings(ImageCategory.NOT_ANALYSED, null, List.of());
    }
}
