package org.fxtriage.inference.predict;

import java.util.List;

/**
 * The result for one image.
 *
 * @param category     POSITIVE / DOUBT / NEGATIVE, or NOT_ANALYSED with {@code reason}
 * @param reason       why the image was not analysed ({@code null} otherwise)
 * @param probability  calibrated probability of a fracture ({@code null} when not analysed)
 * @param logit        raw model logit ({@code null} when not analysed)
 * @param boxes        suspected fractures in source pixels, by descending score (only for DOUBT/POSITIVE)
 * @param modelName    card name
 * @param modelVersion card version
 * @param timings      per-stage timings
 */
public record Prediction(Category category, String reason, Double probability, Double logit, List<Box> boxes,
                         String modelName, String modelVersion, StageTimings timings) {

    public Prediction {
        boxes = boxes == null ? List.of() : List.copyOf(boxes);
        if (category == Category.NOT_ANALYSED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("NOT_ANALYSED needs a reason");
        }
    }

    public static Prediction notAnalysed(String reason, String modelName, String modelVersion, StageTimings timings) {
        return new Prediction(Category.NOT_ANALYSED, reason, null, null, List.of(), modelName, modelVersion, timings);
    }

    public boolean analysed() {
        return category != Category.NOT_ANALYSED;
    }

    public Prediction withTimings(StageTimings t) {
        return new Prediction(category, reason, probability, logit, boxes, modelName, modelVersion, t);
    }
}
